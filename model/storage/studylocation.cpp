// SPDX-License-Identifier: Apache-2.0
#include "storage/studylocation.h"

#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace trialcrf {

namespace {

// libpq's connection parameters a location may carry (host, port, dbname and user are the
// URL's own parts). "password" is not among them on purpose.
const QSet<QString> &knownParameters()
{
    static const QSet<QString> names = {
        QStringLiteral("host"),          QStringLiteral("hostaddr"),
        QStringLiteral("sslmode"),       QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),       QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),        QStringLiteral("service"),
        QStringLiteral("passfile"),      QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),    QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
        QStringLiteral("gssencmode"),    QStringLiteral("channel_binding"),
    };
    return names;
}

const QStringList &sslModes()
{
    static const QStringList modes = {
        QStringLiteral("disable"),  QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"),  QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
    };
    return modes;
}

// QPSQL joins its connect options with spaces into a libpq conninfo string: a value with a
// space, quote, backslash or semicolon would change its meaning there.
bool safeOptionValue(const QString &value)
{
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('"')
            || c == QLatin1Char('\\') || c == QLatin1Char(';') || c.category() == QChar::Other_Control)
            return false;
    }
    return !value.isEmpty();
}

std::optional<StudyLocation> refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

}  // namespace

StudyLocation StudyLocation::file(const QString &path)
{
    StudyLocation l;
    l.m_kind = Kind::File;
    l.m_path = path;
    return l;
}

bool StudyLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<StudyLocation> StudyLocation::server(const QString &text, QString *error)
{
    if (!looksLikeServer(text))
        return refuse(error, QStringLiteral("%1: not a server URL (postgresql://user@host:port/"
                                            "database)").arg(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(error, QStringLiteral("%1: not a valid URL: %2").arg(text, url.errorString()));
    if (!url.password().isEmpty())
        return refuse(error, QStringLiteral("a password does not belong in the server URL; it "
                                            "is asked for, or read from TRIALCRF_DB_PASSWORD or "
                                            "a PostgreSQL password file"));
    if (!url.fragment().isEmpty())
        return refuse(error, QStringLiteral("%1: a server URL has no #fragment").arg(text));

    StudyLocation l;
    l.m_kind = Kind::Server;
    l.m_host = url.host(QUrl::FullyDecoded);
    l.m_user = url.userName(QUrl::FullyDecoded);
    if (url.port() == 0)
        return refuse(error, QStringLiteral("%1: the port must be a number from 1 to 65535")
                                 .arg(text));
    l.m_port = qMax(url.port(), 0);
    l.m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (l.m_database.isEmpty() || l.m_database.contains(QLatin1Char('/')))
        return refuse(error, QStringLiteral("%1: the URL must name one database, as in "
                                            "postgresql://host/study").arg(text));

    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString &name = item.first;
        const QString &value = item.second;
        if (name == QLatin1String("password"))
            return refuse(error, QStringLiteral("a password does not belong in the server URL; "
                                                "it is asked for, or read from "
                                                "TRIALCRF_DB_PASSWORD or a PostgreSQL password "
                                                "file"));
        if (!knownParameters().contains(name))
            return refuse(error, QStringLiteral("%1: unknown connection parameter \"%2\"")
                                     .arg(text, name));
        if (!safeOptionValue(value))
            return refuse(error, QStringLiteral("%1: the value of %2 is empty or holds a space, "
                                                "quote, backslash or semicolon").arg(text, name));
        if (name == QLatin1String("sslmode") && !sslModes().contains(value))
            return refuse(error, QStringLiteral("%1: sslmode must be one of %2")
                                     .arg(text, sslModes().join(QLatin1String(", "))));
        if (name == QLatin1String("host")) {
            if (!l.m_host.isEmpty())
                return refuse(error, QStringLiteral("%1: the host is given twice").arg(text));
            l.m_host = value;
            continue;
        }
        if (!l.parameter(name).isEmpty())
            return refuse(error, QStringLiteral("%1: %2 is given twice").arg(text, name));
        l.m_parameters.append({name, value});
    }
    return l;
}

QString StudyLocation::parameter(const QString &name) const
{
    for (const auto &p : m_parameters) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

QString StudyLocation::toString() const
{
    if (m_kind == Kind::File)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    // A socket folder is a path, which a URL's host cannot hold: it goes in the query.
    const bool socketFolder = m_host.startsWith(QLatin1Char('/'));
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    url.setHost(socketFolder ? QString() : m_host);
    if (m_port > 0)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (socketFolder)
        query.addQueryItem(QStringLiteral("host"), m_host);
    for (const auto &p : m_parameters)
        query.addQueryItem(p.first, p.second);
    url.setQuery(query);
    QString s = url.toString(QUrl::FullyEncoded);
    // QUrl drops the empty authority of postgresql:///db.
    if (!s.startsWith(QLatin1String("postgresql://")))
        s.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return s;
}

QString StudyLocation::displayName() const
{
    if (m_kind == Kind::File)
        return m_path;
    QString s;
    if (!m_user.isEmpty())
        s += m_user + QLatin1Char('@');
    s += m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    if (m_port > 0)
        s += QLatin1Char(':') + QString::number(m_port);
    return s + QLatin1Char('/') + m_database;
}

QString StudyLocation::connectOptions() const
{
    QStringList options;
    for (const auto &p : m_parameters)
        options << p.first + QLatin1Char('=') + p.second;
    return options.join(QLatin1Char(';'));
}

}  // namespace trialcrf
