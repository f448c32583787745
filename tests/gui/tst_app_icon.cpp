// The window icon comes from the same SVG as the installers' icons: every size is there and shows the
// design (blue tile, white ticket), not an empty pixmap.
#include "ui/app_icon.h"

#include <QApplication>
#include <QImage>
#include <QTest>

class TestAppIcon : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everySizeShowsTheTicket_data() {
        QTest::addColumn<int>("size");
        for (int size : {16, 32, 48, 256})
            QTest::addRow("%d px", size) << size;
    }

    void everySizeShowsTheTicket() {
        QFETCH(int, size);
        const QIcon icon = eventbook::ui::appIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(icon.availableSizes().contains(QSize(size, size)));
        const QImage image =
            icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(size, size));
        // The corners are outside the rounded tile: transparent.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        // Just inside the tile's top edge: opaque blue.
        const QColor tile = image.pixelColor(size / 2, size / 10);
        QCOMPARE(tile.alpha(), 255);
        QVERIFY(tile.blue() > 200 && tile.red() < 120);
        // The ticket's left part, between its edge and the check mark: white.
        const QColor ticket = image.pixelColor(size * 50 / 256, size * 96 / 256);
        QVERIFY(ticket.red() > 230 && ticket.green() > 230 && ticket.blue() > 230);
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_app_icon.moc"
