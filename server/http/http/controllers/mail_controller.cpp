#include "mail_controller.h"

#include "eventbook/common/mail_codecs.h"
#include "http/endpoint.h"
#include "services/calendar_service.h"

#include <QJsonArray>

namespace eventbook::http {

namespace {
QJsonObject settingsJson(const MailSettings &s) {
    return codec::mailSettings(s);
}

Result<MailSettings> readSettings(const QJsonObject &body, MailSettings current) {
    QJsonArray errors;
    const auto bad = [&](const QString &field, const QString &message) {
        errors.append(QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}});
    };
    if (body.contains(QStringLiteral("language"))) {
        if (!body.value(QStringLiteral("language")).isString())
            bad(QStringLiteral("language"), QStringLiteral("language must be en, de or fr"));
        else
            current.language = body.value(QStringLiteral("language")).toString();
    }
    for (const QString &key : {QStringLiteral("reminders"), QStringLiteral("news")}) {
        if (!body.contains(key))
            continue;
        if (!body.value(key).isBool()) {
            bad(key, QStringLiteral("%1 must be true or false").arg(key));
            continue;
        }
        (key == QLatin1String("reminders") ? current.reminders : current.news) = body.value(key).toBool();
    }
    if (!errors.isEmpty())
        return Error::make(ErrorCode::ValidationError, errors.first().toObject().value(QStringLiteral("message")).toString(),
                           errors);
    return current;
}

HttpResponse page(const QString &title, const QString &body, int status = 200) {
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body "
                            "style=\"font-family:sans-serif;max-width:32em;margin:3em auto\"><h1>%1</h1>%2</body></html>")
                 .arg(title.toHtmlEscaped(), body)
                 .toUtf8();
    r.setHeader("Cache-Control", "no-store");
    return r;
}

QString listName(const QString &list) {
    return list == QLatin1String("news") ? QStringLiteral("news and announcements") : QStringLiteral("reminders");
}
} // namespace

void MailController::registerRoutes(Router &router, ControllerContext &ctx) {
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/profile/mail"), Access::SignedIn, [&ctx](Call &c) {
        return HttpResponse::from(services::CalendarService(ctx.database, ctx.mail).settings(c.user.id), settingsJson);
    });
    addEndpoint(router, ctx, "PUT", QStringLiteral("/api/profile/mail"), Access::SignedIn, [&ctx](Call &c) {
        auto body = c.body();
        if (!body)
            return HttpResponse::error(body.error());
        services::CalendarService calendar(ctx.database, ctx.mail);
        auto current = calendar.settings(c.user.id);
        if (!current)
            return HttpResponse::error(current.error());
        auto wanted = readSettings(*body, *current);
        if (!wanted)
            return HttpResponse::error(wanted.error());
        return HttpResponse::from(calendar.updateSettings(c.user.id, *wanted, c.actor()), settingsJson);
    });
    addEndpoint(router, ctx, "POST", QStringLiteral("/api/profile/calendar-feed/reset"), Access::SignedIn,
                [&ctx](Call &c) {
                    return HttpResponse::from(
                        services::CalendarService(ctx.database, ctx.mail).resetFeed(c.user.id, c.actor()), settingsJson);
                });
    // A mail client's or a person's click: GET only shows the question (link checkers and
    // previews fetch links), POST answers it.
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/mail/unsubscribe/:token"), Access::Public, [](Call &c) {
        const QString list = c.request.queryValue(QStringLiteral("list"));
        if (list != QLatin1String("reminders") && list != QLatin1String("news"))
            return page(QStringLiteral("Unsubscribe"), QStringLiteral("<p>This link is not complete.</p>"), 400);
        return page(QStringLiteral("Unsubscribe"),
                    QStringLiteral("<p>Stop receiving %1 from EventBook? Confirmations of your bookings still "
                                   "come.</p><form method=\"post\"><button type=\"submit\">Unsubscribe</button></form>")
                        .arg(listName(list).toHtmlEscaped()));
    });
    addEndpoint(router, ctx, "POST", QStringLiteral("/api/mail/unsubscribe/:token"), Access::Public, [&ctx](Call &c) {
        const QString list = c.request.queryValue(QStringLiteral("list"));
        auto done = services::CalendarService(ctx.database, ctx.mail)
                        .unsubscribe(c.request.params.value(QStringLiteral("token")), list);
        if (!done)
            return page(QStringLiteral("Unsubscribe"), QStringLiteral("<p>%1</p>").arg(done.error().message.toHtmlEscaped()),
                        done.error().code == ErrorCode::NotFound ? 404 : 400);
        return page(QStringLiteral("Unsubscribed"),
                    QStringLiteral("<p>You will get no more %1. You can turn them on again in the EventBook app, "
                                   "under Profile.</p>")
                        .arg(listName(list).toHtmlEscaped()));
    });
    addEndpoint(router, ctx, "GET", QStringLiteral("/api/admin/mail"), Access::Admin, [&ctx](Call &c) {
        const QString state = c.request.queryValue(QStringLiteral("state"));
        static const QStringList states{QString(), QStringLiteral("queued"), QStringLiteral("sent"),
                                        QStringLiteral("failed"), QStringLiteral("dropped")};
        if (!states.contains(state))
            return HttpResponse::error(ErrorCode::ValidationError,
                                       QStringLiteral("state must be queued, sent, failed or dropped"));
        auto stats = ctx.mailer.stats();
        if (!stats)
            return HttpResponse::error(stats.error());
        auto recent = ctx.mailer.recent(state, 100);
        if (!recent)
            return HttpResponse::error(recent.error());
        QJsonArray mails;
        for (const OutboxEntry &e : std::as_const(*recent))
            mails.append(codec::outboxEntry(e));
        return HttpResponse::ok(QJsonObject{{QStringLiteral("stats"), codec::mailStats(*stats)},
                                            {QStringLiteral("mails"), mails}});
    });
}

} // namespace eventbook::http
