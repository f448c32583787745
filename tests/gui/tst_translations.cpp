// The app's translations: every string of the .ts files (kept current by lupdate in each build)
// is translated in English, German and French, keeps its placeholders and shortcut markers, and
// the compiled catalogues inside the app load and translate.
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readTs(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            current = Message{context, {}, {}, {}};
        } else if (name == QLatin1StringView("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            current.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                current.translations << xml.text().toString();
            while (!(xml.isEndElement() && xml.name() == QLatin1StringView("translation")) && !xml.atEnd()) {
                if (xml.isStartElement() && xml.name() == QLatin1StringView("numerusform"))
                    current.translations << xml.readElementText();
                xml.readNext();
            }
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &s) {
    QStringList out;
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

int accelerators(const QString &s) {
    return int(s.count(QLatin1Char('&')) - 2 * s.count(QStringLiteral("&&")));
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyStringIsTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
    }
    void everyStringIsTranslated() {
        QFETCH(QString, language);
        const QString path = QStringLiteral(EVENTBOOK_TS_DIR "/eventbook_%1.ts").arg(language);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QVERIFY2(messages.size() > 100, qPrintable(QStringLiteral("only %1 messages in %2").arg(messages.size()).arg(path)));
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(" “") + m.source + QStringLiteral("”: ");
            if (!m.type.isEmpty())
                problems << where + m.type;
            else if (m.translations.isEmpty() || m.translations.contains(QString()))
                problems << where + QStringLiteral("empty");
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << where + QStringLiteral("placeholders differ in “%1”").arg(t);
                if (accelerators(t) != accelerators(m.source))
                    problems << where + QStringLiteral("shortcut marker lost in “%1”").arg(t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void allFilesHoldTheSameStrings() {
        QSet<QString> reference;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
            QString error;
            QSet<QString> keys;
            for (const Message &m : readTs(QStringLiteral(EVENTBOOK_TS_DIR "/eventbook_%1.ts").arg(language), &error))
                keys.insert(m.context + QLatin1Char('|') + m.source);
            QVERIFY(error.isEmpty());
            if (reference.isEmpty())
                reference = keys;
            QCOMPARE(keys, reference);
        }
    }

    void compiledCataloguesTranslate_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("browse");
        QTest::addColumn<QString>("eventsFive");
        QTest::newRow("en") << "en" << "Browse" << "5 events";
        QTest::newRow("de") << "de" << "Entdecken" << "5 Veranstaltungen";
        QTest::newRow("fr") << "fr" << "Parcourir" << "5 événements";
    }
    void compiledCataloguesTranslate() {
        QFETCH(QString, language);
        QFETCH(QString, browse);
        QFETCH(QString, eventsFive);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/eventbook_%1.qm").arg(language)),
                 "the catalogue is not compiled into the app's resources");
        QCOMPARE(translator.translate("eventbook::ui::MainWindow", "Browse"), browse);
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("eventbook::ui::BrowsePage", "%n event(s)", nullptr, 5), eventsFive);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
