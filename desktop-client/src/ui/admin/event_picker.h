#pragma once

#include "eventbook/common/domain.h"

class QComboBox;
class QString;
class QWidget;

namespace eventbook::ui {

// The event chooser of the console pages that work on one event (Attendees, Check-in): wide
// enough for a title and date, the event's id as each item's data.
QComboBox *makeEventPicker(QWidget *parent, const QString &accessibleName);
// Lists `events` ("Title — date"), keeping the chosen event when it is still there (else the first),
// without emitting the combo's signals. The chosen event's id afterwards (0 when none).
qint64 refillEventPicker(QComboBox *picker, const QList<Event> &events);

} // namespace eventbook::ui
