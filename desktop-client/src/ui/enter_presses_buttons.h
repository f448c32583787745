#pragma once

#include <QObject>

namespace eventbook::ui {

// Return/Enter on a focused push button presses it, as Space does. Dialogs already do this
// (their buttons are auto-default); the main window's pages do not by themselves, so a keyboard
// user who tabbed to "Book a seat" or "Save profile" would press Enter and nothing would happen.
// Installed once on the application by the main window.
class EnterPressesButtons : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    static void installOn(QObject *application);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace eventbook::ui
