#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

class PasswordMeter;

// Sign in or create an account. Fields are checked as they are typed with the server's own
// rules (Common's validation); what the server refuses is shown in its words, by the field it
// concerns (a taken email, a wrong password). When the keychain cannot keep the session,
// "Remember me" is unticked and the reason said before the first sign-in.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { SignIn, Register };

    explicit SignInDialog(client::ClientSession &session, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLineEdit *nameField() const { return m_name; }
    QCheckBox *rememberBox() const { return m_remember; }
    // The note under "Remember me" when the keychain cannot keep the session; empty otherwise.
    QString keychainNote() const;
    // The visible problem under `field` (the server's refusals land there too), empty when none.
    QString fieldProblem(const QLineEdit *field) const;
    QPushButton *submitButton() const { return m_submit; }
    QString problem() const;

private:
    void makeFields();
    void makeLayout();
    void wire();
    bool validate(bool showAll);
    void submit();
    void showKeychainProblem(const QString &message);
    QLabel *errorFor(const QLineEdit *field) const;

    client::ClientSession &m_session;
    QTabBar *m_tabs;
    QLineEdit *m_email;
    QLabel *m_emailError;
    QLineEdit *m_password;
    QLabel *m_passwordError;
    PasswordMeter *m_meter;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QLabel *m_repeatError;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QLabel *m_problem;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace eventbook::ui
