#pragma once

#include <QIcon>

namespace eventbook::ui {

// The window icon, drawn from the same SVG as the installers' icons. Rendered with QSvgRenderer at
// the usual sizes so it needs no icon-engine plugin at run time.
QIcon appIcon();

} // namespace eventbook::ui
