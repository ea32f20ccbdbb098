// SPDX-License-Identifier: Apache-2.0
#include "resignlistdialog.h"
#include "recordlisttable.h"

#include "signaturedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace trialcrf {

namespace {
enum Column { SubjectColumn, What, Meaning, Signer, SignedAt, ColumnCount };
}

ResignListDialog::ResignListDialog(const SignatureStore &signatures, const Session &session,
                                   QWidget *parent)
    : QDialog(parent), m_signatures(signatures), m_session(session)
{
    setObjectName(QStringLiteral("resignListDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("resignTable"));
    setUpRecordListTable(m_table);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResignListDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResignListDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, this, &ResignListDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Open)->setEnabled(m_table->currentRow() >= 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    reload();
    retranslate();
    // Wide enough for every column's text (the date and time in UTC and local time is long),
    // at least a hundred average characters, but never larger than the screen (Noto Sans CJK's
    // average character is wide: at 150 % on 1280×720 that would be 1300 px).
    m_table->resizeColumnsToContents();
    int tableWidth = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < ColumnCount; ++c)
        tableWidth += m_table->columnWidth(c);
    const QMargins margins = layout->contentsMargins();
    const QSize wanted(std::max(fontMetrics().averageCharWidth() * 100,
                                tableWidth + margins.left() + margins.right()),
                       fontMetrics().height() * 24);
    resize(wanted.boundedTo(screen()->availableGeometry().size() - QSize(48, 64)));
}

void ResignListDialog::reload()
{
    m_error.clear();
    m_list = m_signatures.brokenSignatures(m_session, 0, &m_error).value_or(QList<Signature>());
    fill();
}

void ResignListDialog::fill()
{
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const Signature &s = m_list.at(row);
        const auto set = [&](int column, const QString &text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        set(SubjectColumn, s.subjectCode);
        set(What, SignatureDialog::scopeLabel(s.scope, s.visit));
        set(Meaning, SignatureDialog::meaningLabel(s.meaning));
        set(Signer, tr("%1 (%2)").arg(s.printedName, s.signerUserName));
        set(SignedAt, SignatureDialog::timeText(s.signedAtUtc));
    }
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(m_table->currentRow() >= 0);
}

void ResignListDialog::accept()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size())
        return;
    m_chosen = m_list.at(row).subjectCode;
    QDialog::accept();
}

void ResignListDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ResignListDialog::retranslate()
{
    setWindowTitle(tr("Signatures to sign again"));
    if (!m_error.isEmpty())
        m_intro->setText(tr("The signatures could not be read: %1").arg(m_error));
    else if (m_list.isEmpty())
        m_intro->setText(tr("No signature in the study was broken by a later change."));
    else
        m_intro->setText(tr("%n signature(s) were broken by changes made after signing. Open "
                            "a subject to see what changed and sign again.",
                            nullptr, int(m_list.size())));
    m_table->setHorizontalHeaderLabels({tr("Subject"), tr("Signed"), tr("Meaning"),
                                        tr("Printed name"), tr("Date and time")});
    fill();
}

}  // namespace trialcrf
