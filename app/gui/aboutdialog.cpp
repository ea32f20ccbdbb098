// SPDX-License-Identifier: Apache-2.0
#include "aboutdialog.h"

#include "about/buildinfo.h"
#include "storage/studystore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace trialcrf {

AboutDialog::AboutDialog(const StudyStore &store, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/trialcrf-128.png")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setMinimumWidth(620);
    auto *buttons = new QDialogButtonBox(this);
    m_aboutQt = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    retranslate();
}

QString AboutDialog::text() const
{
    QTextDocument document;
    document.setHtml(m_text->text());
    return document.toPlainText();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About trialcrf"));
    m_aboutQt->setText(tr("About &Qt"));
    m_close->setText(tr("&Close"));
    const Protocol &p = m_store.protocol();
    const Database &db = m_store.database();
    const QString html =
        tr("<p><b>trialcrf</b> %1</p>"
           "<p>Electronic case report forms for the clinical trial %2:<br>%3<br>%4</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 p.registryId.toHtmlEscaped(), p.title.toHtmlEscaped(), p.site.toHtmlEscaped())
        + tr("<p>Protocol: %1 (sponsor's study id %2), protocol file %3<br>"
             "Database: %4, schema version %5 (this version writes schema %6)</p>")
              .arg(p.registryId.toHtmlEscaped(), p.sponsorStudyId.toHtmlEscaped(),
                   BuildInfo::protocolFingerprint().toHtmlEscaped(),
                   QDir::toNativeSeparators(db.path()).toHtmlEscaped())
              .arg(db.schemaVersion())
              .arg(Database::currentSchemaVersion())
        + tr("<p>trialcrf is licensed under the Apache License 2.0. It uses:<br>"
             "Qt %1, under the GNU LGPL version 3 (see About Qt);<br>"
             "SQLite %2, in the public domain;<br>"
             "libsodium %3, under the ISC licence.</p>")
              .arg(QString::fromLatin1(qVersion()), BuildInfo::sqliteVersion(),
                   BuildInfo::sodiumVersion());
    m_text->setText(html);
}

}  // namespace trialcrf
