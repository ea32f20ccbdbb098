// SPDX-License-Identifier: Apache-2.0
#include "connectiondialog.h"

#include "palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace trialcrf {

namespace {

const QString kSettingsKey = QStringLiteral("study/location");

/// libpq's SSL modes in the order the combo offers them; "prefer" is libpq's default and is
/// left out of a URL.
const QStringList &sslModes()
{
    static const QStringList modes = {
        QStringLiteral("prefer"),      QStringLiteral("require"), QStringLiteral("verify-ca"),
        QStringLiteral("verify-full"), QStringLiteral("allow"),   QStringLiteral("disable"),
    };
    return modes;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

}  // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_fileChoice = new QRadioButton(this);
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_serverChoice = new QRadioButton(this);
    m_serverChoice->setObjectName(QStringLiteral("serverChoice"));
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_fileChoice);
    choices->addWidget(m_serverChoice);
    choices->addStretch(1);

    // The study file.
    auto *filePage = new QWidget(this);
    m_pathLabel = new QLabel(filePage);
    m_path = new QLineEdit(filePage);
    m_path->setObjectName(QStringLiteral("studyPath"));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(filePage);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &ConnectionDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *fileForm = new QFormLayout(filePage);
    fileForm->setContentsMargins(0, 0, 0, 0);
    fileForm->addRow(m_pathLabel, pathRow);

    // The server.
    auto *serverPage = new QWidget(this);
    const auto field = [serverPage](QLabel **label, const char *name) {
        *label = new QLabel(serverPage);
        auto *edit = new QLineEdit(serverPage);
        edit->setObjectName(QLatin1String(name));
        (*label)->setBuddy(edit);
        return edit;
    };
    m_host = field(&m_hostLabel, "serverHost");
    m_port = field(&m_portLabel, "serverPort");
    m_port->setMaxLength(5);
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_database = field(&m_databaseLabel, "serverDatabase");
    m_user = field(&m_userLabel, "serverUser");
    m_sslLabel = new QLabel(serverPage);
    m_ssl = new QComboBox(serverPage);
    m_ssl->setObjectName(QStringLiteral("serverSslMode"));
    for (const QString &mode : sslModes())
        m_ssl->addItem(QString(), mode);
    m_sslLabel->setBuddy(m_ssl);
    m_password = field(&m_passwordLabel, "serverPassword");
    m_password->setEchoMode(QLineEdit::Password);
    auto *serverForm = new QFormLayout(serverPage);
    serverForm->setContentsMargins(0, 0, 0, 0);
    serverForm->addRow(m_hostLabel, m_host);
    serverForm->addRow(m_portLabel, m_port);
    serverForm->addRow(m_databaseLabel, m_database);
    serverForm->addRow(m_userLabel, m_user);
    serverForm->addRow(m_sslLabel, m_ssl);
    serverForm->addRow(m_passwordLabel, m_password);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(filePage);
    m_pages->addWidget(serverPage);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(choices);
    layout->addWidget(m_pages);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_fileChoice, &QRadioButton::toggled, this, [this](bool on) { showKind(!on); });
    m_fileChoice->setChecked(true);
    showKind(false);

    // Tab goes down the dialog: the choice, the fields of the case shown, then the buttons.
    setTabOrder(m_fileChoice, m_serverChoice);
    setTabOrder(m_serverChoice, m_path);
    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_ssl);
    setTabOrder(m_ssl, m_password);
    setTabOrder(m_password, m_buttons);
    retranslate();
}

void ConnectionDialog::setLocation(const StudyLocation &location)
{
    m_otherParameters.clear();
    if (!location.isServer()) {
        m_path->setText(QDir::toNativeSeparators(location.path()));
        m_fileChoice->setChecked(true);
        return;
    }
    m_host->setText(location.host());
    m_port->setText(location.port() > 0 ? QString::number(location.port()) : QString());
    m_database->setText(location.databaseName());
    m_user->setText(location.userName());
    const QString mode = location.parameter(QStringLiteral("sslmode"));
    m_ssl->setCurrentIndex(qMax(0, m_ssl->findData(mode.isEmpty() ? sslModes().first() : mode)));
    for (const auto &p : location.parameters()) {
        if (p.first != QLatin1String("sslmode"))
            m_otherParameters.append(p);
    }
    m_password->setText(location.password());
    m_serverChoice->setChecked(true);
}

void ConnectionDialog::askForPassword()
{
    m_serverChoice->setChecked(true);
    m_message->setText(tr("The server wants the password of this database user."));
    m_message->show();
    m_password->setFocus();
    m_password->selectAll();
}

StudyLocation ConnectionDialog::remembered()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (saved.isEmpty())
        return {};
    if (!StudyLocation::looksLikeServer(saved))
        return StudyLocation::file(saved);
    return StudyLocation::server(saved, nullptr).value_or(StudyLocation());
}

