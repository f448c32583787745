// Mail and calendar over a real SMTP server (Debian's aiosmtpd, started by the test): what each
// change sends, in the recipient's language, with the ticket and the calendar file that go with it;
// the transactional outbox (nothing for a refused change), 5xx and outages, STARTTLS with AUTH,
// the settings and unsubscribe links, the public and personal calendar files read with libical.
#include "mail_test_case.h"
#include "eventbook/common/codecs.h"
#include "qr_reader.h"

#include <QImage>
#include <QJsonArray>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;
using test::SmtpSink;

class TestMailApi : public test::MailTestCase {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() {
        stopServer();
        m_sink.reset();
    }

    void confirmationInTheUsersLanguageWithTicketAndCalendar() {
        QVERIFY(startWithMail());
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        QCOMPARE(m_http.sendJson("PUT", url(QStringLiteral("/api/profile/mail")), {{"language"_k, QStringLiteral("fr")}}, ada.token).status, 200);
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(20).addMSecs(-QDateTime::currentMSecsSinceEpoch() % 1000);
        const qint64 id = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Fête d’été — Köln")},
                                               {"location"_k, QStringLiteral("Quai 7")},
                                               {"date"_k, codec::formatTime(when)}});
        const Reply booked = m_http.postJson(bookUrl(id), {}, ada.token);
        QCOMPARE(booked.status, 201);
        const qint64 bookingId = booked.data().value("id"_k).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 15'000);
        const QJsonArray mails = m_sink->mails();
        QCOMPARE(mails.size(), 1);
        const QJsonObject m = mails.first().toObject();
        QCOMPARE(m.value("subject"_k).toString(), QStringLiteral("Votre réservation : Fête d’été — Köln"));
        QVERIFY(m.value("to"_k).toString().contains(QStringLiteral("<ada.")));
        QCOMPARE(m.value("envelope"_k).toObject().value("rcptTos"_k).toArray().first().toString(),
                 m.value("to"_k).toString().section(QLatin1Char('<'), 1).chopped(1));
        QVERIFY(m.value("from"_k).toString().contains(QStringLiteral("events@example.test")));
        QVERIFY(m.value("messageId"_k).toString().startsWith(QLatin1Char('<')));
        QVERIFY(m.value("date"_k).toString().endsWith(QStringLiteral("+0000")));
        QCOMPARE(m.value("mimeVersion"_k).toString(), QStringLiteral("1.0"));
        QCOMPARE(m.value("defects"_k).toArray().size(), 0);
        const QStringList parts = [&] {
            QStringList p;
            for (const QJsonValue &v : m.value("parts"_k).toArray())
                p << v.toString();
            return p;
        }();
        QCOMPARE(parts.join(QLatin1Char(',')),
                 QStringLiteral("multipart/mixed,multipart/alternative,text/plain,text/html,image/png,text/calendar"));
        QVERIFY(m.value("text"_k).toString().contains(QStringLiteral("Bonjour Ada")));
        QVERIFY(m.value("text"_k).toString().contains(QStringLiteral("Quai 7")));
        QVERIFY(m.value("html"_k).toString().contains(QStringLiteral("lang=\"fr\"")));
        QVERIFY(m.value("html"_k).toString().contains(QStringLiteral("Fête d’été — Köln")));
        QVERIFY(m.value("listUnsubscribe"_k).toString().isEmpty()); // a confirmation cannot be turned off

        // The ticket reads (zxing) as the secret the API gives for this booking.
        const QImage qr = QImage::fromData(
            QByteArray::fromBase64(attachment(m, QStringLiteral("ticket.png")).value("base64"_k).toString().toLatin1()),
            "PNG");
        QVERIFY(!qr.isNull());
        const Reply ticket = m_http.get(url(QStringLiteral("/api/bookings/%1/ticket").arg(bookingId)), ada.token);
        QCOMPARE(ticket.status, 200);
        QCOMPARE(test::readQrCode(qr), ticket.data().value("ticket"_k).toString());

        // The calendar file, read by libical.
        QCOMPARE(attachment(m, QStringLiteral("event.ics")).value("params"_k).toObject().value("method"_k).toString(),
                 QStringLiteral("REQUEST"));
        const test::ParsedCalendar cal = calendarOf(m);
        QVERIFY(cal.ok);
        QCOMPARE(cal.method, QStringLiteral("REQUEST"));
        QCOMPARE(cal.entries.size(), 1);
        QCOMPARE(cal.entries[0].uid, QStringLiteral("booking-%1@localhost").arg(bookingId));
        QCOMPARE(cal.entries[0].sequence, 0);
        QCOMPARE(cal.entries[0].status, QStringLiteral("CONFIRMED"));
        QCOMPARE(cal.entries[0].start, when);
        QCOMPARE(cal.entries[0].summary, QStringLiteral("Fête d’été — Köln"));
        QTRY_COMPARE(outboxCount(QStringLiteral("state = 'sent'")), 1);
    }

    void changesCancellationsAndTheWaitingListEachSendTheirMail() {
        QVERIFY(startWithMail());
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        const Account bob = m_fx->account(QStringLiteral("Bob"));
        const qint64 id = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Harbour Night")}, {"totalSlots"_k, 1}});
        const qint64 adaBooking = m_http.postJson(bookUrl(id), {}, ada.token).data().value("id"_k).toInteger();
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/events/%1/waitlist").arg(id)), {}, bob.token).status, 201);
        // A change a calendar shows: a new version for the holder.
        QCOMPARE(m_http.sendJson("PATCH", url(QStringLiteral("/api/events/%1").arg(id)), {{"location"_k, QStringLiteral("Pier 9")}},
                                 m_admin.token)
                     .status,
                 200);
        // A change it does not show (seats): no mail.
        QCOMPARE(m_http.sendJson("PATCH", url(QStringLiteral("/api/events/%1").arg(id)), {{"totalSlots"_k, 1}},
                                 m_admin.token)
                     .status,
                 200);
        QCOMPARE(m_http.del(bookUrl(id), ada.token).status, 200); // Bob gets the seat
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 4, 15'000);
        QVERIFY(passesGo(3));
        QCOMPARE(m_sink->count(), 4); // confirmation, change, cancellation, promotion

        const QList<QJsonObject> changes = mailsAbout(QStringLiteral("Changed: Harbour Night"));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(calendarOf(changes[0]).entries.value(0).sequence, 1);
        QCOMPARE(calendarOf(changes[0]).entries.value(0).location, QStringLiteral("Pier 9"));
        const QList<QJsonObject> cancelled = mailsAbout(QStringLiteral("Booking cancelled: Harbour Night"));
        QCOMPARE(cancelled.size(), 1);
        const test::ParsedCalendar cancel = calendarOf(cancelled[0]);
        QCOMPARE(cancel.method, QStringLiteral("CANCEL"));
        QCOMPARE(cancel.entries.value(0).uid, QStringLiteral("booking-%1@localhost").arg(adaBooking));
        QCOMPARE(cancel.entries.value(0).status, QStringLiteral("CANCELLED"));
        QVERIFY(cancel.entries.value(0).sequence > 1); // outranks every version before it
        const QList<QJsonObject> promoted = mailsAbout(QStringLiteral("A seat for you: Harbour Night"));
        QCOMPARE(promoted.size(), 1);
        QVERIFY(promoted[0].value("to"_k).toString().contains(QStringLiteral("<bob.")));
        QVERIFY(!attachment(promoted[0], QStringLiteral("ticket.png")).isEmpty());
        QCOMPARE(calendarOf(promoted[0]).method, QStringLiteral("REQUEST"));

        // The organiser cancels the event: its holder (Bob) hears of it with a CANCEL.
        QCOMPARE(m_http.del(url(QStringLiteral("/api/events/%1").arg(id)), m_admin.token).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(mailsAbout(QStringLiteral("Cancelled: Harbour Night")).size(), 1, 15'000);
        const QJsonObject gone = mailsAbout(QStringLiteral("Cancelled: Harbour Night")).first();
        QVERIFY(gone.value("to"_k).toString().contains(QStringLiteral("<bob.")));
        QCOMPARE(calendarOf(gone).method, QStringLiteral("CANCEL"));
    }

    void aRefusedChangeWritesNoMail() {
        QVERIFY(startWithMail());
        const qint64 id = m_fx->event(m_admin, {{"totalSlots"_k, 1}});
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        const Account bob = m_fx->account(QStringLiteral("Bob"));
        QCOMPARE(m_http.postJson(bookUrl(id), {}, ada.token).status, 201);
        QCOMPARE(m_http.postJson(bookUrl(id), {}, bob.token).errorCode(), QStringLiteral("EVENT_FULL"));
        QCOMPARE(m_http.postJson(bookUrl(id), {}, ada.token).errorCode(), QStringLiteral("ALREADY_BOOKED"));
        QCOMPARE(m_http.del(bookUrl(id), bob.token).status, 404);
        QCOMPARE(outboxCount(QStringLiteral("1 = 1")), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 15'000);
    }

    void securityNoticesGoToTheRightAddress() {
        QVERIFY(startWithMail());
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        // The fixture's accounts have no password; give Ada one through the database's own hash.
        const Reply reg = m_http.postJson(url(QStringLiteral("/api/auth/register")), {{"email"_k, QStringLiteral("carol@example.test")},
                                                                        {"password"_k, QStringLiteral("Blue-Harbour-Lantern-42")},
                                                                        {"name"_k, QStringLiteral("Carol")}});
        QCOMPARE(reg.status, 201);
        const QByteArray carol = reg.data().value("token"_k).toString().toUtf8();
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/profile/email")),
                                 {{"newEmail"_k, QStringLiteral("carol.new@example.test")}, {"password"_k, QStringLiteral("Blue-Harbour-Lantern-42")}}, carol)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 15'000);
        const QJsonObject m = m_sink->mails().first().toObject();
        QVERIFY(m.value("to"_k).toString().contains(QStringLiteral("<carol@example.test>"))); // the old address
        QVERIFY(m.value("text"_k).toString().contains(QStringLiteral("carol.new@example.test")));
        Q_UNUSED(ada);
    }

    void remindersAreSentOnceToThoseWhoWantThem() {
        QVERIFY(startWithMail({}, [](app::Config &c) { c.mail.reminderWindowMs = 24LL * 3600 * 1000; }));
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        const Account bob = m_fx->account(QStringLiteral("Bob"));
        const Account cid = m_fx->account(QStringLiteral("Cid"));
        QCOMPARE(m_http.sendJson("PUT", url(QStringLiteral("/api/profile/mail")), {{"reminders"_k, false}}, bob.token).status, 200);
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(6 * 3600);
        const qint64 id = m_fx->event(m_admin, {{"title"_k, QStringLiteral("Tomorrow's Talk")}, {"date"_k, codec::formatTime(soon)}});
        for (const Account &a : {ada, bob, cid})
            QCOMPARE(m_http.postJson(bookUrl(id), {}, a.token).status, 201);
        // Ada and Bob booked a week ago; Cid today, inside the window: his confirmation is enough.
        QCOMPARE(m_fx->scalar(QStringLiteral("UPDATE bookings SET created_at = created_at - 604800000 WHERE user_id IN "
                                             "(%1, %2)")
                                  .arg(ada.id)
                                  .arg(bob.id))
                     .toInt(),
                 2);
        QTRY_COMPARE_WITH_TIMEOUT(mailsAbout(QStringLiteral("Reminder: Tomorrow's Talk")).size(), 1, 15'000);
        const QJsonObject reminder = mailsAbout(QStringLiteral("Reminder: Tomorrow's Talk")).first();
        QVERIFY(reminder.value("to"_k).toString().contains(QStringLiteral("<ada.")));
        QVERIFY(reminder.value("listUnsubscribe"_k).toString().contains(QStringLiteral("list=reminders")));
        QVERIFY(!attachment(reminder, QStringLiteral("ticket.png")).isEmpty());
        // Later looks find nothing new: once per booking.
        QTRY_VERIFY_WITH_TIMEOUT(passesGo(25), 20'000);
        QCOMPARE(outboxCount(QStringLiteral("kind = 'reminder'")), 1);
        QCOMPARE(mailsAbout(QStringLiteral("Reminder:")).size(), 1);
    }

    void aPermanentRefusalFailsAtOnceAndShows() {
        QVERIFY(startWithMail());
        m_sink->setRefusal(QStringLiteral("550 5.1.1 No such mailbox here"));
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        const qint64 id = m_fx->event(m_admin);
        QCOMPARE(m_http.postJson(bookUrl(id), {}, ada.token).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(outboxCount(QStringLiteral("state = 'failed'")), 1, 15'000);
        QCOMPARE(outboxCount(QStringLiteral("state = 'failed' AND attempts = 1")), 1);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/mail")), ada.token).status, 403);
        const Reply listed = m_http.get(url(QStringLiteral("/api/admin/mail?state=failed")), m_admin.token);
        QCOMPARE(listed.status, 200);
        const QJsonObject failed = listed.data().value("mails"_k).toArray().first().toObject();
        QCOMPARE(failed.value("state"_k).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value("kind"_k).toString(), QStringLiteral("booking_confirmed"));
        QVERIFY(failed.value("lastError"_k).toString().contains(QStringLiteral("550 5.1.1 No such mailbox here")));
        QCOMPARE(listed.data().value("stats"_k).toObject().value("failed"_k).toInt(), 1);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/admin/mail?state=bogus")), m_admin.token).status, 400);
        QTRY_VERIFY(m_http.get(url(QStringLiteral("/metrics"))).body.contains("eventbook_mail_failed 1"));
        QVERIFY(m_http.get(url(QStringLiteral("/metrics"))).body.contains("eventbook_mail_failures_total 1"));
        QCOMPARE(m_sink->count(), 0);
    }

    void aMailServerThatIsDownIsTriedAgainUntilItIsBack() {
        QVERIFY(startWithMail({}, [](app::Config &c) { c.mail.maxAttempts = 100; }));
        const quint16 port = m_sink->port();
        m_sink->stop();
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        const qint64 id = m_fx->event(m_admin);
        QCOMPARE(m_http.postJson(bookUrl(id), {}, ada.token).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(outboxCount(QStringLiteral("attempts >= 3 AND state = 'queued'")) == 1, 15'000);
        QVERIFY(m_http.get(url(QStringLiteral("/api/admin/mail?state=queued")), m_admin.token)
                    .data()
                    .value("mails"_k)
                    .toArray()
                    .first()
                    .toObject()
                    .value("lastError"_k)
                    .toString()
                    .size() > 0);
        QVERIFY(m_sink->start({}, port));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 15'000);
        QTRY_COMPARE(outboxCount(QStringLiteral("state = 'sent'")), 1);
        QVERIFY(passesGo(3));
        QCOMPARE(m_sink->count(), 1);
    }

    void starttlsWithAuth() {
        SmtpSink::Options tls;
        tls.starttls = true;
        tls.requireTls = true;
        tls.auth = QStringLiteral("mailer:s3cret-pass");
        QVERIFY(startWithTls(tls, QStringLiteral("s3cret-pass"), true));
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        QCOMPARE(m_http.postJson(bookUrl(m_fx->event(m_admin)), {}, ada.token).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink->count(), 1, 20'000);
        const QJsonObject envelope = m_sink->mails().first().toObject().value("envelope"_k).toObject();
        QCOMPARE(envelope.value("tls"_k).toBool(), true);
        QCOMPARE(envelope.value("login"_k).toString(), QStringLiteral("mailer"));
    }

    void aWrongPasswordIsAFailureWithTheServersReply() {
        SmtpSink::Options tls;
        tls.starttls = true;
        tls.auth = QStringLiteral("mailer:right");
        QVERIFY(startWithTls(tls, QStringLiteral("wrong"), false));
        QCOMPARE(m_http.postJson(bookUrl(m_fx->event(m_admin)), {}, m_fx->account(QStringLiteral("Ada")).token).status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(outboxCount(QStringLiteral("state = 'failed'")), 1, 20'000);
        QVERIFY(m_fx->scalar(QStringLiteral("SELECT last_error FROM outbox")).toString().contains(QStringLiteral("535")));
        QCOMPARE(m_sink->count(), 0);
    }

    void withoutSmtpTheOutboxStillRecords() {
        QVERIFY(startServer());
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        QCOMPARE(m_http.postJson(bookUrl(m_fx->event(m_admin)), {}, ada.token).status, 201);
        QCOMPARE(outboxCount(QStringLiteral("state = 'queued'")), 1);
        const Reply stats = m_http.get(url(QStringLiteral("/api/admin/mail")), m_admin.token);
        QCOMPARE(stats.data().value("stats"_k).toObject().value("enabled"_k).toBool(), false);
        QCOMPARE(stats.data().value("stats"_k).toObject().value("queued"_k).toInt(), 1);
    }

    void staleMailIsDroppedNotSent() {
        QVERIFY(startServer()); // mail off: the outbox records
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        QCOMPARE(m_http.postJson(bookUrl(m_fx->event(m_admin)), {}, ada.token).status, 201);
        QCOMPARE(m_fx->scalar(QStringLiteral("UPDATE outbox SET created_at = created_at - 345600000")).toInt(), 1);
        // The same database, now with a mail server: four days old is past MAIL_STALE_HOURS (72).
        m_sink = std::make_unique<SmtpSink>();
        QVERIFY(m_sink->start());
        m_server->stop();
        app::Config &c = m_server->config();
        c.mail.enabled = true;
        c.mail.smtp.url = m_sink->url();
        c.mail.from = {QStringLiteral("events@example.test"), {}};
        c.mail.pollMs = 50;
        QVERIFY(m_server->start());
        QTRY_COMPARE_WITH_TIMEOUT(outboxCount(QStringLiteral("state = 'dropped'")), 1, 15'000);
        QVERIFY(passesGo(3));
        QCOMPARE(m_sink->count(), 0);
        Q_UNUSED(ada);
    }

};

QTEST_GUILESS_MAIN(TestMailApi)
#include "tst_mail_api.moc"
