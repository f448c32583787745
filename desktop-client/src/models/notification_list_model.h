#pragma once

#include "eventbook/common/domain.h"

#include <QAbstractListModel>

namespace eventbook::client {

// The inbox, newest first, with the unread count for the badge. Live arrivals are inserted at
// the top; marking read changes rows in place.
class NotificationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, BodyRole, TypeRole, ReadRole, CreatedAtRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setNotifications(const QList<Notification> &items, int unread);
    // A notification that arrived live; ignored when already listed.
    void prepend(const Notification &n);
    void markRead(qint64 id);
    void markAllRead();
    int unread() const { return m_unread; }
    const Notification *notificationAt(int row) const;

Q_SIGNALS:
    void unreadChanged(int unread);

private:
    void setUnread(int unread);

    QList<Notification> m_items;
    int m_unread = 0;
};

} // namespace eventbook::client
