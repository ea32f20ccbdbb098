// SPDX-License-Identifier: Apache-2.0
#include "exportdialog.h"

#include "palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace trialcrf {

ExportDialog::ExportDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_folderLabel = new QLabel(this);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folderLabel->setBuddy(m_folder);
    m_browse = new QPushButton(this);
    m_formatLabel = new QLabel(this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(QString(), int(Format::Csv));
    m_format->addItem(QString(), int(Format::Odm));
    m_formatLabel->setBuddy(m_format);
    m_bom = new QCheckBox(this);
    m_bom->setObjectName(QStringLiteral("bom"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_folderLabel, 0, 0);
    grid->addWidget(m_folder, 0, 1);
    grid->addWidget(m_browse, 0, 2);
    grid->addWidget(m_formatLabel, 1, 0);
    grid->addWidget(m_format, 1, 1, 1, 2);
    grid->addWidget(m_bom, 2, 1, 1, 2);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    grid->addWidget(m_status, 3, 0, 1, 3);
    grid->addWidget(buttons, 4, 0, 1, 3);
    m_folder->setText(QDir::toNativeSeparators(defaultFolder()));
    retranslate();
    updateState();
}

QString ExportDialog::folder() const { return m_folder->text().trimmed(); }
void ExportDialog::setFolder(const QString &folder) { m_folder->setText(folder); }

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

bool ExportDialog::byteOrderMark() const
{
    return format() == Format::Csv && m_bom->isChecked();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateState();
    }
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export data"));
    m_folderLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("&Browse…"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_format->setItemText(0, tr("CSV files (one per record type)"));
    m_format->setItemText(1, tr("CDISC ODM 1.3.2 (one XML file)"));
    m_bom->setText(tr("Start each CSV file with a byte order mark (for Excel)"));
    m_folder->setToolTip(tr("A new folder (CSV) or file (ODM) named after the study and the "
                            "time is made inside this folder."));
}

void ExportDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into folder"),
                                                          folder());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

QString ExportDialog::defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

bool ExportDialog::createFolder(QString *error) const
{
    const QString path = QDir::fromNativeSeparators(folder());
    if (QFileInfo(path).isDir())
        return true;
    if (QDir().mkpath(path))
        return true;
    *error = tr("The folder %1 could not be created.").arg(folder());
    return false;
}

void ExportDialog::updateState()
{
    m_bom->setEnabled(format() == Format::Csv);
    // OK is disabled only when the export cannot go there; the line below says why. A
    // folder that does not exist yet is created on OK.
    const QFileInfo info(QDir::fromNativeSeparators(folder()));
    QString status;
    bool ok = false;
    if (folder().isEmpty()) {
        status = tr("Choose the folder to export into.");
    } else if (info.exists() && !info.isDir()) {
        status = tr("%1 is a file, not a folder. Choose a folder.").arg(folder());
    } else if (!info.exists()) {
        status = tr("The folder does not exist yet; it will be created.");
        ok = true;
    } else {
        ok = true;
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_status->setStyleSheet(ok ? QString() : Palette::errorStyle());
    m_ok->setEnabled(ok);
}

void ExportDialog::accept()
{
    QString error;
    if (!createFolder(&error)) {
        m_status->setText(error);
        m_status->setStyleSheet(Palette::errorStyle());
        m_status->setVisible(true);
        return;
    }
    QDialog::accept();
}

}  // namespace trialcrf
