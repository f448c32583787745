#include "checkin_service.h"

#include "eventbook/common/checkin_codecs.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "manifest_cursor.h"
#include "storage/checkin_repository.h"
#include "storage/database.h"
#include "storage/time_codec.h"
#include "storage/transaction.h"

namespace eventbook::services {
using namespace eventbook::storage;
using checkin::Verdict;
namespace k = eventbook::keys;

namespace {
ScanAnswer refusal(Verdict verdict, const ScanInput &input) {
    ScanAnswer a;
    a.verdict = verdict;
    a.scan.nonce = input.nonce;
    a.scan.deviceId = input.deviceId;
    a.scan.direction = input.direction;
    a.scan.verdict = verdict;
    a.scan.scannedAt = input.at;
    a.scan.eventId = input.deskEventId;
    return a;
}

QJsonObject checkinMessage(const ScanAnswer &a) {
    QJsonObject o{{k::eventId, a.scan.eventId},
                  {k::bookingId, a.scan.bookingId},
                  {k::result, checkin::verdictName(a.verdict)},
                  {k::direction, checkin::directionName(a.scan.direction)},
                  {k::deviceId, a.scan.deviceId},
                  {k::offline, a.scan.offline},
                  {k::at, codec::formatTime(a.scan.scannedAt)}};
    if (a.ticket)
        o.insert(k::ticket, codec::ticketState(*a.ticket));
    return o;
}
} // namespace

std::optional<qint64> CheckinService::ticketEvent(const QString &secret) const {
    auto claims = m_signer.verify(secret);
    if (!claims)
        return std::nullopt;
    return claims->eventId;
}

Result<ScanAnswer> CheckinService::scanOne(const ScanInput &input, const Actor &actor) {
    qint64 bookingId = input.bookingId;
    if (bookingId <= 0) {
        auto claims = m_signer.verify(input.secret);
        if (!claims)
            return refusal(claims.error().code == ErrorCode::Forbidden ? Verdict::Forged : Verdict::Invalid, input);
        bookingId = claims->bookingId;
    }
    // Two uploads of one scan at once: the loser's insert finds the nonce taken, and its second
    // attempt answers with the winner's scan.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto answer = decideOnce(input, bookingId, actor);
        if (!answer)
            return answer.error();
        if (answer->has_value())
            return **answer;
    }
    return Error::make(ErrorCode::Conflict, QStringLiteral("This scan is being recorded by another request"));
}

Result<ScanAnswer> CheckinService::redeem(const ScanInput &input, const Actor &actor) {
    auto answer = scanOne(input, actor);
    if (answer && answer->scan.id > 0 && !answer->replayed) {
        if (auto o = occupancy(answer->scan.eventId)) {
            answer->occupancy = *o;
            publishOccupancy(*o);
        }
    }
    return answer;
}

Result<std::optional<ScanAnswer>> CheckinService::decideOnce(const ScanInput &input, qint64 bookingId,
                                                              const Actor &actor) {
    using Out = std::optional<ScanAnswer>;
    return withTransaction(m_db, [&](Transaction &tx) -> Result<Out> {
        CheckinRepository repo(m_db);
        auto locked = repo.lockTicket(bookingId);
        if (!locked)
            return locked.error();
        if (!locked->has_value()) // signed, but the booking is gone (its event or account deleted)
            return Out(refusal(Verdict::Revoked, input));
        const checkin::TicketState before = **locked;
        // Looked up under the ticket's lock: a retry racing its original waits for it and then
        // finds it.
        auto earlier = repo.findScan(input.nonce);
        if (!earlier)
            return earlier.error();
        if (earlier->has_value()) {
            const checkin::Scan &scan = **earlier;
            if (scan.bookingId != bookingId || scan.direction != input.direction)
                return Error::make(ErrorCode::Conflict,
                                   QStringLiteral("This nonce was used for another scan; each scan needs its own"));
            ScanAnswer a;
            a.verdict = scan.verdict;
            a.replayed = true;
            a.ticket = before;
            a.scan = scan;
            return Out(a);
        }
        const Verdict verdict = checkin::decide(before, input.deskEventId, input.direction, input.offlineAdmitted);
        if (verdict == Verdict::WrongEvent) // not this event's business: nothing is recorded
            return Out(refusal(verdict, input));
        ScanAnswer a;
        a.verdict = verdict;
        a.ticket = checkin::apply(before, verdict, input.at, input.deviceId);
        if (verdict == Verdict::AlreadyInside || verdict == Verdict::Conflict)
            a.before = before;
        if (a.ticket->entries != before.entries || a.ticket->inside != before.inside ||
            a.ticket->conflict != before.conflict)
            EB_TRY(repo.saveTicket(*a.ticket));
        a.scan.eventId = before.eventId;
        a.scan.bookingId = bookingId;
        a.scan.nonce = input.nonce;
        a.scan.deviceId = input.deviceId;
        a.scan.direction = input.direction;
        a.scan.verdict = verdict;
        a.scan.offline = input.offlineAdmitted.has_value();
        a.scan.scannedAt = input.at;
        a.scan.recordedAt = fromMs(nowMs());
        a.scan.recordedBy = actor.id;
        a.scan.holder = before.holder;
        auto id = repo.insertScan(a.scan);
        if (!id)
            return id.error();
        if (!id->has_value())
            return Out(); // rolled back; the caller tries again
        a.scan.id = **id;
        LiveBatch live(m_live, m_db);
        EB_TRY(live.add(LiveEvent::team(LiveEvent::Kind::Checkin, before.eventId, checkinMessage(a))));
        EB_TRY(tx.commit());
        live.publish();
        return Out(a);
    });
}

