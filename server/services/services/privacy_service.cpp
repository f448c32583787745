#include "privacy_service.h"

#include "audit_trail.h"
#include "image_store.h"
#include "waitlist_promotion.h"
#include "eventbook/common/json_keys.h"
#include "storage/audit_repository.h"
#include "storage/checkin_repository.h"
#include "storage/booking_repository.h"
#include "storage/database.h"
#include "storage/mail_settings_repository.h"
#include "storage/notification_repository.h"
#include "storage/outbox_repository.h"
#include "storage/refresh_token_repository.h"
#include "storage/role_repository.h"
#include "storage/time_codec.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

namespace eventbook::services {
using namespace eventbook::storage;
namespace k = eventbook::keys;

namespace {
// Not a password hash: no password verifies against it, so nobody signs in as the account again.
const QByteArray kAnonymisedHash = QByteArrayLiteral("!locked:anonymised");
constexpr int kExportPage = 500;
} // namespace

Result<DataExport> PrivacyService::exportUser(qint64 userId) {
    // One transaction: the parts of the export agree with each other.
    return withTransaction(m_db, [&](Transaction &) -> Result<DataExport> {
        DataExport out;
        out.exportedAt = QDateTime::currentDateTimeUtc();
        auto found = UserRepository(m_db).get(userId);
        if (!found)
            return found.error();
        out.user = found->user;
        EB_TRY(RoleRepository(m_db).attachScopes(out.user));
        auto bookings = BookingRepository(m_db).listForUser(userId);
        if (!bookings)
            return bookings.error();
        out.bookings = *bookings;
        NotificationRepository notifications(m_db);
        for (int page = 1;; ++page) {
            auto part = notifications.list(userId, page, kExportPage, false);
            if (!part)
                return part.error();
            out.notifications.append(part->items);
            if (part->items.size() < kExportPage)
                break;
        }
        auto scans = CheckinRepository(m_db).scansOfUser(userId);
        if (!scans)
            return scans.error();
        out.checkins = *scans;
        AuditRepository audit(m_db);
        AuditQuery query;
        query.limit = kExportPage;
        query.aboutUserId = userId;
        for (query.page = 1;; ++query.page) {
            auto part = audit.list(query);
            if (!part)
                return part.error();
            out.audit.append(part->logs);
            if (part->logs.size() < kExportPage)
                break;
        }
        return out;
    });
}

Result<Anonymisation> PrivacyService::anonymise(qint64 userId, const Actor &actor, bool allowSelf) {
    if (!allowSelf && userId == actor.id)
        return Error::make(ErrorCode::Forbidden, QStringLiteral("You cannot anonymise your own account here; "
                                                                "use your profile instead"));
    return withTransaction(m_db, [&](Transaction &tx) -> Result<Anonymisation> {
        UserRepository users(m_db);
        auto found = users.get(userId);
        if (!found)
            return found.error();
        const User user = found->user;
        if (user.anonymised)
            return Error::make(ErrorCode::Conflict, QStringLiteral("This account is already anonymised"));
        if (user.isAdmin) {
            auto admins = users.lockAdmins();
            if (!admins)
                return admins.error();
            if (*admins <= 1)
                return Error::make(ErrorCode::LastAdmin, QStringLiteral("Cannot anonymise the last admin"));
        }
        BookingRepository bookings(m_db);
        auto released = bookings.cancelAllForUser(userId, nowMs());
        if (!released)
            return released.error();
        LiveBatch live(m_live, m_db);
        QList<std::pair<qint64, qint64>> seats;
        for (const auto &seat : *released)
            seats.append({seat.bookingId, seat.eventId});
        EB_TRY(settleLeavingUser(m_db, userId, seats, actor, live));
        auto kept = bookings.listForUser(userId);
        if (!kept)
            return kept.error();
        int keptConfirmed = 0;
        for (const Booking &b : *kept)
            keptConfirmed += b.status == BookingStatus::Confirmed ? 1 : 0;
        EB_TRY(RoleRepository(m_db).setRole(userId, Role::Attendee, actor.id));
        EB_TRY(users.anonymise(userId, kAnonymisedHash));
        EB_TRY(images::forget(m_db, user.avatarUrl)); // their face goes with their name
        EB_TRY(RefreshTokenRepository(m_db).revokeAllForUser(userId));
        EB_TRY(NotificationRepository(m_db).removeAllFor(userId));
        EB_TRY(OutboxRepository(m_db).forgetUser(userId));
        EB_TRY(MailSettingsRepository(m_db).setCalendarToken(userId, {}));
        auto anonymised = users.get(userId);
        if (!anonymised)
            return anonymised.error();
        EB_TRY(AuditRepository(m_db).replaceInDetails(user.email, anonymised->user.email));
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("USER_ANONYMISE"), audit::kUser, userId,
                           {{QStringLiteral("cancelledBookings"), qint64(released->size())},
                            {QStringLiteral("keptBookings"), keptConfirmed}}));
        EB_TRY(live.add(LiveEvent::accessRevoked(userId)));
        EB_TRY(tx.commit());
        live.publish();
        return Anonymisation{userId, int(released->size()), keptConfirmed};
    });
}

} // namespace eventbook::services
