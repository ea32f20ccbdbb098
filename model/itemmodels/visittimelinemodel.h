// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/rules.h"
#include "storage/casebook.h"
#include "storage/completeness.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace trialcrf {

/// A subject's visit schedule (screening, week 0 … week 12) as a table: target date, window,
/// the day it was done, its state on `today` (done, due today, overdue, out of window …) and
/// which pages are recorded. Rebuilt from a Casebook in memory; it never reads the database.
class VisitTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Visit, TargetDate, Window, DoneOn, State, Recorded, ColumnCount };
    enum Role {
        HasInfusionRole = Qt::UserRole + 200,  ///< bool: an infusion is given at this visit
        HasPasiRole,                           ///< bool: PASI is assessed at this visit
        /// QStringList: the field keys missing on this visit's saved pages ("infusion:weight_kg",
        /// "pasi:head_area"); empty when its pages are complete or not recorded.
        MissingItemsRole,
    };

    explicit VisitTimelineModel(const Protocol &protocol, QObject *parent = nullptr);

    /// Shows this casebook's schedule on `today` (the local date).
    void setCasebook(const Casebook &casebook, QDate today);
    void clear();
    /// Re-reads the labels in the current language (and the dates in its format).
    void retranslate();
    /// The widest texts a column can show in the current language, so a view can size its
    /// columns once instead of measuring every casebook.
    QStringList widestTexts(int column) const;

    /// The state of a visit row; nullopt when the visit is not expected (no week-0 date yet,
    /// or the subject left the study before it).
    std::optional<rules::VisitState> stateAt(int row) const;
    QString visitCodeAt(int row) const;
    int rowOfVisit(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// Screening's date when no screening PASI dates it: the eligibility assessment's, else
    /// the consent's (screening is under way once either is saved).
    static std::optional<QDate> screeningStarted(const Casebook &casebook);

    struct Row {
        VisitDef visit;
        std::optional<QDate> target;
        std::optional<rules::VisitWindow> window;
        std::optional<QDate> done;
        std::optional<rules::VisitState> state;
        bool dueToday = false;
        bool infusionRecorded = false;
        bool pasiRecorded = false;
        QStringList infusionMissing, pasiMissing;  ///< field keys the saved pages lack
        QStringList texts;  ///< one per column, made once: painting asks again and again
    };
    QString display(const Row &row, int column) const;

    const Protocol &m_protocol;
    QList<Row> m_rows;
};

}  // namespace trialcrf
