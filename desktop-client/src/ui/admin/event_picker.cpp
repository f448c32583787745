#include "event_picker.h"

#include "ui/event_text.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace eventbook::ui {

QComboBox *makeEventPicker(QWidget *parent, const QString &accessibleName) {
    auto *picker = new QComboBox(parent);
    picker->setAccessibleName(accessibleName);
    picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    picker->setMinimumContentsLength(22);
    return picker;
}

qint64 refillEventPicker(QComboBox *picker, const QList<Event> &events) {
    const qint64 keep = picker->currentData().toLongLong();
    const QSignalBlocker block(picker);
    picker->clear();
    for (const Event &e : events)
        picker->addItem(e.title + QStringLiteral(" — ") + EventText::shortWhen(e.date), e.id);
    const int index = picker->findData(keep);
    picker->setCurrentIndex(index >= 0 ? index : 0);
    return picker->currentData().toLongLong();
}

} // namespace eventbook::ui
