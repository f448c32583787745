#pragma once

#include "http_client.h"
#include "test_server.h"

#include <QJsonObject>

namespace eventbook::test {

// "key"_k: a JSON key as QLatin1StringView, for brief test bodies.
inline QLatin1StringView operator""_k(const char *s, size_t n) {
    return QLatin1StringView(s, qsizetype(n));
}

struct Account {
    qint64 id = 0;
    QByteArray token;
};

// Arranges test data quickly: accounts written straight to the database with a locked
// password (no Argon2 per user) and access tokens signed with the test secret; events made
// through the real API.
class Fixtures {
public:
    explicit Fixtures(TestServer &server)
        : m_server(server) {}

    Account account(const QString &name, bool admin = false);
    QList<Account> accounts(int n, const QString &prefix = QStringLiteral("user"));
    QByteArray tokenFor(qint64 userId, bool admin) { return signToken(userId, admin); }
    // An access token for any server that runs with kTestJwtSecret (a child process too).
    static QByteArray signToken(qint64 userId, bool admin);
    // A token for the user as the database has them now (after a change of role moved the token
    // version on, the old one is refused).
    QByteArray currentToken(qint64 userId);

    // A valid event body starting `daysAhead` days from now; `overrides` replaces fields.
    static QJsonObject eventBody(const QJsonObject &overrides = {}, int daysAhead = 10);
    // Creates the event through POST /api/events; returns its id (0 on failure).
    qint64 event(const Account &admin, const QJsonObject &overrides = {});
    // One value from SQL on the test thread's own connection (for a write: the rows it changed).
    QVariant scalar(const QString &sql);

private:
    TestServer &m_server;
    HttpClient m_http;
    int m_counter = 0;
};

} // namespace eventbook::test
