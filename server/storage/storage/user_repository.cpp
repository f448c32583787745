#include "user_repository.h"

#include "time_codec.h"

#include "eventbook/common/codecs.h"

#include <QJsonDocument>

namespace eventbook::storage {

static const QString kColumns = QStringLiteral(
    "id, email, name, is_admin, token_version, bio, avatar_url, preferences, created_at, last_login, "
    "password_hash, (SELECT r.role FROM user_roles r WHERE r.user_id = users.id), anonymised_at");

static UserRecord readUser(const Query &q) {
    UserRecord r;
    r.user.id = q.value(0).toLongLong();
    r.user.email = q.value(1).toString();
    r.user.name = q.value(2).toString();
    r.user.isAdmin = q.value(3).toBool();
    r.user.tokenVersion = q.value(4).toInt();
    r.user.bio = q.value(5).toString();
    r.user.avatarUrl = q.value(6).isNull() ? QString() : q.value(6).toString();
    r.user.preferences = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    r.user.createdAt = fromMs(q.value(8));
    r.user.lastLogin = optionalFromMs(q.value(9));
    r.passwordHash = q.value(10).toString().toLatin1();
    r.user.role = roleOfUser(r.user.isAdmin, q.value(11));
    r.user.anonymised = !q.value(12).isNull();
    return r;
}

Result<qint64> UserRepository::insert(const User &user, const QByteArray &passwordHash) {
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO users (email, name, password_hash, is_admin, token_version, bio, avatar_url, "
        "preferences, search_text, created_at, updated_at) VALUES (:email, :name, :hash, :admin, 0, :bio, "
        ":avatar, :prefs, :search, :now, :now) RETURNING id"));
    if (!q)
        return q.error();
    const qint64 now = nowMs();
    q->bind(QStringLiteral(":email"), user.email)
        .bind(QStringLiteral(":name"), user.name)
        .bind(QStringLiteral(":hash"), QString::fromLatin1(passwordHash))
        .bind(QStringLiteral(":admin"), user.isAdmin)
        .bind(QStringLiteral(":bio"), user.bio.isNull() ? QString(QLatin1StringView("")) : user.bio)
        .bind(QStringLiteral(":avatar"), user.avatarUrl)
        .bind(QStringLiteral(":prefs"),
              QString::fromUtf8(QJsonDocument(user.preferences).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":search"), searchText(user.email, user.name))
        .bind(QStringLiteral(":now"), now);
    auto id = q->execReturningId("insert user");
    // The unique index is the arbiter: checking first would race a concurrent registration.
    if (!id && id.error().code == ErrorCode::Conflict)
        return Error::make(ErrorCode::EmailTaken, QStringLiteral("Email is already registered"));
    return id;
}

Result<std::optional<UserRecord>> UserRepository::findOne(const QString &where, const QString &placeholder,
                                                          const QVariant &value) {
    auto q =
        m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE ") + where);
    if (!q)
        return q.error();
    q->bind(placeholder, value);
    EB_TRY(q->exec("find user"));
    if (!q->next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(*q));
}

Result<std::optional<UserRecord>> UserRepository::findByEmail(const QString &normalisedEmail) {
    return findOne(QStringLiteral("email = :email"), QStringLiteral(":email"), normalisedEmail);
}

