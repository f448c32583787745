#include "event_controller.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/validation.h"
#include "http/compression.h"
#include "http/endpoint.h"
#include "eventbook/common/page_codecs.h"
#include "http/query_params.h"
#include "services/data_version.h"
#include "services/event_service.h"

#include <QHash>
#include <QJsonArray>

namespace eventbook::http {
namespace k = eventbook::keys;

namespace {
std::optional<EventSort> parseSort(const QString &text) {
    static const QHash<QString, EventSort> sorts{
        {QString(), EventSort::DateAsc},
        {QStringLiteral("date"), EventSort::DateAsc},
        {QStringLiteral("-date"), EventSort::DateDesc},
        {QStringLiteral("title"), EventSort::TitleAsc},
        {QStringLiteral("-title"), EventSort::TitleDesc},
        {QStringLiteral("created"), EventSort::CreatedAsc},
        {QStringLiteral("-created"), EventSort::CreatedDesc},
        {QStringLiteral("createdAt"), EventSort::CreatedAsc},
        {QStringLiteral("-createdAt"), EventSort::CreatedDesc},
        {QStringLiteral("availableSlots"), EventSort::SeatsAsc},
        {QStringLiteral("-availableSlots"), EventSort::SeatsDesc},
    };
    const auto it = sorts.constFind(text);
    if (it == sorts.constEnd())
        return std::nullopt;
    return *it;
}

// A cached page as the answer, with ETag / If-None-Match (each encoding has its own validator;
// either one revalidates).
HttpResponse pageResponse(const PageCache::Page &page, const HttpRequest &request) {
    const bool gzipped = !page.gzipBody.isEmpty() && acceptsGzip(request.header("accept-encoding"));
    HttpResponse response;
    response.setHeader("ETag", gzipped ? page.etag.chopped(1) + "-gzip\"" : page.etag);
    response.setHeader("Cache-Control", "no-cache");
    if (!page.gzipBody.isEmpty())
        response.setHeader("Vary", "Accept-Encoding");
    if (PageCache::matches(request.header("if-none-match"), page.etag)) {
        response.status = 304;
        return response;
    }
    if (gzipped) {
        response.setHeader("Content-Encoding", "gzip");
        response.body = page.gzipBody;
    } else {
        response.body = page.body;
    }
    return response;
}

// Serves `key` from the page cache when the data has not changed since it was filled; `build`
// makes the page on a miss. Runs on the pool.
HttpResponse cachedPage(ControllerContext &ctx, const Call &c, const QByteArray &key,
                        const std::function<HttpResponse()> &build) {
    // The version is read before the data, so a page is never filed under a newer version
    // than the data it holds.
    auto version = services::DataVersion(ctx.database).current();
    if (!version)
        return HttpResponse::error(version.error());
    auto page = ctx.pages.find(key, *version);
    if (!page) {
        HttpResponse fresh = build();
        if (fresh.status != 200)
            return fresh;
        page = ctx.pages.store(key, *version, fresh.body);
    }
    return pageResponse(*page, c.request);
}

// The main thread's try at the same page, where the data version is a local read (SQLite; see
// Database::localDataVersion). Otherwise, on a miss or any failure, the request goes to the pool.
std::optional<HttpResponse> cachedOnMainThread(ControllerContext &ctx, const HttpRequest &request,
                                               const QByteArray &key) {
    const std::optional<QByteArray> version = services::DataVersion(ctx.database).local();
    if (!version)
        return std::nullopt;
    auto page = ctx.pages.find(key, *version);
    if (!page)
        return std::nullopt;
    return pageResponse(*page, request);
}

HttpResponse validationFailure(const validation::FieldErrors &errors) {
    return HttpResponse::error(
        Error::make(ErrorCode::ValidationError, errors.first().message, validation::toJson(errors)));
}

// Parses and checks an event body; on success fills `draft`.
std::optional<HttpResponse> readDraft(const Call &c, bool partial, EventDraft &draft) {
    auto body = c.body();
    if (!body)
        return HttpResponse::error(body.error());
    if (auto errors = validation::checkEventFields(*body, partial); !errors.isEmpty())
        return validationFailure(errors);
    draft = codec::eventDraftFromJson(*body);
    if (partial && codec::eventDraft(draft).isEmpty())
        return HttpResponse::error(
            ErrorCode::ValidationError,
            QStringLiteral("Nothing to update: give at least one of title, description, location, date, "
                           "totalSlots, tags, image"));
    return std::nullopt;
}

struct ListRequest {
    EventQuery query;
    Paging paging;
    QByteArray key; // the page cache's key: the normalised query
};

Result<ListRequest> parseList(const HttpRequest &request) {
    QueryParams p(request);
    ListRequest list;
    EventQuery &query = list.query;
    list.paging = p.paging(6, 50);
    query.page = list.paging.page;
    query.limit = list.paging.limit;
    query.search = p.text(QStringLiteral("search")).toCaseFolded();
    query.tag = p.text(QStringLiteral("tag"), 200).toCaseFolded();
    query.fromMs = p.timeMs(QStringLiteral("from"), false);
    query.toMs = p.timeMs(QStringLiteral("to"), true);
    const QString sortText = p.text(QStringLiteral("sort"), 40);
    const auto sort = parseSort(sortText);
    if (!p.ok())
        return p.error();
    if (!sort)
        return Error::make(
            ErrorCode::ValidationError,
            QStringLiteral("sort must be one of date, -date, title, -title, createdAt, -createdAt, "
                           "availableSlots, -availableSlots"));
    query.sort = *sort;
    list.key = "list\x1f" + QByteArray::number(query.page) + '\x1f' + QByteArray::number(query.limit) +
               '\x1f' + query.search.toUtf8() + '\x1f' + query.tag.toUtf8() + '\x1f' +
               QByteArray::number(query.fromMs.value_or(-1)) + '\x1f' +
               QByteArray::number(query.toMs.value_or(-1)) + '\x1f' + QByteArray::number(int(query.sort));
    return list;
}

HttpResponse listEvents(ControllerContext &ctx, Call &c) {
    auto list = parseList(c.request);
    if (!list)
        return HttpResponse::error(list.error());
    return cachedPage(ctx, c, list->key, [&]() {
        auto page = services::EventService(ctx.database, ctx.live).list(list->query);
        if (!page)
            return HttpResponse::error(page.error());
        page->setPosition(list->paging.page, list->paging.limit);
        return HttpResponse::ok(codec::eventPage(*page));
    });
}

QByteArray detailKey(qint64 id) {
    return "event\x1f" + QByteArray::number(id);
}
} // namespace

void EventController::registerRoutes(Router &router, ControllerContext &ctx) {
    addCachedEndpoint(
        router, ctx, QStringLiteral("/api/events"),
        [&ctx](const HttpRequest &request) -> std::optional<HttpResponse> {
            auto list = parseList(request);
            return list ? cachedOnMainThread(ctx, request, list->key) : std::nullopt;
        },
        [&ctx](Call &c) { return listEvents(ctx, c); });

    addCachedEndpoint(
        router, ctx, QStringLiteral("/api/events/:id"),
        [&ctx](const HttpRequest &request) -> std::optional<HttpResponse> {
            auto id = Call{request, {}}.pathId(QStringLiteral("Event"));
            return id ? cachedOnMainThread(ctx, request, detailKey(*id)) : std::nullopt;
        },
        [&ctx](Call &c) {
            auto id = c.pathId(QStringLiteral("Event"));
            if (!id)
                return HttpResponse::error(id.error());
            return cachedPage(ctx, c, detailKey(*id), [&]() {
                auto event = services::EventService(ctx.database, ctx.live).get(*id);
                return HttpResponse::from(event, [](const Event &e) { return codec::event(e); });
            });
        });

    addEndpoint(
        router, ctx, "POST", QStringLiteral("/api/events"), Access::role(Role::Organiser),
        [&ctx](Call &c) {
            EventDraft draft;
            if (auto failed = readDraft(c, false, draft))
                return *failed;
            auto event = services::EventService(ctx.database, ctx.live).create(draft, c.actor());
            return HttpResponse::from(
                event, [](const Event &e) { return codec::event(e); }, 201);
        },
        Executor::Pool::Database, kImageBodyLimit);

    for (const QByteArray &method : {QByteArray("PUT"), QByteArray("PATCH")}) {
        const bool replace = method == "PUT";
        addEndpoint(
            router, ctx, method, QStringLiteral("/api/events/:id"), Access::onEvent(Role::Organiser),
            [&ctx, replace](Call &c) {
                auto id = c.pathId(QStringLiteral("Event"));
                if (!id)
                    return HttpResponse::error(id.error());
                EventDraft draft;
                if (auto failed = readDraft(c, !replace, draft))
                    return *failed;
                auto event =
                    services::EventService(ctx.database, ctx.live).update(*id, draft, replace, c.actor());
                return HttpResponse::from(event, [](const Event &e) { return codec::event(e); });
            },
            Executor::Pool::Database, kImageBodyLimit);
    }

    addEndpoint(router, ctx, "DELETE", QStringLiteral("/api/events/:id"), Access::onEvent(Role::Organiser), [&ctx](Call &c) {
        auto id = c.pathId(QStringLiteral("Event"));
        if (!id)
            return HttpResponse::error(id.error());
        auto removed = services::EventService(ctx.database, ctx.live).remove(*id, c.actor());
        if (!removed)
            return HttpResponse::error(removed.error());
        return HttpResponse::ok(
            QJsonObject{{k::id, *id}, {k::cancelledBookings, qint64(removed->cancelled.size())}}, 200,
            QStringLiteral("Event deleted"));
    });
}

} // namespace eventbook::http
