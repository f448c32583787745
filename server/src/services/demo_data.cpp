#include "demo_data.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/validation.h"
#include "storage/audit_repository.h"
#include "storage/event_repository.h"
#include "storage/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace eventbook::services {
using namespace eventbook::storage;

Result<int> DemoData::load() {
    QFile file(QStringLiteral(":/demo/events.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Internal, QStringLiteral("demo data resource missing"));
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).array();
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    return m_db.withRetry([&]() -> Result<int> {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        EventRepository events(m_db);
        int inserted = 0;
        for (const auto &item : items) {
            QJsonObject o = item.toObject();
            const QTime at =
                QTime::fromString(o.value(QLatin1StringView("time")).toString(), QStringLiteral("HH:mm"));
            const QDateTime when = today.addDays(o.value(QLatin1StringView("daysFromNow")).toInt())
                                       .addSecs(at.msecsSinceStartOfDay() / 1000);
            o.insert(keys::date, codec::formatTime(when));
            if (!validation::checkEventFields(o, false).isEmpty())
                return Error::make(
                    ErrorCode::Internal,
                    QStringLiteral("invalid demo event %1").arg(o.value(keys::title).toString()));
            const Event e = codec::eventFromJson(o);
            auto exists = events.titleExists(e.title);
            if (!exists)
                return exists.error();
            if (*exists)
                continue;
            auto id = events.insert(e);
            if (!id)
                return id.error();
            AuditEntry audit;
            audit.action = QStringLiteral("EVENT_CREATE");
            audit.targetType = QStringLiteral("event");
            audit.targetId = *id;
            audit.details =
                QJsonObject{{keys::title, e.title}, {QStringLiteral("source"), QStringLiteral("demo-data")}};
            audit.ip = QStringLiteral("cli");
            if (auto r = AuditRepository(m_db).insert(audit); !r)
                return r.error();
            ++inserted;
        }
        if (auto r = tx.commit(); !r)
            return r.error();
        return inserted;
    });
}

} // namespace eventbook::services
