#pragma once

#include "eventbook/common/domain.h"

#include <QCoreApplication>
#include <QDateTime>

namespace eventbook::ui {

// Words and dates shown for events in several places, translated once.
class EventText {
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    static QString when(const QDateTime &utc);
    // Compact, for cards: weekday, day, month and time.
    static QString shortWhen(const QDateTime &utc);
    // Everything a card shows, as one sentence for a screen reader: title, date, place, seats,
    // and booked / sold out / over.
    static QString spoken(const Event &event, bool booked);
    static QString pastBadge() { return tr("Past"); }
    static QString bookedBadge() { return tr("Booked"); }
    static QString fullBadge() { return tr("Sold out"); }
};

} // namespace eventbook::ui
