#include "log_sink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace eventbook::http {
namespace {
constexpr qsizetype kFlushAt = 64 * 1024;

std::atomic<LogSink::Format> g_format{LogSink::Format::Json};
QMutex g_mutex;
QByteArray g_pending;       // guarded by g_mutex
bool g_flushQueued = false; // guarded by g_mutex

// Writes all of `bytes` to stderr (fd 2), retrying short writes and EINTR.
void writeAll(const QByteArray &bytes) {
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(STDERR_FILENO, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return; // nowhere left to report it
        }
        p += n;
        left -= n;
    }
}

void flushLocked() {
    if (g_pending.isEmpty())
        return;
    writeAll(g_pending);
    g_pending.clear(); // keeps the capacity for the next turn
}

void flushAtExit() {
    LogSink::flush();
}

const bool g_registered = [] {
    std::atexit(flushAtExit);
    return true;
}();

void appendEscaped(QByteArray &out, char32_t c) {
    switch (c) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        break;
    }
    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
        out += buf;
        return;
    }
    const auto utf16 = QChar::fromUcs4(c);
    out += QStringView(utf16).toUtf8();
}
} // namespace

void LogSink::setFormat(Format format) {
    g_format = format;
}

LogSink::Format LogSink::format() {
    return g_format;
}

void LogSink::writeNow(QByteArrayView line) {
    QMutexLocker lock(&g_mutex);
    g_pending.append(line);
    flushLocked();
}

void LogSink::writeSoon(QByteArrayView line) {
    QMutexLocker lock(&g_mutex);
    g_pending.append(line);
    if (g_pending.size() >= kFlushAt) {
        flushLocked();
        return;
    }
    if (g_flushQueued)
        return;
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->closingDown()) { // no event loop to come back to
        flushLocked();
        return;
    }
    g_flushQueued = true;
    // Queued to the main thread: runs once the current turn's events are handled.
    QMetaObject::invokeMethod(
        app,
        [] {
            QMutexLocker inner(&g_mutex);
            g_flushQueued = false;
            flushLocked();
        },
        Qt::QueuedConnection);
}

void LogSink::flush() {
    QMutexLocker lock(&g_mutex);
    flushLocked();
}

void LogSink::appendTime(QByteArray &out) {
    // The date and time to the second change once a second: formatted then, not per line.
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cachedPrefix;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const qint64 second = ms / 1000;
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedPrefix = QDateTime::fromSecsSinceEpoch(second, Qt::UTC)
                           .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss."))
                           .toLatin1();
    }
    const int milli = int(ms % 1000);
    const char digits[5] = {char('0' + milli / 100), char('0' + milli / 10 % 10), char('0' + milli % 10), 'Z',
                            0};
    out += cachedPrefix;
    out += digits;
}

void LogSink::appendJsonString(QByteArray &out, QStringView text) {
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        const ushort u = ch.unicode();
        if (u >= 0x20 && u < 0x7f && u != '"' && u != '\\') {
            out += char(u);
            continue;
        }
        char32_t c = u;
        if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(ch, text[i + 1]);
            ++i;
        } else if (ch.isSurrogate()) {
            c = 0xfffd; // a lone half of a pair is not valid JSON text
        }
        appendEscaped(out, c);
    }
    out += '"';
}

void LogSink::appendJsonString(QByteArray &out, QByteArrayView latin1) {
    appendJsonString(out, QString::fromLatin1(latin1));
}

} // namespace eventbook::http
