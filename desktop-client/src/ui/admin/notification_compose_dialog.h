#pragma once

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace eventbook::ui {

// Writes a notification to one user (when one is given) or to everyone.
class NotificationComposeDialog : public QDialog {
    Q_OBJECT
public:
    NotificationComposeDialog(std::optional<qint64> userId, const QString &userName, QWidget *parent = nullptr);

    std::optional<qint64> recipient() const;
    QString title() const;
    QString body() const;
    QString type() const;

private:

    std::optional<qint64> m_userId;
    QRadioButton *m_toUser;
    QRadioButton *m_toEveryone;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QComboBox *m_type;
    QLabel *m_problem;
    QPushButton *m_send;
};

} // namespace eventbook::ui
