#include "eventbook/common/codecs.h"
#include "eventbook/common/error_code.h"
#include "eventbook/common/json_keys.h"

#include <QJsonArray>
#include <QTest>

using namespace eventbook;

class TestCodecs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseTime_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("utc") << QStringLiteral("2026-12-01T18:00:00Z")
                             << QStringLiteral("2026-12-01T18:00:00.000Z");
        QTest::newRow("millis") << QStringLiteral("2026-12-01T18:00:00.123Z")
                                << QStringLiteral("2026-12-01T18:00:00.123Z");
        QTest::newRow("micros trimmed")
            << QStringLiteral("2026-12-01T18:00:00.123456Z") << QStringLiteral("2026-12-01T18:00:00.123Z");
        QTest::newRow("offset") << QStringLiteral("2026-12-01T20:00:00+02:00")
                                << QStringLiteral("2026-12-01T18:00:00.000Z");
        QTest::newRow("no seconds") << QStringLiteral("2026-12-01T18:00Z")
                                    << QStringLiteral("2026-12-01T18:00:00.000Z");
        QTest::newRow("no zone") << QStringLiteral("2026-12-01T18:00:00") << QString();
        QTest::newRow("date only") << QStringLiteral("2026-12-01") << QString();
        QTest::newRow("month 13") << QStringLiteral("2026-13-01T18:00:00Z") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("huge") << QString(5000, QLatin1Char('9')) << QString();
    }
    void parseTime() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto t = codec::parseTime(input);
        QCOMPARE(t.has_value(), !expected.isEmpty());
        if (t)
            QCOMPARE(codec::formatTime(*t), expected);
    }

    void eventRoundTrip() {
        Event e;
        e.id = 7;
        e.title = QStringLiteral("Jazz \"night\", ünïcode");
        e.location = QStringLiteral("Hall");
        e.date = QDateTime(QDate(2026, 12, 1), QTime(18, 0), Qt::UTC);
        e.totalSlots = 100;
        e.availableSlots = 40;
        e.tags = {QStringLiteral("music"), QStringLiteral("jazz")};
        e.createdAt = e.updatedAt = e.date;
        const QJsonObject o = codec::event(e);
        QCOMPARE(o.value(keys::image).type(), QJsonValue::Null);
        QCOMPARE(o.value(keys::createdBy).type(), QJsonValue::Null);
        QCOMPARE(o.value(keys::date).toString(), QStringLiteral("2026-12-01T18:00:00.000Z"));
        const Event back = codec::eventFromJson(o);
        QCOMPARE(back.title, e.title);
        QCOMPARE(back.tags, e.tags);
        QCOMPARE(back.availableSlots, 40);
        QCOMPARE(back.date, e.date);
        QVERIFY(back.image.isNull());
    }

    void userNeverCarriesSecrets() {
        User u;
        u.id = 1;
        u.email = QStringLiteral("a@b.cd");
        u.createdAt = QDateTime::currentDateTimeUtc();
        const QJsonObject profile = codec::userProfile(u);
        QVERIFY(!profile.contains(QLatin1StringView("password")));
        QVERIFY(!profile.contains(QLatin1StringView("passwordHash")));
        QCOMPARE(profile.value(keys::lastLogin).type(), QJsonValue::Null);
        QCOMPARE(codec::userPublic(u).keys(),
                 (QStringList{QStringLiteral("email"), QStringLiteral("id"), QStringLiteral("isAdmin"),
                              QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("scopes")}));
    }

    void roleAndScopesRoundTrip() {
        User u;
        u.id = 4;
        u.role = Role::Organiser;
        u.scopes = {{7, Role::Organiser, QStringLiteral("Jazz night")}};
        const QJsonObject o = codec::userPublic(u);
        QCOMPARE(o.value(keys::role).toString(), QStringLiteral("organiser"));
        QCOMPARE(o.value(keys::isAdmin).toBool(), false);
        const User back = codec::userFromJson(o);
        QCOMPARE(back.role, Role::Organiser);
        QCOMPARE(back.scopes.size(), 1);
        QCOMPARE(back.scopes.first().eventId, qint64(7));
        QCOMPARE(back.scopes.first().title, QStringLiteral("Jazz night"));
        // A pre-roles server sends only isAdmin; an unknown role name is not trusted either.
        QCOMPARE(codec::userFromJson(QJsonObject{{keys::isAdmin, true}}).role, Role::Admin);
        QCOMPARE(codec::userFromJson(QJsonObject{{keys::role, QStringLiteral("root")}}).role, Role::Attendee);
        QVERIFY(!codec::roleFromName(QStringLiteral("Admin")).has_value());
    }

    void teamMemberRoundTrip() {
        const TeamMember m{9, QStringLiteral("Sam"), QStringLiteral("sam@example.test"), Role::Staff,
                           QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC)};
        const QJsonObject o = codec::teamMember(m);
        QCOMPARE(o.value(keys::role).toString(), QStringLiteral("staff"));
        QCOMPARE(o.value(keys::createdAt).toString(), QStringLiteral("2026-05-01T09:30:00.000Z"));
        const TeamMember back = codec::teamMemberFromJson(o);
        QCOMPARE(back.userId, m.userId);
        QCOMPARE(back.email, m.email);
        QCOMPARE(back.role, Role::Staff);
        QCOMPARE(back.since, m.since);
    }

    void bookingEmbedsEventAndUser() {
        Booking b;
        b.id = 3;
        b.status = BookingStatus::Cancelled;
        b.cancelledAt = QDateTime::currentDateTimeUtc();
        b.event = Event{};
        const QJsonObject o = codec::booking(b);
        QCOMPARE(o.value(keys::status).toString(), QStringLiteral("cancelled"));
        QVERIFY(o.value(keys::event).isObject());
        QVERIFY(!o.contains(keys::user));
        QCOMPARE(codec::bookingFromJson(o).status, BookingStatus::Cancelled);
    }

    void errorCodes_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::newRow("validation") << int(ErrorCode::ValidationError) << QStringLiteral("VALIDATION_ERROR")
                                    << 400;
        QTest::newRow("unauthorized")
            << int(ErrorCode::Unauthorized) << QStringLiteral("UNAUTHORIZED") << 401;
        QTest::newRow("already booked")
            << int(ErrorCode::AlreadyBooked) << QStringLiteral("ALREADY_BOOKED") << 409;
        QTest::newRow("event full") << int(ErrorCode::EventFull) << QStringLiteral("EVENT_FULL") << 409;
        QTest::newRow("too large") << int(ErrorCode::PayloadTooLarge) << QStringLiteral("PAYLOAD_TOO_LARGE")
                                   << 413;
        QTest::newRow("rate limited") << int(ErrorCode::RateLimited) << QStringLiteral("RATE_LIMITED") << 429;
        QTest::newRow("internal") << int(ErrorCode::Internal) << QStringLiteral("INTERNAL") << 500;
    }
    void errorCodes() {
        QFETCH(int, code);
        QFETCH(QString, name);
        QFETCH(int, status);
        QCOMPARE(errorCodeName(ErrorCode(code)), name);
        QCOMPARE(errorCodeHttpStatus(ErrorCode(code)), status);
        QCOMPARE(int(errorCodeFromName(name)), code);
    }
    void eventDraftReadsOnlyWhatIsThere() {
        const QJsonObject body{
            {QStringLiteral("title"), QStringLiteral("  Padded  ")},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral(" a "), QStringLiteral("b")}},
            {QStringLiteral("image"), QString()},
            {QStringLiteral("totalSlots"), 12}};
        const EventDraft d = codec::eventDraftFromJson(body);
        QCOMPARE(d.title.value_or(QString()), QStringLiteral("Padded"));
        QVERIFY(!d.location && !d.date && !d.description);
        QCOMPARE(d.tags.value_or(QStringList()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(d.image && d.image->isNull()); // an empty image means "no image"
        QCOMPARE(d.totalSlots.value_or(0), 12);
        const QJsonObject back = codec::eventDraft(d);
        QCOMPARE(back.keys(), (QStringList{QStringLiteral("image"), QStringLiteral("tags"),
                                           QStringLiteral("title"), QStringLiteral("totalSlots")}));
        QVERIFY(back.value(QStringLiteral("image")).isNull());
    }

    void dashboardStatsRoundTrip() {
        DashboardStats s{3, 40, 7, 62.5, 2, 11};
        const DashboardStats back = codec::dashboardStatsFromJson(codec::dashboardStats(s));
        QCOMPARE(back.totalEvents, 3);
        QCOMPARE(back.totalBookings, 40);
        QCOMPARE(back.thisMonth, 7);
        QCOMPARE(back.occupancyRate, 62.5);
        QCOMPARE(back.upcomingEvents, 2);
        QCOMPARE(back.totalUsers, 11);
    }

    void unknownErrorName() { QCOMPARE(errorCodeFromName(u"NO_SUCH_CODE"), ErrorCode::Internal); }
};

QTEST_APPLESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
