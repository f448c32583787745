#include "profile_service.h"

#include "audit_trail.h"
#include "image_store.h"
#include "mail_queue.h"
#include "storage/database.h"
#include "storage/user_repository.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/password_strength.h"
#include "eventbook/common/validation.h"
#include "storage/refresh_token_repository.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"
#include "privacy_service.h"
#include "user_admin_service.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace eventbook::services {
using namespace eventbook::storage;
namespace k = eventbook::keys;
namespace v = eventbook::validation;

namespace {
Error validationError(const v::FieldErrors &errors) {
    return Error::make(ErrorCode::ValidationError, errors.first().message, v::toJson(errors));
}
} // namespace

Result<UserRecord> ProfileService::checkPassword(qint64 userId, const QString &password,
                                                 const QString &passwordField) {
    auto found = m_db.withRetry([&] { return UserRepository(m_db).get(userId); });
    if (!found)
        return found.error();
    if (password.isEmpty() || password.size() > v::kPasswordMax * 4 ||
        !m_hasher.verify(found->passwordHash, password))
        // Not 401: the session is fine, only the confirmation is wrong (a client that refreshes
        // on 401 must not sign the user out over a typo).
        return validationError({{passwordField, QStringLiteral("Password is incorrect")}});
    return *found;
}

Result<User> ProfileService::update(qint64 userId, const ProfileInput &in, const Actor &actor) {
    v::FieldErrors errors;
    if (in.name) {
        if (auto e = v::checkName(*in.name))
            errors.append({QString(k::name), *e});
    }
    if (in.bio) {
        if (v::codePointLength(*in.bio) > v::kBioMax)
            errors.append(
                {QString(k::bio), QStringLiteral("bio must be at most %1 characters").arg(v::kBioMax)});
        else if (v::hasControlChars(*in.bio, true))
            errors.append({QString(k::bio), QStringLiteral("bio must not contain control characters")});
    }
    if (in.avatarUrl && !in.avatarUrl->isEmpty()) {
        if (auto e = v::checkImage(*in.avatarUrl))
            errors.append({QString(k::avatarUrl), *e});
    }
    if (in.preferences &&
        QJsonDocument(*in.preferences).toJson(QJsonDocument::Compact).size() > kPreferencesMaxBytes)
        errors.append(
            {QString(k::preferences),
             QStringLiteral("preferences must be at most %1 bytes of JSON").arg(kPreferencesMaxBytes)});
    if (!errors.isEmpty())
        return validationError(errors);

    return withTransaction(m_db, [&](Transaction &tx) -> Result<User> {
        UserRepository users(m_db);
        auto found = users.get(userId);
        if (!found)
            return found.error();
        User user = found->user;
        QJsonArray fields;
        if (in.name) {
            user.name = in.name->trimmed();
            fields.append(QString(k::name));
        }
        if (in.bio) {
            user.bio = in.bio->trimmed();
            fields.append(QString(k::bio));
        }
        if (in.avatarUrl) {
            auto avatar = images::intern(m_db, *in.avatarUrl, QString(k::avatarUrl));
            if (!avatar)
                return avatar.error();
            user.avatarUrl = avatar->isEmpty() ? QString() : *avatar; // "" clears it, as null does
            fields.append(QString(k::avatarUrl));
        }
        if (in.preferences) {
            user.preferences = *in.preferences;
            fields.append(QString(k::preferences));
        }
        EB_TRY(users.updateProfile(user));
        if (user.avatarUrl != found->user.avatarUrl) {
            EB_TRY(images::forget(m_db, found->user.avatarUrl));
        }
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("PROFILE_UPDATE"), audit::kUser, userId,
                           {{QStringLiteral("fields"), fields}}));
        EB_TRY(tx.commit());
        return user;
    });
}

Result<AuthSession> ProfileService::changePassword(qint64 userId, const QString &current, const QString &next,
                                                   const Actor &actor) {
    if (auto e = v::checkPassword(next))
        return validationError({{QString(k::newPassword), *e}});
    auto record = checkPassword(userId, current, QString(k::currentPassword));
    if (!record)
        return record.error();
    // Now that the account is known: its email and name are words an attacker would try.
    if (auto e = v::checkPassword(next, v::userWords(record->user.email, record->user.name)))
        return validationError({{QString(k::newPassword), *e}});
    if (current == next)
        return validationError(
            {{QString(k::newPassword), QStringLiteral("The new password must differ from the current one")}});
    auto hash = m_hasher.hash(next);
    if (!hash)
        return hash.error();
    auto user = withTransaction(m_db, [&](Transaction &tx) -> Result<User> {
        UserRepository users(m_db);
        EB_TRY(users.setPasswordHash(userId, *hash, true));
        EB_TRY(RefreshTokenRepository(m_db).revokeAllForUser(userId));
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("PASSWORD_CHANGE"), audit::kUser, userId));
        EB_TRY(outbox::queueForUser(m_db, outbox::kPasswordChanged, userId, {}));
        auto found = users.get(userId);
        if (!found)
            return found.error();
        LiveBatch live(m_live, m_db);
        EB_TRY(live.add(LiveEvent::accessRevoked(userId)));
        EB_TRY(tx.commit());
        live.publish();
        return found->user;
    });
    if (!user)
        return user.error();
    return m_auth.startSession(*user);
}

Result<User> ProfileService::changeEmail(qint64 userId, const QString &newEmail, const QString &password,
                                         const Actor &actor) {
    if (auto e = v::checkEmail(newEmail))
        return validationError({{QString(k::newEmail), *e}});
    auto record = checkPassword(userId, password, QString(k::password));
    if (!record)
        return record.error();
    const QString email = v::normaliseEmail(newEmail);
    User user = record->user;
    if (email == user.email)
        return user;
    return withTransaction(m_db, [&](Transaction &tx) -> Result<User> {
        auto changed = UserRepository(m_db).setEmail(userId, email, user.name);
        if (!changed)
            return changed.error();
        // The old address hears of it: if the change was not its owner's, they learn in time.
        EB_TRY(outbox::queueForUser(m_db, outbox::kEmailChanged, userId, {{QStringLiteral("body"), email}}, 0,
                                    user.email));
        EB_TRY(recordAudit(m_db, actor, QStringLiteral("EMAIL_CHANGE"), audit::kUser, userId,
                           {{QStringLiteral("from"), user.email}, {QStringLiteral("to"), email}}));
        EB_TRY(tx.commit());
        User updated = user;
        updated.email = email;
        return updated;
    });
}

Result<void> ProfileService::deleteAccount(qint64 userId, const QString &password, const Actor &actor) {
    auto record = checkPassword(userId, password, QString(k::password));
    if (!record)
        return record.error();
    auto removed = UserAdminService(m_db, m_live).remove(userId, actor, true);
    if (!removed)
        return removed.error();
    return {};
}

Result<Anonymisation> ProfileService::anonymiseAccount(qint64 userId, const QString &password, const Actor &actor) {
    auto record = checkPassword(userId, password, QString(k::password));
    if (!record)
        return record.error();
    return PrivacyService(m_db, m_live).anonymise(userId, actor, true);
}

} // namespace eventbook::services
