#include "password_meter.h"

#include "eventbook/common/password_strength.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace eventbook::ui {
namespace v = eventbook::validation;

namespace {
// A thin bar under the field: QProgressBar's own minimum height is that of its text.
class SlimBar : public QProgressBar {
public:
    using QProgressBar::QProgressBar;
    QSize sizeHint() const override { return {120, 6}; }
    QSize minimumSizeHint() const override { return {24, 6}; }
};
} // namespace

PasswordMeter::PasswordMeter(QLineEdit *password, std::function<QStringList()> userWords, QWidget *parent)
    : QWidget(parent)
    , m_password(password)
    , m_userWords(std::move(userWords)) {
    m_bar = new SlimBar(this);
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(6);
    m_bar->setAccessibleName(tr("Password strength"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    connect(password, &QLineEdit::textChanged, this, &PasswordMeter::update);
    update();
}

void PasswordMeter::setActive(bool active) {
    m_active = active;
    update();
}

QString PasswordMeter::feedback() const {
    return m_text->text();
}

void PasswordMeter::update() {
    const QString password = m_password->text();
    setVisible(m_active && !password.isEmpty());
    if (!m_active || password.isEmpty())
        return;
    const v::PasswordStrength s = v::passwordStrength(password, m_userWords ? m_userWords() : QStringList());
    m_score = s.score;
    m_bar->setValue(s.score);
    static const char *const colours[] = {"#dc2626", "#dc2626", "#d97706", "#16a34a", "#15803d"};
    m_bar->setStyleSheet(QStringLiteral("QProgressBar { border: none; background: palette(midlight); border-radius: 3px; }"
                                        "QProgressBar::chunk { background: %1; border-radius: 3px; }")
                             .arg(QLatin1StringView(colours[s.score])));
    QString words;
    switch (s.score) {
    case 0:
    case 1:
        words = tr("Very weak");
        break;
    case 2:
        words = tr("Weak");
        break;
    case 3:
        words = tr("Strong");
        break;
    default:
        words = tr("Very strong");
    }
    QStringList lines{s.score >= v::kPasswordMinScore ? words : tr("%1 — not accepted yet").arg(words)};
    if (!s.warning.isEmpty())
        lines.append(s.warning + QLatin1Char('.'));
    for (const QString &tip : s.suggestions)
        lines.append(tip + QLatin1Char('.'));
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_bar->setAccessibleDescription(lines.join(QLatin1Char(' ')));
}

} // namespace eventbook::ui
