// Images chosen from a file become data URIs the server accepts, known by their bytes rather
// than their names; anything else is refused with a sentence that says why.
#include "eventbook/common/validation.h"
#include "ui/image_file.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using eventbook::ui::ImageFile;
namespace v = eventbook::validation;

class TestImageFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    static QByteArray encoded(const char *format) {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format);
        return bytes;
    }

private Q_SLOTS:
    void imagesBecomeAcceptedDataUris_data() {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mime");
        QTest::newRow("png") << QByteArray("PNG") << "a.png" << "png";
        QTest::newRow("jpeg") << QByteArray("JPEG") << "b.jpg" << "jpeg";
        // The name lies; the bytes decide.
        QTest::newRow("png named jpg") << QByteArray("PNG") << "c.jpg" << "png";
    }
    void imagesBecomeAcceptedDataUris() {
        QFETCH(QByteArray, format);
        QFETCH(QString, name);
        QFETCH(QString, mime);
        const QByteArray bytes = encoded(format.constData());
        QVERIFY(!bytes.isEmpty());
        const auto uri = ImageFile::toDataUri(write(name, bytes));
        QVERIFY2(uri, uri ? "" : qPrintable(uri.error().message));
        QVERIFY(uri->startsWith(QStringLiteral("data:image/") + mime + QStringLiteral(";base64,")));
        QCOMPARE(v::checkImage(*uri), std::nullopt); // the server's rule agrees
        QCOMPARE(QByteArray::fromBase64(uri->section(QLatin1Char(','), 1).toLatin1()), bytes);
    }

    void otherFilesAreRefusedWithAReason_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("text named png") << "notes.png" << QByteArray("hello, not an image") << "not a PNG";
        QTest::newRow("empty") << "empty.png" << QByteArray() << "not a PNG";
        QTest::newRow("too big") << "huge.png"
                                 << QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(int(ImageFile::kMaxBytes), 'x')
                                 << "at most";
    }
    void otherFilesAreRefusedWithAReason() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const auto uri = ImageFile::toDataUri(write(name, bytes));
        QVERIFY(!uri);
        QVERIFY2(uri.error().message.contains(says), qPrintable(uri.error().message));
        QVERIFY(uri.error().message.contains(name));
    }

    void missingFileSaysSo() {
        const auto uri = ImageFile::toDataUri(m_dir.filePath(QStringLiteral("gone.png")));
        QVERIFY(!uri);
        QVERIFY2(uri.error().message.contains(QStringLiteral("gone.png")), qPrintable(uri.error().message));
    }
};

QTEST_MAIN(TestImageFile)
#include "tst_image_file.moc"
