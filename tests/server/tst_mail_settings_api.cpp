// Mail settings and calendar files over real HTTP: the settings' validation, unsubscribe links (GET
// asks, POST does it; RFC 8058 one-click), the public event file, a booking's own entry and the
// personal feed behind its revocable secret, all read with libical.
#include "eventbook/common/codecs.h"
#include "mail_test_case.h"

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;
using test::SmtpSink;

class TestMailSettingsApi : public test::MailTestCase {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() {
        stopServer();
        m_sink.reset();
    }

    void settingsValidationAndUnsubscribe() {
        QVERIFY(startWithMail());
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        const QUrl settings = url(QStringLiteral("/api/profile/mail"));
        QCOMPARE(m_http.get(settings).status, 401);
        const Reply fresh = m_http.get(settings, ada.token);
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.data().value("language"_k).toString(), QStringLiteral("en"));
        QCOMPARE(fresh.data().value("reminders"_k).toBool(), true);
        QCOMPARE(fresh.data().value("news"_k).toBool(), true);
        for (const QJsonObject &bad : {QJsonObject{{"language"_k, QStringLiteral("xx")}}, QJsonObject{{"language"_k, 3}},
                                       QJsonObject{{"reminders"_k, QStringLiteral("yes")}}, QJsonObject{{"news"_k, QJsonValue()}}}) {
            const Reply r = m_http.sendJson("PUT", settings, bad, ada.token);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        }
        QCOMPARE(m_http.send("PUT", settings, "not json", {{"Authorization", "Bearer " + ada.token},
                                                           {"Content-Type", "application/json"}})
                     .status,
                 400);

