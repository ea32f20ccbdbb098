// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace trialcrf {

/// File → Export…: the folder the export goes into (a new folder or file is made inside it),
/// the format (CSV files or one CDISC ODM file) and, for CSV, a UTF-8 byte order mark.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { Csv, Odm };

    explicit ExportDialog(QWidget *parent = nullptr);

    QString folder() const;
    void setFolder(const QString &folder);
    Format format() const;
    bool byteOrderMark() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void updateState();

    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_bom = nullptr;
    QPushButton *m_ok = nullptr;
};

}  // namespace trialcrf
