#pragma once

#include "eventbook/common/mail_types.h"
#include "eventbook/common/result.h"

#include <QJsonObject>

// The wire shapes of mail settings and the outbox (API.md "Mail and calendar").
namespace eventbook::codec {

QJsonObject mailSettings(const MailSettings &s);
MailSettings mailSettingsFromJson(const QJsonObject &o);
QJsonObject mailStats(const MailStats &s);
MailStats mailStatsFromJson(const QJsonObject &o);
QJsonObject outboxEntry(const OutboxEntry &e);
OutboxEntry outboxEntryFromJson(const QJsonObject &o);

} // namespace eventbook::codec
