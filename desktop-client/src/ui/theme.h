#pragma once

#include <QString>

class QApplication;

namespace eventbook::ui {

// Fusion with a light or dark palette. "system" keeps the platform's palette and only decides
// whether it is dark (Qt 6.4 has no colour-scheme API), so the accents suit either.
void applyTheme(QApplication &app, const QString &choice);
bool isDark();

} // namespace eventbook::ui
