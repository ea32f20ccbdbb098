// SPDX-License-Identifier: Apache-2.0
#include "storage/subjectrepository.h"

#include "records/fieldtables.h"
#include "storage/fieldrows.h"
#include "storage/recordquery.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

QStringList SubjectRepository::columns()
{
    return QStringList{QStringLiteral("id")} + storedColumns(fields::subject())
           + QStringList{QStringLiteral("locked"), QStringLiteral("version")};
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
    fieldrows::read(r, fields::subject(), &s);
    out.locked = r.flag(QStringLiteral("locked"));
    return out;
}

Row SubjectRepository::toRow(const Subject &s)
{
    Row row;
    return fieldrows::write(row, fields::subject(), s);
}

std::optional<StoredSubject> SubjectRepository::byId(const Database &db, qint64 id,
                                                     QString *error)
{
    return recordquery::byId(db, table(), columns(), id, &read, error);
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
    return recordquery::stream(
        db, QStringLiteral("SELECT %1 FROM subjects ORDER BY code")
                    .arg(RowReader::columnList(columns())),
        [&](const RowReader &r) { return fn(read(r)); }, error);
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

bool SubjectRepository::setStatus(const Database &db, qint64 id, const QString &status,
                                  QString *error)
{
    Statement st(db, QStringLiteral("UPDATE subjects SET status = ? WHERE id = ?"));
    QSqlQuery &q = st.query();
    q.addBindValue(status);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    return true;
}

std::optional<rules::LifeCycleInput> SubjectRepository::lifeCycle(const Database &db,
                                                                  const Subject &s,
                                                                  const QString &finalVisit,
                                                                  QString *error)
{
    Statement st(db, QStringLiteral(
                         "SELECT (SELECT subject_signed FROM consents WHERE subject_id = ?),"
                         " (SELECT confirmed_verdict FROM eligibility WHERE subject_id = ?),"
                         " (SELECT count(*) FROM pasi_assessments WHERE subject_id = ?"
                         "  AND visit = ? AND assessment_date IS NOT NULL)"));
    QSqlQuery &q = st.query();
    q.addBindValue(s.id);
    q.addBindValue(s.id);
    q.addBindValue(s.id);
    q.addBindValue(finalVisit);
    if (!q.exec() || !q.next()) {
        *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    rules::LifeCycleInput in;
    if (!q.value(0).isNull())
        in.consentSigned = q.value(0).toInt() != 0;
    in.confirmedVerdict = q.value(1).toString();
    in.finalVisitDone = q.value(2).toInt() > 0;
    in.withdrawalDate = s.withdrawalDate;
    return in;
}

}  // namespace trialcrf
