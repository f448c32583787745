#include "occupancy_gate.h"

#include "eventbook/common/checkin_codecs.h"
#include "eventbook/common/json_keys.h"
#include "live_feed.h"
#include "storage/checkin_repository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <utility>

namespace eventbook::services {
namespace k = eventbook::keys;

namespace {
// A notification stays far below PostgreSQL's 8000 bytes with a dozen scans in it.
constexpr qsizetype kScansPerMessage = 12;
} // namespace

void OccupancyGate::post(qint64 eventId, const QList<QJsonObject> &scans) {
    {
        QMutexLocker lock(&m_mutex);
        Slot &slot = m_slots[eventId];
        slot.pending += scans;
        if (slot.running)
            return; // the running task reads again before it stops, and takes these
        slot.running = true;
    }
    m_run([this, eventId] { publish(eventId); });
}

void OccupancyGate::publish(qint64 eventId) {
    for (;;) {
        QList<QJsonObject> scans;
        {
            QMutexLocker lock(&m_mutex);
            Slot &slot = m_slots[eventId];
            if (slot.pending.isEmpty()) {
                slot.running = false;
                return;
            }
            scans = std::exchange(slot.pending, {});
        }
        // Read after the scans' commits; `scans` (the count) orders OCCUPANCY messages that cross.
        auto figures = m_db.withRetry([&] { return storage::CheckinRepository(m_db).occupancy(eventId); });
        if (!m_live)
            continue;
        QList<LiveEvent> events;
        for (qsizetype i = 0; i < scans.size(); i += kScansPerMessage) {
            QJsonArray group;
            for (const QJsonObject &scan : scans.mid(i, kScansPerMessage))
                group.append(scan);
            events.append(LiveEvent::team(LiveEvent::Kind::Checkin, eventId, QJsonObject{{k::scans, group}}));
        }
        if (figures)
            events.append(LiveEvent::team(LiveEvent::Kind::Occupancy, eventId, codec::occupancy(*figures)));
        // One commit for all of them: a busy door must not queue the cluster's notifying commits.
        if (m_live->stageAll(m_db, events))
            m_live->committed(events);
    }
}

} // namespace eventbook::services
