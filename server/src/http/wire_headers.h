#pragma once

#include <QByteArray>

namespace eventbook::http {
// Headers every response carries, including the front door's refusals (API.md "Limits and headers").
QByteArray securityHeaders();
} // namespace eventbook::http
