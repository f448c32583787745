#include "mailer.h"

#include "mail_composer.h"
#include "mail_queue.h"
#include "mail/smtp_sender.h"
#include "storage/event_repository.h"
#include "storage/mail_settings_repository.h"
#include "storage/outbox_repository.h"
#include "storage/time_codec.h"
#include "storage/transaction.h"
#include "crypto_random.h"
#include "event_version.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

Q_LOGGING_CATEGORY(lcMail, "eventbook.mail")

namespace eventbook::services {
using namespace eventbook::storage;

namespace {
constexpr qint64 kReminderCheckMs = 30'000;
constexpr qint64 kSnapshotMs = 5'000;
}

Mailer::Mailer(Database &db, const MailerSettings &settings, const TicketSigner &tickets, QString owner)
    : m_db(db)
    , m_settings(settings)
    , m_tickets(tickets)
    , m_owner(std::move(owner)) {}

Mailer::~Mailer() {
    stop();
}

void Mailer::start() {
    if (!m_settings.enabled) {
        qCInfo(lcMail, "mail is disabled (no SMTP_URL): mails are recorded in the outbox, none is sent");
        return;
    }
    if (m_thread)
        return;
    // Without any user:password an operator may have put in the URL.
    qCInfo(lcMail, "mail goes out through %s as %s",
           qPrintable(QUrl(m_settings.smtp.url).adjusted(QUrl::RemoveUserInfo).toString()),
           qPrintable(m_settings.from.address));
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("mailer"));
    m_thread->start();
}

void Mailer::stop() {
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    m_thread.reset();
}

void Mailer::wake() {
    QMutexLocker lock(&m_mutex);
    m_woken = true;
    m_wake.wakeAll();
}

Result<MailStats> Mailer::stats() {
    auto s = m_db.withRetry([&] { return OutboxRepository(m_db).stats(nowMs()); });
    if (s)
        s->enabled = m_settings.enabled;
    return s;
}

Result<QList<OutboxEntry>> Mailer::recent(const QString &state, int limit) {
    return m_db.withRetry([&] { return OutboxRepository(m_db).recent(state, limit); });
}

MailStats Mailer::snapshot() const {
    QMutexLocker lock(&m_mutex);
    MailStats s = m_snapshot;
    s.enabled = m_settings.enabled;
    return s;
}

void Mailer::refreshSnapshot() {
    auto s = stats();
    if (!s)
        return;
    QMutexLocker lock(&m_mutex);
    m_snapshot = *s;
}

void Mailer::run() {
    for (;;) {
        pass();
        QMutexLocker lock(&m_mutex);
        if (!m_stopping && !m_woken)
            m_wake.wait(&m_mutex, QDeadlineTimer(m_settings.pollMs));
        m_woken = false;
        if (m_stopping)
            break;
    }
    auto released = m_db.withRetry([&] { return OutboxRepository(m_db).release(m_owner); });
    if (!released)
        qCWarning(lcMail, "could not give back claimed mails: %s", qPrintable(released.error().message));
    m_db.resetThreadConnection();
}

void Mailer::pass() {
    dropStale();
    if (nowMs() >= m_nextReminderCheckMs) {
        // Every poll would do, but the query scans the coming day's bookings: a few times a minute.
        m_nextReminderCheckMs = nowMs() + std::min<qint64>(kReminderCheckMs, 10LL * m_settings.pollMs);
        scheduleReminders();
    }
    bool worked = false;
    while (sendBatch()) {
        worked = true;
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
    }
    if (worked || nowMs() >= m_nextSnapshotMs) {
        m_nextSnapshotMs = nowMs() + kSnapshotMs;
        refreshSnapshot();
    }
    ++m_passes;
}

void Mailer::dropStale() {
    auto dropped = m_db.withRetry([&] {
        return OutboxRepository(m_db).dropStale(nowMs() - m_settings.staleMs, QStringLiteral("older than MAIL_STALE_HOURS"));
    });
    if (!dropped) {
        qCWarning(lcMail, "could not drop stale mails: %s", qPrintable(dropped.error().message));
        return;
    }
    for (const auto &[id, kind] : std::as_const(*dropped))
        qCWarning(lcMail, "dropped mail %lld (%s): queued longer than MAIL_STALE_HOURS", id, qPrintable(kind));
}

void Mailer::scheduleReminders() {
    if (m_settings.reminderWindowMs <= 0)
        return;
    auto done = withTransaction(m_db, [&](Transaction &tx) -> Result<int> {
        auto due = MailSettingsRepository(m_db).takeDueReminders(nowMs(), m_settings.reminderWindowMs);
        if (!due)
            return due.error();
        QHash<qint64, QJsonObject> events;
        for (const DueReminder &r : std::as_const(*due)) {
            if (!events.contains(r.eventId)) {
                auto event = EventRepository(m_db).get(r.eventId);
                if (!event)
                    return event.error();
                events.insert(r.eventId, outbox::eventPayload(*event));
            }
            EB_TRY(outbox::queueForUser(m_db, outbox::kReminder, r.userId, events.value(r.eventId), r.bookingId));
        }
        EB_TRY(tx.commit());
        return int(due->size());
    });
    if (!done)
        qCWarning(lcMail, "could not schedule reminders: %s", qPrintable(done.error().message));
    else if (*done > 0)
        qCInfo(lcMail, "%d reminders queued", *done);
}

