#pragma once

#include <QColor>
#include <QString>

class QApplication;

namespace eventbook::ui {

// Fusion with a light or dark palette. "system" keeps the platform's palette and only decides
// whether it is dark (Qt 6.4 has no colour-scheme API), so the accents suit either.
void applyTheme(QApplication &app, const QString &choice);
bool isDark();
// The outline of text fields in the current theme: Fusion draws it a shade darker than the
// window, which on a dark window nobody sees, so the dark theme draws its own.
QColor fieldBorder();
// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace eventbook::ui
