#include "settings_page.h"

#include "app_settings.h"
#include "form_message.h"
#include "state/client_session.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace eventbook::ui {

SettingsPage::SettingsPage(client::ClientSession &session, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings) {
    auto *title = new QLabel(tr("Settings"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(title);
    for (QGroupBox *box : {makeServerBox(), makeAppearanceBox(), makeAccountBox()}) {
        box->setMaximumWidth(720);
        layout->addWidget(box);
    }
    layout->addStretch();
    wire();
    updateState();
}

QGroupBox *SettingsPage::makeServerBox() {
    auto *server = new QGroupBox(tr("Server"), this);
    m_server = new QLineEdit(m_session.serverUrl().toString(), server);
    m_server->setAccessibleName(tr("Server address"));
    m_applyServer = new QPushButton(tr("Connect"), server);
    m_serverMessage = new QLabel(server);
    m_serverMessage->setWordWrap(true);
    m_serverMessage->hide();
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("Server &address"), m_server);
    serverForm->addRow(m_serverMessage);
    serverForm->addRow(buttonRow(m_applyServer));
    return server;
}

QGroupBox *SettingsPage::makeAppearanceBox() {
    auto *look = new QGroupBox(tr("Appearance"), this);
    m_language = new QComboBox(look);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_theme = new QComboBox(look);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_settings.theme())));
    m_restartNote = new QLabel(tr("The new language applies the next time EventBook starts."), look);
    m_restartNote->hide();
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Language"), m_language);
    lookForm->addRow(tr("&Theme"), m_theme);
    lookForm->addRow(m_restartNote);
    return look;
}

QGroupBox *SettingsPage::makeAccountBox() {
    auto *account = new QGroupBox(tr("Account"), this);
    m_account = new QLabel(account);
    m_keychain = new QLabel(account);
    m_keychain->setWordWrap(true);
    m_signOut = new QPushButton(account);
    auto *accountLayout = new QVBoxLayout(account);
    accountLayout->addWidget(m_account);
    accountLayout->addWidget(m_keychain);
    accountLayout->addWidget(m_signOut, 0, Qt::AlignLeft);
    return account;
}

void SettingsPage::wire() {
    connect(m_applyServer, &QPushButton::clicked, this, &SettingsPage::applyServer);
    connect(m_server, &QLineEdit::returnPressed, this, &SettingsPage::applyServer);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setLanguage(m_language->currentData().toString());
        m_restartNote->show();
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setTheme(m_theme->currentData().toString());
        applyTheme(*qApp, m_settings.theme());
    });
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (m_session.signedIn())
            m_session.signOut();
        else
            Q_EMIT signInRequested();
    });
    connect(&m_session, &client::ClientSession::userChanged, this, &SettingsPage::updateState);
    if (m_session.credentials())
        connect(m_session.credentials(), &client::CredentialStore::keychainProblem, this, &SettingsPage::updateState);
}

void SettingsPage::applyServer() {
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))) {
        showFormMessage(m_serverMessage, tr("Enter an http:// or https:// address, such as http://127.0.0.1:5000."), true);
        return;
    }
    if (url == m_session.serverUrl())
        return showFormMessage(m_serverMessage, tr("Already connected to this server."), false);
    // Only to a server that answers as EventBook does; otherwise the app stays where it is.
    m_applyServer->setEnabled(false);
    showFormMessage(m_serverMessage, tr("Checking %1…").arg(url.toString()), false);
    m_check.check(url, {this, [this, url](const Result<Unit> &r) {
        m_applyServer->setEnabled(true);
        if (!r)
            return showFormMessage(m_serverMessage, r.error().message, true);
        switchTo(url);
    }});
}

void SettingsPage::switchTo(const QUrl &url) {
    m_settings.setServerUrl(url);
    m_session.setServerUrl(url);
    m_session.reloadEvents();
    m_server->setText(url.toString());
    showFormMessage(m_serverMessage, tr("Now using %1. Sign in again for this server.").arg(url.toString()), false);
    updateState();
}

QString SettingsPage::serverMessage() const {
    return m_serverMessage->isVisibleTo(this) ? m_serverMessage->text() : QString();
}

void SettingsPage::updateState() {
    const bool in = m_session.signedIn();
    m_account->setText(in ? tr("Signed in as %1 (%2)").arg(m_session.api().user().name, m_session.api().user().email)
                          : tr("Not signed in."));
    m_signOut->setText(in ? tr("Sign out") : tr("Sign in…"));
    const auto *store = m_session.credentials();
    if (!store || store->keychainAvailable())
        m_keychain->setText(tr("“Remember me” keeps your session in the system keychain."));
    else
        m_keychain->setText(store->problem());
}

} // namespace eventbook::ui
