// The log lines the server formats by hand (access lines and the message handler's) must stay
// valid JSON whatever a message holds, and give back exactly the text that went in.
#include "http/log_sink.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using eventbook::http::LogSink;

class TestLogSink : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stringsRoundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("GET /api/events");
        QTest::newRow("quotes and backslashes") << QStringLiteral("a \"quoted\" \\path\\");
        QTest::newRow("line breaks") << QStringLiteral("one\ntwo\r\nthree\tfour");
        QTest::newRow("control characters") << QString::fromUtf16(u"nul\u0000bell\u0007esc\u001b del\u007f");
        QTest::newRow("line separators") << QString::fromUtf16(u"a\u2028b\u2029c");
        QTest::newRow("non-ASCII") << QStringLiteral("Café Zürich – 東京 🎟");
        QTest::newRow("injected field") << QStringLiteral("x\",\"level\":\"error");
        QTest::newRow("empty") << QString();
    }

    void stringsRoundTrip() {
        QFETCH(QString, text);
        QByteArray line = "{\"msg\":";
        LogSink::appendJsonString(line, text);
        line += '}';
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QCOMPARE(doc.object().size(), 1);
        QCOMPARE(doc.object().value(QStringLiteral("msg")).toString(), text);
        QVERIFY(!line.contains('\n'));
    }

    void loneSurrogateBecomesReplacementCharacter() {
        const QChar lone(char16_t(0xd800));
        QByteArray line = "{\"msg\":";
        LogSink::appendJsonString(line, QString(QString(lone) + QStringLiteral("x")));
        line += '}';
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(QStringLiteral("msg")).toString(),
                 QString(QChar(0xfffd)) + QStringLiteral("x"));
    }

    void timeIsIsoUtcWithMilliseconds() {
        QByteArray a;
        LogSink::appendTime(a);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                     .match(QString::fromLatin1(a))
                     .hasMatch(),
                 a.constData());
        const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(a), Qt::ISODateWithMs);
        QVERIFY(parsed.isValid());
        QVERIFY(qAbs(parsed.msecsTo(QDateTime::currentDateTimeUtc())) < 60'000);
    }
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_log_sink.moc"
