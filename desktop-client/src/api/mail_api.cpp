#include "mail_api.h"

#include "endpoint_reply.h"
#include "eventbook/common/mail_codecs.h"

#include <QJsonArray>
#include <memory>

namespace eventbook::client {
using endpoint::mapTo;

namespace {
MailSettings settingsFrom(const QJsonValue &v) {
    return codec::mailSettingsFromJson(v.toObject());
}
} // namespace

void MailApi::settings(ApiClient::Done<MailSettings> done) {
    m_api.callJson("GET", QStringLiteral("/api/profile/mail"), {}, mapTo<MailSettings>(std::move(done), settingsFrom));
}

void MailApi::updateSettings(const MailSettings &s, ApiClient::Done<MailSettings> done) {
    const QJsonObject body{{QStringLiteral("language"), s.language},
                           {QStringLiteral("reminders"), s.reminders},
                           {QStringLiteral("news"), s.news}};
    m_api.callJson("PUT", QStringLiteral("/api/profile/mail"), body, mapTo<MailSettings>(std::move(done), settingsFrom));
}

void MailApi::resetFeed(ApiClient::Done<MailSettings> done) {
    m_api.callJson("POST", QStringLiteral("/api/profile/calendar-feed/reset"), {},
                   mapTo<MailSettings>(std::move(done), settingsFrom));
}

void MailApi::eventCalendar(qint64 eventId, ApiClient::Done<QByteArray> done) {
    calendar(QStringLiteral("/api/events/%1/calendar.ics").arg(eventId), std::move(done));
}

void MailApi::bookingCalendar(qint64 bookingId, ApiClient::Done<QByteArray> done) {
    calendar(QStringLiteral("/api/bookings/%1/calendar.ics").arg(bookingId), std::move(done));
}

void MailApi::calendar(const QString &path, ApiClient::Done<QByteArray> done) {
    // A calendar file is a few kilobytes: gathered whole, then handed over.
    auto bytes = std::make_shared<QByteArray>();
    m_api.download(
        path,
        [bytes](const QByteArray &chunk) {
            bytes->append(chunk);
            return bytes->size() < 4 * 1024 * 1024;
        },
        [](qint64) {}, done.adapt<qint64>([done, bytes](const Result<qint64> &r) {
            if (!r)
                return done(r.error());
            done(*bytes);
        }));
}

void MailApi::overview(const QString &state, ApiClient::Done<MailOverview> done) {
    const QString path = state.isEmpty() ? QStringLiteral("/api/admin/mail")
                                         : QStringLiteral("/api/admin/mail?state=%1").arg(state);
    m_api.callJson("GET", path, {}, mapTo<MailOverview>(std::move(done), [](const QJsonValue &v) {
                       MailOverview o;
                       o.stats = codec::mailStatsFromJson(v.toObject().value(QStringLiteral("stats")).toObject());
                       for (const QJsonValue &m : v.toObject().value(QStringLiteral("mails")).toArray())
                           o.mails.append(codec::outboxEntryFromJson(m.toObject()));
                       return o;
                   }));
}

} // namespace eventbook::client
