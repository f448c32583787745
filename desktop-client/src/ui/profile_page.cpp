#include "profile_page.h"

#include "eventbook/common/password_strength.h"
#include "password_meter.h"
#include "mail_settings_box.h"
#include "privacy_box.h"

#include "api/profile_api.h"
#include "eventbook/common/validation.h"
#include "form_message.h"
#include "image_cache.h"
#include "image_file.h"
#include "state/client_session.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace eventbook::ui {
namespace v = eventbook::validation;

namespace {
QLineEdit *passwordField(QWidget *parent, const QString &name) {
    auto *f = new QLineEdit(parent);
    f->setEchoMode(QLineEdit::Password);
    f->setAccessibleName(name);
    return f;
}
QLabel *messageLine(QWidget *parent) {
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->hide();
    return l;
}
} // namespace

ProfilePage::ProfilePage(client::ClientSession &session, ImageCache &images, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_images(images) {
    m_forms = new QWidget(this);
    auto *title = new QLabel(tr("Profile"), m_forms);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    makeLayout(title, {makeAboutBox(), makePasswordBox(), makeEmailBox(), m_mail = new MailSettingsBox(session, m_forms),
                       m_privacy = new PrivacyBox(session, m_forms)});
    wire();
    load();
}

QGroupBox *ProfilePage::makeAboutBox() {
    auto *about = new QGroupBox(tr("About you"), m_forms);
    m_avatar = new QLabel(about);
    m_avatar->setFixedSize(72, 72);
    m_avatar->setAlignment(Qt::AlignCenter);
    m_avatar->setAccessibleName(tr("Avatar"));
    m_name = new QLineEdit(about);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(v::kNameMax);
    m_bio = new QPlainTextEdit(about);
    m_bio->setAccessibleName(tr("Bio"));
    m_bio->setTabChangesFocus(true);
    m_bio->setMaximumHeight(90);
    m_avatarUrl = new QLineEdit(about);
    m_avatarUrl->setAccessibleName(tr("Avatar URL"));
    m_avatarUrl->setPlaceholderText(QStringLiteral("https://…"));
    m_chooseAvatar = new QPushButton(tr("Choose image…"), about);
    m_chooseAvatar->setAccessibleDescription(tr("Use a picture from this computer as your avatar"));
    m_removeAvatar = new QPushButton(tr("Remove"), about);
    m_removeAvatar->setAccessibleName(tr("Remove avatar"));
    m_save = new QPushButton(tr("Save profile"), about);
    m_profileMessage = messageLine(about);
    auto *aboutForm = new QFormLayout(about);
    aboutForm->addRow(m_avatar);
    aboutForm->addRow(tr("&Name"), m_name);
    aboutForm->addRow(tr("&Bio"), m_bio);
    auto *avatarRow = new QHBoxLayout;
    avatarRow->addWidget(m_avatarUrl, 1);
    avatarRow->addWidget(m_chooseAvatar);
    avatarRow->addWidget(m_removeAvatar);
    // A row that is a layout gets no buddy from addRow(QString, …): its "&" would show as it is.
    auto *avatarLabel = new QLabel(tr("&Avatar URL"), about);
    avatarLabel->setBuddy(m_avatarUrl);
    aboutForm->addRow(avatarLabel, avatarRow);
    aboutForm->addRow(m_profileMessage);
    aboutForm->addRow(buttonRow(m_save));
    return about;
}

QGroupBox *ProfilePage::makePasswordBox() {
    auto *password = new QGroupBox(tr("Password"), m_forms);
    m_current = passwordField(password, tr("Current password"));
    m_newPassword = passwordField(password, tr("New password"));
    m_repeat = passwordField(password, tr("Repeat new password"));
    m_meter = new PasswordMeter(m_newPassword, [this] {
        const User &u = m_session.api().user();
        return v::userWords(u.email, u.name);
    }, password);
    m_changePassword = new QPushButton(tr("Change password"), password);
    m_passwordMessage = messageLine(password);
    auto *passwordForm = new QFormLayout(password);
    passwordForm->addRow(tr("C&urrent password"), m_current);
    passwordForm->addRow(tr("Ne&w password"), m_newPassword);
    passwordForm->addRow(QString(), m_meter);
    passwordForm->addRow(tr("&Repeat"), m_repeat);
    passwordForm->addRow(m_passwordMessage);
    passwordForm->addRow(buttonRow(m_changePassword));
    return password;
}

QGroupBox *ProfilePage::makeEmailBox() {
    auto *email = new QGroupBox(tr("Email"), m_forms);
    m_newEmail = new QLineEdit(email);
    m_newEmail->setAccessibleName(tr("New email"));
    m_emailPassword = passwordField(email, tr("Password"));
    m_changeEmail = new QPushButton(tr("Change email"), email);
    m_emailMessage = messageLine(email);
    auto *emailForm = new QFormLayout(email);
    emailForm->addRow(tr("New &email"), m_newEmail);
    emailForm->addRow(tr("&Password"), m_emailPassword);
    emailForm->addRow(m_emailMessage);
    emailForm->addRow(buttonRow(m_changeEmail));
    return email;
}

void ProfilePage::makeLayout(QLabel *title, const QList<QGroupBox *> &boxes) {
    auto *column = new QVBoxLayout(m_forms);
    column->setContentsMargins(16, 16, 16, 16);
    column->addWidget(title);
    for (QGroupBox *box : boxes)
        column->addWidget(box);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_forms);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, not the frame around them
    scroll->setAccessibleName(tr("Profile"));
    m_forms->setMaximumWidth(720);
    m_scroll = scroll;
    m_signedOut = new QLabel(tr("Sign in to edit your profile."), this);
    m_signedOut->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_signedOut);
    layout->addWidget(scroll);
}

