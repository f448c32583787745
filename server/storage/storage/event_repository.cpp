#include "event_repository.h"

#include "time_codec.h"

namespace eventbook::storage {
namespace {
constexpr QChar kTagSeparator(0x1f); // tags never hold control characters (validation)

QString orderBy(EventSort sort) {
    switch (sort) {
    case EventSort::DateDesc:
        return QStringLiteral("e.starts_at DESC, e.id DESC");
    case EventSort::TitleAsc:
        return QStringLiteral("e.title ASC, e.id ASC");
    case EventSort::TitleDesc:
        return QStringLiteral("e.title DESC, e.id DESC");
    case EventSort::CreatedAsc:
        return QStringLiteral("e.created_at ASC, e.id ASC");
    case EventSort::CreatedDesc:
        return QStringLiteral("e.created_at DESC, e.id DESC");
    case EventSort::SeatsAsc:
        return QStringLiteral("e.available_slots ASC, e.starts_at ASC, e.id ASC");
    case EventSort::SeatsDesc:
        return QStringLiteral("e.available_slots DESC, e.starts_at ASC, e.id ASC");
    case EventSort::DateAsc:
        break;
    }
    return QStringLiteral("e.starts_at ASC, e.id ASC");
}
// The columns an admin edits, shared by insert and update.
void bindText(Query &q, const Event &e) {
    q.bind(QStringLiteral(":title"), e.title)
        .bind(QStringLiteral(":descr"),
              e.description.isNull() ? QString(QLatin1StringView("")) : e.description)
        .bind(QStringLiteral(":loc"), e.location)
        .bind(QStringLiteral(":starts"), toMs(e.date))
        .bind(QStringLiteral(":image"), e.image)
        .bind(QStringLiteral(":search"), EventRepository::searchText(e));
}
} // namespace

QString EventRepository::searchText(const Event &e) {
    const QString text = e.title + QLatin1Char('\n') + e.description + QLatin1Char('\n') + e.location +
                         QLatin1Char('\n') + e.tags.join(QLatin1Char('\n'));
    return text.toCaseFolded();
}

QString EventRepository::columns(Dialect dialect) {
    // Every event read asks for these; built once per dialect, not on each query.
    const auto build = [](Dialect d) -> QString { // QString, not a QStringBuilder of temporaries
        return QStringLiteral("e.id, e.title, e.description, e.location, e.starts_at, e.total_slots, "
                              "e.available_slots, e.image, e.created_by, e.created_at, e.updated_at, ") +
               SqlDialect(d).joined(QStringLiteral("tag"), 31, QStringLiteral("event_tags WHERE event_id = e.id"),
                                    QStringLiteral("position")) +
               QStringLiteral(", e.waitlist_count");
    };
    static const QString sqlite = build(Dialect::Sqlite);
    static const QString postgres = build(Dialect::Postgres);
    return dialect == Dialect::Sqlite ? sqlite : postgres;
}

Event EventRepository::readRow(const Query &q, int first) {
    Event e;
    e.id = q.value(first).toLongLong();
    e.title = q.value(first + 1).toString();
    e.description = q.value(first + 2).toString();
    e.location = q.value(first + 3).toString();
    e.date = fromMs(q.value(first + 4));
    e.totalSlots = q.value(first + 5).toInt();
    e.availableSlots = q.value(first + 6).toInt();
    e.image = q.value(first + 7).isNull() ? QString() : q.value(first + 7).toString();
    if (!q.value(first + 8).isNull())
        e.createdBy = q.value(first + 8).toLongLong();
    e.createdAt = fromMs(q.value(first + 9));
    e.updatedAt = fromMs(q.value(first + 10));
    const QString tags = q.value(first + 11).toString();
    if (!tags.isEmpty())
        e.tags = tags.split(kTagSeparator);
    e.waitlistCount = q.value(first + 12).toInt();
    return e;
}

Result<qint64> EventRepository::insert(const Event &e) {
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO events (title, description, location, starts_at, total_slots, available_slots, image, "
        "search_text, created_by, created_at, updated_at) VALUES (:title, :descr, :loc, :starts, :total, "
        ":total, :image, :search, :by, :now, :now) RETURNING id"));
    if (!q)
        return q.error();
    bindText(*q, e);
    q->bind(QStringLiteral(":total"), e.totalSlots)
        .bind(QStringLiteral(":by"), e.createdBy ? QVariant(*e.createdBy) : QVariant())
        .bind(QStringLiteral(":now"), e.createdAt.isValid() ? toMs(e.createdAt) : nowMs());
    const auto id = q->execReturningId("insert event");
    if (!id)
        return id;
    EB_TRY(insertTags(*id, e.tags));
    return id;
}

Result<void> EventRepository::insertTags(qint64 eventId, const QStringList &tags) {
    for (int i = 0; i < tags.size(); ++i) {
        auto q = m_db.prepare(QStringLiteral(
            "INSERT INTO event_tags (event_id, position, tag, tag_key) VALUES (:e, :p, :t, :k)"));
        if (!q)
            return q.error();
        q->bind(QStringLiteral(":e"), eventId)
            .bind(QStringLiteral(":p"), i)
            .bind(QStringLiteral(":t"), tags.at(i))
            .bind(QStringLiteral(":k"), tags.at(i).toCaseFolded());
        if (auto r = q->exec("insert event tag"); !r)
            return r;
    }
    return {};
}

