#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace eventbook::http {

// The process's log output on stderr. Lines written "soon" (info lines, the access log) are
// gathered and written together at the end of the event loop's current turn, or at 64 KiB — under
// load one write(2) carries many requests' lines instead of one each. Warnings and errors are
// written at once, after whatever was waiting, so the order of lines holds. Thread-safe.
class LogSink {
public:
    enum class Format { Json, Text };
    static void setFormat(Format format);
    static Format format();

    static void writeNow(QByteArrayView line);
    static void writeSoon(QByteArrayView line);
    static void flush();

    // Helpers for building lines without a JSON document round trip.
    static void appendTime(QByteArray &out); // 2026-12-02T19:16:00.778Z, UTC
    static void appendJsonString(QByteArray &out, QStringView text);
    static void appendJsonString(QByteArray &out, QByteArrayView latin1);
};

} // namespace eventbook::http
