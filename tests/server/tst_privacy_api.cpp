// Data export and erasure (issue 18): GET /api/profile/export holds everything about the user and
// nothing about anyone else; anonymisation ends sign-in, replaces the personal fields, cancels
// upcoming bookings with their seats returned live, and keeps past bookings in the statistics.
#include "api_test_case.h"
#include "ws_client.h"

#include <QJsonArray>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;

namespace {
const QString kPassword = QStringLiteral("Quartz-Violin-58-Harbour");

struct Person {
    Account account;
    QString email;
};
} // namespace

class TestPrivacyApi : public test::ApiTestCase {
    Q_OBJECT
private:
    Person registerPerson(const QString &email, const QString &name) {
        const Reply r = m_http.postJson(url(QStringLiteral("/api/auth/register")),
                                        {{"email"_k, email}, {"password"_k, kPassword}, {"name"_k, name}});
        if (r.status != 201)
            qWarning("register: %d %s", r.status, r.body.constData());
        const QJsonObject d = r.data();
        return {{d.value("user"_k).toObject().value("id"_k).toInteger(), d.value("token"_k).toString().toLatin1()},
                email};
    }
    Reply book(qint64 eventId, const Account &a) {
        return m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(eventId)), {}, a.token);
    }
    // An event that has happened: booked while it was ahead, then moved into the past.
    void moveIntoPast(qint64 eventId) {
        const qint64 lastWeek = QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000;
        QCOMPARE(m_fx->scalar(QStringLiteral("UPDATE events SET starts_at = %1 WHERE id = %2").arg(lastWeek).arg(eventId))
                     .toInt(),
                 1);
    }
    QJsonObject stats() { return m_http.get(url(QStringLiteral("/api/admin/stats")), m_admin.token).data(); }

