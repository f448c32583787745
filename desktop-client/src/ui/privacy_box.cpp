#include "privacy_box.h"

#include "api/profile_api.h"
#include "form_message.h"
#include "json_file.h"
#include "role_text.h"
#include "state/client_session.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace eventbook::ui {

PrivacyBox::PrivacyBox(client::ClientSession &session, QWidget *parent)
    : QGroupBox(tr("Your account and data"), parent)
    , m_session(session) {
    m_standing = new QLabel(this);
    m_standing->setWordWrap(true);
    auto *text = new QLabel(tr("Download everything EventBook holds about you. Anonymising ends the account but keeps "
                               "your past bookings in the organisers' statistics without your name; deleting removes "
                               "them. Both cancel your upcoming bookings and cannot be undone."),
                            this);
    text->setWordWrap(true);
    m_download = new QPushButton(tr("Download my data…"), this);
    m_anonymise = new QPushButton(tr("Anonymise my account…"), this);
    m_delete = new QPushButton(tr("Delete my account…"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_download);
    buttons->addWidget(m_anonymise);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_standing);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_download, &QPushButton::clicked, this, &PrivacyBox::download);
    connect(m_anonymise, &QPushButton::clicked, this, &PrivacyBox::anonymise);
    connect(m_delete, &QPushButton::clicked, this, &PrivacyBox::deleteAccount);
    connect(&session, &client::ClientSession::userChanged, this, &PrivacyBox::showStanding);
    showStanding();
}

QString PrivacyBox::message() const {
    return m_message->text();
}

void PrivacyBox::showStanding() {
    const User &u = m_session.api().user();
    QStringList events;
    for (const EventScope &s : u.scopes)
        events.append(s.title);
    QString line = tr("Your role: %1.").arg(RoleText::standing(u));
    if (!events.isEmpty())
        line += QLatin1Char(' ') + events.join(QStringLiteral(", "));
    m_standing->setText(line);
}

void PrivacyBox::download() {
    m_download->setEnabled(false);
    client::ProfileApi(m_session.api()).exportData({this, [this](const Result<QJsonObject> &r) {
        m_download->setEnabled(true);
        if (!r) {
            showFormMessage(m_message, r.error().message, true);
            return Q_EMIT downloadFinished(false);
        }
        const SaveOutcome saved = saveJsonAs(this, QStringLiteral("eventbook-my-data.json"), *r);
        if (!saved.message.isEmpty())
            showFormMessage(m_message, saved.message, !saved.ok);
        Q_EMIT downloadFinished(saved.ok);
    }});
}

void PrivacyBox::downloadTo(const QString &path) {
    client::ProfileApi(m_session.api()).exportData({this, [this, path](const Result<QJsonObject> &r) {
        QSaveFile file(path);
        const bool ok = r && file.open(QIODevice::WriteOnly) &&
                        file.write(QJsonDocument(*r).toJson(QJsonDocument::Indented)) >= 0 && file.commit();
        showFormMessage(m_message, ok ? tr("Saved %1.").arg(path) : (r ? file.errorString() : r.error().message), !ok);
        Q_EMIT downloadFinished(ok);
    }});
}

QString PrivacyBox::askPassword(const QString &title, const QString &text) {
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, title, text + QStringLiteral("\n\n") + tr("Enter your password to confirm:"),
                              QLineEdit::Password, QString(), &ok);
    return ok ? password : QString();
}

void PrivacyBox::anonymise() {
    const QString password = askPassword(
        tr("Anonymise account"), tr("This ends your account: you can no longer sign in, your name and email are "
                                    "erased and your upcoming bookings are cancelled. It cannot be undone."));
    if (password.isEmpty())
        return;
    m_anonymise->setEnabled(false);
    client::ProfileApi(m_session.api()).anonymise(password, {this, [this](const Result<Unit> &r) {
        m_anonymise->setEnabled(true);
        if (!r)
            return QMessageBox::warning(this, tr("Anonymise account"), r.error().message), void();
        m_session.signOut();
        QMessageBox::information(this, tr("Anonymise account"), tr("Your account has been anonymised."));
    }});
}

void PrivacyBox::deleteAccount() {
    const QString password = askPassword(
        tr("Delete account"), tr("This deletes your account and cancels all your bookings. It cannot be undone."));
    if (password.isEmpty())
        return;
    m_delete->setEnabled(false);
    client::ProfileApi(m_session.api()).deleteAccount(password, {this, [this](const Result<Unit> &r) {
        m_delete->setEnabled(true);
        if (!r)
            return QMessageBox::warning(this, tr("Delete account"), r.error().message), void();
        m_session.signOut();
        QMessageBox::information(this, tr("Delete account"), tr("Your account has been deleted."));
    }});
}

} // namespace eventbook::ui
