// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/monitoredfields.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace trialcrf {

class Database;

/// One record that another workstation changed: its latest audit row.
struct ChangedRecord {
    /// The page as CrfForm::pageRef() names it: subject id, table, and the visit or adverse
    /// event number of the pages that have one (field empty).
    FieldRef page;
    qint64 recordId = 0;
    QString subjectCode;
    QString userName;
    QString roleCode;  ///< nurse, physician, monitor, data_manager; empty when unknown
    QDateTime atUtc;
    qint64 seq = 0;
};

/// What other workstations committed since the last look, read from the audit trail.
struct StudyChanges {
    qint64 lastSeq = 0;            ///< the last audit row read
    QList<ChangedRecord> records;  ///< one per record, in the order of their latest change
    QSet<QString> subjectCodes;
    QSet<qint64> subjectIds;
    QStringList userNames;  ///< who changed them, each once

    bool isEmpty() const { return records.isEmpty(); }
    bool touchesSubject(qint64 subjectId) const { return subjectIds.contains(subjectId); }
    /// The latest change of a page (same subject, table and visit or AE number); nullopt when
    /// it was not changed.
    std::optional<ChangedRecord> changeOf(const FieldRef &page) const;
};

/// Tells when other workstations changed the study, and what. Bound to one open Database
/// (the app's connection) and to the thread that opened it.
///
/// The wake-up differs by backend, what is read does not: on a PostgreSQL server the
/// connection LISTENs on Database::changeChannel(), which every commit that appended audit rows
/// notifies (delivered at commit, never for a rollback); a study file is polled with
/// `PRAGMA data_version`, which changes only when another connection committed. Then the audit
/// rows appended since the last look say who changed which record of which subject and when.
/// Rows this connection appended itself (Database::appendedHere) are not reported.
class StudyWatcher : public QObject {
    Q_OBJECT
public:
    explicit StudyWatcher(const Database &db, QObject *parent = nullptr);
    ~StudyWatcher() override;

    /// Starts from the audit trail's end now. False with *error when the trail cannot be
    /// read; a server that cannot notify is polled instead.
    bool start(QString *error = nullptr);
    void stop();
    bool isActive() const { return m_active; }
    /// True on a server whose notifications wake the watcher (no polling).
    bool isListening() const { return m_listening; }
    /// How often a study file (or a server that cannot notify) is looked at, in ms.
    void setPollInterval(int ms);
    int pollInterval() const { return m_timer.interval(); }
    /// Reads what was appended since the last look and emits changed() when another
    /// workstation changed a record. Deferred while a transaction is open on the connection.
    /// False with *error on an SQL error.
    bool check(QString *error = nullptr);
    qint64 lastSeq() const { return m_lastSeq; }

Q_SIGNALS:
    void changed(const trialcrf::StudyChanges &changes);

private:
    void onNotification(const QString &name, const QVariant &payload, bool fromSelf);
    void poll();
    bool read(StudyChanges *changes, QString *error);

    const Database &m_db;
    QTimer m_timer;
    QTimer m_retry;  ///< a look deferred past an open transaction
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
    bool m_active = false;
    bool m_listening = false;
};

}  // namespace trialcrf

Q_DECLARE_METATYPE(trialcrf::StudyChanges)
