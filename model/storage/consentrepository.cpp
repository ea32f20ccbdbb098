// SPDX-License-Identifier: Apache-2.0
#include "storage/consentrepository.h"

#include "records/fieldtables.h"
#include "storage/fieldrows.h"
#include "storage/recordquery.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

QStringList ConsentRepository::columns()
{
    return QStringList{QStringLiteral("id"), QStringLiteral("subject_id")}
           + storedColumns(fields::consent()) + QStringList{QStringLiteral("version")};
}

UniqueKey ConsentRepository::uniqueKey()
{
    return {QStringLiteral("subject_code"),
            QT_TRANSLATE_NOOP("Validation", "This subject already has a consent record."),
            {}};
}

Consent ConsentRepository::read(const RowReader &r)
{
    Consent c;
    recordquery::readKeys(r, &c);
    fieldrows::read(r, fields::consent(), &c);
    return c;
}

Row ConsentRepository::toRow(const Consent &c)
{
    Row row;
    row.integer(QStringLiteral("subject_id"), c.subjectId);
    return fieldrows::write(row, fields::consent(), c);
}

std::optional<Consent> ConsentRepository::byId(const Database &db, qint64 id, QString *error)
{
    return recordquery::one(db, QStringLiteral("SELECT %1 FROM consents WHERE id = ?")
                  .arg(RowReader::columnList(columns())), {id}, &read, error);
}

std::optional<Consent> ConsentRepository::forSubject(const Database &db, qint64 subjectId,
                                                     QString *error)
{
    return recordquery::one(db, QStringLiteral("SELECT %1 FROM consents WHERE subject_id = ?")
                  .arg(RowReader::columnList(columns())), {subjectId}, &read, error);
}

bool ConsentRepository::forEach(const Database &db,
                                const std::function<bool(const QString &, const Consent &)> &fn,
                                QString *error)
{
    return recordquery::stream(
        db,
        QStringLiteral("SELECT %1, s.code AS subject_code FROM consents c"
                       " JOIN subjects s ON s.id = c.subject_id ORDER BY s.code")
            .arg(RowReader::columnList(columns(), QStringLiteral("c"))),
        [&](const RowReader &r) { return fn(r.text(QStringLiteral("subject_code")), read(r)); },
        error);
}

}  // namespace trialcrf
