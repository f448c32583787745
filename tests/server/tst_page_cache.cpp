// The page cache on its own: versions, ETags, If-None-Match parsing and the memory bound.
#include "http/page_cache.h"

#include <QTest>

using eventbook::http::PageCache;

class TestPageCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void servesOnlyTheVersionItWasFilledFor() {
        PageCache cache;
        QVERIFY(!cache.find("k", "v1"));
        const auto stored = cache.store("k", "v1", "body-1");
        QVERIFY(stored.etag.startsWith('"') && stored.etag.endsWith('"'));
        QCOMPARE(cache.find("k", "v1")->body, QByteArray("body-1"));
        QVERIFY(!cache.find("k", "v2"));
        QVERIFY(!cache.find("other", "v1"));
        cache.store("k", "v2", "body-2");
        QVERIFY(!cache.find("k", "v1"));
        QCOMPARE(cache.find("k", "v2")->body, QByteArray("body-2"));
    }

    void etagFollowsTheBody() {
        PageCache cache;
        const QByteArray a = cache.store("a", "v1", "same").etag;
        const QByteArray b = cache.store("b", "v9", "same").etag;
        const QByteArray c = cache.store("c", "v1", "different").etag;
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void ifNoneMatch_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("exact") << QByteArray("\"abc\"") << true;
        QTest::newRow("weak") << QByteArray("W/\"abc\"") << true;
        QTest::newRow("list") << QByteArray("\"x\", \"abc\"") << true;
        QTest::newRow("star") << QByteArray("*") << true;
        QTest::newRow("unquoted") << QByteArray("abc") << false;
        QTest::newRow("other") << QByteArray("\"abd\"") << false;
    }
    void ifNoneMatch() {
        QFETCH(QByteArray, header);
        QFETCH(bool, matches);
        QCOMPARE(PageCache::matches(header, "\"abc\""), matches);
    }

    void memoryStaysBounded() {
        PageCache cache;
        const QByteArray big(1024 * 1024, 'x');
        for (int i = 0; i < 200; ++i)
            cache.store("page" + QByteArray::number(i), "v", big);
        int kept = 0;
        for (int i = 0; i < 200; ++i)
            kept += cache.find("page" + QByteArray::number(i), "v").has_value();
        QVERIFY(kept > 0);
        QVERIFY(qint64(kept) * big.size() <= PageCache::kMaxBytes);
        // A page bigger than a quarter of the budget is served but not kept.
        const QByteArray huge(PageCache::kMaxBytes / 2, 'y');
        QCOMPARE(cache.store("huge", "v", huge).body.size(), huge.size());
        QVERIFY(!cache.find("huge", "v"));
    }
};

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_page_cache.moc"
