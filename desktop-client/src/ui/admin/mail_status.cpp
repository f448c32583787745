#include "mail_status.h"

#include "state/client_session.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eventbook::ui {

MailStatus::MailStatus(client::ClientSession &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("mailStatus"));
    setStyleSheet(QStringLiteral("#mailStatus { background: palette(base); border: 1px solid palette(mid);"
                                 " border-radius: 8px; }"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    // Two lines' room from the start: the row it shares does not grow when the line wraps later.
    m_summary->setMinimumHeight(2 * m_summary->fontMetrics().lineSpacing());
    m_summary->setAccessibleName(tr("Mail"));
    m_failed = new QTableWidget(0, 4, this);
    m_failed->setHorizontalHeaderLabels({tr("Failed"), tr("To"), tr("Mail"), tr("The mail server said")});
    m_failed->setAccessibleName(tr("Mails that failed"));
    m_failed->verticalHeader()->hide();
    m_failed->horizontalHeader()->setStretchLastSection(true);
    m_failed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failed->setMaximumHeight(120);
    m_failed->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 5, 10, 5); // one line at 800×600: the dashboard has no height to spare
    layout->addWidget(m_summary);
    layout->addWidget(m_failed);
    hide(); // until reload() knows the user is an admin
}

QString MailStatus::summary() const {
    return m_summary->text();
}

void MailStatus::reload() {
    const bool admin = m_session.api().user().role == Role::Admin;
    setVisible(admin);
    if (!admin)
        return;
    client::MailApi(m_session.api()).overview(QStringLiteral("failed"), {this, [this](const Result<client::MailOverview> &r) {
        if (!r) {
            m_summary->setText(tr("Mail: %1").arg(r.error().message));
            return;
        }
        show(*r);
        Q_EMIT loaded();
    }});
}

void MailStatus::show(const client::MailOverview &o) {
    const QLocale locale;
    QStringList parts;
    parts << (o.stats.enabled ? tr("Mail goes out") : tr("Mail off (no SMTP_URL)"));
    parts << tr("%1 sent").arg(locale.toString(o.stats.sent));
    if (o.stats.queued > 0)
        parts << tr("%1 waiting (oldest %2 min)").arg(locale.toString(o.stats.queued))
                     .arg(locale.toString(o.stats.oldestQueuedAgeMs / 60'000));
    parts << tr("%1 failed").arg(locale.toString(o.stats.failed));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setStyleSheet(o.stats.failed > 0 ? QStringLiteral("color: #dc2626;") : QString());
    m_failed->setRowCount(int(o.mails.size()));
    for (int i = 0; i < o.mails.size(); ++i) {
        const OutboxEntry &m = o.mails.at(i);
        m_failed->setItem(i, 0, new QTableWidgetItem(locale.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat)));
        m_failed->setItem(i, 1, new QTableWidgetItem(m.recipient));
        m_failed->setItem(i, 2, new QTableWidgetItem(m.kind));
        m_failed->setItem(i, 3, new QTableWidgetItem(m.lastError));
    }
    m_failed->resizeColumnsToContents();
    m_failed->setVisible(!o.mails.isEmpty());
}

} // namespace eventbook::ui
