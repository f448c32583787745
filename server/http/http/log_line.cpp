#include "log_line.h"

#include "log_sink.h"

namespace eventbook::http {

LogLine::LogLine(QByteArrayView level, QByteArrayView category, QStringView msg)
    : m_json(LogSink::format() == LogSink::Format::Json) {
    m_line.reserve(256);
    if (m_json) {
        m_line += "{\"time\":\"";
        LogSink::appendTime(m_line);
        m_line += "\",\"level\":";
        LogSink::appendJsonString(m_line, level);
        m_line += ",\"category\":";
        LogSink::appendJsonString(m_line, category);
        m_line += ",\"msg\":";
        LogSink::appendJsonString(m_line, msg);
    } else {
        LogSink::appendTime(m_line);
        m_line += ' ';
        m_line += level.toByteArray().leftJustified(5);
        m_line += ' ';
        m_line += category;
        m_line += ": ";
        m_line += msg.toUtf8();
    }
}

LogLine &LogLine::text(QByteArrayView key, QStringView value) {
    startField(key);
    if (m_json)
        LogSink::appendJsonString(m_line, value);
    else
        m_line += value.toUtf8();
    return *this;
}

LogLine &LogLine::number(QByteArrayView key, double value) {
    startField(key);
    m_line += QByteArray::number(value, 'g', 12);
    return *this;
}

void LogLine::startField(QByteArrayView key) {
    if (m_json) {
        m_line += ",\"";
        m_line += key;
        m_line += "\":";
    } else {
        m_line += ' ';
        m_line += key;
        m_line += '=';
    }
}

QByteArray LogLine::take() {
    if (m_json)
        m_line += '}';
    m_line += '\n';
    return std::move(m_line);
}

} // namespace eventbook::http
