#include "checkin_service.h"

#include <QJsonArray>

#include "eventbook/common/checkin_codecs.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "door_memory.h"
#include "door_scan.h"
#include "manifest_cursor.h"
#include "storage/checkin_repository.h"
#include "storage/role_repository.h"
#include "storage/user_repository.h"
#include "token_admission.h"
#include "storage/database.h"
#include "storage/scan_writer.h"
#include "storage/time_codec.h"
#include "storage/transaction.h"

namespace eventbook::services {
using namespace eventbook::storage;
using checkin::Verdict;
namespace k = eventbook::keys;

namespace {
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
// The door's rule for a caller whose row was read: at least staff, and a scope on the desk's event.
Result<Actor> doorStanding(const DoorCaller &caller, const std::optional<UserAccess> &row,
                           const std::optional<Role> &scope, std::optional<qint64> eventId) {
    auto user = admitToken(caller.claims, row ? &*row : nullptr);
    if (!user)
        return user.error();
    if (user->role < Role::Staff)
        return roleRequired(Role::Staff);
    if (eventId) {
        if (auto standing = standingOnEvent(*user, scope, Role::Staff); !standing)
            return standing.error();
    }
    return Actor{user->id, user->isAdmin, caller.ip, user->role};
}
} // namespace

Result<Actor> CheckinService::admit(const DoorCaller &caller, std::optional<qint64> eventId) {
    std::optional<UserAccess> row;
    std::optional<Role> scope;
    auto read = m_db.withRetry([&]() -> Result<void> {
        auto access = UserRepository(m_db).accessOf(caller.claims.userId, caller.claims.sessionId);
        if (!access)
            return access.error();
        row = *access;
        if (eventId && row && row->role != Role::Admin) {
            auto found = RoleRepository(m_db).scopeOn(caller.claims.userId, *eventId);
            if (!found)
                return found.error();
            scope = *found;
        }
        return {};
    });
    if (!read)
        return read.error();
    return doorStanding(caller, row, scope, eventId);
}

Result<ScanAnswer> CheckinService::scanOne(const ScanInput &given, Actor actor, const DoorCaller *unchecked) {
    qint64 bookingId = given.bookingId;
    qint64 signedEvent = 0;
    std::optional<ScanInput> resolved; // a scan that names no desk event is for the ticket's own
    if (bookingId <= 0) {
        auto claims = m_signer.verify(given.secret);
        if (!claims) {
            if (unchecked) { // no ticket to read the caller with
                const auto event = given.deskEventId > 0 ? std::optional<qint64>(given.deskEventId) : std::nullopt;
                if (auto who = admit(*unchecked, event); !who)
                    return who.error();
            }
            return refusal(claims.error().code == ErrorCode::Forbidden ? Verdict::Forged : Verdict::Invalid, given);
        }
        bookingId = claims->bookingId;
        signedEvent = claims->eventId;
        if (given.deskEventId == 0) {
            resolved = given;
            resolved->deskEventId = claims->eventId;
        }
    }
    const ScanInput &input = resolved ? *resolved : given;
    // First on what this server remembers (one statement); if the database has something else,
    // on a read of it.
    auto remembered = decideRemembered(input, bookingId, signedEvent, actor, unchecked);
    if (!remembered)
        return remembered.error();
    if (remembered->has_value())
        return **remembered;
    // A write that lost its race (another desk changed the ticket, or an upload of the same scan
    // took its nonce) is decided again on what is there now. Each loss means another scan of this
    // ticket succeeded in between, so this ends in a few rounds even at a crowded door.
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto answer = decideOnce(input, bookingId, actor, unchecked);
        if (!answer)
            return answer.error();
        if (answer->has_value())
            return **answer;
        unchecked = nullptr; // admitted by the first round
    }
    return Error::make(ErrorCode::Conflict, QStringLiteral("This ticket is being scanned at another desk; scan again"));
}

Result<ScanAnswer> CheckinService::redeem(const ScanInput &input, const Actor &actor) {
    return redeemAs(input, actor, nullptr);
}

Result<ScanAnswer> CheckinService::redeem(const ScanInput &input, const DoorCaller &caller) {
    return redeemAs(input, Actor{}, &caller);
}

Result<ScanAnswer> CheckinService::redeemAs(const ScanInput &input, Actor actor, const DoorCaller *unchecked) {
    auto answer = scanOne(input, std::move(actor), unchecked);
    if (answer && answer->scan.id > 0 && !answer->replayed)
        m_gate.post(answer->scan.eventId, {checkinMessage(*answer)});
    return answer;
}

