#include "live_feed.h"

namespace eventbook::services {
namespace {
// Keeps a NOTIFY payload well below PostgreSQL's 8000-byte limit: a title of 200 characters is
// at most 800 bytes, and a (user, notification) pair of ids at most 42.
constexpr qsizetype kRecipientsPerEvent = 150;
} // namespace

Result<void> LiveBatch::add(const LiveEvent &event) {
    if (!m_feed)
        return {};
    QList<LiveEvent> parts;
    if (event.kind == LiveEvent::Kind::Notification && event.recipients.size() > kRecipientsPerEvent) {
        for (qsizetype i = 0; i < event.recipients.size(); i += kRecipientsPerEvent)
            parts.append(LiveEvent::notification(event.title, event.type,
                                                 event.recipients.mid(i, kRecipientsPerEvent)));
    } else {
        parts.append(event);
    }
    for (const LiveEvent &part : parts) {
        EB_TRY(m_feed->stage(m_db, part));
        m_events.append(part);
    }
    return {};
}

void LiveBatch::publish() {
    if (m_feed && !m_events.isEmpty())
        m_feed->committed(m_events);
    m_events.clear();
}

} // namespace eventbook::services
