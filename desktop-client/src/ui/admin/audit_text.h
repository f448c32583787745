#pragma once

#include "eventbook/common/domain.h"

#include <QCoreApplication>
#include <QString>

namespace eventbook::ui {

// The audit log in words an admin reads without the API at hand: each action code, target and
// recorded detail named in the user's language. Unknown codes (from a newer server) show as sent.
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    static QStringList knownActions();
    static QStringList knownTargets();
    static QString action(const QString &code);
    static QString target(const QString &type);
    static QString targetWithId(const AuditEntry &entry);
    static QString actor(const AuditEntry &entry);
    // One sentence, e.g. "Ada Lovelace booked a seat at event 12 (21 seats left)."
    static QString summary(const AuditEntry &entry);
    // The recorded details, one "Label: value" line each.
    static QString details(const AuditEntry &entry);
};

} // namespace eventbook::ui
