#include "queue_panel.h"

#include "api/live_client.h"
#include "api/waitlist_api.h"
#include "state/client_session.h"
#include "ui/event_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace eventbook::ui {

QueuePanel::QueuePanel(client::ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session) {
    m_title = new QLabel(tr("Waiting list"), this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_view = new QTreeWidget(this);
    m_view->setAccessibleName(tr("Waiting list"));
    m_view->setHeaderLabels({tr("No."), tr("Name"), tr("Email"), tr("Joined")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    connect(&session.live(), &client::LiveClient::waitlistChanged, this, [this](qint64 eventId) {
        if (eventId == m_eventId && isVisible())
            reload();
    });
}

void QueuePanel::showQueue(qint64 eventId) {
    m_eventId = eventId;
    reload();
}

void QueuePanel::reload() {
    m_view->clear();
    const quint64 request = ++m_request;
    if (m_eventId <= 0) {
        m_title->setText(tr("Waiting list"));
        return;
    }
    client::WaitlistApi(m_session.api())
        .queue(m_eventId, {this, [this, request](const Result<QList<WaitlistEntry>> &r) {
                               if (request != m_request)
                                   return;
                               if (!r) {
                                   m_title->setText(tr("Waiting list: %1").arg(r.error().message));
                                   return;
                               }
                               m_title->setText(tr("Waiting list (%n)", nullptr, int(r->size())));
                               for (const WaitlistEntry &w : *r) {
                                   auto *item = new QTreeWidgetItem(m_view);
                                   item->setText(0, QString::number(w.position));
                                   item->setText(1, w.name);
                                   item->setText(2, w.email);
                                   item->setText(3, EventText::shortWhen(w.joinedAt));
                               }
                           }});
}

} // namespace eventbook::ui
