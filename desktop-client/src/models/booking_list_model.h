#pragma once

#include "eventbook/common/domain.h"

#include <QAbstractListModel>
#include <QSet>

namespace eventbook::client {

// The signed-in user's bookings for one tab of My bookings: upcoming (confirmed, not yet
// started) or past (started, or cancelled). Seat counts of the embedded events follow live.
class BookingListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Scope { Upcoming, Past };
    enum Role {
        BookingIdRole = Qt::UserRole + 1,
        EventIdRole,
        TitleRole,
        LocationRole,
        DateRole,
        StatusRole, // "confirmed" | "cancelled"
        BookedAtRole,
        CancelledAtRole,
        AvailableSlotsRole,
        TotalSlotsRole,
    };

    explicit BookingListModel(Scope scope, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // All of the user's bookings; the model keeps those of its scope, soonest first (upcoming)
    // or latest first (past).
    void setBookings(const QList<Booking> &all);
    bool applySlots(qint64 eventId, int availableSlots);
    const Booking *bookingAt(int row) const;
    int rowOfEvent(qint64 eventId) const;

    // The events the user holds a confirmed booking for, in any scope.
    static QSet<qint64> confirmedEventIds(const QList<Booking> &all);

private:
    bool inScope(const Booking &b) const;

    Scope m_scope;
    QList<Booking> m_rows;
};

} // namespace eventbook::client
