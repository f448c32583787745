#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace eventbook::ui {

// The one way the app asks before an action that cannot simply be taken back (cancelling a
// booking, changing a role, deleting): a window-modal question whose buttons say what they do
// ("Cancel booking" / "Keep it"), the safe one the default. `onYes` runs only when confirmed.
// Asynchronous (open(), not exec()), so live updates keep flowing while it is shown.
void confirmThen(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
                 const QString &noText, std::function<void()> onYes);

} // namespace eventbook::ui
