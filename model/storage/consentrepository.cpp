// SPDX-License-Identifier: Apache-2.0
#include "storage/consentrepository.h"

#include "records/fieldtables.h"
#include "storage/fieldrows.h"
#include "storage/recordquery.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

UniqueKey ConsentRepository::uniqueKey()
{
    return {QStringLiteral("subject_code"),
            QT_TRANSLATE_NOOP("Validation", "This subject already has a consent record."),
            {}};
}

std::optional<Consent> ConsentRepository::forSubject(const Database &db, qint64 subjectId,
                                                     QString *error)
{
    return recordquery::one(db, recordquery::selectBy(table(), columns(), QStringLiteral("subject_id")),
                            {subjectId}, &read, error);
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
