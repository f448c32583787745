#pragma once

#include <QByteArray>
#include <QStringList>

namespace eventbook::http {
// Headers every response carries, including the front door's refusals (API.md "Limits and
// headers"): CSP_EXTRA_ORIGINS join the policy's sources; HSTS is sent when serving TLS. The
// request policy builds them once; the responders and the front door carry its copy.
QByteArray securityHeaders(const QStringList &cspExtraOrigins = {}, bool hsts = false);
} // namespace eventbook::http
