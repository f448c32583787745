#include "logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <cstdio>

namespace eventbook::app {
namespace {
bool g_json = true;

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
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray line;
    if (g_json) {
        QJsonObject o{
            {QStringLiteral("time"), time},
            {QStringLiteral("level"), QString::fromLatin1(levelName(type))},
            {QStringLiteral("category"), QString::fromLatin1(ctx.category ? ctx.category : "default")},
            {QStringLiteral("msg"), msg}};
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        line = time.toUtf8() + ' ' + QByteArray(levelName(type)).leftJustified(5) + ' ' +
               QByteArray(ctx.category ? ctx.category : "default") + ": " + msg.toUtf8();
    }
    line += '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

void installLogging(const QString &format, const QString &level) {
    g_json = format != QLatin1StringView("text");
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