        // An announcement carries an unsubscribe link; GET only asks, POST does it.
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                 {{"title"_k, QStringLiteral("Doors at 17:00")}, {"body"_k, QStringLiteral("Bring a coat.")}, {"userId"_k, ada.id}},
                                 m_admin.token)
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 15'000);
        const QJsonObject news = m_sink->mails().first().toObject();
        QCOMPARE(news.value("listUnsubscribePost"_k).toString(), QStringLiteral("List-Unsubscribe=One-Click"));
        QString link = news.value("listUnsubscribe"_k).toString();
        QVERIFY(link.startsWith(QLatin1Char('<')) && link.endsWith(QLatin1Char('>')));
        link = link.mid(1, link.size() - 2);
        const QUrl unsubscribe(link);
        QCOMPARE(unsubscribe.port(), int(m_server->port()));
        QCOMPARE(m_http.get(unsubscribe).status, 200);
        QCOMPARE(m_http.get(settings, ada.token).data().value("news"_k).toBool(), true);
        QCOMPARE(m_http.send("POST", unsubscribe, "List-Unsubscribe=One-Click").status, 200);
        QCOMPARE(m_http.get(settings, ada.token).data().value("news"_k).toBool(), false);
        QCOMPARE(m_http.get(settings, ada.token).data().value("reminders"_k).toBool(), true);
        // Unknown token, malformed token, unknown list.
        QUrl forged = unsubscribe;
        forged.setPath(QStringLiteral("/api/mail/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QCOMPARE(m_http.send("POST", forged).status, 404);
        forged.setPath(QStringLiteral("/api/mail/unsubscribe/'%3Cscript%3E"));
        QCOMPARE(m_http.send("POST", forged).status, 404);
        QUrl otherList = unsubscribe;
        otherList.setQuery(QStringLiteral("list=everything"));
        QCOMPARE(m_http.send("POST", otherList).status, 400);

        // News off: the next announcement is a notification only.
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/notifications")),
                                 {{"title"_k, QStringLiteral("Second")}, {"body"_k, QStringLiteral("More.")}, {"userId"_k, ada.id}}, m_admin.token)
                     .status,
                 201);
        QCOMPARE(outboxCount(QStringLiteral("kind = 'announcement'")), 1);
    }


    void calendarFilesAndThePersonalFeed() {
        QVERIFY(startServer());
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(3).addMSecs(-QDateTime::currentMSecsSinceEpoch() % 1000);
        const qint64 a = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Alpha; with, commas\\and")}, {"date"_k, codec::formatTime(when)}});
        const qint64 b = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Beta")}});
        const qint64 c = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Gamma")}});
        const qint64 bookingA = m_http.postJson(bookUrl(a), {}, ada.token).data().value("id"_k).toInteger();
        QCOMPARE(m_http.postJson(bookUrl(b), {}, ada.token).status, 201);
        QCOMPARE(m_http.del(bookUrl(b), ada.token).status, 200);

        // The public file of an event.
        const Reply pub = m_http.get(url(QStringLiteral("/api/events/%1/calendar.ics").arg(a)));
        QCOMPARE(pub.status, 200);
        QVERIFY(pub.header("content-type").startsWith("text/calendar"));
        const test::ParsedCalendar event = test::parseCalendar(pub.body);
        QVERIFY(event.ok);
        QCOMPARE(event.method, QStringLiteral("PUBLISH"));
        QCOMPARE(event.entries.value(0).summary, QStringLiteral("Alpha; with, commas\\and"));
        QCOMPARE(event.entries.value(0).start, when);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/events/999999/calendar.ics"))).status, 404);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/events/abc/calendar.ics"))).status, 404);

        // A booking's own entry: the holder's, nobody else's.
        const QUrl mine = url(QStringLiteral("/api/bookings/%1/calendar.ics").arg(bookingA));
        QCOMPARE(m_http.get(mine).status, 401);
        QCOMPARE(m_http.get(mine, m_fx->account(QStringLiteral("Eve")).token).status, 404);
        const test::ParsedCalendar own = test::parseCalendar(m_http.get(mine, ada.token).body);
        QCOMPARE(own.entries.value(0).uid, QStringLiteral("booking-%1@localhost").arg(bookingA));

        // The feed: booked events only, not the cancelled one, behind its secret.
        const QString feedUrl = m_http.get(url(QStringLiteral("/api/profile/mail")), ada.token).data().value("calendarFeedUrl"_k).toString();
        QVERIFY(feedUrl.contains(QStringLiteral("/api/calendar/feed/")));
        QVERIFY(feedUrl.endsWith(QStringLiteral(".ics")));
        const Reply feed = m_http.get(QUrl(feedUrl));
        QCOMPARE(feed.status, 200);
        const test::ParsedCalendar cal = test::parseCalendar(feed.body);
        QVERIFY(cal.ok);
        QCOMPARE(cal.name, QStringLiteral("EventBook: Ada"));
        QCOMPARE(cal.entries.size(), 1);
        QCOMPARE(cal.entries[0].uid, QStringLiteral("booking-%1@localhost").arg(bookingA));
        // The secret is the only key: it is no login.
        const QString secret = QUrl(feedUrl).path().section(QLatin1Char('/'), -1).chopped(4);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/auth/me")), secret.toUtf8()).status, 401);
        // Reset: the old address is dead, the new one lives.
        const Reply reset = m_http.postJson(url(QStringLiteral("/api/profile/calendar-feed/reset")), {}, ada.token);
        QCOMPARE(reset.status, 200);
        const QString newUrl = reset.data().value("calendarFeedUrl"_k).toString();
        QVERIFY(newUrl != feedUrl);
        QCOMPARE(m_http.get(QUrl(feedUrl)).status, 404);
        QCOMPARE(m_http.get(QUrl(newUrl)).status, 200);
        for (const QString &bad : {QStringLiteral("/api/calendar/feed/short.ics"),
                                   QString(QStringLiteral("/api/calendar/feed/") + secret),
                                   QStringLiteral("/api/calendar/feed/%27%20OR%201%3D1--aaaaaaaaaaaaaaaaaaa.ics")})
            QCOMPARE(m_http.get(url(bad)).status, 404);
        // Anonymised: the feed is gone with the person.
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/users/%1/anonymise").arg(ada.id)), {}, m_admin.token).status,
                 200);
        QCOMPARE(m_http.get(QUrl(newUrl)).status, 404);
        Q_UNUSED(c);
    }
};

QTEST_GUILESS_MAIN(TestMailSettingsApi)
#include "tst_mail_settings_api.moc"
