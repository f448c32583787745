#pragma once

#include <QByteArray>
#include <QStringList>

namespace eventbook::http {
// Headers every response carries, including the front door's refusals (API.md "Limits and headers").
QByteArray securityHeaders();
// Once at start: CSP_EXTRA_ORIGINS join the policy's sources; HSTS is sent when serving TLS.
void configureSecurityHeaders(const QStringList &cspExtraOrigins, bool hsts);
} // namespace eventbook::http
