#include "logging.h"

#include "http/log_line.h"
#include "http/log_sink.h"

#include <QLoggingCategory>

namespace eventbook::app {
namespace {
const char *levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warn";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg) {
    using http::LogSink;
    const QByteArray line =
        http::LogLine(levelName(type), ctx.category ? ctx.category : "default", msg).take();
    // Information can wait for the end of the event loop's turn; anything worse is written now.
    if (type == QtDebugMsg || type == QtInfoMsg)
        LogSink::writeSoon(line);
    else
        LogSink::writeNow(line);
}

} // namespace

void installLogging(const QString &format, const QString &level) {
    http::LogSink::setFormat(format == QLatin1StringView("text") ? http::LogSink::Format::Text
                                                                 : http::LogSink::Format::Json);
    QString rules = QStringLiteral("qt.*.debug=false\n");
    if (level == QLatin1StringView("info"))
        rules += QStringLiteral("*.debug=false\n");
    else if (level == QLatin1StringView("warn"))
        rules += QStringLiteral("*.debug=false\n*.info=false\n");
    else if (level == QLatin1StringView("error"))
        rules += QStringLiteral("*.debug=false\n*.info=false\n*.warning=false\n");
    QLoggingCategory::setFilterRules(rules);
    qInstallMessageHandler(handler);
}

} // namespace eventbook::app
