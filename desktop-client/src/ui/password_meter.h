#pragma once

#include <QStringList>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace eventbook::ui {

// zxcvbn's strength of the password being typed, as a bar of four steps and zxcvbn's feedback in
// words. The same function (Common's passwordStrength) decides on the server, so what the meter
// calls strong enough is what the server accepts. `userWords` gives what an attacker knows of the
// account (email, name) at the moment of typing.
class PasswordMeter : public QWidget {
    Q_OBJECT
public:
    PasswordMeter(QLineEdit *password, std::function<QStringList()> userWords, QWidget *parent = nullptr);

    int score() const { return m_score; }
    QString feedback() const;
    void update();
    // Off (hidden) where no new password is being chosen, e.g. while signing in.
    void setActive(bool active);

private:
    QLineEdit *m_password;
    std::function<QStringList()> m_userWords;
    QProgressBar *m_bar;
    QLabel *m_text;
    int m_score = 0;
    bool m_active = true;
};

} // namespace eventbook::ui
