#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

namespace eventbook::http {

using Header = QPair<QByteArray, QByteArray>;

// Cross-origin access from ALLOWED_ORIGINS (exact origins, or "*" for any). Bearer tokens, not
// cookies, carry sessions, so credentials are never allowed.
class CorsPolicy {
public:
    explicit CorsPolicy(QStringList allowedOrigins);

    bool enabled() const { return !m_origins.isEmpty(); }
    bool allows(const QByteArray &origin) const;
    // Headers for an actual request from `origin` (none when the origin is not allowed, except
    // Vary so shared caches keep the answers apart).
    QList<QPair<QByteArray, QByteArray>> headersFor(const QByteArray &origin) const;
    // The extra headers of a successful preflight answer.
    QList<QPair<QByteArray, QByteArray>> preflightHeaders(const QByteArray &origin) const;

private:
    QList<QByteArray> m_origins;
    bool m_any = false;
};

} // namespace eventbook::http
