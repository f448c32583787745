#include "fixtures.h"

#include "eventbook/common/codecs.h"
#include "services/token_signer.h"
#include "storage/user_repository.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace eventbook::test {

Account Fixtures::account(const QString &name, bool admin) {
    User u;
    u.name = name;
    u.email =
        QStringLiteral("%1.%2@example.test").arg(name.toLower().remove(QLatin1Char(' '))).arg(++m_counter);
    u.isAdmin = admin;
    auto id = m_server.app().database().withRetry(
        [&] { return storage::UserRepository(m_server.app().database()).insert(u, "!locked:test"); });
    if (!id)
        return {};
    return Account{*id, tokenFor(*id, admin)};
}

QList<Account> Fixtures::accounts(int n, const QString &prefix) {
    QList<Account> out;
    for (int i = 0; i < n; ++i)
        out.append(account(prefix + QString::number(i)));
    return out;
}

QByteArray Fixtures::signToken(qint64 userId, bool admin) {
    static const services::TokenSigner signer(kTestJwtSecret);
    auto token = signer.sign(userId, admin, 0, {}); // no session: valid until the token version moves
    return token ? token->toLatin1() : QByteArray();
}

QByteArray Fixtures::currentToken(qint64 userId) {
    static const services::TokenSigner signer(kTestJwtSecret);
    auto found = m_server.app().database().withRetry(
        [&] { return storage::UserRepository(m_server.app().database()).get(userId); });
    if (!found)
        return {};
    auto token = signer.sign(userId, found->user.isAdmin, found->user.tokenVersion, {});
    return token ? token->toLatin1() : QByteArray();
}

QJsonObject Fixtures::eventBody(const QJsonObject &overrides, int daysAhead) {
    QJsonObject body{
        {QStringLiteral("title"), QStringLiteral("Test event")},
        {QStringLiteral("description"), QStringLiteral("A test event")},
        {QStringLiteral("location"), QStringLiteral("Berlin")},
        {QStringLiteral("date"), codec::formatTime(QDateTime::currentDateTimeUtc().addDays(daysAhead))},
        {QStringLiteral("totalSlots"), 10},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("test")}},
    };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

qint64 Fixtures::event(const Account &admin, const QJsonObject &overrides) {
    const Reply r =
        m_http.postJson(m_server.url(QStringLiteral("/api/events")), eventBody(overrides), admin.token);
    if (r.status != 201)
        qWarning("creating event failed: %d %s", r.status, r.body.constData());
    return r.status == 201 ? r.data().value(QLatin1StringView("id")).toInteger() : 0;
}

QVariant Fixtures::scalar(const QString &sql) {
    auto db = m_server.app().database().connection();
    if (!db)
        return {};
    QSqlQuery q(*db);
    if (!q.exec(sql)) {
        qWarning("scalar failed: %s", qPrintable(sql));
        return {};
    }
    if (!q.isSelect())
        return q.numRowsAffected(); // an UPDATE or DELETE: how many rows it changed
    if (!q.next()) {
        qWarning("scalar found no row: %s", qPrintable(sql));
        return {};
    }
    return q.value(0);
}

} // namespace eventbook::test