bool Mailer::sendBatch() {
    const qint64 claimedAt = nowMs();
    auto claimed = m_db.withRetry(
        [&] { return OutboxRepository(m_db).claim(m_owner, claimedAt, m_settings.leaseMs, m_settings.batch); });
    if (!claimed) {
        qCWarning(lcMail, "could not claim mails: %s", qPrintable(claimed.error().message));
        return false;
    }
    if (claimed->isEmpty())
        return false;
    ::eventbook::mail::SmtpSender sender(m_settings.smtp);
    MailComposer composer(m_settings, m_tickets);
    bool cutShort = false;
    for (const OutboxRow &row : std::as_const(*claimed)) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_stopping)
                return false; // the rest is given back by run()
        }
        // A lease about to run out goes back: another instance may take it after expiry, and
        // must not meet a mail this one is still sending.
        if (nowMs() + m_settings.smtp.timeoutMs >= claimedAt + m_settings.leaseMs) {
            cutShort = true;
            break;
        }
        OutboxRow current = row;
        ComposeExtras extras;
        extras.sequence = freshen(current);
        if ((row.kind == outbox::kReminder || row.kind == outbox::kAnnouncement) && row.userId > 0) {
            auto token = m_db.withRetry(
                [&] { return MailSettingsRepository(m_db).mailToken(row.userId, randomToken(24)); });
            if (token)
                extras.unsubscribeToken = *token;
        }
        const ::eventbook::mail::SendOutcome outcome = sender.send(composer.compose(current, extras));
        settle(row, outcome.sent, outcome.permanent, outcome.reply);
    }
    if (cutShort) { // what was left of the batch goes back now (its lease would, later)
        auto released = m_db.withRetry([&] { return OutboxRepository(m_db).release(m_owner); });
        Q_UNUSED(released);
    }
    return true;
}

int Mailer::freshen(OutboxRow &row) {
    const qint64 eventId = row.payload.value(QStringLiteral("eventId")).toInteger();
    if (eventId <= 0)
        return 0;
    // A mail sent later than its change tells what holds now: the event as it is, with the
    // version number that goes with it, so the calendar entry and the words agree.
    auto now = m_db.withRetry([&] { return readEventVersion(m_db, eventId); });
    if (!now) // gone (a cancelled event's mail) or unreadable: the words as they were
        return row.payload.value(QStringLiteral("revision")).toInt();
    const int revision = now->revision;
    const QJsonValue bookingFree = row.payload.value(QStringLiteral("body"));
    row.payload = outbox::eventPayload(now->event);
    row.payload.insert(QStringLiteral("description"), now->event.description.left(2000)); // for the calendar file
    if (!bookingFree.isUndefined())
        row.payload.insert(QStringLiteral("body"), bookingFree);
    return revision;
}

void Mailer::settle(const OutboxRow &row, bool sent, bool permanent, const QString &reply) {
    Result<bool> settled = true;
    if (sent) {
        settled = m_db.withRetry([&] { return OutboxRepository(m_db).markSent(row.id, m_owner, nowMs()); });
        ++m_sent;
    } else if (permanent || row.attempts >= m_settings.maxAttempts) {
        qCWarning(lcMail, "mail %lld (%s) failed after %d attempts: %s", row.id, qPrintable(row.kind), row.attempts,
                  qPrintable(reply));
        settled = m_db.withRetry([&] { return OutboxRepository(m_db).markFailed(row.id, m_owner, reply); });
        ++m_failed;
    } else {
        const qint64 next = nowMs() + backoffMs(row.attempts);
        qCInfo(lcMail, "mail %lld (%s) not sent (attempt %d), again in %lld ms: %s", row.id, qPrintable(row.kind),
               row.attempts, next - nowMs(), qPrintable(reply));
        settled = m_db.withRetry([&] { return OutboxRepository(m_db).markRetry(row.id, m_owner, next, reply); });
        ++m_retried;
    }
    if (!settled)
        qCWarning(lcMail, "could not record mail %lld's outcome: %s", row.id, qPrintable(settled.error().message));
    else if (!*settled)
        qCWarning(lcMail, "mail %lld's lease had run out before its outcome was recorded", row.id);
}

qint64 Mailer::backoffMs(int attempts) const {
    // Exponential, capped, with "equal jitter": half the delay fixed, half random, so instances
    // that failed together do not all come back at the same moment.
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const qint64 full = std::min(m_settings.retryMaxMs, m_settings.retryBaseMs << std::min(doublings, 20));
    const qint64 half = std::max<qint64>(1, full / 2);
    return half + qint64(QRandomGenerator::global()->bounded(quint64(half) + 1));
}

} // namespace eventbook::services
