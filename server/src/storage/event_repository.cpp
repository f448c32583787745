#include "event_repository.h"

#include "time_codec.h"

namespace eventbook::storage {

QString EventRepository::searchText(const Event &e) {
    const QString text = e.title + QLatin1Char('\n') + e.description + QLatin1Char('\n') + e.location +
                         QLatin1Char('\n') + e.tags.join(QLatin1Char('\n'));
    return text.toCaseFolded();
}

Result<qint64> EventRepository::insert(const Event &e) {
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO events (title, description, location, starts_at, total_slots, available_slots, image, "
        "search_text, created_by, created_at, updated_at) VALUES (:title, :descr, :loc, :starts, :total, "
        ":total, "
        ":image, :search, :by, :now, :now) RETURNING id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":title"), e.title)
        .bind(QStringLiteral(":descr"),
              e.description.isNull() ? QString(QLatin1StringView("")) : e.description)
        .bind(QStringLiteral(":loc"), e.location)
        .bind(QStringLiteral(":starts"), toMs(e.date))
        .bind(QStringLiteral(":total"), e.totalSlots)
        .bind(QStringLiteral(":image"), e.image)
        .bind(QStringLiteral(":search"), searchText(e))
        .bind(QStringLiteral(":by"), e.createdBy ? QVariant(*e.createdBy) : QVariant())
        .bind(QStringLiteral(":now"), nowMs());
    const auto id = q->execReturningId("insert event");
    if (!id)
        return id;
    if (auto r = insertTags(*id, e.tags); !r)
        return r.error();
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
    auto q = m_db.prepare(QStringLiteral("SELECT id, title, description, location, starts_at, total_slots, "
                                         "available_slots, image, created_by, "
                                         "created_at, updated_at FROM events WHERE id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    if (auto r = q->exec("find event"); !r)
        return r.error();
    if (!q->next())
        return std::optional<Event>();
    Event e;
    e.id = q->value(0).toLongLong();
    e.title = q->value(1).toString();
    e.description = q->value(2).toString();
    e.location = q->value(3).toString();
    e.date = fromMs(q->value(4));
    e.totalSlots = q->value(5).toInt();
    e.availableSlots = q->value(6).toInt();
    e.image = q->value(7).isNull() ? QString() : q->value(7).toString();
    if (!q->value(8).isNull())
        e.createdBy = q->value(8).toLongLong();
    e.createdAt = fromMs(q->value(9));
    e.updatedAt = fromMs(q->value(10));
    auto tags =
        m_db.prepare(QStringLiteral("SELECT tag FROM event_tags WHERE event_id = :e ORDER BY position"));
    if (!tags)
        return tags.error();
    tags->bind(QStringLiteral(":e"), id);
    if (auto r = tags->exec("event tags"); !r)
        return r.error();
    while (tags->next())
        e.tags.append(tags->value(0).toString());
    return std::optional<Event>(e);
}

Result<bool> EventRepository::titleExists(const QString &title) {
    auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM events WHERE title = :t"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), title);
    if (auto r = q->exec("find event by title"); !r)
        return r.error();
    return q->next();
}

} // namespace eventbook::storage
