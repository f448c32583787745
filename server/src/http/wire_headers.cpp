#include "wire_headers.h"

namespace eventbook::http {

QByteArray securityHeaders() {
    return QByteArrayLiteral("X-Content-Type-Options: nosniff\r\n"
                             "Content-Security-Policy: default-src 'self'; img-src 'self' data: https:; "
                             "frame-ancestors 'none'; object-src 'none'; base-uri 'self'\r\n"
                             "Referrer-Policy: no-referrer\r\n"
                             "X-Frame-Options: DENY\r\n"
                             "Cross-Origin-Resource-Policy: same-origin\r\n");
}

} // namespace eventbook::http
