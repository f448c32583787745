#pragma once

#include "database.h"
#include "eventbook/common/domain.h"

#include <optional>

namespace eventbook::storage {

// One row of the CSV export: a booking with its event's title and date and its user.
struct BookingExportRow {
    Booking booking;
    QString eventTitle;
    QDateTime eventDate;
    QString userName;
    QString userEmail;
};

// Bookings. The partial unique index on confirmed (user, event) is the arbiter of "one
// confirmed booking per user and event"; callers hold the transaction.
class BookingRepository {
public:
    explicit BookingRepository(Database &db)
        : m_db(db) {}

    // ALREADY_BOOKED when the user holds a confirmed booking for the event.
    Result<Booking> insertConfirmed(qint64 userId, qint64 eventId);
    Result<bool> hasConfirmed(qint64 userId, qint64 eventId);
    // One booking, with its event and user embedded; empty when there is none.
    Result<std::optional<Booking>> findById(qint64 id);
    // Cancels the user's confirmed booking; empty when there is none.
    Result<std::optional<Booking>> cancelConfirmed(qint64 userId, qint64 eventId);
    // Cancels every confirmed booking of an event; returns them.
    // One confirmed booking of the event, by id (an organiser removing it); empty when there is none.
    Result<std::optional<Booking>> cancelById(qint64 bookingId, qint64 eventId);
    Result<QList<Booking>> cancelAllForEvent(qint64 eventId);
    // Cancels every confirmed booking of a user and returns their seats.
    struct ReleasedSeat {
        qint64 bookingId = 0;
        qint64 eventId = 0;
        int availableSlots = 0; // the event's seats after the return
    };
    // Every confirmed booking of the user, or only those of events starting after the given time.
    Result<QList<ReleasedSeat>> cancelAllForUser(qint64 userId, std::optional<qint64> startingAfterMs = {});

    Result<QList<Booking>> listForUser(qint64 userId);   // newest first, event embedded
    Result<QList<Booking>> listForEvent(qint64 eventId); // newest first, user embedded
    Result<QList<BookingExportRow>> exportPage(std::optional<qint64> eventId, qint64 afterId, int limit);

private:
    Database &m_db;
};

} // namespace eventbook::storage