Result<QList<ScanAnswer>> CheckinService::batch(const QList<ScanInput> &scans, const Actor &actor) {
    QList<ScanAnswer> out;
    out.reserve(scans.size());
    QSet<qint64> events;
    for (const ScanInput &input : scans) {
        auto answer = scanOne(input, actor);
        if (!answer) {
            if (answer.error().code != ErrorCode::Conflict)
                return answer.error(); // the database failed: the desk keeps its queue and retries
            ScanAnswer refused = refusal(Verdict::Invalid, input);
            refused.refusal = answer.error().message; // a nonce reused for another scan
            out.append(refused);
            continue;
        }
        if (answer->scan.id > 0)
            events.insert(answer->scan.eventId);
        out.append(*answer);
    }
    for (qint64 eventId : std::as_const(events)) {
        auto o = occupancy(eventId);
        if (!o)
            continue;
        publishOccupancy(*o);
        for (ScanAnswer &a : out) {
            if (a.scan.eventId == eventId && a.scan.id > 0)
                a.occupancy = *o;
        }
    }
    return out;
}

void CheckinService::publishOccupancy(const checkin::Occupancy &o) {
    // After the commit, so the counts include this scan; `scans` orders answers that cross.
    LiveBatch live(m_live, m_db);
    if (live.add(LiveEvent::team(LiveEvent::Kind::Occupancy, o.eventId, codec::occupancy(o))))
        live.publish();
}

Result<checkin::Occupancy> CheckinService::occupancy(qint64 eventId) {
    return m_db.withRetry([&] { return CheckinRepository(m_db).occupancy(eventId); });
}

Result<ManifestPage> CheckinService::manifest(qint64 eventId, const QString &cursorText, int limit) {
    auto cursor = ManifestCursor::decode(cursorText, m_db.sql());
    if (!cursor)
        return cursor.error();
    return m_db.withRetry([&]() -> Result<ManifestPage> {
        CheckinRepository repo(m_db);
        ManifestCursor at = *cursor;
        if (at.until.isEmpty()) { // the first page of a listing: the mark it will end at
            auto mark = repo.currentMark();
            if (!mark)
                return mark.error();
            at.until = *mark;
        }
        auto rows = repo.tickets(eventId, at.afterId, limit + 1, at.since);
        if (!rows)
            return rows.error();
        ManifestPage page;
        page.tickets = *rows;
        if (page.tickets.size() > limit) {
            page.tickets.resize(limit);
            ManifestCursor next = at;
            next.afterId = page.tickets.last().bookingId;
            page.next = next.encode();
        } else {
            page.cursor = ManifestCursor{{}, at.until, 0}.encode();
        }
        return page;
    });
}

Result<QList<checkin::TicketState>> CheckinService::search(qint64 eventId, const QString &needle) {
    return m_db.withRetry([&] { return CheckinRepository(m_db).search(eventId, needle, 20); });
}

Result<QList<std::pair<checkin::TicketState, QList<checkin::Scan>>>> CheckinService::conflicts(qint64 eventId) {
    using Out = QList<std::pair<checkin::TicketState, QList<checkin::Scan>>>;
    return m_db.withRetry([&]() -> Result<Out> {
        CheckinRepository repo(m_db);
        auto flagged = repo.conflicts(eventId);
        if (!flagged)
            return flagged.error();
        Out out;
        for (const checkin::TicketState &t : std::as_const(*flagged)) {
            auto scans = repo.scansOf(t.bookingId);
            if (!scans)
                return scans.error();
            out.append({t, *scans});
        }
        return out;
    });
}

Result<QList<checkin::Scan>> CheckinService::scanPage(qint64 eventId, qint64 afterId, int limit) {
    return m_db.withRetry([&] { return CheckinRepository(m_db).scanPage(eventId, afterId, limit); });
}

} // namespace eventbook::services
