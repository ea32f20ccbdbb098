// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/rules.h"
#include "storage/studystore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace trialcrf {

/// The subject list: one row per subject, ordered by code, fetched lazily in pages from
/// StudyStore::subjects so a 100,000-subject study opens as fast as a 5-subject one (the
/// view asks for more rows as it scrolls; nothing is counted or scanned up front).
/// Visit flags are computed from each row's visit dates by rules::visitState on `today`.
class SubjectListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Initials, Status, NextVisit, NextVisitDate, Overdue, OutOfWindow,
                  Signed, OpenQueries, Sdv, Site, ColumnCount };

    SubjectListModel(const StudyStore &store, QObject *parent = nullptr);

    /// Rows fetched per page unless setPageSize() says otherwise.
    static constexpr int defaultPageSize = 200;
    /// The first page is smaller: enough to fill a tall screen, so start-up reads (and dates)
    /// no more rows than it shows.
    static constexpr int firstPageSize = 100;
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    /// Where a subject stands on `today`: the next visit still to do (its target date;
    /// screening: the end of its window) and whether any visit is overdue or was done out of
    /// its window (and which visits are overdue). Only screening and enrolled subjects have a next
    /// visit or can be overdue.
    struct Schedule {
        QString nextVisit;                   ///< visit code; empty when none is expected
        std::optional<QDate> nextVisitDate;
        rules::VisitState nextState = rules::VisitState::NotYetDue;
        bool overdue = false;
        QStringList overdueVisits;           ///< codes of the overdue visits, protocol order
        bool outOfWindow = false;
    };
    static Schedule schedule(const Protocol &protocol, const SubjectSummary &subject,
                             QDate today);

    /// Restricts the list to codes starting with `codePrefix` (case-insensitive as the store
    /// does it) and to one status code (empty: all). Drops the fetched rows; nothing is read
    /// until the view (or the caller) fetches.
    void setFilter(const QString &codePrefix, const QString &status);
    QString codePrefix() const { return m_codePrefix; }
    QString statusFilter() const { return m_status; }
    /// Who reads the list: with a session, a subject with SDV marks gets its exact progress
    /// (its casebook read: marks changed since verified do not count); without one, or
    /// without marks, verified counts the standing marks.
    /// The list shows only the subjects of the session's sites (Session::siteCodes).
    void setSession(const Session &session) { m_session = session; }
    /// Re-reads from the first page with the same filter (after a save).
    void reload();
    /// The date the flags are computed for; defaults to the store clock's local date.
    void setToday(QDate today);
    QDate today() const;
    /// Tells views that labels and headers changed language (no data is re-read).
    void retranslate();
    /// The widest texts a column can show in the current language (labels of codes, a
    /// date), so a view can size the column before any such row is fetched.
    QStringList widestTexts(int column) const;

    /// The row of a subject among the rows fetched so far, or -1.
    int rowOfSubject(qint64 subjectId) const;
    qint64 subjectIdAt(int row) const;
    const SubjectSummary *summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Why the last fetch read nothing (an SQL error); empty when it did. The list then
    /// stops fetching until reload().
    QString errorString() const { return m_error; }

private:
    struct Row : Schedule {
        SubjectSummary summary;
        int sdvVerified = 0, sdvBroken = 0, sdvTotal = 0;
    };
    Row makeRow(SubjectSummary summary) const;
    QVariant display(const Row &row, int column) const;
    static QString overdueText(const Row &row);

    const StudyStore &m_store;
    std::optional<Session> m_session;
    QList<Row> m_rows;
    QString m_codePrefix;
    QString m_status;
    QDate m_today;
    int m_pageSize = defaultPageSize;
    bool m_atEnd = false;
    QString m_error;
};

}  // namespace trialcrf
