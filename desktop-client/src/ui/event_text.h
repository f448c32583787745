#pragma once

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
    static QString pastBadge() { return tr("Past"); }
    static QString bookedBadge() { return tr("Booked"); }
    static QString fullBadge() { return tr("Sold out"); }
};

} // namespace eventbook::ui
