#include "wire_headers.h"

namespace eventbook::http {
QByteArray securityHeaders(const QStringList &extra, bool hsts) {
    QByteArray origins;
    for (const QString &o : extra) {
        // Only what a CSP source may contain: no spaces, semicolons or commas smuggled in.
        const QByteArray source = o.trimmed().toUtf8();
        if (!source.isEmpty() && !source.contains(' ') && !source.contains(';') && !source.contains(',') &&
            !source.contains('\r') && !source.contains('\n'))
            origins += ' ' + source;
    }
    QByteArray h = "X-Content-Type-Options: nosniff\r\n"
                   "Content-Security-Policy: default-src 'self'" + origins + "; img-src 'self' data: https:" + origins +
                   "; connect-src 'self'" + origins +
                   "; frame-ancestors 'none'; object-src 'none'; base-uri 'self'\r\n"
                   "Referrer-Policy: no-referrer\r\n"
                   "X-Frame-Options: DENY\r\n"
                   "Cross-Origin-Resource-Policy: same-origin\r\n";
    if (hsts)
        h += "Strict-Transport-Security: max-age=31536000; includeSubDomains\r\n";
    return h;
}

} // namespace eventbook::http