private Q_SLOTS:
    void init() { QVERIFY2(startServer(), qPrintable(serverError())); }
    void cleanup() { stopServer(); }

    void exportHoldsEverythingAboutTheUserOnly() {
        const Person ann = registerPerson(QStringLiteral("ann@example.test"), QStringLiteral("Ann Archer"));
        const Person bob = registerPerson(QStringLiteral("bob@example.test"), QStringLiteral("Bob Baker"));
        const qint64 e1 = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Jazz night")}});
        const qint64 e2 = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Chess club")}});
        QCOMPARE(book(e1, ann.account).status, 201);
        QCOMPARE(book(e2, bob.account).status, 201);
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1/book").arg(e1)), ann.account.token).status, 200);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                 {{"userId"_k, ann.account.id}, {"title"_k, QStringLiteral("For Ann")},
                                  {"message"_k, QStringLiteral("only")}},
                                 m_admin.token).status,
                 201);

        const Reply r = m_http.get(url(QStringLiteral("/api/profile/export")), ann.account.token);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Disposition").startsWith("attachment"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject d = r.data();
        QCOMPARE(d.value("format"_k).toString(), QStringLiteral("eventbook-export/1"));
        QVERIFY(!d.value("exportedAt"_k).toString().isEmpty());
        QCOMPARE(d.value("profile"_k).toObject().value("email"_k).toString(), ann.email);
        QCOMPARE(d.value("roles"_k).toObject().value("role"_k).toString(), QStringLiteral("attendee"));
        const QJsonArray bookings = d.value("bookings"_k).toArray();
        QCOMPARE(bookings.size(), 1);
        QCOMPARE(bookings.first().toObject().value("status"_k).toString(), QStringLiteral("cancelled"));
        QCOMPARE(bookings.first().toObject().value("event"_k).toObject().value("title"_k).toString(),
                 QStringLiteral("Jazz night"));
        QCOMPARE(d.value("notifications"_k).toArray().size(), 1);
        QStringList actions;
        for (const QJsonValue &a : d.value("auditEntries"_k).toArray())
            actions.append(a.toObject().value("action"_k).toString());
        QVERIFY2(actions.contains(QStringLiteral("USER_REGISTER")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("BOOKING_CANCEL")), qPrintable(actions.join(u',')));
        // Nothing of Bob's, and no secret of Ann's.
        QVERIFY(!r.body.contains("bob@example.test"));
        QVERIFY(!r.body.contains("Chess club"));
        QVERIFY(!r.body.contains("password"));
        QVERIFY(!r.body.contains("argon2"));

        // The admin exports anyone; nobody else does.
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/users/%1/export").arg(ann.account.id)), m_admin.token)
                     .data().value("profile"_k).toObject().value("email"_k).toString(),
                 ann.email);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/users/%1/export").arg(ann.account.id)), bob.account.token)
                     .status,
                 403);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/users/987654/export")), m_admin.token).status, 404);
    }

    void anonymisationReturnsSeatsLiveAndKeepsThePast() {
        const Person ann = registerPerson(QStringLiteral("ann@example.test"), QStringLiteral("Ann Archer"));
        const qint64 past = m_fx->event(m_admin, {{"totalSlots"_k, 5}});
        const qint64 future = m_fx->event(m_admin, {{"totalSlots"_k, 5}});
        QCOMPARE(book(past, ann.account).status, 201);
        QCOMPARE(book(future, ann.account).status, 201);
        moveIntoPast(past);
        const QJsonObject before = stats();

        test::WsClient watcher;
        QVERIFY(watcher.open(m_server->port()));
        const Reply wrong = m_http.postJson(url(QStringLiteral("/api/profile/anonymise")),
                                            {{"password"_k, QStringLiteral("not-it-1A!")}}, ann.account.token);
        QCOMPARE(wrong.status, 400);
        const Reply done = m_http.postJson(url(QStringLiteral("/api/profile/anonymise")), {{"password"_k, kPassword}},
                                           ann.account.token);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.data().value("cancelledBookings"_k).toInt(), 1);
        QCOMPARE(done.data().value("keptBookings"_k).toInt(), 1);

        // The seat of the upcoming event is back, and everyone heard it.
        const QJsonObject slot = watcher.waitFor(QStringLiteral("SLOT_UPDATE"), [&](const QJsonObject &p) {
            return p.value("eventId"_k).toInteger() == future;
        });
        QCOMPARE(slot.value("payload"_k).toObject().value("availableSlots"_k).toInt(), 5);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT available_slots FROM events WHERE id = %1").arg(past)).toInt(), 4);
        // The past stays counted: bookings of that event and the totals that do not depend on the future.
        const QJsonObject after = stats();
        QCOMPARE(after.value("totalBookings"_k).toInt(), before.value("totalBookings"_k).toInt() - 1);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM bookings WHERE event_id = %1 AND status = "
                                             "'confirmed' AND user_id = %2").arg(past).arg(ann.account.id))
                     .toInt(),
                 1);
        QCOMPARE(after.value("totalUsers"_k).toInt(), before.value("totalUsers"_k).toInt());

        // Nothing personal is left, and nobody signs in as the account again.
        const QString email = m_fx->scalar(QStringLiteral("SELECT email FROM users WHERE id = %1").arg(ann.account.id)).toString();
        QVERIFY2(email.endsWith(QStringLiteral(".invalid")), qPrintable(email));
        QVERIFY(!m_fx->scalar(QStringLiteral("SELECT name FROM users WHERE id = %1").arg(ann.account.id))
                     .toString().contains(QStringLiteral("Ann")));
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM audit_logs WHERE details LIKE '%ann@example.test%'"))
                     .toInt(),
                 0);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/auth/login")),
                                 {{"email"_k, ann.email}, {"password"_k, kPassword}}).status,
                 401);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/auth/me")), ann.account.token).status, 401);
        // The address is free for a new account.
        QVERIFY(registerPerson(ann.email, QStringLiteral("Another Ann")).account.id > 0);
    }

    void adminAnonymisesOthersAudited() {
        const Person bob = registerPerson(QStringLiteral("bob@example.test"), QStringLiteral("Bob Baker"));
        const Reply self = m_http.postJson(url(QStringLiteral("/api/admin/users/%1/anonymise").arg(m_admin.id)), {},
                                           m_admin.token);
        QCOMPARE(self.status, 403);
        const Reply r = m_http.postJson(url(QStringLiteral("/api/admin/users/%1/anonymise").arg(bob.account.id)), {},
                                        m_admin.token);
        QCOMPARE(r.status, 200);
        const Reply again = m_http.postJson(url(QStringLiteral("/api/admin/users/%1/anonymise").arg(bob.account.id)),
                                            {}, m_admin.token);
        QCOMPARE(again.status, 409);
        const Reply missing = m_http.postJson(url(QStringLiteral("/api/admin/users/987654/anonymise")), {}, m_admin.token);
        QCOMPARE(missing.status, 404);
        const QJsonArray logs = m_http.get(url(QStringLiteral("/api/admin/audit-logs?action=USER_ANONYMISE")), m_admin.token)
                                    .data().value("logs"_k).toArray();
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.first().toObject().value("targetId"_k).toInteger(), bob.account.id);
        QCOMPARE(logs.first().toObject().value("actorId"_k).toInteger(), m_admin.id);
        // An anonymised account takes no role.
        const Reply role = m_http.sendJson("PUT", url(QStringLiteral("/api/admin/users/%1/role").arg(bob.account.id)),
                                           {{"role"_k, QStringLiteral("staff")}}, m_admin.token);
        QCOMPARE(role.status, 409);
        // The users list marks it.
        bool marked = false;
        for (const QJsonValue &u : m_http.get(url(QStringLiteral("/api/admin/users")), m_admin.token)
                                       .data().value("users"_k).toArray()) {
            if (u.toObject().value("id"_k).toInteger() == bob.account.id)
                marked = u.toObject().value("anonymised"_k).toBool();
        }
        QVERIFY(marked);
    }

    void weakPasswordsAreRefusedWithZxcvbnsReason() {
        const auto attempt = [&](const QString &email, const QString &name, const QString &password) {
            return m_http.postJson(url(QStringLiteral("/api/auth/register")),
                                   {{"email"_k, email}, {"password"_k, password}, {"name"_k, name}});
        };
        // Passes the character classes, but is a dictionary password in disguise.
        Reply r = attempt(QStringLiteral("c1@example.test"), QStringLiteral("Carla"), QStringLiteral("P@ssw0rd123!"));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("too easy to guess"), r.body.constData());
        // The user's own name is a known word.
        r = attempt(QStringLiteral("florentina@example.test"), QStringLiteral("Florentina Wolkenstein"),
                    QStringLiteral("Florentina#Wolkenstein1"));
        QCOMPARE(r.status, 400);
        r = attempt(QStringLiteral("c3@example.test"), QStringLiteral("Carla"), QStringLiteral("Kettle!Mosaic9Drift"));
        QCOMPARE(r.status, 201);
    }
};

QTEST_GUILESS_MAIN(TestPrivacyApi)
#include "tst_privacy_api.moc"
