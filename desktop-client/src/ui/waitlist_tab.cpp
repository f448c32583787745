#include "waitlist_tab.h"

#include "event_text.h"
#include "state/client_session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace eventbook::ui {

WaitlistTab::WaitlistTab(client::ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session) {
    m_view = new QTreeWidget(this);
    m_view->setAccessibleName(tr("My waiting lists"));
    m_view->setHeaderLabels({tr("Place"), tr("Event"), tr("Date"), tr("Waiting")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_leave = new QPushButton(tr("&Leave the waiting list"), this);
    m_leave->setAccessibleDescription(tr("Gives up your place on the selected event's waiting list"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_leave);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    connect(m_leave, &QPushButton::clicked, this, &WaitlistTab::leaveSelected);
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this] { m_leave->setEnabled(m_view->currentItem()); });
    connect(&session, &client::ClientSession::waitlistLoaded, this, &WaitlistTab::fill);
    connect(&session, &client::ClientSession::promoted, this, [this](qint64, const QString &title) {
        m_message->setText(tr("A seat came free at “%1” and it is yours: see Upcoming.").arg(title));
    });
    fill();
}

void WaitlistTab::fill() {
    const qint64 selected = m_view->currentItem() ? m_view->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_view->clear();
    for (const WaitlistEntry &w : m_session.waitlist()) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(0, tr("No. %1").arg(w.position));
        item->setData(0, Qt::UserRole, w.eventId);
        if (w.event) {
            item->setText(1, w.event->title);
            item->setText(2, EventText::shortWhen(w.event->date));
            item->setText(3, QString::number(w.event->waitlistCount));
        }
        if (w.eventId == selected)
            m_view->setCurrentItem(item);
    }
    m_leave->setEnabled(m_view->currentItem());
    const QString empty = tr("You are not waiting for any event. A full event offers its waiting list.");
    if (m_session.waitlist().isEmpty() && m_message->text().isEmpty())
        m_message->setText(empty);
    else if (!m_session.waitlist().isEmpty() && m_message->text() == empty)
        m_message->clear();
    Q_EMIT countChanged(int(m_session.waitlist().size()));
}

void WaitlistTab::leaveSelected() {
    QTreeWidgetItem *item = m_view->currentItem();
    if (!item)
        return;
    const qint64 eventId = item->data(0, Qt::UserRole).toLongLong();
    const QString title = item->text(1);
    m_leave->setEnabled(false);
    m_session.leaveWaitlist(eventId, {this, [this, title](const Result<Event> &r) {
        m_message->setText(r ? tr("You left the waiting list for “%1”.").arg(title) : r.error().message);
    }});
}

} // namespace eventbook::ui
