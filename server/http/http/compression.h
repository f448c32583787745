#pragma once

#include "http_response.h"

#include <QByteArray>

namespace eventbook::http {

inline constexpr qsizetype kGzipMinBytes = 1024;

// gzip (RFC 1952) through zlib.
QByteArray gzipCompress(const QByteArray &data);
// True when an Accept-Encoding header accepts gzip (q=0 refuses it).
bool acceptsGzip(const QByteArray &acceptEncoding);
// A text body of at least 1 KB is sent gzipped to a client that accepts it, with
// `Vary: Accept-Encoding` either way; its ETag gets a "-gzip" variant so the two encodings never
// share a validator. Does nothing to a body already encoded, a 304 or a small body.
void encodeForClient(HttpResponse &response, bool clientAcceptsGzip);
// The identity ETag of a possibly "-gzip" ETag, for If-None-Match comparisons.
QByteArray identityEtag(QByteArray etag);

} // namespace eventbook::http
