#include "event_list_model.h"

#include <QDateTime>

namespace eventbook::client {

int EventListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant EventListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case Qt::ToolTipRole:
        return e.location;
    case Qt::AccessibleTextRole:
        return m_describe ? m_describe(e, m_booked.contains(e.id)) : e.title;
    case IdRole:
        return e.id;
    case DescriptionRole:
        return e.description;
    case LocationRole:
        return e.location;
    case DateRole:
        return e.date;
    case TotalSlotsRole:
        return e.totalSlots;
    case AvailableSlotsRole:
        return e.availableSlots;
    case WaitlistRole:
        return e.waitlistCount;
    case TagsRole:
        return e.tags;
    case ImageRole:
        return e.image;
    case BookedRole:
        return m_booked.contains(e.id);
    case PastRole:
        return e.date < QDateTime::currentDateTimeUtc();
    default:
        return {};
    }
}

QHash<int, QByteArray> EventListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {TitleRole, "title"},
                  {DescriptionRole, "description"},
                  {LocationRole, "location"},
                  {DateRole, "date"},
                  {TotalSlotsRole, "totalSlots"},
                  {AvailableSlotsRole, "availableSlots"},
                  {WaitlistRole, "waitlistCount"},
                  {TagsRole, "tags"},
                  {ImageRole, "image"},
                  {BookedRole, "booked"},
                  {PastRole, "past"}});
    return names;
}

void EventListModel::setEvents(const QList<Event> &events) {
    const bool sameRows = events.size() == m_events.size() &&
                          std::equal(events.cbegin(), events.cend(), m_events.cbegin(),
                                     [](const Event &a, const Event &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_events = events;
        endResetModel();
        return;
    }
    // The same page again (a refetch): change rows in place so nothing jumps.
    m_events = events;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_events.size()) - 1));
}

bool EventListModel::updateEvent(const Event &event) {
    const int row = rowOf(event.id);
    if (row < 0)
        return false;
    m_events[row] = event;
    changed(row, {});
    return true;
}

bool EventListModel::removeEvent(qint64 id) {
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_events.removeAt(row);
    endRemoveRows();
    return true;
}

bool EventListModel::applySlots(qint64 eventId, int availableSlots) {
    const int row = rowOf(eventId);
    if (row < 0 || m_events.at(row).availableSlots == availableSlots)
        return false;
    m_events[row].availableSlots = availableSlots;
    changed(row, {AvailableSlotsRole, Qt::AccessibleTextRole});
    return true;
}

bool EventListModel::applyWaitlist(qint64 eventId, int waitlistCount) {
    const int row = rowOf(eventId);
    if (row < 0 || m_events.at(row).waitlistCount == waitlistCount)
        return false;
    m_events[row].waitlistCount = waitlistCount;
    changed(row, {WaitlistRole, Qt::AccessibleTextRole});
    return true;
}

void EventListModel::setBooked(const QSet<qint64> &eventIds) {
    const QSet<qint64> before = std::exchange(m_booked, eventIds);
    for (int row = 0; row < m_events.size(); ++row) {
        const qint64 id = m_events.at(row).id;
        if (before.contains(id) != m_booked.contains(id))
            changed(row, {BookedRole, Qt::AccessibleTextRole});
    }
}

void EventListModel::setBooked(qint64 eventId, bool booked) {
    QSet<qint64> next = m_booked;
    if (booked)
        next.insert(eventId);
    else
        next.remove(eventId);
    setBooked(next);
}

int EventListModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_events.size(); ++row)
        if (m_events.at(row).id == id)
            return row;
    return -1;
}

const Event *EventListModel::eventAt(int row) const {
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

void EventListModel::changed(int row, const QList<int> &roles) {
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, roles);
}

} // namespace eventbook::client