void ProfilePage::wire() {
    connect(m_save, &QPushButton::clicked, this, &ProfilePage::saveProfile);
    connect(m_changePassword, &QPushButton::clicked, this, &ProfilePage::changePassword);
    connect(m_changeEmail, &QPushButton::clicked, this, &ProfilePage::changeEmail);
    connect(m_avatarUrl, &QLineEdit::editingFinished, this, &ProfilePage::updateAvatar);
    connect(m_avatarUrl, &QLineEdit::textEdited, this, [this] { m_avatarData.clear(); });
    connect(m_chooseAvatar, &QPushButton::clicked, this, &ProfilePage::chooseAvatar);
    connect(m_removeAvatar, &QPushButton::clicked, this, [this] {
        m_avatarData.clear();
        m_avatarUrl->clear();
        m_avatarUrl->setModified(true);
        m_avatarUrl->setPlaceholderText(QStringLiteral("https://…"));
        updateAvatar();
    });
    connect(&m_images, &ImageCache::imageReady, this, &ProfilePage::updateAvatar);
    connect(&m_session, &client::ClientSession::userChanged, this, &ProfilePage::load);
}

void ProfilePage::load() {
    const bool in = m_session.signedIn();
    m_signedOut->setVisible(!in);
    m_scroll->setVisible(in);
    if (!in)
        return;
    const User &u = m_session.api().user();
    if (!m_name->isModified())
        m_name->setText(u.name);
    if (m_bio->toPlainText().isEmpty())
        m_bio->setPlainText(u.bio);
    if (!m_avatarUrl->isModified() && m_avatarData.isEmpty()) {
        // A data URI is shown as a note, not as a megabyte of text.
        if (u.avatarUrl.startsWith(QLatin1StringView("data:"))) {
            m_avatarData = u.avatarUrl;
            m_avatarUrl->clear();
            m_avatarUrl->setPlaceholderText(tr("Image from a file"));
        } else {
            m_avatarUrl->setText(u.avatarUrl);
        }
    }
    m_newEmail->setPlaceholderText(u.email);
    updateAvatar();
}

