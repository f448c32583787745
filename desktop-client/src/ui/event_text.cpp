#include "event_text.h"

#include "seat_bar.h"

#include <QLocale>

namespace eventbook::ui {

QString EventText::when(const QDateTime &utc) {
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return tr("%1 at %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                              locale.toString(local.time(), QLocale::ShortFormat));
}

QString EventText::shortWhen(const QDateTime &utc) {
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), QStringLiteral("ddd d MMM yyyy")) + QStringLiteral(" · ") +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString EventText::spoken(const Event &e, bool booked) {
    QStringList parts{e.title, when(e.date), e.location, SeatBar::caption(e.availableSlots, e.totalSlots)};
    if (e.date < QDateTime::currentDateTimeUtc())
        parts << tr("this event is over");
    if (booked)
        parts << tr("you are booked");
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

} // namespace eventbook::ui
