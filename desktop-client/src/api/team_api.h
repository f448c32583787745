#pragma once

#include "api_client.h"
#include "eventbook/common/domain.h"


namespace eventbook::client {

// Roles, event teams and the admin's privacy routes (API.md "Roles", "Data export and erasure"),
// typed, over the app's ApiClient. The server checks role and scope; these calls only carry them.
class TeamApi {
public:
    explicit TeamApi(ApiClient &api)
        : m_api(api) {}

    void team(qint64 eventId, ApiClient::Done<QList<TeamMember>> done);
    // By email: an organiser knows the address of the person they want at the door.
    void addMember(qint64 eventId, const QString &email, ApiClient::Done<User> done);
    void removeMember(qint64 eventId, qint64 userId, ApiClient::Done<Unit> done);

    // Admins only.
    void setRole(qint64 userId, Role role, ApiClient::Done<User> done);
    // The user's data export, as the server's JSON document.
    void exportUser(qint64 userId, ApiClient::Done<QJsonObject> done);
    void anonymiseUser(qint64 userId, ApiClient::Done<Unit> done);

private:
    ApiClient &m_api;
};

} // namespace eventbook::client
