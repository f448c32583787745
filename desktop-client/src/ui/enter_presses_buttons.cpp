#include "enter_presses_buttons.h"

#include <QDialog>
#include <QKeyEvent>
#include <QPushButton>

namespace eventbook::ui {

void EnterPressesButtons::installOn(QObject *application) {
    if (!application || application->findChild<EnterPressesButtons *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    application->installEventFilter(new EnterPressesButtons(application));
}

bool EnterPressesButtons::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) ||
        (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier || key->isAutoRepeat())
        return false;
    auto *button = qobject_cast<QPushButton *>(watched);
    if (!button || !button->hasFocus() || !button->isEnabled() || qobject_cast<QDialog *>(button->window()))
        return false;
    button->click();
    return true;
}

} // namespace eventbook::ui
