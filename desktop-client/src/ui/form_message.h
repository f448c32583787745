#pragma once

#include <QLabel>

class QHBoxLayout;
class QPushButton;

namespace eventbook::ui {

// Sets a form's message line: red for a problem, normal for a result; read out by screen readers.
void showFormMessage(QLabel *label, const QString &text, bool problem);

// A red, wrapping line under `field` for what is wrong with it, tied to the field: its buddy
// (so the accessibility tree relates them) and, while shown, the field's accessible description.
QLabel *makeFieldError(QWidget *field, QWidget *parent);
// Shows `problem` under its field (hides the line when empty) and grows the window when the
// wrapped text needs more height than it has.
void setFieldError(QLabel *error, const QString &problem);

// Grows `window` to the height its layout needs at its width (wrapped labels included): a
// top-level window does not do that by itself when a word-wrapped label gets longer.
void fitHeightToContents(QWidget *window);

// A form's action button at its natural size, on the right.
QHBoxLayout *buttonRow(QPushButton *button);

} // namespace eventbook::ui
