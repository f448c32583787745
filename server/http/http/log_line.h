#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace eventbook::http {

// One log line in the format LogSink was given (a JSON object, or "time level category: msg
// key=value…" for people): the time, level, category and message, then fields. Built directly,
// without a JSON document, because the access log writes one per request.
class LogLine {
public:
    LogLine(QByteArrayView level, QByteArrayView category, QStringView msg);

    LogLine &text(QByteArrayView key, QStringView value);
    LogLine &number(QByteArrayView key, double value);
    // The finished line, newline included.
    QByteArray take();

private:
    void startField(QByteArrayView key);

    QByteArray m_line;
    bool m_json;
};

} // namespace eventbook::http