Result<std::optional<Event>> EventRepository::findById(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + columns(m_db.dialect()) +
                          QStringLiteral(" FROM events e WHERE e.id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("find event"));
    if (!q->next())
        return std::optional<Event>();
    return std::optional<Event>(readRow(*q, 0));
}

Result<Event> EventRepository::get(qint64 id) {
    auto found = findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(ErrorCode::NotFound, QStringLiteral("Event not found"));
    return **found;
}

Result<EventPage> EventRepository::list(const EventQuery &query) {
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (!query.search.isEmpty())
        where += QStringLiteral(" AND ") + m_db.sql().contains(QStringLiteral("e.search_text"), QStringLiteral(":search"));
    if (!query.tag.isEmpty())
        where += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM event_tags t WHERE t.event_id = e.id AND t.tag_key = :tag)");
    if (query.fromMs)
        where += QStringLiteral(" AND e.starts_at >= :from");
    if (query.toMs)
        where += QStringLiteral(" AND e.starts_at <= :to");
    const auto bindFilters = [&](Query &q) {
        if (!query.search.isEmpty())
            q.bind(QStringLiteral(":search"), query.search);
        if (!query.tag.isEmpty())
            q.bind(QStringLiteral(":tag"), query.tag);
        if (query.fromMs)
            q.bind(QStringLiteral(":from"), *query.fromMs);
        if (query.toMs)
            q.bind(QStringLiteral(":to"), *query.toMs);
    };

    EventPage page;
    auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM events e") + where);
    if (!count)
        return count.error();
    bindFilters(*count);
    EB_TRY(count->exec("count events"));
    page.total = count->next() ? count->value(0).toLongLong() : 0;
    const qint64 offset = qint64(query.page - 1) * query.limit;
    if (page.total <= offset)
        return page;

    auto q = m_db.prepare(QStringLiteral("SELECT ") + columns(m_db.dialect()) +
                          QStringLiteral(" FROM events e") + where + QStringLiteral(" ORDER BY ") +
                          orderBy(query.sort) + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    if (!q)
        return q.error();
    bindFilters(*q);
    q->bind(QStringLiteral(":limit"), query.limit).bind(QStringLiteral(":offset"), offset);
    EB_TRY(q->exec("list events"));
    while (q->next())
        page.events.append(readRow(*q, 0));
    return page;
}

Result<bool> EventRepository::titleExists(const QString &title) {
    auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM events WHERE title = :t"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), title);
    EB_TRY(q->exec("find event by title"));
    return q->next();
}

Result<bool> EventRepository::update(const Event &e) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE events SET title = :title, description = :descr, location = :loc, starts_at = :starts, "
        "image = :image, search_text = :search, updated_at = :now WHERE id = :id"));
    if (!q)
        return q.error();
    bindText(*q, e);
    q->bind(QStringLiteral(":now"), nowMs()).bind(QStringLiteral(":id"), e.id);
    EB_TRY(q->exec("update event"));
    if (q->rowsAffected() == 0)
        return false;
    auto del = m_db.prepare(QStringLiteral("DELETE FROM event_tags WHERE event_id = :e"));
    if (!del)
        return del.error();
    del->bind(QStringLiteral(":e"), e.id);
    EB_TRY(del->exec("replace event tags"));
    EB_TRY(insertTags(e.id, e.tags));
    return true;
}

Result<bool> EventRepository::remove(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("DELETE FROM events WHERE id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("delete event"));
    return q->rowsAffected() > 0;
}

Result<EventRepository::Resize> EventRepository::resize(qint64 id, int totalSlots) {
    // One statement, evaluated against the latest row version under the row lock, so a
    // booking committing meanwhile is accounted for.
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE events SET available_slots = available_slots + (:total - total_slots), total_slots = :total, "
        "updated_at = :now WHERE id = :id AND available_slots + (:total - total_slots) >= 0"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":total"), totalSlots)
        .bind(QStringLiteral(":now"), nowMs())
        .bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("resize event"));
    if (q->rowsAffected() > 0)
        return Resize::Done;
    auto exists = findById(id);
    if (!exists)
        return exists.error();
    return exists->has_value() ? Resize::BelowBooked : Resize::NotFound;
}

Result<std::optional<int>> EventRepository::takeSlot(qint64 id) {
    // RETURNING gives the count this decrement left, so no second read is needed (SQLite ≥ 3.35).
    auto q = m_db.prepare(QStringLiteral("UPDATE events SET available_slots = available_slots - 1 "
                                         "WHERE id = :id AND available_slots > 0 RETURNING available_slots"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("take slot"));
    if (!q->next())
        return std::optional<int>();
    return std::optional<int>(q->value(0).toInt());
}

Result<void> EventRepository::returnSlot(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("UPDATE events SET available_slots = available_slots + 1 "
                                         "WHERE id = :id AND available_slots < total_slots"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    return q->exec("return slot");
}

Result<bool> EventRepository::lock(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM events WHERE id = :id") + m_db.sql().forUpdate());
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("lock event"));
    return q->next();
}

Result<int> EventRepository::addToWaitlistCount(qint64 id, int delta) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE events SET waitlist_count = waitlist_count + :d WHERE id = :id RETURNING waitlist_count"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":d"), delta).bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("count waiting list"));
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace eventbook::storage
