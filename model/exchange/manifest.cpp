// SPDX-License-Identifier: Apache-2.0
#include "exchange/manifest.h"

#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace trialcrf::manifest {

namespace {
const QStringList kHeader{QStringLiteral("file"), QStringLiteral("rows"), QStringLiteral("bytes"),
                          QStringLiteral("sha256")};
}  // namespace

QByteArray sha256(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        *error = f.errorString();
        return {};
    }
    return hash.result().toHex();
}

bool write(const QString &folder, const QMap<QString, qint64> &rows, bool byteOrderMark,
           QString *error)
{
    QFile f(QDir(folder).filePath(fileName()));
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    CsvWriter w(&f, byteOrderMark);
    w.writeRow(kHeader);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QString path = QDir(folder).filePath(it.key());
        const QByteArray hash = sha256(path, error);
        if (hash.isEmpty())
            return false;
        w.writeRow({it.key(), QString::number(it.value()), QString::number(QFileInfo(path).size()),
                    QString::fromLatin1(hash)});
    }
    if (!w.flush() || !f.flush()) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(f.fileName(), w.errorString().isEmpty() ? f.errorString() : w.errorString());
        return false;
    }
    return true;
}

QHash<QString, Entry> read(const QString &folder, QList<ExchangeProblem> *problems)
{
    QHash<QString, Entry> entries;
    const QString name = fileName();
    QFile f(QDir(folder).filePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        problems->append({name, 0, 0, {},
                          QT_TRANSLATE_NOOP("Validation", "The file cannot be opened: %1"),
                          {f.errorString()}});
        return entries;
    }
    CsvReader reader(&f);
    QStringList fields;
    if (!reader.readRecord(&fields) || fields != kHeader) {
        if (!reader.hasError()) {
            problems->append({name, 1, 0, {},
                              QT_TRANSLATE_NOOP("Validation",
                                                "The manifest's header must be %1."),
                              {kHeader.join(QLatin1Char(','))}});
        }
    }
    while (problems->isEmpty() && reader.readRecord(&fields)) {
        bool rowsOk = false, bytesOk = false;
        Entry e;
        e.line = reader.recordLine();
        if (fields.size() == kHeader.size()) {
            e.file = fields.at(0);
            e.rows = fields.at(1).toLongLong(&rowsOk);
            e.bytes = fields.at(2).toLongLong(&bytesOk);
            e.sha256 = fields.at(3).toLatin1();
        }
        if (!rowsOk || !bytesOk || e.sha256.size() != 64 || e.file.isEmpty()
            || entries.contains(e.file)) {
            problems->append({name, e.line, 0, {},
                              QT_TRANSLATE_NOOP("Validation",
                                                "This manifest row is not a file name, a row "
                                                "count, a size and a SHA-256 listed once."),
                              {}});
            break;
        }
        entries.insert(e.file, e);
    }
    if (reader.hasError()) {
        const CsvError &e = reader.error();
        problems->append({name, e.line, int(e.column), {}, e.source, e.args});
    }
    return entries;
}

}  // namespace trialcrf::manifest
