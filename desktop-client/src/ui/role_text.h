#pragma once

#include "eventbook/common/domain.h"

#include <QCoreApplication>
#include <QString>

namespace eventbook::ui {

// Roles in the user's language: the same words in the Users page, the team dialog and Profile.
class RoleText {
    Q_DECLARE_TR_FUNCTIONS(RoleText)
public:
    static QString name(Role role);
    // "Organiser of 3 events", "Door staff at 1 event", "Admin", "Attendee".
    static QString standing(const User &user);
};

} // namespace eventbook::ui