Result<std::optional<ScanAnswer>> CheckinService::decideOnce(const ScanInput &input, qint64 bookingId,
                                                              Actor &actor, const DoorCaller *unchecked) {
    using Out = std::optional<ScanAnswer>;
    // The ticket and the scan already recorded under this nonce, unlocked: the write below
    // happens only if the ticket is still as read here. And the caller's row, if it is still to check.
    std::optional<CheckinRepository::CallerProbe> probe;
    if (unchecked)
        probe = CheckinRepository::CallerProbe{unchecked->claims.userId, unchecked->claims.sessionId, input.deskEventId};
    auto read = m_db.withRetry(
        [&] { return CheckinRepository(m_db).ticketAndScan(bookingId, input.nonce, probe ? &*probe : nullptr); });
    if (!read)
        return read.error();
    if (unchecked) {
        auto who = read->ticket ? doorStanding(*unchecked, read->caller, read->scope, input.deskEventId)
                                : admit(*unchecked, input.deskEventId);
        if (!who)
            return who.error();
        actor = *who;
        if (read->caller && read->seen)
            m_memory.remember(unchecked->claims, input.deskEventId,
                              DoorMemory::Caller{*read->caller, read->scope, *read->seen});
    }
    if (!read->ticket) // signed, but the booking is gone (its event or account deleted)
        return Out(refusal(Verdict::Revoked, input));
    m_memory.remember(*read->ticket);
    const checkin::TicketState before = *read->ticket;
    if (read->earlier) {
        const checkin::Scan &scan = *read->earlier;
        if (scan.bookingId != bookingId || scan.direction != input.direction)
            return Error::make(ErrorCode::Conflict,
                               QStringLiteral("This nonce was used for another scan; each scan needs its own"));
        ScanAnswer a;
        a.verdict = scan.verdict;
        a.replayed = true;
        a.ticket = before;
        a.scan = scan;
        a.scan.holder = before.holder;
        return Out(a);
    }
    const Verdict verdict = checkin::decide(before, input.deskEventId, input.direction, input.offlineAdmitted);
    if (verdict == Verdict::WrongEvent) // not this event's business: nothing is recorded
        return Out(refusal(verdict, input));
    return recorded(decideScan(before, verdict, input, actor.id));
}

Result<std::optional<ScanAnswer>> CheckinService::decideRemembered(const ScanInput &input, qint64 bookingId,
                                                                    qint64 signedEvent, Actor &actor,
                                                                    const DoorCaller *unchecked) {
    using Out = std::optional<ScanAnswer>;
    std::optional<CallerAsSeen> caller;
    if (unchecked) {
        const AccessClaims &claims = unchecked->claims;
        const auto seen = m_memory.caller(claims, input.deskEventId);
        if (!seen)
            return Out();
        // The same rules as on a read, on the columns remembered; the write below happens only if
        // the database still has exactly those.
        auto who = doorStanding(*unchecked, seen->row, seen->scope, input.deskEventId);
        if (!who)
            return Out(); // a read decides, on what is there now
        actor = *who;
        caller = CallerAsSeen{{claims.userId, claims.sessionId, input.deskEventId}, seen->seen};
    }
    checkin::TicketState before;
    if (auto known = m_memory.ticket(bookingId)) {
        before = *known;
    } else if (signedEvent > 0) { // never seen here: most likely not scanned yet
        before.bookingId = bookingId;
        before.eventId = signedEvent;
    } else {
        return Out();
    }
    const Verdict verdict = checkin::decide(before, input.deskEventId, input.direction, input.offlineAdmitted);
    if (verdict == Verdict::WrongEvent)
        return Out(); // answered after a read, which checks the caller too
    ScanDecision d = decideScan(before, verdict, input, actor.id);
    d.write.caller = caller;
    auto answer = recorded(std::move(d));
    if (answer && !answer->has_value() && unchecked)
        m_memory.forget(unchecked->claims, input.deskEventId);
    return answer;
}

Result<std::optional<ScanAnswer>> CheckinService::recorded(ScanDecision &&d) {
    using Out = std::optional<ScanAnswer>;
    const qint64 bookingId = d.write.before.bookingId;
    auto written = record(d.write);
    if (!written)
        return written.error();
    if (!written->has_value()) {
        m_memory.forget(bookingId);
        return Out(); // lost the race, or remembered wrong: decide again on a read
    }
    ScanAnswer &a = d.answer;
    a.scan.id = (*written)->id;
    a.occupancy = (*written)->occupancy;
    a.scan.holder = a.ticket->holder = (*written)->holder;
    if (a.before)
        a.before->holder = a.scan.holder;
    m_memory.remember(*a.ticket);
    return Out(a);
}

Result<std::optional<ScanWritten>> CheckinService::record(const ScanWrite &write) {
    ScanWriter writer(m_db);
    if (writer.atomicAlone())
        return m_db.withRetry([&] { return writer.write(write); });
    return withTransaction(m_db, [&](Transaction &tx) -> Result<std::optional<ScanWritten>> {
        auto written = writer.write(write);
        if (!written || !written->has_value())
            return written; // rolled back
        EB_TRY(tx.commit());
        return written;
    });
}

Result<QList<ScanAnswer>> CheckinService::batch(const QList<ScanInput> &scans, const Actor &actor) {
    QList<ScanAnswer> out;
    out.reserve(scans.size());
    QHash<qint64, QList<QJsonObject>> events; // the scans recorded, per event
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
        if (answer->scan.id > 0 && !answer->replayed)
            events[answer->scan.eventId].append(checkinMessage(*answer));
        out.append(*answer);
    }
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        const qint64 eventId = it.key();
        const auto o = publishScans(eventId, it.value());
        for (ScanAnswer &a : out) {
            if (a.scan.eventId == eventId && a.scan.id > 0)
                a.occupancy = o;
        }
    }
    return out;
}

std::optional<checkin::Occupancy> CheckinService::publishScans(qint64 eventId, const QList<QJsonObject> &scans) {
    m_gate.post(eventId, scans);
    // The answer's own figures, read after the commit (a handful of rows; no waiting for anyone).
    auto o = occupancy(eventId);
    return o ? std::optional<checkin::Occupancy>(*o) : std::nullopt;
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
