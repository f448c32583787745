// Images out of the JSON (issue 22) over real HTTP on each database: a data URI in, a URL out, the
// exact bytes and type behind it with a strong ETag and a year's caching; the URL accepted back;
// hostile names answered 404; avatars removed with the account's name; rows written inline
// before migration 0007 moved out at start-up.
#include "api_test_case.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QTest>

using namespace eventbook;
using test::Account;
using test::operator""_k;
using test::Reply;

namespace {
QByteArray encoded(const char *format, QColor colour, int width = 64) {
    QImage image(width, 32, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}
QString dataUri(const QByteArray &bytes, const QString &type) {
    return QStringLiteral("data:image/%1;base64,").arg(type) + QString::fromLatin1(bytes.toBase64());
}
QString sha256(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestImagesApi : public test::ApiTestCase {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY2(startServer(), qPrintable(serverError())); }
    void cleanup() { stopServer(); }

    void dataUriInUrlOut() {
        const QByteArray png = encoded("PNG", Qt::darkCyan);
        const qint64 id = m_fx->event(m_admin, {{"image"_k, dataUri(png, QStringLiteral("png"))}});
        QVERIFY(id > 0);
        const QString expected = QStringLiteral("/api/images/") + sha256(png);
        const Reply detail = m_http.get(url(QStringLiteral("/api/events/%1").arg(id)));
        QCOMPARE(detail.data().value("image"_k).toString(), expected);
        const Reply list = m_http.get(url(QStringLiteral("/api/events")));
        QCOMPARE(list.data().value("events"_k).toArray().first().toObject().value("image"_k).toString(), expected);
        QVERIFY2(!list.body.contains("base64"), "no image bytes in the list");

        const Reply image = m_http.get(url(expected));
        QCOMPARE(image.status, 200);
        QCOMPARE(image.body, png);
        QCOMPARE(image.header("Content-Type"), QByteArray("image/png"));
        const QByteArray etag = '"' + sha256(png).toLatin1() + '"';
        QCOMPARE(image.header("ETag"), etag);
        QCOMPARE(image.header("Cache-Control"), QByteArray("public, max-age=31536000, immutable"));
        QCOMPARE(image.header("X-Content-Type-Options"), QByteArray("nosniff"));
        // Twice: the second answer comes from memory and must be the same.
        QCOMPARE(m_http.get(url(expected)).body, png);

        for (const QByteArray &validator : QByteArrayList{etag, QByteArray("W/") + etag, QByteArray("\"other\", ") + etag}) {
            const Reply again = m_http.send("GET", url(expected), {}, {{"If-None-Match", validator}});
            QCOMPARE(again.status, 304);
            QVERIFY(again.body.isEmpty());
        }
        QCOMPARE(m_http.send("GET", url(expected), {}, {{"If-None-Match", "\"other\""}}).status, 200);

        // A booking's answer and My bookings name the image too, and stay small.
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        const Reply booked = m_http.postJson(url(QStringLiteral("/api/events/%1/book").arg(id)), {}, ada.token);
        QCOMPARE(booked.status, 201);
        QCOMPARE(booked.data().value("event"_k).toObject().value("image"_k).toString(), expected);
        QVERIFY2(booked.body.size() < 2048, booked.body.constData());
        const Reply mine = m_http.get(url(QStringLiteral("/api/bookings/my")), ada.token);
        QCOMPARE(mine.json().value("data"_k).toArray().first().toObject().value("event"_k).toObject()
                     .value("image"_k).toString(),
                 expected);
    }

    void theSameBytesAreStoredOnce() {
        const QByteArray jpeg = encoded("JPEG", Qt::darkRed);
        // "jpg" is declared; the bytes say jpeg, and that is the type served.
        const qint64 a = m_fx->event(m_admin, {{"image"_k, dataUri(jpeg, QStringLiteral("jpg"))}});
        const qint64 b = m_fx->event(m_admin, {{"image"_k, dataUri(jpeg, QStringLiteral("jpeg"))}});
        QVERIFY(a > 0 && b > 0);
        const QString imageA = m_http.get(url(QStringLiteral("/api/events/%1").arg(a))).data().value("image"_k).toString();
        const QString imageB = m_http.get(url(QStringLiteral("/api/events/%1").arg(b))).data().value("image"_k).toString();
        QCOMPARE(imageA, imageB);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM images")).toInt(), 1);
        const Reply image = m_http.get(url(imageA));
        QCOMPARE(image.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(image.body, jpeg);
    }

    void theUrlIsAcceptedBackAndUnknownOnesAreNot() {
        const QByteArray png = encoded("PNG", Qt::darkGreen);
        const qint64 id = m_fx->event(m_admin, {{"image"_k, dataUri(png, QStringLiteral("png"))}});
        const QUrl event = url(QStringLiteral("/api/events/%1").arg(id));
        QJsonObject read = m_http.get(event).data();
        const QString image = read.value("image"_k).toString();
        // What a client read, sent back whole (PUT), keeps the image.
        QJsonObject body;
        for (const char *field : {"title", "description", "location", "date", "totalSlots", "tags", "image"})
            body.insert(QLatin1StringView(field), read.value(QLatin1StringView(field)));
        body.insert("title"_k, QStringLiteral("Renamed"));
        const Reply put = m_http.sendJson("PUT", event, body, m_admin.token);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.data().value("image"_k).toString(), image);

        const QString unknown = QStringLiteral("/api/images/") + sha256("not stored");
        for (const QString &bad : QStringList{unknown, QStringLiteral("/api/images/xyz"), image.toUpper(),
                                   image + QStringLiteral(".png"), QStringLiteral("/api/images/../events/1")}) {
            const Reply r = m_http.sendJson("PATCH", event, {{"image"_k, bad}}, m_admin.token);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
            QCOMPARE(r.json().value("error"_k).toObject().value("details"_k).toArray().first().toObject()
                         .value("field"_k).toString(),
                     QStringLiteral("image"));
        }
        QCOMPARE(m_http.get(event).data().value("image"_k).toString(), image);
        // An http(s) image stays a URL of its own.
        const Reply external =
            m_http.sendJson("PATCH", event, {{"image"_k, QStringLiteral("https://example.com/a.png")}}, m_admin.token);
        QCOMPARE(external.data().value("image"_k).toString(), QStringLiteral("https://example.com/a.png"));
    }

    void hostileNamesAreNotFound() {
        const QString hash = sha256("nothing");
        for (const QString &path : QStringList{QStringLiteral("/api/images/") + hash, QStringLiteral("/api/images/") + hash.toUpper(),
                                    QStringLiteral("/api/images/") + hash + QLatin1Char('0'),
                                    QStringLiteral("/api/images/") + hash.left(63), QStringLiteral("/api/images/%00"),
                                    QStringLiteral("/api/images/'%20OR%201=1--"), QStringLiteral("/api/images/")}) {
            const Reply r = m_http.get(QUrl(url(QString()).toString(QUrl::RemovePath) + path, QUrl::TolerantMode));
            QVERIFY2(r.status == 404, qPrintable(path + QStringLiteral(" → ") + QString::number(r.status)));
        }
    }

    void imagesDoNotSpendTheApiBudget() {
        stopServer();
        QVERIFY(startServer([](app::Config &c) {
            c.rateLimits = true;
            c.rateLimitOverrides.insert(QStringLiteral("api"), app::RateLimit{6, 900});
        }));
        const QByteArray png = encoded("PNG", Qt::gray);
        const qint64 id = m_fx->event(m_admin, {{"image"_k, dataUri(png, QStringLiteral("png"))}});
        QVERIFY(id > 0);
        const QUrl image = url(QStringLiteral("/api/images/") + sha256(png));
        for (int i = 0; i < 12; ++i)
            QCOMPARE(m_http.get(image).status, 200);
    }

    void avatarsGoWithTheAccount() {
        const QByteArray face = encoded("PNG", Qt::magenta, 48);
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        const Account bob = m_fx->account(QStringLiteral("Bob"));
        const Reply set = m_http.sendJson("PUT", url(QStringLiteral("/api/profile")),
                                          {{"avatarUrl"_k, dataUri(face, QStringLiteral("png"))}}, ada.token);
        QCOMPARE(set.status, 200);
        const QString avatar = QStringLiteral("/api/images/") + sha256(face);
        QCOMPARE(m_http.get(url(QStringLiteral("/api/auth/me")), ada.token).data().value("avatarUrl"_k).toString(), avatar);
        QCOMPARE(m_http.get(url(avatar)).body, face);
        QCOMPARE(m_http.get(url(avatar)).body, face); // asked twice: no copy may outlive the row

        // Changed: the old face is gone with it (nobody else shows it).
        const QByteArray second = encoded("PNG", Qt::yellow, 48);
        QCOMPARE(m_http.sendJson("PUT", url(QStringLiteral("/api/profile")),
                                 {{"avatarUrl"_k, dataUri(second, QStringLiteral("png"))}}, ada.token)
                     .status,
                 200);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM images WHERE hash = '%1'").arg(sha256(face))).toInt(), 0);
        QCOMPARE(m_http.get(url(avatar)).status, 404);
        // Cleared with "" or null: no avatar (null), and its image goes too.
        const QByteArray third = encoded("PNG", Qt::cyan, 48);
        for (const QJsonValue &none : {QJsonValue(QString()), QJsonValue(QJsonValue::Null)}) {
            QCOMPARE(m_http.sendJson("PUT", url(QStringLiteral("/api/profile")),
                                     {{"avatarUrl"_k, dataUri(third, QStringLiteral("png"))}}, bob.token)
                         .status,
                     200);
            const Reply cleared = m_http.sendJson("PUT", url(QStringLiteral("/api/profile")), {{"avatarUrl"_k, none}}, bob.token);
            QCOMPARE(cleared.status, 200);
            QVERIFY(cleared.data().value("avatarUrl"_k).isNull());
            QCOMPARE(m_http.get(url(QStringLiteral("/api/images/") + sha256(third))).status, 404);
        }

        // Bob uses the same picture as Ada: anonymising Ada keeps Bob's.
        const QString secondUrl = QStringLiteral("/api/images/") + sha256(second);
        QCOMPARE(m_http.sendJson("PUT", url(QStringLiteral("/api/profile")), {{"avatarUrl"_k, secondUrl}}, bob.token).status,
                 200);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/users/%1/anonymise").arg(ada.id)), {}, m_admin.token).status,
                 200);
        QCOMPARE(m_http.get(url(secondUrl)).status, 200);
        QCOMPARE(m_http.get(url(secondUrl)).status, 200);
        QCOMPARE(m_http.postJson(url(QStringLiteral("/api/admin/users/%1/anonymise").arg(bob.id)), {}, m_admin.token).status,
                 200);
        QCOMPARE(m_http.get(url(secondUrl)).status, 404);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM images")).toInt(), 0);
    }

    void inlineRowsMoveOutAtStartUp() {
        const QByteArray png = encoded("PNG", Qt::blue);
        // Qt writes no GIF: the smallest one there is, by hand.
        const QByteArray gif = QByteArray::fromHex("47494638396101000100800000ffffff00000021f90401000000002c00000000"
                                                   "010001000002024401003b");
        const qint64 event = m_fx->event(m_admin);
        const qint64 broken = m_fx->event(m_admin);
        const Account ada = m_fx->account(QStringLiteral("Ada"));
        // As a server before migration 0007 stored them (or a hand-made import).
        QCOMPARE(m_fx->scalar(QStringLiteral("UPDATE events SET image = '%1' WHERE id = %2")
                                  .arg(dataUri(png, QStringLiteral("png")))
                                  .arg(event))
                     .toInt(),
                 1);
        QCOMPARE(m_fx->scalar(QStringLiteral("UPDATE events SET image = 'data:image/png;base64,!!!!' WHERE id = %1")
                                  .arg(broken))
                     .toInt(),
                 1);
        QCOMPARE(m_fx->scalar(QStringLiteral("UPDATE users SET avatar_url = '%1' WHERE id = %2")
                                  .arg(dataUri(gif, QStringLiteral("gif")))
                                  .arg(ada.id))
                     .toInt(),
                 1);
        QVERIFY(m_server->restart());
        const QString moved = m_http.get(url(QStringLiteral("/api/events/%1").arg(event))).data().value("image"_k).toString();
        QCOMPARE(moved, QStringLiteral("/api/images/") + sha256(png));
        QCOMPARE(m_http.get(url(moved)).body, png);
        // What could not be shown anyway is dropped, and the server still starts.
        QVERIFY(m_http.get(url(QStringLiteral("/api/events/%1").arg(broken))).data().value("image"_k).isNull());
        const QString avatar = m_http.get(url(QStringLiteral("/api/profile")), ada.token).data().value("avatarUrl"_k).toString();
        QCOMPARE(avatar, QStringLiteral("/api/images/") + sha256(gif));
        const Reply face = m_http.get(url(avatar));
        QCOMPARE(face.header("Content-Type"), QByteArray("image/gif"));
        QCOMPARE(face.body, gif);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM events WHERE image LIKE 'data:%'")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImagesApi)
#include "tst_images_api.moc"
