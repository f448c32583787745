#include "notification_list_model.h"

namespace eventbook::client {

int NotificationListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &n = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return n.title;
    case Qt::ToolTipRole:
    case BodyRole:
        return n.body;
    case IdRole:
        return n.id;
    case TypeRole:
        return n.type;
    case ReadRole:
        return n.read;
    case CreatedAtRole:
        return n.createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"}, {TitleRole, "title"}, {BodyRole, "body"}, {TypeRole, "type"},
                  {ReadRole, "read"}, {CreatedAtRole, "createdAt"}});
    return names;
}

void NotificationListModel::setNotifications(const QList<Notification> &items, int unread) {
    beginResetModel();
    m_items = items;
    endResetModel();
    setUnread(unread);
}

void NotificationListModel::prepend(const Notification &n) {
    for (const Notification &existing : std::as_const(m_items))
        if (existing.id == n.id)
            return;
    beginInsertRows({}, 0, 0);
    m_items.prepend(n);
    endInsertRows();
    if (!n.read)
        setUnread(m_unread + 1);
}

void NotificationListModel::markRead(qint64 id) {
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id != id || m_items.at(row).read)
            continue;
        m_items[row].read = true;
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i, {ReadRole});
        setUnread(std::max(0, m_unread - 1));
    }
}

void NotificationListModel::markAllRead() {
    for (Notification &n : m_items)
        n.read = true;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {ReadRole});
    setUnread(0);
}

const Notification *NotificationListModel::notificationAt(int row) const {
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void NotificationListModel::setUnread(int unread) {
    if (unread == m_unread)
        return;
    m_unread = unread;
    Q_EMIT unreadChanged(unread);
}

} // namespace eventbook::client
