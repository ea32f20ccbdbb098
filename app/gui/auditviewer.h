// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace trialcrf {

class AuditTableModel;
class Database;

/// The audit trail viewer (monitor, data manager): filter by subject, user, table and UTC
/// date range; every row with its time in local time and UTC, user, action, table, record,
/// field, old → new and reason; the matching rows exported to CSV (the columns of audit.csv).
/// AuditTrail checks the role in model/. The latest rows come first, a page at a time, so a
/// study with millions of rows opens at once.
class AuditViewer : public QDialog {
    Q_OBJECT
public:
    AuditViewer(const Database &db, const Session &session, QWidget *parent = nullptr);

    static int pageSize() { return 500; }

    /// Shows one subject's trail (the casebook's "Audit trail" action).
    void setSubjectFilter(const QString &subjectCode);
    AuditFilter filter() const;
    /// Re-reads with the current filter.
    void refresh();
    /// Shows one more page of older rows.
    void showMore();
    /// Writes every row matching the filter (not only those shown) to `path` as CSV; false with
    /// *error on failure (AuditCsv::writeSelection). Nothing is left half-written.
    bool exportCsv(const QString &path, QString *error) const;

    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QComboBox *userBox() const { return m_user; }
    QComboBox *tableBox() const { return m_table; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateEdit *fromEdit() const { return m_from; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChoices();
    void exportClicked();

    const Database &m_db;
    Session m_session;
    int m_limit = pageSize();
    bool m_more = false;
    QString m_error;

    AuditTableModel *m_model = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_userLabel = nullptr;
    QComboBox *m_user = nullptr;
    QLabel *m_tableLabel = nullptr;
    QComboBox *m_table = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_moreButton = nullptr;
    QPushButton *m_export = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
