// SPDX-License-Identifier: Apache-2.0
#include "exchange/monitoringcsv.h"

#include "exchange/csvwriter.h"
#include "records/fieldtables.h"
#include "storage/auditlog.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "storage/sitestore.h"
#include "storage/studystore.h"

namespace trialcrf::monitoringcsv {

namespace {

using T = ColumnType;
using Use = FieldInfo::Use;

ColumnDef column(const char *name, ColumnType type, Use use, const char *en, const char *zh,
                 const QString &allowed = {})
{
    return ColumnDef{QLatin1String(name), type, use, {}, {}, allowed, QString::fromUtf8(en),
                     QString::fromUtf8(zh)};
}

FileDef file(const char *name, const char *en, const char *zh, const QList<ColumnDef> &columns)
{
    return FileDef{QLatin1String(name) + QLatin1String(".csv"), QLatin1String(name),
                   QString::fromUtf8(en), QString::fromUtf8(zh), columns};
}

/// The export file of a storage table ("pasi" for pasi_assessments).
QString recordFile(const QString &table)
{
    static const QList<fields::RecordFields> all = fields::all(Protocol::builtIn());
    for (const fields::RecordFields &r : all) {
        if (r.table == table)
            return r.file;
    }
    return table;
}

QString time(const QDateTime &utc)
{
    return utc.isValid() ? AuditLog::formatTime(utc) : QString();
}

}  // namespace

QList<FileDef> fileDefs()
{
    const QList<ColumnDef> where{
        column("subject_code", T::Text, Use::Key, "Subject code", "受试者编号"),
        column("visit", T::Code, Use::Required, "Visit", "访视"),
        column("record", T::Text, Use::Required, "Record file of the field", "字段所在的记录文件"),
        column("record_key", T::Text, Use::Required,
               "Record key within the subject (visit code or AE number)",
               "受试者内的记录键 (访视代码或不良事件编号)"),
        column("field", T::Text, Use::Required, "Field (column of the record file; empty = page)",
               "字段 (记录文件的列; 空 = 整页)"),
    };
    QList<ColumnDef> queries{column("query_id", T::Integer, Use::Key, "Query id", "质疑编号")};
    queries << where
            << column("state", T::Code, Use::Required, "State", "状态",
                      QStringLiteral("open;answered;closed"))
            << column("must_act", T::Code, Use::Required, "Who must act", "待处理方",
                      QStringLiteral("site;monitor"))
            << column("raised_by", T::Text, Use::Required, "Raised by", "提出人")
            << column("raised_at_utc", T::DateTime, Use::Required, "Raised at (UTC)",
                      "提出时间 (UTC)")
            << column("updated_at_utc", T::DateTime, Use::Required, "Last message at (UTC)",
                      "最后消息时间 (UTC)");
    QList<ColumnDef> sdv = where;
    sdv << column("status", T::Code, Use::Required, "Status", "状态",
                  QStringLiteral("verified;changed_since_verified"))
        << column("verified_by", T::Text, Use::Required, "Verified by", "核查人")
        << column("verified_role", T::Code, Use::Required, "Role", "角色",
                  roleCodes().join(QLatin1Char(';')))
        << column("verified_at_utc", T::DateTime, Use::Required, "Verified at (UTC)",
                  "核查时间 (UTC)")
        << column("content_hash", T::Text, Use::Required, "Hash of the verified value (SHA-256)",
                  "所核查值的哈希值 (SHA-256)");
    return {
        file("queries", "Queries", "质疑", queries),
        file("query_messages", "Query messages", "质疑消息",
             {column("query_id", T::Integer, Use::Key, "Query id", "质疑编号"),
              column("message_id", T::Integer, Use::Key, "Message id", "消息编号"),
              column("kind", T::Code, Use::Required, "Kind", "类型",
                     QStringLiteral("raise;answer;close;reopen")),
              column("author", T::Text, Use::Required, "Written by", "撰写人"),
              column("author_role", T::Code, Use::Required, "Role", "角色",
                     roleCodes().join(QLatin1Char(';'))),
              column("at_utc", T::DateTime, Use::Required, "Time (UTC)", "时间 (UTC)"),
              column("text", T::Text, Use::Required, "Text", "内容"),
              column("audit_seq", T::Integer, Use::Optional,
                     "Audit row of the value change the answer made",
                     "该回复所作数值修改的稽查记录序号")}),
        file("sdv", "Source data verification", "源数据核查", sdv),
    };
}

bool writeAll(const StudyStore &store, const Session &session, const WriteFile &writeFile)
{
    QList<Query> threads;
    const auto queries = [&](CsvWriter &w, QString *error) {
        const std::optional<QList<Query>> list = QueryStore(store).queries(session, {}, error);
        if (!list)
            return false;
        for (const Query &q : *list) {
            w.writeRow({QString::number(q.id), q.subjectCode, q.visit, recordFile(q.ref.table),
                        q.ref.recordKey, q.ref.field, q.state, q.mustAct(), q.raisedBy,
                        time(q.raisedAt), time(q.updatedAt)});
            threads << q;
        }
        return true;
    };
    const auto messages = [&](CsvWriter &w, QString *error) {
        for (const Query &listed : std::as_const(threads)) {
            const std::optional<Query> q = QueryStore(store).thread(session, listed.id, error);
            if (!q)
                return false;
            for (const QueryMessage &m : q->messages)
                w.writeRow({QString::number(q->id), QString::number(m.id), m.kind, m.author,
                            m.authorRole, time(m.atUtc), m.text,
                            m.auditSeq ? QString::number(m.auditSeq) : QString()});
        }
        return true;
    };
    const auto sdv = [&](CsvWriter &w, QString *error) {
        const SdvStore marks(store);
        const std::optional<QList<qint64>> subjects = marks.markedSubjects(error);
        if (!subjects)
            return false;
        for (qint64 id : *subjects) {
            const std::optional<bool> mine =
                SiteStore::maySubject(store.database(), session, id, error);
            if (!mine)
                return false;
            if (!*mine)  // another site's subject
                continue;
            const std::optional<Casebook> book = store.loadCasebook(session, id, error);
            const std::optional<QList<SdvMark>> list =
                book ? marks.marks(*book, error) : std::nullopt;
            if (!list)
                return false;
            for (const SdvMark &m : *list)
                w.writeRow({m.subjectCode,
                            monitoredfields::visitOf(store.protocol(), m.ref),
                            recordFile(m.ref.table), m.ref.recordKey, m.ref.field,
                            m.status == SdvMark::Status::Valid
                                ? QStringLiteral("verified")
                                : QStringLiteral("changed_since_verified"),
                            m.byUser, m.byRole, time(m.atUtc), m.contentHash});
        }
        return true;
    };
    return writeFile(QStringLiteral("queries"), queries)
           && writeFile(QStringLiteral("query_messages"), messages)
           && writeFile(QStringLiteral("sdv"), sdv);
}

}  // namespace trialcrf::monitoringcsv
