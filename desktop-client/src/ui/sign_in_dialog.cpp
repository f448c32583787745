#include "sign_in_dialog.h"

#include "eventbook/common/validation.h"
#include "form_message.h"
#include "state/client_session.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

namespace eventbook::ui {
namespace v = eventbook::validation;

namespace {
QLabel *fieldError(QWidget *parent) {
    auto *l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("color: #dc2626;"));
    l->setWordWrap(true);
    l->hide();
    return l;
}
void setFieldError(QLabel *label, const std::optional<QString> &problem) {
    label->setText(problem.value_or(QString()));
    label->setVisible(problem.has_value());
}
} // namespace

SignInDialog::SignInDialog(client::ClientSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session) {
    setWindowTitle(tr("Sign in to EventBook"));
    setMinimumWidth(420);
    m_tabs = new QTabBar(this);
    m_tabs->addTab(tr("Sign in"));
    m_tabs->addTab(tr("Create account"));
    m_tabs->setExpanding(true);
    m_email = new QLineEdit(this);
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setMaxLength(v::kEmailMax);
    m_emailError = fieldError(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setMaxLength(v::kPasswordMax);
    m_passwordError = fieldError(this);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(v::kNameMax);
    m_nameError = fieldError(this);
    m_remember = new QCheckBox(tr("&Remember me on this computer"), this);
    m_remember->setChecked(true);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_submit = new QPushButton(this);
    m_submit->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);

    auto *form = new QFormLayout;
    m_nameLabel = new QLabel(tr("&Name"), this);
    m_nameLabel->setBuddy(m_name);
    form->addRow(tr("&Email"), m_email);
    form->addRow(QString(), m_emailError);
    form->addRow(tr("&Password"), m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_name);
    setTabOrder(m_name, m_remember);
    setTabOrder(m_remember, m_submit);
    setTabOrder(m_submit, cancel);

    if (const auto *store = session.credentials(); store && !store->keychainAvailable()) {
        m_keychainNote->setText(store->problem());
        m_keychainNote->show();
    }
    connect(m_tabs, &QTabBar::currentChanged, this, [this] { setMode(this->mode()); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    for (QLineEdit *f : {m_email, m_password, m_name})
        connect(f, &QLineEdit::textEdited, this, [this] { validate(false); });
    setMode(Mode::SignIn);
    m_email->setFocus();
}

SignInDialog::Mode SignInDialog::mode() const {
    return m_tabs->currentIndex() == 1 ? Mode::Register : Mode::SignIn;
}

void SignInDialog::setMode(Mode mode) {
    const QSignalBlocker block(m_tabs);
    m_tabs->setCurrentIndex(mode == Mode::Register ? 1 : 0);
    const bool reg = mode == Mode::Register;
    m_nameLabel->setVisible(reg);
    m_name->setVisible(reg);
    m_submit->setText(reg ? tr("Create account") : tr("Sign in"));
    m_password->setPlaceholderText(reg ? tr("At least 8 characters: upper, lower, digit and symbol") : QString());
    m_problem->hide();
    validate(false);
}

QString SignInDialog::problem() const {
    return m_problem->isVisible() ? m_problem->text() : QString();
}

bool SignInDialog::validate(bool showAll) {
    const bool reg = mode() == Mode::Register;
    const auto show = [showAll](QLineEdit *f) { return showAll || !f->text().isEmpty(); };
    const auto email = v::checkEmail(m_email->text());
    // Signing in checks only that something was typed: old passwords may predate today's rules.
    const auto password = reg ? v::checkPassword(m_password->text())
                              : (m_password->text().isEmpty() ? std::optional<QString>(tr("Enter your password."))
                                                              : std::nullopt);
    const auto name = reg ? v::checkName(m_name->text()) : std::nullopt;
    setFieldError(m_emailError, show(m_email) ? email : std::nullopt);
    setFieldError(m_passwordError, show(m_password) ? password : std::nullopt);
    setFieldError(m_nameError, show(m_name) ? name : std::nullopt);
    const bool ok = !email && !password && !name;
    m_submit->setEnabled(!m_busy);
    return ok;
}

void SignInDialog::submit() {
    if (m_busy || !validate(true))
        return;
    m_busy = true;
    m_submit->setEnabled(false);
    showFormMessage(m_problem, QString(), false);
    auto done = [this](const Result<User> &r) {
        m_busy = false;
        m_submit->setEnabled(true);
        if (r) {
            accept();
            return;
        }
        showFormMessage(m_problem, r.error().message, true);
        m_password->selectAll();
        m_password->setFocus();
    };
    const QString email = m_email->text().trimmed();
    if (mode() == Mode::Register)
        m_session.registerAccount(email, m_password->text(), m_name->text().trimmed(), m_remember->isChecked(), done);
    else
        m_session.signIn(email, m_password->text(), m_remember->isChecked(), done);
}

} // namespace eventbook::ui
