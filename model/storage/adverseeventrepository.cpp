// SPDX-License-Identifier: Apache-2.0
#include "storage/adverseeventrepository.h"

#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {
const QString kListSeparator = QStringLiteral(";");
}  // namespace

QStringList AdverseEventRepository::columns()
{
    return {QStringLiteral("id"),          QStringLiteral("subject_id"),
            QStringLiteral("ae_number"),   QStringLiteral("term"),
            QStringLiteral("onset_date"),  QStringLiteral("end_date"),
            QStringLiteral("ctcae_grade"), QStringLiteral("serious"),
            QStringLiteral("sae_criteria"), QStringLiteral("relatedness"),
            QStringLiteral("action_taken"), QStringLiteral("outcome"),
            QStringLiteral("version")};
}

UniqueKey AdverseEventRepository::uniqueKey(const AdverseEvent &ae)
{
    return {QStringLiteral("ae_number"),
            QT_TRANSLATE_NOOP("Validation", "This subject already has adverse event number %1."),
            {QString::number(ae.aeNumber)}};
}

AdverseEvent AdverseEventRepository::read(const RowReader &r)
{
    AdverseEvent ae;
    ae.id = r.id(QStringLiteral("id"));
    ae.version = r.integer(QStringLiteral("version")).value_or(0);
    ae.subjectId = r.id(QStringLiteral("subject_id"));
    ae.aeNumber = r.integer(QStringLiteral("ae_number")).value_or(0);
    ae.term = r.text(QStringLiteral("term"));
    ae.onsetDate = r.date(QStringLiteral("onset_date"));
    ae.endDate = r.date(QStringLiteral("end_date"));
    ae.ctcaeGrade = r.text(QStringLiteral("ctcae_grade"));
    ae.serious = r.yesNo(QStringLiteral("serious"));
    const QString criteria = r.text(QStringLiteral("sae_criteria"));
    if (!criteria.isEmpty())
        ae.saeCriteria = criteria.split(kListSeparator);
    ae.relatedness = r.text(QStringLiteral("relatedness"));
    ae.actionTaken = r.text(QStringLiteral("action_taken"));
    ae.outcome = r.text(QStringLiteral("outcome"));
    return ae;
}

Row AdverseEventRepository::toRow(const AdverseEvent &ae)
{
    Row row;
    row.integer(QStringLiteral("subject_id"), ae.subjectId)
        .integer(QStringLiteral("ae_number"), ae.aeNumber)
        .text(QStringLiteral("term"), ae.term)
        .date(QStringLiteral("onset_date"), ae.onsetDate)
        .date(QStringLiteral("end_date"), ae.endDate)
        .text(QStringLiteral("ctcae_grade"), ae.ctcaeGrade)
        .yesNo(QStringLiteral("serious"), ae.serious)
        .text(QStringLiteral("sae_criteria"), ae.saeCriteria.join(kListSeparator))
        .text(QStringLiteral("relatedness"), ae.relatedness)
        .text(QStringLiteral("action_taken"), ae.actionTaken)
        .text(QStringLiteral("outcome"), ae.outcome);
    return row;
}

std::optional<AdverseEvent> AdverseEventRepository::byId(const Database &db, qint64 id,
                                                         QString *error)
{
    Statement st(db, QStringLiteral("SELECT %1 FROM adverse_events WHERE id = ?")
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

bool AdverseEventRepository::forSubject(const Database &db, qint64 subjectId,
                                        QList<AdverseEvent> *out, QString *error)
{
    Statement st(db, QStringLiteral("SELECT %1 FROM adverse_events WHERE subject_id = ?"
                             " ORDER BY ae_number")
                  .arg(RowReader::columnList(columns())));
    QSqlQuery &q = st.query();
    q.addBindValue(subjectId);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    const RowReader r(q);
    while (q.next())
        out->append(read(r));
    return true;
}

std::optional<int> AdverseEventRepository::nextNumber(const Database &db, qint64 subjectId,
                                                      QString *error)
{
    Statement st(db, QStringLiteral("SELECT MAX(ae_number) FROM adverse_events WHERE subject_id = ?"));
    QSqlQuery &q = st.query();
    q.addBindValue(subjectId);
    if (!q.exec() || !q.next()) {
        *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toInt() + 1;
}

bool AdverseEventRepository::forEach(
    const Database &db, const std::function<bool(const QString &, const AdverseEvent &)> &fn,
    QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, s.code AS subject_code FROM adverse_events a"
                               " JOIN subjects s ON s.id = a.subject_id"
                               " ORDER BY s.code, a.ae_number")
                    .arg(RowReader::columnList(columns(), QStringLiteral("a"))))) {
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
