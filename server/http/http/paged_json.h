#pragma once

#include "eventbook/common/json_keys.h"
#include "query_params.h"

#include <QJsonArray>
#include <QJsonObject>

namespace eventbook::http {

// {<listKey>: [...], total, page, limit, totalPages}: the shape of every paged list of API.md.
inline QJsonObject pagedJson(QLatin1StringView listKey, const QJsonArray &items, qint64 total,
                             const Paging &paging) {
    const qint64 pages = total == 0 ? 0 : (total + paging.limit - 1) / paging.limit;
    return QJsonObject{{listKey, items},
                       {keys::total, total},
                       {keys::page, paging.page},
                       {keys::limit, paging.limit},
                       {keys::totalPages, pages}};
}

} // namespace eventbook::http