Result<std::optional<UserAccess>> UserRepository::accessOf(qint64 id, const QString &sessionId) {
    auto q = m_db.prepare(QStringLiteral("SELECT ") + userAccessColumns(QStringLiteral("u"), !sessionId.isEmpty()) +
                          QStringLiteral(" FROM users u WHERE u.id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    if (!sessionId.isEmpty())
        q->bind(QStringLiteral(":f"), sessionId);
    EB_TRY(q->exec("read user access"));
    if (!q->next())
        return std::optional<UserAccess>();
    return std::optional<UserAccess>(readUserAccess(*q, 0));
}

Result<std::optional<UserRecord>> UserRepository::findById(qint64 id) {
    return findOne(QStringLiteral("id = :id"), QStringLiteral(":id"), id);
}

Result<UserRecord> UserRepository::get(qint64 id) {
    auto found = findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(ErrorCode::NotFound, QStringLiteral("User not found"));
    return **found;
}

Result<void> UserRepository::touchLastLogin(qint64 id, qint64 atMs) {
    auto q = m_db.prepare(QStringLiteral("UPDATE users SET last_login = :t WHERE id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), atMs).bind(QStringLiteral(":id"), id);
    return q->exec("update last login");
}

Result<void> UserRepository::setPasswordHash(qint64 id, const QByteArray &hash, bool bumpTokenVersion) {
    auto q = m_db.prepare(
        bumpTokenVersion
            ? QStringLiteral("UPDATE users SET password_hash = :h, token_version = token_version + 1, "
                             "updated_at = :t WHERE id = :id")
            : QStringLiteral("UPDATE users SET password_hash = :h, updated_at = :t WHERE id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":h"), QString::fromLatin1(hash))
        .bind(QStringLiteral(":t"), nowMs())
        .bind(QStringLiteral(":id"), id);
    return q->exec("update password hash");
}

Result<void> UserRepository::bumpTokenVersion(qint64 id) {
    auto q = m_db.prepare(
        QStringLiteral("UPDATE users SET token_version = token_version + 1, updated_at = :t WHERE id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":t"), nowMs()).bind(QStringLiteral(":id"), id);
    return q->exec("bump token version");
}

Result<bool> UserRepository::setAdmin(qint64 id, bool admin) {
    auto q = m_db.prepare(
        admin ? QStringLiteral("UPDATE users SET is_admin = :a, updated_at = :t WHERE id = :id")
              : QStringLiteral("UPDATE users SET is_admin = :a, token_version = token_version + 1, "
                               "updated_at = :t WHERE id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":a"), admin).bind(QStringLiteral(":t"), nowMs()).bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("set admin"));
    return q->rowsAffected() > 0;
}

Result<int> UserRepository::lockAdmins() {
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM users WHERE is_admin = :a") + m_db.sql().forUpdate());
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":a"), true);
    EB_TRY(q->exec("lock admins"));
    int n = 0;
    while (q->next())
        ++n;
    return n;
}

Result<void> UserRepository::lock(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM users WHERE id = :id") + m_db.sql().forUpdate());
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    return q->exec("lock user");
}

Result<int> UserRepository::countAdmins() {
    auto q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE is_admin = :a"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":a"), true);
    EB_TRY(q->exec("count admins"));
    return q->next() ? q->value(0).toInt() : 0;
}

QString UserRepository::searchText(const QString &email, const QString &name) {
    return QString(email + QLatin1Char('\n') + name).toCaseFolded();
}

Result<UserPage> UserRepository::list(const UserQuery &query) {
    const QString where =
        query.search.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE ") + m_db.sql().contains(QStringLiteral("u.search_text"), QStringLiteral(":search"));
    UserPage page;
    {
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM users u") + where);
        if (!count)
            return count.error();
        if (!query.search.isEmpty())
            count->bind(QStringLiteral(":search"), query.search);
        EB_TRY(count->exec("count users"));
        page.total = count->next() ? count->value(0).toLongLong() : 0;
    }
    auto q = m_db.prepare(
        QStringLiteral("SELECT u.id, u.email, u.name, u.is_admin, u.created_at, u.last_login, "
                       "(SELECT count(*) FROM bookings b WHERE b.user_id = u.id AND b.status = 'confirmed'), "
                       "(SELECT g.role FROM user_roles g WHERE g.user_id = u.id), u.anonymised_at "
                       "FROM users u") +
        where + QStringLiteral(" ORDER BY u.created_at DESC, u.id DESC LIMIT :limit OFFSET :offset"));
    if (!q)
        return q.error();
    if (!query.search.isEmpty())
        q->bind(QStringLiteral(":search"), query.search);
    q->bind(QStringLiteral(":limit"), query.limit)
        .bind(QStringLiteral(":offset"), qint64(query.page - 1) * query.limit);
    EB_TRY(q->exec("list users"));
    while (q->next()) {
        User u;
        u.id = q->value(0).toLongLong();
        u.email = q->value(1).toString();
        u.name = q->value(2).toString();
        u.isAdmin = q->value(3).toBool();
        u.createdAt = fromMs(q->value(4));
        u.lastLogin = optionalFromMs(q->value(5));
        u.bookingCount = q->value(6).toInt();
        u.role = roleOfUser(u.isAdmin, q->value(7));
        u.anonymised = !q->value(8).isNull();
        page.users.append(u);
    }
    return page;
}

Result<bool> UserRepository::remove(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("DELETE FROM users WHERE id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("delete user"));
    return q->rowsAffected() > 0;
}

Result<bool> UserRepository::anonymise(qint64 id, const QByteArray &lockedHash) {
    // The email must stay unique and must not be deliverable: RFC 2606 keeps .invalid for that.
    const QString email = QStringLiteral("anonymised-%1@anonymised.invalid").arg(id);
    const QString name = QStringLiteral("Anonymised user %1").arg(id);
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE users SET email = :email, name = :name, password_hash = :hash, is_admin = :no, bio = '', "
        "avatar_url = NULL, preferences = '{}', search_text = :search, token_version = token_version + 1, "
        "last_login = NULL, anonymised_at = :t, updated_at = :t WHERE id = :id AND anonymised_at IS NULL"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":email"), email)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":hash"), QString::fromLatin1(lockedHash))
        .bind(QStringLiteral(":no"), false)
        .bind(QStringLiteral(":search"), searchText(email, name))
        .bind(QStringLiteral(":t"), nowMs())
        .bind(QStringLiteral(":id"), id);
    EB_TRY(q->exec("anonymise user"));
    return q->rowsAffected() > 0;
}

Result<bool> UserRepository::updateProfile(const User &user) {
    auto q = m_db.prepare(QStringLiteral("UPDATE users SET name = :name, bio = :bio, avatar_url = :avatar, "
                                         "preferences = :prefs, search_text = :search, updated_at = :t "
                                         "WHERE id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":name"), user.name)
        .bind(QStringLiteral(":bio"), user.bio.isNull() ? QString(QLatin1StringView("")) : user.bio)
        .bind(QStringLiteral(":avatar"), user.avatarUrl)
        .bind(QStringLiteral(":prefs"),
              QString::fromUtf8(QJsonDocument(user.preferences).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":search"), searchText(user.email, user.name))
        .bind(QStringLiteral(":t"), nowMs())
        .bind(QStringLiteral(":id"), user.id);
    EB_TRY(q->exec("update profile"));
    return q->rowsAffected() > 0;
}

Result<bool> UserRepository::setEmail(qint64 id, const QString &normalisedEmail, const QString &name) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE users SET email = :email, search_text = :search, updated_at = :t WHERE id = :id"));
    if (!q)
        return q.error();
    q->bind(QStringLiteral(":email"), normalisedEmail)
        .bind(QStringLiteral(":search"), searchText(normalisedEmail, name))
        .bind(QStringLiteral(":t"), nowMs())
        .bind(QStringLiteral(":id"), id);
    if (auto r = q->exec("update email"); !r) {
        if (r.error().code == ErrorCode::Conflict)
            return Error::make(ErrorCode::EmailTaken, QStringLiteral("Email is already registered"));
        return r.error();
    }
    return q->rowsAffected() > 0;
}

} // namespace eventbook::storage
