// SPDX-License-Identifier: Apache-2.0
#include "storage/subjectrepository.h"

#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

QStringList SubjectRepository::columns()
{
    return {QStringLiteral("id"),         QStringLiteral("code"),
            QStringLiteral("initials"),   QStringLiteral("sex"),
            QStringLiteral("birth_date"), QStringLiteral("week0_date"),
            QStringLiteral("status"),     QStringLiteral("locked"),
            QStringLiteral("version")};
}

UniqueKey SubjectRepository::uniqueKey(const Subject &s)
{
    return {QStringLiteral("subject_code"),
            QT_TRANSLATE_NOOP("Validation", "The subject code %1 is already in use."),
            {s.code}};
}

StoredSubject SubjectRepository::read(const RowReader &r)
{
    StoredSubject out;
    Subject &s = out.subject;
    s.id = r.id(QStringLiteral("id"));
    s.version = r.integer(QStringLiteral("version")).value_or(0);
    s.code = r.text(QStringLiteral("code"));
    s.initials = r.text(QStringLiteral("initials"));
    s.sex = r.text(QStringLiteral("sex"));
    s.birthDate = r.date(QStringLiteral("birth_date"));
    s.week0Date = r.date(QStringLiteral("week0_date"));
    s.status = r.text(QStringLiteral("status"));
    out.locked = r.flag(QStringLiteral("locked"));
    return out;
}

Row SubjectRepository::toRow(const Subject &s)
{
    Row row;
    row.text(QStringLiteral("code"), s.code)
        .text(QStringLiteral("initials"), s.initials)
        .text(QStringLiteral("sex"), s.sex)
        .date(QStringLiteral("birth_date"), s.birthDate)
        .date(QStringLiteral("week0_date"), s.week0Date)
        .text(QStringLiteral("status"), s.status);
    return row;
}

std::optional<StoredSubject> SubjectRepository::byId(const Database &db, qint64 id,
                                                     QString *error)
{
    Statement st(db, QStringLiteral("SELECT %1 FROM subjects WHERE id = ?")
                  .arg(RowReader::columnList(columns())));
    QSqlQuery &q = st.query();
    q.addBindValue(id);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return read(RowReader(q));
}

std::optional<qint64> SubjectRepository::idByCode(const Database &db, const QString &code)
{
    Statement st(db, QStringLiteral("SELECT id FROM subjects WHERE code = ?"));
    QSqlQuery &q = st.query();
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool SubjectRepository::forEach(const Database &db,
                                const std::function<bool(const StoredSubject &)> &fn,
                                QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM subjects ORDER BY code")
                    .arg(RowReader::columnList(columns())))) {
        *error = Database::describe(q.lastError());
        return false;
    }
    const RowReader r(q);
    while (q.next()) {
        if (!fn(read(r)))
            break;
    }
    return true;
}

bool SubjectRepository::setLocked(const Database &db, qint64 id, bool locked,
                                  QString *error)
{
    Statement st(db, QStringLiteral("UPDATE subjects SET locked = ? WHERE id = ?"));
    QSqlQuery &q = st.query();
    q.addBindValue(locked ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    return true;
}

}  // namespace trialcrf
