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
/// the format (CSV files or one CDISC ODM file) and, for CSV, a UTF-8 byte order mark. It
/// proposes the documents folder, says under the fields why OK is disabled, and creates a
/// folder that does not exist yet when OK is pressed.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { Csv, Odm };

    explicit ExportDialog(QWidget *parent = nullptr);

    QString folder() const;
    void setFolder(const QString &folder);
    Format format() const;
    bool byteOrderMark() const;
    /// Why OK is disabled (or that a missing folder will be created); empty when all is well.
    QString statusText() const;
    /// The folder proposed at first: the user's documents folder (home when there is none).
    static QString defaultFolder();

public Q_SLOTS:
    /// Creates the folder when it does not exist, then accepts; stays open saying why when
    /// the folder cannot be created.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void updateState();
    bool createFolder(QString *error) const;

    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_bom = nullptr;
    QPushButton *m_ok = nullptr;
    QLabel *m_status = nullptr;
};

}  // namespace trialcrf
