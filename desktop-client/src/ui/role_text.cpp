#include "role_text.h"

namespace eventbook::ui {

QString RoleText::name(Role role) {
    switch (role) {
    case Role::Admin:
        return tr("Admin");
    case Role::Organiser:
        return tr("Organiser");
    case Role::Staff:
        return tr("Door staff");
    case Role::Attendee:
        break;
    }
    return tr("Attendee");
}

QString RoleText::standing(const User &user) {
    const Role role = user.isAdmin ? Role::Admin : user.role;
    const int events = int(user.scopes.size());
    switch (role) {
    case Role::Organiser:
        return tr("Organiser of %n event(s)", nullptr, events);
    case Role::Staff:
        return tr("Door staff at %n event(s)", nullptr, events);
    default:
        return name(role);
    }
}

} // namespace eventbook::ui
