#pragma once

#include "services/mailer_settings.h"
#include "eventbook/common/result.h"

#include <QProcessEnvironment>

namespace eventbook::app {

// SMTP_URL, SMTP_USER, SMTP_PASSWORD(_FILE), SMTP_CA_FILE, SMTP_REQUIRE_TLS, SMTP_TIMEOUT_MS,
// MAIL_FROM, PUBLIC_URL, MAIL_TIME_ZONE, MAIL_REMINDER_HOURS, MAIL_MAX_ATTEMPTS,
// MAIL_RETRY_BASE_MS, MAIL_RETRY_MAX_MS, MAIL_STALE_HOURS, MAIL_POLL_MS (docs/operations.md
// "Mail"). Errors name the variable.
Result<services::MailerSettings> readMailSettings(const QProcessEnvironment &env);

} // namespace eventbook::app
