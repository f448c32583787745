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

// Sign in or create an account. Fields are checked as they are typed with the server's own
// rules (Common's validation); what the server refuses is shown in its words.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { SignIn, Register };

    explicit SignInDialog(client::ClientSession &session, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *nameField() const { return m_name; }
    QPushButton *submitButton() const { return m_submit; }
    QString problem() const;

private:
    bool validate(bool showAll);
    void submit();

    client::ClientSession &m_session;
    QTabBar *m_tabs;
    QLineEdit *m_email;
    QLabel *m_emailError;
    QLineEdit *m_password;
    QLabel *m_passwordError;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QLabel *m_problem;
    QPushButton *m_submit;
    bool m_busy = false;
};

} // namespace eventbook::ui
