#include "scan_request.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace eventbook::http {
namespace k = eventbook::keys;

namespace {
constexpr qint64 kFutureSkewMs = 5 * 60 * 1000;
constexpr qint64 kOldestMs = 366LL * 24 * 3600 * 1000;

Error invalid(const QString &field, const QString &message) {
    return Error::make(ErrorCode::ValidationError, message,
                       QJsonArray{QJsonObject{{k::field, field}, {k::message, message}}});
}

std::optional<qint64> positiveId(const QJsonValue &v) {
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() <= 0)
        return std::nullopt;
    return v.toInteger();
}

// What a desk names itself by and what it names a scan by: printable, no spaces, bounded.
bool isToken(const QString &s, int min, int max) {
    static const QRegularExpression shape(QStringLiteral(R"(^[A-Za-z0-9._:@-]+$)"));
    return s.size() >= min && s.size() <= max && shape.match(s).hasMatch();
}

// Fields of one scan; `prefix` names an item of a batch in errors ("scans[3].nonce").
// `queued`: a scan a desk kept while offline. Its clock may run fast; refusing the scan would leave
// it in the desk's queue for ever, so a time ahead of the server's is taken as now.
Result<services::ScanInput> readItem(const QJsonObject &o, const QString &prefix, qint64 nowMs, bool queued) {
    services::ScanInput in;
    const QJsonValue secret = o.value(k::secret);
    const QJsonValue bookingId = o.value(k::bookingId);
    if (!secret.isUndefined() && !bookingId.isUndefined())
        return invalid(prefix + QStringLiteral("secret"), QStringLiteral("give secret or bookingId, not both"));
    if (!bookingId.isUndefined()) {
        const auto id = positiveId(bookingId);
        if (!id)
            return invalid(prefix + QStringLiteral("bookingId"), QStringLiteral("bookingId must be a positive id"));
        in.bookingId = *id;
    } else if (!secret.isString() || secret.toString().trimmed().isEmpty()) {
        return invalid(prefix + QStringLiteral("secret"), QStringLiteral("secret (the ticket's text) is required"));
    } else if (secret.toString().size() > 1024) {
        return invalid(prefix + QStringLiteral("secret"), QStringLiteral("secret is longer than any ticket"));
    } else {
        in.secret = secret.toString().trimmed();
    }
    const QJsonValue nonce = o.value(k::nonce);
    if (!nonce.isString() || !isToken(nonce.toString(), 8, 128))
        return invalid(prefix + QStringLiteral("nonce"),
                       QStringLiteral("nonce must be 8 to 128 letters, digits or . _ : @ - (one per scan)"));
    in.nonce = nonce.toString();
    const QJsonValue direction = o.value(k::direction);
    if (!direction.isUndefined()) {
        const auto d = checkin::directionFromName(direction.toString());
        if (!direction.isString() || !d)
            return invalid(prefix + QStringLiteral("direction"), QStringLiteral("direction must be entry or exit"));
        in.direction = *d;
    }
    const QJsonValue at = o.value(k::at);
    in.at = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    if (!at.isUndefined() && !at.isNull()) {
        const auto t = at.isString() ? codec::parseTime(at.toString()) : std::nullopt;
        if (!t)
            return invalid(prefix + QStringLiteral("at"),
                           QStringLiteral("at must be an ISO 8601 time with a zone, like 2026-12-05T18:30:00Z"));
        const qint64 ms = t->toMSecsSinceEpoch();
        if (ms > nowMs + kFutureSkewMs && queued) {
            in.at = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
            return in;
        }
        if (ms > nowMs + kFutureSkewMs)
            return invalid(prefix + QStringLiteral("at"), QStringLiteral("at lies in the future; check the desk's clock"));
        if (ms < nowMs - kOldestMs)
            return invalid(prefix + QStringLiteral("at"), QStringLiteral("at is more than a year ago"));
        in.at = t->toUTC();
    }
    return in;
}

Result<QString> readDevice(const QJsonObject &o) {
    const QJsonValue device = o.value(k::deviceId);
    if (!device.isString() || !isToken(device.toString(), 1, 64))
        return invalid(QStringLiteral("deviceId"),
                       QStringLiteral("deviceId must be 1 to 64 letters, digits or . _ : @ - naming the desk"));
    return device.toString();
}
} // namespace

Result<services::ScanInput> readScan(const QJsonObject &body, qint64 nowMs) {
    auto in = readItem(body, {}, nowMs, false);
    if (!in)
        return in.error();
    auto device = readDevice(body);
    if (!device)
        return device.error();
    in->deviceId = *device;
    const QJsonValue eventId = body.value(k::eventId);
    if (!eventId.isUndefined() && !eventId.isNull()) {
        const auto id = positiveId(eventId);
        if (!id)
            return invalid(QStringLiteral("eventId"), QStringLiteral("eventId must be a positive id"));
        in->deskEventId = *id;
    } else if (in->bookingId > 0) {
        return invalid(QStringLiteral("eventId"), QStringLiteral("a scan by bookingId needs the desk's eventId"));
    }
    return in;
}

Result<QList<services::ScanInput>> readBatch(const QJsonObject &body, qint64 nowMs) {
    auto device = readDevice(body);
    if (!device)
        return device.error();
    const auto eventId = positiveId(body.value(k::eventId));
    if (!eventId)
        return invalid(QStringLiteral("eventId"), QStringLiteral("eventId (the desk's event) must be a positive id"));
    const QJsonValue scans = body.value(k::scans);
    if (!scans.isArray())
        return invalid(QStringLiteral("scans"), QStringLiteral("scans must be an array of scans"));
    const QJsonArray items = scans.toArray();
    if (items.isEmpty() || items.size() > kMaxBatchScans)
        return invalid(QStringLiteral("scans"),
                       QStringLiteral("a batch holds 1 to %1 scans").arg(kMaxBatchScans));
    QList<services::ScanInput> out;
    out.reserve(items.size());
    QSet<QString> nonces;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = QStringLiteral("scans[%1].").arg(i);
        if (!items.at(i).isObject())
            return invalid(prefix.chopped(1), QStringLiteral("each scan must be an object"));
        const QJsonObject o = items.at(i).toObject();
        auto in = readItem(o, prefix, nowMs, true);
        if (!in)
            return in.error();
        const QJsonValue admitted = o.value(k::admitted);
        if (!admitted.isUndefined()) {
            if (!admitted.isBool())
                return invalid(prefix + QStringLiteral("admitted"),
                               QStringLiteral("admitted must be true or false (what the desk did offline)"));
            in->offlineAdmitted = admitted.toBool();
        }
        if (nonces.contains(in->nonce))
            return invalid(prefix + QStringLiteral("nonce"), QStringLiteral("two scans of the batch share a nonce"));
        nonces.insert(in->nonce);
        in->deviceId = *device;
        in->deskEventId = *eventId;
        out.append(*in);
    }
    return out;
}

} // namespace eventbook::http
