#include "answer_panel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace eventbook::ui {
using checkin::Verdict;

namespace {
// Colours that keep white text readable (WCAG AA) in light and dark themes alike.
const QColor kIn(0x1b, 0x6e, 0x35);
const QColor kOut(0x1f, 0x4f, 0x96);
const QColor kLook(0x8a, 0x52, 0x00);
const QColor kRefused(0xa3, 0x21, 0x1a);

QColor colourOf(Verdict v) {
    switch (v) {
    case Verdict::Admitted:
        return kIn;
    case Verdict::Exited:
        return kOut;
    case Verdict::AlreadyInside:
    case Verdict::NotInside:
    case Verdict::Conflict:
    case Verdict::NotAdmitted:
        return kLook;
    default:
        return kRefused;
    }
}

QFont scaled(QFont f, double factor, bool bold) {
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}
} // namespace

AnswerPanel::AnswerPanel(QWidget *parent)
    : QFrame(parent)
    , m_verdict(new QLabel(this))
    , m_holder(new QLabel(this))
    , m_detail(new QLabel(this)) {
    setObjectName(QStringLiteral("answerPanel"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(120); // grows with the page; small windows keep room for a wrapped status line
    m_verdict->setObjectName(QStringLiteral("answerVerdict"));
    m_holder->setObjectName(QStringLiteral("answerHolder"));
    m_detail->setObjectName(QStringLiteral("answerDetail"));
    m_verdict->setFont(scaled(font(), 2.6, true));
    m_holder->setFont(scaled(font(), 2.0, false));
    m_detail->setFont(scaled(font(), 1.2, false));
    for (QLabel *l : {m_verdict, m_holder, m_detail}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::NoTextInteraction);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addStretch();
    layout->addWidget(m_verdict);
    layout->addWidget(m_holder);
    layout->addWidget(m_detail);
    layout->addStretch();
    clear();
}

QString AnswerPanel::verdictWords(const client::DeskAnswer &a) {
    switch (a.verdict) {
    case Verdict::Admitted:
        return tr("Welcome");
    case Verdict::Exited:
        return tr("Checked out");
    case Verdict::AlreadyInside:
        return tr("Already checked in");
    case Verdict::NotInside:
        return tr("Not checked in");
    case Verdict::Conflict:
        return tr("Flagged: admitted twice");
    case Verdict::NotAdmitted:
        return tr("Turned away");
    case Verdict::Revoked:
        return tr("Cancelled ticket");
    case Verdict::WrongEvent:
        return tr("Wrong event");
    case Verdict::Forged:
        return tr("Forged ticket");
    case Verdict::Invalid:
        return tr("Not a ticket");
    }
    return {};
}

// The app names its desks "desk-<id>"; the sentence already says "desk". Other devices' names
// (any text a desk sent) are shown as they are.
QString AnswerPanel::deskName(const QString &deviceId) {
    static const QString prefix = QStringLiteral("desk-");
    return deviceId.startsWith(prefix) && deviceId.size() > prefix.size() ? deviceId.mid(prefix.size()) : deviceId;
}

QString AnswerPanel::detailWords(const client::DeskAnswer &a) {
    QString detail;
    switch (a.verdict) {
    case Verdict::AlreadyInside:
        if (a.previousAt)
            detail = tr("Came in at %1 through desk %2")
                         .arg(QLocale().toString(a.previousAt->toLocalTime().time(), QLocale::ShortFormat),
                              deskName(a.previousDevice));
        break;
    case Verdict::NotInside:
        detail = tr("There is no entry to check out from.");
        break;
    case Verdict::Revoked:
        detail = tr("This booking was cancelled; the ticket is no longer valid.");
        break;
    case Verdict::WrongEvent:
        detail = tr("This ticket is for another event.");
        break;
    case Verdict::Forged:
        detail = tr("Its signature does not match: it was not issued by EventBook or was altered.");
        break;
    case Verdict::Invalid:
        detail = tr("This code is not an EventBook ticket.");
        break;
    default:
        break;
    }
    if (a.offline) {
        const QString note = tr("Decided offline; sent when the server is back.");
        detail = detail.isEmpty() ? note : detail + QLatin1Char('\n') + note;
    }
    return detail;
}

void AnswerPanel::show(const client::DeskAnswer &a) {
    m_verdict->setText(verdictWords(a));
    m_holder->setText(a.holder);
    m_holder->setVisible(!a.holder.isEmpty());
    m_detail->setText(detailWords(a));
    m_detail->setVisible(!m_detail->text().isEmpty());
    paint(colourOf(a.verdict));
    setAccessibleName(QStringList({m_verdict->text(), a.holder, m_detail->text()}).join(QLatin1Char(' ')).simplified());
}

void AnswerPanel::clear() {
    m_verdict->setText(tr("Ready"));
    m_holder->setText(tr("Scan a ticket"));
    m_holder->show();
    m_detail->clear();
    m_detail->hide();
    paint(palette().color(QPalette::Mid));
    setAccessibleName(tr("Ready to scan"));
}

void AnswerPanel::paint(const QColor &background) {
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
}

QString AnswerPanel::verdictText() const {
    return m_verdict->text();
}

QString AnswerPanel::holderText() const {
    return m_holder->isVisible() ? m_holder->text() : QString();
}

QString AnswerPanel::detailText() const {
    return m_detail->text();
}

} // namespace eventbook::ui