void ProfilePage::updateAvatar() {
    const QPixmap p = m_images.pixmap(avatarValue(), m_avatar->size() * devicePixelRatioF(),
                                      Qt::KeepAspectRatioByExpanding);
    if (p.isNull()) {
        m_avatar->setPixmap({});
        const QString name = m_session.api().user().name;
        m_avatar->setText(name.left(1).toUpper());
        QFont f = m_avatar->font();
        f.setPointSize(26);
        m_avatar->setFont(f);
        m_avatar->setStyleSheet(QStringLiteral("background: palette(highlight); color: palette(highlighted-text); border-radius: 36px;"));
        return;
    }
    m_avatar->setStyleSheet(QString());
    m_avatar->setPixmap(p);
}

QString ProfilePage::avatarValue() const {
    return m_avatarData.isEmpty() ? m_avatarUrl->text().trimmed() : m_avatarData;
}

void ProfilePage::chooseAvatar() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an avatar"), QString(), ImageFile::nameFilter());
    if (path.isEmpty())
        return;
    const auto uri = ImageFile::toDataUri(path);
    if (!uri)
        return showFormMessage(m_profileMessage, uri.error().message, true);
    m_avatarData = *uri;
    m_avatarUrl->clear();
    m_avatarUrl->setPlaceholderText(tr("Image from a file"));
    showFormMessage(m_profileMessage, tr("Save the profile to keep the new avatar."), false);
    updateAvatar();
}

void ProfilePage::saveProfile() {
    const QString name = m_name->text().trimmed();
    const QString avatar = avatarValue();
    if (auto problem = v::checkName(name))
        return showFormMessage(m_profileMessage, *problem, true);
    if (v::codePointLength(m_bio->toPlainText()) > v::kBioMax)
        return showFormMessage(m_profileMessage, tr("The bio can have at most %1 characters.").arg(v::kBioMax), true);
    if (!avatar.isEmpty())
        if (auto problem = v::checkImage(avatar))
            return showFormMessage(m_profileMessage, *problem, true);
    m_save->setEnabled(false);
    client::ProfileApi(m_session.api()).update(name, m_bio->toPlainText(), avatar, {this, [this](const Result<User> &r) {
        m_save->setEnabled(true);
        m_name->setModified(false);
        m_avatarUrl->setModified(false);
        showFormMessage(m_profileMessage, r ? tr("Profile saved.") : r.error().message, !r);
    }});
}

void ProfilePage::changePassword() {
    if (m_current->text().isEmpty())
        return showFormMessage(m_passwordMessage, tr("Enter your current password."), true);
    const User &me = m_session.api().user();
    if (auto problem = v::checkPassword(m_newPassword->text(), v::userWords(me.email, me.name)))
        return showFormMessage(m_passwordMessage, *problem, true);
    if (m_newPassword->text() != m_repeat->text())
        return showFormMessage(m_passwordMessage, tr("The new passwords do not match."), true);
    m_changePassword->setEnabled(false);
    client::ProfileApi(m_session.api()).changePassword(m_current->text(), m_newPassword->text(), {this, [this](const Result<Unit> &r) {
        m_changePassword->setEnabled(true);
        if (r) {
            for (QLineEdit *f : {m_current, m_newPassword, m_repeat})
                f->clear();
        }
        showFormMessage(m_passwordMessage,
                        r ? tr("Password changed. Your other devices have been signed out.") : r.error().message, !r);
    }});
}

void ProfilePage::changeEmail() {
    const QString email = m_newEmail->text().trimmed();
    if (auto problem = v::checkEmail(email))
        return showFormMessage(m_emailMessage, *problem, true);
    if (m_emailPassword->text().isEmpty())
        return showFormMessage(m_emailMessage, tr("Enter your password to confirm."), true);
    m_changeEmail->setEnabled(false);
    client::ProfileApi(m_session.api()).changeEmail(email, m_emailPassword->text(), {this, [this](const Result<User> &r) {
        m_changeEmail->setEnabled(true);
        m_emailPassword->clear();
        if (r)
            m_newEmail->clear();
        showFormMessage(m_emailMessage, r ? tr("Your email is now %1.").arg(r->email) : r.error().message, !r);
    }});
}

} // namespace eventbook::ui