void ConnectionDialog::remember(const StudyLocation &location)
{
    QSettings().setValue(kSettingsKey, location.toString());
}

void ConnectionDialog::accept()
{
    const std::optional<StudyLocation> location = fromFields();
    if (!location)
        return;
    m_location = *location;
    m_message->hide();
    QDialog::accept();
}

std::optional<StudyLocation> ConnectionDialog::fromFields()
{
    if (m_fileChoice->isChecked()) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty()) {
            refuse(m_path, tr("Give the study file, or choose one with Browse…."));
            return std::nullopt;
        }
        return StudyLocation::file(QDir::fromNativeSeparators(path));
    }
    const QString host = m_host->text().trimmed();
    const QString port = m_port->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    bool numeric = false;
    const int portNumber = port.toInt(&numeric);
    if (!port.isEmpty() && (!numeric || portNumber < 1 || portNumber > 65535)) {
        refuse(m_port, tr("The port is a number from 1 to 65535 (PostgreSQL's is 5432)."));
        return std::nullopt;
    }
    if (database.isEmpty()) {
        refuse(m_database, tr("Give the name of the study's database on the server."));
        return std::nullopt;
    }
    // A folder (a Unix socket's) is no URL host: it goes in the query, as libpq reads it.
    const bool socketFolder = host.startsWith(QLatin1Char('/'));
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += encoded(user) + QLatin1Char('@');
    if (!socketFolder)
        url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (!port.isEmpty())
        url += QLatin1Char(':') + QString::number(portNumber);
    url += QLatin1Char('/') + encoded(database);
    QStringList query;
    if (socketFolder)
        query << QStringLiteral("host=") + encoded(host);
    const QString mode = m_ssl->currentData().toString();
    if (mode != sslModes().first())
        query << QStringLiteral("sslmode=") + mode;
    for (const auto &p : m_otherParameters)
        query << encoded(p.first) + QLatin1Char('=') + encoded(p.second);
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    QString error;
    std::optional<StudyLocation> location = StudyLocation::server(url, &error);
    if (!location) {
        refuse(m_host, tr("These fields do not name a server database: %1").arg(error));
        return std::nullopt;
    }
    location->setPassword(m_password->text());
    return location;
}

void ConnectionDialog::refuse(QWidget *field, const QString &message)
{
    m_message->setText(message);
    m_message->show();
    field->setFocus();
}

void ConnectionDialog::showKind(bool server)
{
    m_pages->setCurrentIndex(server ? 1 : 0);
    // The dialog is as tall as the case shown: the other page takes no room.
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(i == m_pages->currentIndex() ? QSizePolicy::Preferred
                                                                       : QSizePolicy::Ignored,
                                          i == m_pages->currentIndex() ? QSizePolicy::Preferred
                                                                       : QSizePolicy::Ignored);
    }
    m_message->hide();
    fitContents();
}

void ConnectionDialog::fitContents()
{
    // A wrapped text needs the height its width gives it (adjustSize asks the layout for
    // that); a dialog not shown yet is sized when it is shown.
    if (!isVisible())
        return;
    m_pages->adjustSize();
    adjustSize();
}

void ConnectionDialog::browse()
{
    // A new name is allowed: opening it then asks whether to create a new study there.
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Study file"), m_path->text(), tr("Study databases (*.db);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
    m_path->setFocus();
}

void ConnectionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // A window's first size ignores that the wrapped intro grows taller as it gets narrower.
    fitContents();
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fitContents();
    }
    QDialog::changeEvent(event);
}

void ConnectionDialog::retranslate()
{
    setWindowTitle(tr("Open study"));
    m_intro->setText(tr("Where is the study? A study file on this computer, or a database on "
                        "the hospital's PostgreSQL server shared by several workstations."));
    m_fileChoice->setText(tr("Study &file"));
    m_serverChoice->setText(tr("&Server"));
    m_pathLabel->setText(tr("&Path:"));
    m_browse->setText(tr("&Browse…"));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("server name or address"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("Database &user:"));
    m_sslLabel->setText(tr("&Encryption:"));
    const QStringList labels = {
        tr("Encrypt when the server offers it"),
        tr("Always encrypt"),
        tr("Always encrypt; check the server's certificate"),
        tr("Always encrypt; check the certificate and the server name"),
        tr("Encrypt only when the server insists"),
        tr("Never encrypt"),
    };
    for (int i = 0; i < labels.size() && i < m_ssl->count(); ++i) {
        m_ssl->setItemText(i, labels.at(i));
        m_ssl->setItemData(i, m_ssl->itemData(i).toString(), Qt::ToolTipRole);
    }
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setPlaceholderText(tr("not stored; empty if the server needs none"));
}

}  // namespace trialcrf
