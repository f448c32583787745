#include "notification_compose_dialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace eventbook::ui {

NotificationComposeDialog::NotificationComposeDialog(std::optional<qint64> userId, const QString &userName,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_userId(userId) {
    setWindowTitle(tr("Send a notification"));
    setMinimumWidth(460);
    m_toUser = new QRadioButton(userId ? tr("To %1").arg(userName) : tr("To the selected user"), this);
    m_toUser->setEnabled(userId.has_value());
    m_toEveryone = new QRadioButton(tr("To everyone"), this);
    (userId ? m_toUser : m_toEveryone)->setChecked(true);
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(200);
    m_body = new QPlainTextEdit(this);
    m_body->setAccessibleName(tr("Message"));
    m_body->setTabChangesFocus(true);
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Kind"));
    m_type->addItem(tr("Information"), QStringLiteral("info"));
    m_type->addItem(tr("Warning"), QStringLiteral("warning"));
    m_type->addItem(tr("Success"), QStringLiteral("success"));
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_send = new QPushButton(tr("Send"), this);
    m_send->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);

    auto *form = new QFormLayout;
    auto *who = new QVBoxLayout;
    who->addWidget(m_toUser);
    who->addWidget(m_toEveryone);
    form->addRow(tr("Recipients"), who);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Message"), m_body);
    form->addRow(tr("&Kind"), m_type);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_title->text().trimmed().isEmpty())
            return m_problem->setText(tr("Give the notification a title."));
        accept();
    });
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_problem->clear(); });
}

std::optional<qint64> NotificationComposeDialog::recipient() const {
    return m_toUser->isChecked() ? m_userId : std::nullopt;
}

QString NotificationComposeDialog::title() const {
    return m_title->text().trimmed();
}

QString NotificationComposeDialog::body() const {
    return m_body->toPlainText().trimmed();
}

QString NotificationComposeDialog::type() const {
    return m_type->currentData().toString();
}

} // namespace eventbook::ui
