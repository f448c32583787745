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

// A message that is itself a JSON object (the access log's) contributes its fields to the line.
QJsonObject structuredFields(const QString &msg) {
    if (!msg.startsWith(QLatin1Char('{')))
        return {};
    return QJsonDocument::fromJson(msg.toUtf8()).object();
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg) {
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray category(ctx.category ? ctx.category : "default");
    QJsonObject fields = structuredFields(msg);
    const QString text = fields.isEmpty() ? msg : fields.take(QStringLiteral("msg")).toString();
    QByteArray line;
    if (g_json) {
        QJsonObject o{{QStringLiteral("time"), time},
                      {QStringLiteral("level"), QString::fromLatin1(levelName(type))},
                      {QStringLiteral("category"), QString::fromLatin1(category)},
                      {QStringLiteral("msg"), text}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            o.insert(it.key(), it.value());
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    } else {
        line = time.toUtf8() + ' ' + QByteArray(levelName(type)).leftJustified(5) + ' ' + category + ": " +
               text.toUtf8();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            line += ' ' + it.key().toUtf8() + '=' +
                    (it->isString() ? it->toString().toUtf8() : QByteArray::number(it->toDouble(), 'g', 12));
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
