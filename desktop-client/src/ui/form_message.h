#pragma once

#include <QLabel>

class QHBoxLayout;
class QPushButton;

namespace eventbook::ui {

// Sets a form's message line: red for a problem, normal for a result; read out by screen readers.
void showFormMessage(QLabel *label, const QString &text, bool problem);

// A form's action button at its natural size, on the right.
QHBoxLayout *buttonRow(QPushButton *button);

} // namespace eventbook::ui
