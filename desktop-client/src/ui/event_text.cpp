#include "event_text.h"

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

} // namespace eventbook::ui
