#include "notifications_page.h"

#include "notification_delegate.h"
#include "state/client_session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace eventbook::ui {
using client::NotificationListModel;

NotificationsPage::NotificationsPage(client::ClientSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session) {
    auto *title = new QLabel(tr("Notifications"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_list = new QListView(this);
    m_list->setModel(&session.notifications());
    m_list->setItemDelegate(new NotificationDelegate(m_list));
    m_list->setAccessibleName(tr("Notifications"));
    m_list->setUniformItemSizes(true);
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setMinimumHeight(60);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setText(tr("Select a notification to read it."));
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true); // long in German; the buttons keep their room
    // Room for two lines from the start: a row of buttons does not grow when its label wraps
    // later (the empty-inbox sentence arrives with the first answer), so the second line was cut.
    m_empty->setMinimumHeight(2 * m_empty->fontMetrics().lineSpacing());
    m_markRead = new QPushButton(tr("Mark as read"), this);
    m_markAll = new QPushButton(tr("Mark all as read"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_empty, 1);
    actions->addWidget(m_markRead);
    actions->addWidget(m_markAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(title);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_body, 1);
    layout->addLayout(actions);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotificationsPage::showSelected);
    connect(m_markRead, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_list->currentIndex();
        if (i.isValid())
            m_session.markRead(i.data(NotificationListModel::IdRole).toLongLong());
        updateState();
    });
    // Opening a message (Enter or double-click) reads it.
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) {
        m_session.markRead(i.data(NotificationListModel::IdRole).toLongLong());
        updateState();
    });
    connect(m_markAll, &QPushButton::clicked, this, [this] {
        m_session.markAllRead();
        updateState();
    });
    connect(&session.notifications(), &QAbstractItemModel::modelReset, this, &NotificationsPage::updateState);
    connect(&session.notifications(), &QAbstractItemModel::rowsInserted, this, &NotificationsPage::updateState);
    connect(&session.notifications(), &NotificationListModel::unreadChanged, this, &NotificationsPage::updateState);
    updateState();
}

void NotificationsPage::showSelected() {
    const QModelIndex i = m_list->currentIndex();
    m_body->setText(i.isValid() ? i.data(NotificationListModel::BodyRole).toString()
                                : tr("Select a notification to read it."));
    updateState();
}

void NotificationsPage::updateState() {
    const auto &inbox = m_session.notifications();
    const QModelIndex i = m_list->currentIndex();
    m_markRead->setEnabled(i.isValid() && !i.data(NotificationListModel::ReadRole).toBool());
    m_markAll->setEnabled(inbox.unread() > 0);
    if (!m_session.signedIn())
        m_empty->setText(tr("Sign in to see your notifications."));
    else if (inbox.rowCount() == 0)
        m_empty->setText(tr("Nothing here yet. News about your events will appear as it happens."));
    else
        m_empty->setText(tr("%n unread", nullptr, inbox.unread()));
}

} // namespace eventbook::ui
