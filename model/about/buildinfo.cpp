// SPDX-License-Identifier: Apache-2.0
#include "about/buildinfo.h"

#include "storage/sodiumready.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

namespace trialcrf {

QString BuildInfo::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString BuildInfo::sodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

QString BuildInfo::protocolFingerprint()
{
    QFile file(QStringLiteral(":/protocol/nct03745417.json"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray bytes = file.readAll();
    const int format = QJsonDocument::fromJson(bytes).object().value(QLatin1String("format")).toInt();
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return tr("format %1, SHA-256 %2").arg(format).arg(QString::fromLatin1(hash.left(12)));
}

}  // namespace trialcrf
