#include "sign_in_dialog.h"

#include "eventbook/common/validation.h"
#include "form_message.h"
#include "password_meter.h"
#include "eventbook/common/password_strength.h"
#include "api/credential_store.h"
#include "state/client_session.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

namespace eventbook::ui {
namespace v = eventbook::validation;

namespace {
void showProblem(QLabel *error, const std::optional<QString> &problem) {
    setFieldError(error, problem.value_or(QString()));
}
} // namespace

SignInDialog::SignInDialog(client::ClientSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session) {
    setWindowTitle(tr("Sign in to EventBook"));
    setMinimumWidth(420);
    makeFields();
    makeLayout();
    wire();
    setMode(Mode::SignIn);
    m_email->setFocus();
}

void SignInDialog::makeFields() {
    m_tabs = new QTabBar(this);
    m_tabs->addTab(tr("Sign in"));
    m_tabs->addTab(tr("Create account"));
    m_tabs->setExpanding(true);
    m_email = new QLineEdit(this);
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setMaxLength(v::kEmailMax);
    m_emailError = makeFieldError(m_email, this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setMaxLength(v::kPasswordMax);
    m_passwordError = makeFieldError(m_password, this);
    m_meter = new PasswordMeter(m_password, [this] { return v::userWords(m_email->text(), m_name->text()); }, this);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat password"));
    m_repeat->setMaxLength(v::kPasswordMax);
    m_repeatError = makeFieldError(m_repeat, this);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(v::kNameMax);
    m_nameError = makeFieldError(m_name, this);
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
    m_cancel = new QPushButton(tr("Cancel"), this);
}

void SignInDialog::makeLayout() {
    auto *form = new QFormLayout;
    m_nameLabel = new QLabel(tr("&Name"), this);
    m_nameLabel->setBuddy(m_name);
    m_repeatLabel = new QLabel(tr("Re&peat password"), this);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(tr("&Email"), m_email);
    form->addRow(QString(), m_emailError);
    form->addRow(tr("&Password"), m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(QString(), m_meter);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_repeatError);
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_repeat);
    setTabOrder(m_repeat, m_name);
    setTabOrder(m_name, m_remember);
    setTabOrder(m_remember, m_submit);
    setTabOrder(m_submit, m_cancel);
}

void SignInDialog::wire() {
    if (auto *store = m_session.credentials()) {
        connect(store, &client::CredentialStore::keychainProblem, this, &SignInDialog::showKeychainProblem);
        if (!store->keychainAvailable())
            showKeychainProblem(store->problem());
        else
            store->probe(); // a failure arrives through keychainProblem
    }
    connect(m_tabs, &QTabBar::currentChanged, this, [this] { setMode(this->mode()); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    for (QLineEdit *f : {m_email, m_password, m_repeat, m_name})
        connect(f, &QLineEdit::textEdited, this, [this] { validate(false); });
    // The strength meter's feedback grows and shrinks as the password is typed.
    connect(m_password, &QLineEdit::textChanged, this, [this] { fitHeightToContents(this); });
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
    m_repeatLabel->setVisible(reg);
    m_repeat->setVisible(reg);
    m_meter->setActive(reg);
    m_submit->setText(reg ? tr("Create account") : tr("Sign in"));
    m_password->setPlaceholderText(reg ? tr("At least 8 characters: upper, lower, digit and symbol") : QString());
    m_problem->hide();
    validate(false);
}

void SignInDialog::showKeychainProblem(const QString &message) {
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keychainNote->setText(message);
    m_keychainNote->show();
    fitHeightToContents(this);
}

QString SignInDialog::keychainNote() const {
    return m_keychainNote->isVisibleTo(this) ? m_keychainNote->text() : QString();
}

QLabel *SignInDialog::errorFor(const QLineEdit *field) const {
    if (field == m_email)
        return m_emailError;
    if (field == m_password)
        return m_passwordError;
    if (field == m_repeat)
        return m_repeatError;
    if (field == m_name)
        return m_nameError;
    return nullptr;
}

QString SignInDialog::fieldProblem(const QLineEdit *field) const {
    const QLabel *l = errorFor(field);
    return l && l->isVisibleTo(this) ? l->text() : QString();
}

QString SignInDialog::problem() const {
    return m_problem->isVisible() ? m_problem->text() : QString();
}

bool SignInDialog::validate(bool showAll) {
    const bool reg = mode() == Mode::Register;
    const auto show = [showAll](QLineEdit *f) { return showAll || !f->text().isEmpty(); };
    const auto email = v::checkEmail(m_email->text());
    // Signing in checks only that something was typed: old passwords may predate today's rules.
    // Registering: the rules under the field, zxcvbn's verdict in the meter below it (no need to
    // say it twice); a password the meter does not accept yet still cannot be sent.
    const auto password = reg ? v::checkPasswordRules(m_password->text())
                              : (m_password->text().isEmpty() ? std::optional<QString>(tr("Enter your password."))
                                                              : std::nullopt);
    const auto name = reg ? v::checkName(m_name->text()) : std::nullopt;
    const auto repeat = reg && m_repeat->text() != m_password->text()
                            ? std::optional<QString>(tr("The two passwords are not the same."))
                            : std::nullopt;
    showProblem(m_emailError, show(m_email) ? email : std::nullopt);
    showProblem(m_passwordError, show(m_password) ? password : std::nullopt);
    showProblem(m_repeatError, show(m_repeat) ? repeat : std::nullopt);
    showProblem(m_nameError, show(m_name) ? name : std::nullopt);
    m_meter->update(); // the email and name are words the estimate counts
    const bool strongEnough = !reg || m_password->text().isEmpty() ||
                              v::passwordStrength(m_password->text(), v::userWords(m_email->text(), m_name->text()))
                                      .score >= v::kPasswordMinScore;
    if (showAll && !password && !strongEnough) // pressed Create account: say why nothing is sent
        showProblem(m_passwordError, v::checkPassword(m_password->text(), v::userWords(m_email->text(), m_name->text())));
    const bool ok = !email && !password && !repeat && !name && strongEnough;
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
        // By the field the refusal is about, when it is about one.
        QLineEdit *field = nullptr;
        if (r.error().code == ErrorCode::EmailTaken)
            field = m_email;
        else if (r.error().code == ErrorCode::Unauthorized)
            field = m_password;
        const QHash<QString, QLineEdit *> byKey = {
            {QStringLiteral("email"), m_email}, {QStringLiteral("password"), m_password}, {QStringLiteral("name"), m_name}};
        for (const QJsonValue &d : r.error().details.toArray())
            if (!field)
                field = byKey.value(d.toObject().value(QStringLiteral("field")).toString());
        if (field) {
            setFieldError(errorFor(field), r.error().message);
            field->selectAll();
            field->setFocus();
            return;
        }
        showFormMessage(m_problem, r.error().message, true);
        m_password->selectAll();
        m_password->setFocus();
    };
    const QString email = m_email->text().trimmed();
    if (mode() == Mode::Register)
        m_session.registerAccount(email, m_password->text(), m_name->text().trimmed(), m_remember->isChecked(), {this, done});
    else
        m_session.signIn(email, m_password->text(), m_remember->isChecked(), {this, done});
}

} // namespace eventbook::ui
