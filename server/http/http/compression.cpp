#include "compression.h"

#include <zlib.h>

namespace eventbook::http {
namespace {
bool compressible(const QByteArray &contentType) {
    return contentType.startsWith("application/json") || contentType.startsWith("application/yaml") ||
           contentType.startsWith("text/") || contentType.startsWith("image/svg+xml");
}

QByteArray headerValue(const HttpResponse &r, QByteArrayView name) {
    for (const auto &[n, v] : r.headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}
} // namespace

QByteArray gzipCompress(const QByteArray &data) {
    z_stream zs{};
    // 15 window bits + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

bool acceptsGzip(const QByteArray &acceptEncoding) {
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        if (coding != "gzip" && coding != "*")
            continue;
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed().toLower();
            if (param.startsWith("q=")) {
                bool ok = false;
                refused = param.mid(2).toDouble(&ok) <= 0.0 || !ok;
            }
        }
        if (!refused)
            return true;
    }
    return false;
}

void encodeForClient(HttpResponse &r, bool clientAcceptsGzip) {
    if (r.status == 304 || r.status == 204 || r.body.size() < kGzipMinBytes || !compressible(r.contentType) ||
        !headerValue(r, "Content-Encoding").isEmpty())
        return;
    r.setHeader("Vary", "Accept-Encoding");
    if (!clientAcceptsGzip)
        return;
    QByteArray packed = gzipCompress(r.body);
    if (packed.isEmpty())
        return;
    r.body = std::move(packed);
    r.setHeader("Content-Encoding", "gzip");
    if (const QByteArray etag = headerValue(r, "ETag"); etag.endsWith('"') && !etag.endsWith("-gzip\""))
        r.setHeader("ETag", etag.chopped(1) + "-gzip\"");
}

QByteArray identityEtag(QByteArray etag) {
    if (etag.endsWith("-gzip\""))
        etag = etag.chopped(6) + '"';
    return etag;
}

} // namespace eventbook::http
