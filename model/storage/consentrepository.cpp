// SPDX-License-Identifier: Apache-2.0
#include "storage/consentrepository.h"

#include "records/fieldtables.h"
#include "storage/fieldrows.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {
std::optional<Consent> one(QSqlQuery &q, QString *error)
{
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return ConsentRepository::read(RowReader(q));
}
}  // namespace

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
    c.id = r.id(QStringLiteral("id"));
    c.version = r.integer(QStringLiteral("version")).value_or(0);
    c.subjectId = r.id(QStringLiteral("subject_id"));
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
    Statement st(db, QStringLiteral("SELECT %1 FROM consents WHERE id = ?")
                  .arg(RowReader::columnList(columns())));
    QSqlQuery &q = st.query();
    q.addBindValue(id);
    return one(q, error);
}

std::optional<Consent> ConsentRepository::forSubject(const Database &db, qint64 subjectId,
                                                     QString *error)
{
    Statement st(db, QStringLiteral("SELECT %1 FROM consents WHERE subject_id = ?")
                  .arg(RowReader::columnList(columns())));
    QSqlQuery &q = st.query();
    q.addBindValue(subjectId);
    return one(q, error);
}

bool ConsentRepository::forEach(const Database &db,
                                const std::function<bool(const QString &, const Consent &)> &fn,
                                QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, s.code AS subject_code FROM consents c"
                               " JOIN subjects s ON s.id = c.subject_id ORDER BY s.code")
                    .arg(RowReader::columnList(columns(), QStringLiteral("c"))))) {
        *error = Database::describe(q.lastError());
        return false;
    }
    const RowReader r(q);
    while (q.next()) {
        if (!fn(r.text(QStringLiteral("subject_code")), read(r)))
            break;
    }
    return true;
}

}  // namespace trialcrf
