#include "booking_list_model.h"

#include "eventbook/common/codecs.h"

#include <algorithm>

namespace eventbook::client {

BookingListModel::BookingListModel(Scope scope, QObject *parent)
    : QAbstractListModel(parent)
    , m_scope(scope) {}

int BookingListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BookingListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Booking &b = m_rows.at(index.row());
    const Event e = b.event.value_or(Event{});
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case BookingIdRole:
        return b.id;
    case EventIdRole:
        return b.eventId;
    case LocationRole:
        return e.location;
    case DateRole:
        return e.date;
    case StatusRole:
        return codec::bookingStatusName(b.status);
    case BookedAtRole:
        return b.createdAt;
    case CancelledAtRole:
        return b.cancelledAt ? QVariant(*b.cancelledAt) : QVariant();
    case AvailableSlotsRole:
        return e.availableSlots;
    case TotalSlotsRole:
        return e.totalSlots;
    default:
        return {};
    }
}

QHash<int, QByteArray> BookingListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert({{BookingIdRole, "bookingId"},
                  {EventIdRole, "eventId"},
                  {TitleRole, "title"},
                  {LocationRole, "location"},
                  {DateRole, "date"},
                  {StatusRole, "status"},
                  {BookedAtRole, "bookedAt"},
                  {CancelledAtRole, "cancelledAt"},
                  {AvailableSlotsRole, "availableSlots"},
                  {TotalSlotsRole, "totalSlots"}});
    return names;
}

bool BookingListModel::inScope(const Booking &b) const {
    const bool started = b.event && b.event->date < QDateTime::currentDateTimeUtc();
    const bool upcoming = b.status == BookingStatus::Confirmed && !started;
    return m_scope == Scope::Upcoming ? upcoming : !upcoming;
}

void BookingListModel::setBookings(const QList<Booking> &all) {
    QList<Booking> rows;
    for (const Booking &b : all)
        if (inScope(b))
            rows.append(b);
    const auto when = [](const Booking &b) { return b.event ? b.event->date : b.createdAt; };
    std::stable_sort(rows.begin(), rows.end(), [&](const Booking &a, const Booking &b) {
        return m_scope == Scope::Upcoming ? when(a) < when(b) : when(a) > when(b);
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

bool BookingListModel::applySlots(qint64 eventId, int availableSlots) {
    bool any = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        Booking &b = m_rows[row];
        if (b.eventId != eventId || !b.event || b.event->availableSlots == availableSlots)
            continue;
        b.event->availableSlots = availableSlots;
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i, {AvailableSlotsRole});
        any = true;
    }
    return any;
}

const Booking *BookingListModel::bookingAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int BookingListModel::rowOfEvent(qint64 eventId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).eventId == eventId)
            return row;
    return -1;
}

QSet<qint64> BookingListModel::confirmedEventIds(const QList<Booking> &all) {
    QSet<qint64> ids;
    for (const Booking &b : all)
        if (b.status == BookingStatus::Confirmed)
            ids.insert(b.eventId);
    return ids;
}

} // namespace eventbook::client
