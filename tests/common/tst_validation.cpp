#include "eventbook/common/json_keys.h"
#include "eventbook/common/validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace eventbook;
namespace v = eventbook::validation;

namespace {
QString dataUri(const char *mime, const QByteArray &bytes) {
    return QStringLiteral("data:image/%1;base64,").arg(QLatin1StringView(mime)) +
           QString::fromLatin1(bytes.toBase64());
}
const QByteArray kPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16, '\0');
const QByteArray kJpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(16, '\0');
const QByteArray kGif = QByteArray("GIF89a") + QByteArray(16, '\0');
const QByteArray kWebp = QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) + QByteArray(8, '\0');
const QByteArray kAvif = QByteArray("\0\0\0\x1c"
                                    "ftypavif\0\0\0\0avifmif1miaf",
                                    28);

QJsonObject validEvent() {
    return QJsonObject{{keys::title, QStringLiteral("Concert")},
                       {keys::description, QStringLiteral("Nice")},
                       {keys::location, QStringLiteral("Hall")},
                       {keys::date, QStringLiteral("2030-01-01T18:00:00Z")},
                       {keys::totalSlots, 10},
                       {keys::tags, QJsonArray{QStringLiteral("music")}},
                       {keys::image, QJsonValue::Null}};
}
} // namespace

class TestValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void email_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ann@example.com") << true;
        QTest::newRow("upper case is normalised") << QStringLiteral("  Ann@Example.COM ") << true;
        QTest::newRow("plus tag") << QStringLiteral("ann+events@example.co.uk") << true;
        QTest::newRow("unicode domain") << QStringLiteral("jürgen@müller.de") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no at") << QStringLiteral("ann.example.com") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("space inside") << QStringLiteral("an n@example.com") << false;
        QTest::newRow("no tld") << QStringLiteral("ann@localhost") << false;
        QTest::newRow("double dot") << QStringLiteral("ann@example..com") << false;
        QTest::newRow("trailing dot") << QStringLiteral("ann@example.com.") << false;
        QTest::newRow("newline injection") << QStringLiteral("ann@example.com\nBcc: x@y.z") << false;
        QTest::newRow("null byte") << QStringLiteral("ann@exa") + QChar(0) + QStringLiteral("mple.com")
                                   << false;
        QTest::newRow("huge") << QString(300, QLatin1Char('a')) + QStringLiteral("@example.com") << false;
        // Look-alikes (issue 17): invisible characters and mixed alphabets are refused.
        QTest::newRow("zero-width space") << QString::fromUtf8("ali\u200bce@example.com") << false;
        QTest::newRow("zero-width joiner") << QString::fromUtf8("ali\u200dce@example.com") << false;
        QTest::newRow("word joiner") << QString::fromUtf8("alice\u2060@example.com") << false;
        QTest::newRow("byte order mark") << QString::fromUtf8("ali\ufeffce@example.com") << false;
        QTest::newRow("soft hyphen") << QString::fromUtf8("ali\u00adce@example.com") << false;
        QTest::newRow("bidi override") << QString::fromUtf8("alice\u202e@example.com") << false;
        QTest::newRow("variation selector") << QString::fromUtf8("alice\ufe0f@example.com") << false;
        QTest::newRow("hangul filler") << QString::fromUtf8("alice\u3164@example.com") << false;
        QTest::newRow("no-break space") << QString::fromUtf8("ali\u00a0ce@example.com") << false;
        QTest::newRow("cyrillic a in latin") << QString::fromUtf8("\u0430lice@example.com") << false;
        QTest::newRow("greek o in latin domain") << QString::fromUtf8("alice@ex\u03bfmple.com") << false;
        QTest::newRow("all cyrillic local part") << QString::fromUtf8("\u0438\u0432\u0430\u043d@example.com") << true;
        QTest::newRow("full width is folded") << QString::fromUtf8("\uff41\uff4c\uff49\uff43\uff45@example.com") << true;
        QTest::newRow("combining accent") << QString::fromUtf8("cafe\u0301@example.com") << true;
    }
    void email() {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(!v::checkEmail(input).has_value(), valid);
    }
    void normaliseEmail() {
        QCOMPARE(v::normaliseEmail(QStringLiteral(" Ann@Example.COM ")), QStringLiteral("ann@example.com"));
        // One spelling per address: full-width letters and combining accents meet their plain forms.
        QCOMPARE(v::normaliseEmail(QString::fromUtf8("\uff21\uff4c\uff49\uff43\uff45\uff20example.com")),
                 QStringLiteral("alice@example.com"));
        QCOMPARE(v::normaliseEmail(QString::fromUtf8("Cafe\u0301@example.com")),
                 v::normaliseEmail(QString::fromUtf8("caf\u00e9@example.com")));
    }

    void password_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("strong") << QStringLiteral("Xk9$mzq!Lp") << true;
        QTest::newRow("unicode strong") << QStringLiteral("Grüße-9Äpfel") << true;
        QTest::newRow("too short") << QStringLiteral("Ab1$x") << false;
        QTest::newRow("no upper") << QStringLiteral("xk9$mzq!lp") << false;
        QTest::newRow("no lower") << QStringLiteral("XK9$MZQ!LP") << false;
        QTest::newRow("no digit") << QStringLiteral("Xkq$mzq!Lp") << false;
        QTest::newRow("no symbol") << QStringLiteral("Xk9mzqaLp") << false;
        QTest::newRow("common Password1!") << QStringLiteral("Password1!") << false;
        QTest::newRow("common P@ssw0rd") << QStringLiteral("P@ssw0rd") << false;
        QTest::newRow("common Summer2024!") << QStringLiteral("Summer2024!") << false;
        QTest::newRow("common Qwerty123!") << QStringLiteral("Qwerty123!") << false;
        QTest::newRow("common Welcome1!") << QStringLiteral("Welcome1!") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("huge") << QStringLiteral("Aa1!") + QString(200, QLatin1Char('x')) << false;
    }
    void password() {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(!v::checkPassword(input).has_value(), valid);
    }

    void name_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("Ann Lee") << true;
        QTest::newRow("unicode") << QStringLiteral("Zoë Ørsted 王小明") << true;
        QTest::newRow("emoji counts as one") << QString(99, QLatin1Char('a')) + QStringLiteral("😀") << true;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("control") << QStringLiteral("Ann\x07") << false;
        QTest::newRow("too long") << QString(101, QLatin1Char('a')) << false;
    }
    void name() {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(!v::checkName(input).has_value(), valid);
    }

    void image_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https url") << QStringLiteral("https://cdn.example.com/a.jpg?x=1") << true;
        QTest::newRow("http url") << QStringLiteral("http://example.com/a.png") << true;
        QTest::newRow("png") << dataUri("png", kPng) << true;
        QTest::newRow("jpeg") << dataUri("jpeg", kJpeg) << true;
        QTest::newRow("jpg alias") << dataUri("jpg", kJpeg) << true;
        QTest::newRow("gif") << dataUri("gif", kGif) << true;
        QTest::newRow("webp") << dataUri("webp", kWebp) << true;
        QTest::newRow("avif") << dataUri("avif", kAvif) << true;
        QTest::newRow("png declared, jpeg bytes") << dataUri("png", kJpeg) << false;
        QTest::newRow("svg refused") << dataUri("svg+xml", QByteArray("<svg/>")) << false;
        QTest::newRow("html as png") << dataUri("png", QByteArray("<html><script>")) << false;
        QTest::newRow("bad base64") << QStringLiteral("data:image/png;base64,@@@@") << false;
        QTest::newRow("missing base64 marker") << QStringLiteral("data:image/png,abcd") << false;
        QTest::newRow("javascript scheme") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file scheme") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("ftp scheme") << QStringLiteral("ftp://example.com/a.png") << false;
        QTest::newRow("no host") << QStringLiteral("https:///a.png") << false;
        QTest::newRow("url too long")
            << QStringLiteral("https://e.com/") + QString(2100, QLatin1Char('a')) << false;
        QTest::newRow("data uri too long")
            << QStringLiteral("data:image/png;base64,") + QString(2000001, QLatin1Char('A')) << false;
    }
    void image() {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        const auto err = v::checkImage(input);
        QVERIFY2(err.has_value() != valid, err ? qPrintable(*err) : "accepted");
    }

    void eventFields_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<bool>("partial");
        QTest::addColumn<QStringList>("badFields");
        auto with = [](QLatin1StringView key, const QJsonValue &value) {
            QJsonObject o = validEvent();
            o.insert(key, value);
            return o;
        };
        QTest::newRow("valid") << validEvent() << false << QStringList();
        QTest::newRow("empty body, full")
            << QJsonObject() << false
            << QStringList{QStringLiteral("title"), QStringLiteral("location"), QStringLiteral("date"),
                           QStringLiteral("totalSlots")};
        QTest::newRow("empty body, partial") << QJsonObject() << true << QStringList();
        QTest::newRow("title wrong type")
            << with(keys::title, 42) << false << QStringList{QStringLiteral("title")};
        QTest::newRow("title blank") << with(keys::title, QStringLiteral("   ")) << false
                                     << QStringList{QStringLiteral("title")};
        QTest::newRow("title 201 chars") << with(keys::title, QString(201, QLatin1Char('x'))) << false
                                         << QStringList{QStringLiteral("title")};
        QTest::newRow("title 200 emoji ok")
            << with(keys::title, QString(QStringLiteral("🎉")).repeated(200)) << false << QStringList();
        QTest::newRow("description too long") << with(keys::description, QString(10001, QLatin1Char('x')))
                                              << false << QStringList{QStringLiteral("description")};
        QTest::newRow("date without zone") << with(keys::date, QStringLiteral("2030-01-01T18:00:00")) << false
                                           << QStringList{QStringLiteral("date")};
        QTest::newRow("date garbage")
            << with(keys::date, QStringLiteral("tomorrow")) << false << QStringList{QStringLiteral("date")};
        QTest::newRow("date as number")
            << with(keys::date, 1700000000) << false << QStringList{QStringLiteral("date")};
        QTest::newRow("date with offset ok")
            << with(keys::date, QStringLiteral("2030-01-01T18:00:00+02:00")) << false << QStringList();
        QTest::newRow("slots zero") << with(keys::totalSlots, 0) << false
                                    << QStringList{QStringLiteral("totalSlots")};
        QTest::newRow("slots fraction")
            << with(keys::totalSlots, 1.5) << false << QStringList{QStringLiteral("totalSlots")};
        QTest::newRow("slots string") << with(keys::totalSlots, QStringLiteral("10")) << false
                                      << QStringList{QStringLiteral("totalSlots")};
        QTest::newRow("slots huge") << with(keys::totalSlots, 1e12) << false
                                    << QStringList{QStringLiteral("totalSlots")};
        QTest::newRow("slots max ok") << with(keys::totalSlots, 1000000) << false << QStringList();
        QTest::newRow("tags not array")
            << with(keys::tags, QStringLiteral("music")) << false << QStringList{QStringLiteral("tags")};
        QJsonArray many;
        for (int i = 0; i < 21; ++i)
            many.append(QStringLiteral("t%1").arg(i));
        QTest::newRow("21 tags") << with(keys::tags, many) << false << QStringList{QStringLiteral("tags")};
        QTest::newRow("tag too long") << with(keys::tags, QJsonArray{QString(41, QLatin1Char('t'))}) << false
                                      << QStringList{QStringLiteral("tags")};
        QTest::newRow("tag not string")
            << with(keys::tags, QJsonArray{1}) << false << QStringList{QStringLiteral("tags")};
        QTest::newRow("image object")
            << with(keys::image, QJsonObject()) << false << QStringList{QStringLiteral("image")};
        QTest::newRow("patch null title")
            << QJsonObject{{keys::title, QJsonValue::Null}} << true << QStringList{QStringLiteral("title")};
        QTest::newRow("patch one field") << QJsonObject{{keys::totalSlots, 5}} << true << QStringList();
    }
    void eventFields() {
        QFETCH(QJsonObject, body);
        QFETCH(bool, partial);
        QFETCH(QStringList, badFields);
        QStringList got;
        for (const auto &e : v::checkEventFields(body, partial))
            got.append(e.field);
        QCOMPARE(got, badFields);
    }

    void sniff() {
        QCOMPARE(v::sniffImage(kPng), v::ImageType::Png);
        QCOMPARE(v::sniffImage(kAvif), v::ImageType::Avif);
        QCOMPARE(v::sniffImage(QByteArray()), v::ImageType::None);
        QCOMPARE(v::sniffImage(QByteArray("\0\0\0\x08"
                                          "ftyp",
                                          8)),
                 v::ImageType::None); // truncated box
    }
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
