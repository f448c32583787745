#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

class ImageCache;
class PasswordMeter;
class MailSettingsBox;
class PrivacyBox;

// Profile: name, bio and avatar; password (with zxcvbn's meter); email; and the account's data:
// the role, download, anonymise and delete (with the password and a confirmation). Each form checks its fields with Common's rules before it sends.
class ProfilePage : public QWidget {
    Q_OBJECT
public:
    ProfilePage(client::ClientSession &session, ImageCache &images, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }
    PrivacyBox *privacy() const { return m_privacy; }
    MailSettingsBox *mail() const { return m_mail; }
    PasswordMeter *meter() const { return m_meter; }
    QLineEdit *newPasswordField() const { return m_newPassword; }

private:
    QGroupBox *makeAboutBox();
    QGroupBox *makePasswordBox();
    QGroupBox *makeEmailBox();
    void makeLayout(QLabel *title, const QList<QGroupBox *> &boxes);
    void wire();
    void load();
    void saveProfile();
    void changePassword();
    void changeEmail();
    void updateAvatar();
    void chooseAvatar();
    QString avatarValue() const;

    client::ClientSession &m_session;
    ImageCache &m_images;
    QLabel *m_avatar;
    QLineEdit *m_name;
    QPlainTextEdit *m_bio;
    QLineEdit *m_avatarUrl;
    QPushButton *m_chooseAvatar;
    QPushButton *m_removeAvatar;
    QString m_avatarData; // a file chosen for the avatar, as a data URI
    QPushButton *m_save;
    QLabel *m_profileMessage;
    QLineEdit *m_current;
    QLineEdit *m_newPassword;
    QLineEdit *m_repeat;
    QPushButton *m_changePassword;
    QLabel *m_passwordMessage;
    QLineEdit *m_newEmail;
    QLineEdit *m_emailPassword;
    QPushButton *m_changeEmail;
    QLabel *m_emailMessage;
    PrivacyBox *m_privacy;
    MailSettingsBox *m_mail;
    PasswordMeter *m_meter;
    QLabel *m_signedOut;
    QWidget *m_forms;
    QWidget *m_scroll;
};

} // namespace eventbook::ui
