#pragma once

#include <QString>

namespace eventbook::app {
// One JSON object per line (or readable text) on stderr, filtered by level.
void installLogging(const QString &format, const QString &level);
} // namespace eventbook::app
