#pragma once

#include "api_client.h"

#include <optional>

namespace eventbook::client {

// The signed-in user's profile and account (API.md "Profile"), typed, over the app's ApiClient.
// What changes the session (who is signed in, the tokens, the end of the account) is handed to
// the ApiClient, so every window sees it through sessionChanged().
class ProfileApi {
public:
    explicit ProfileApi(ApiClient &api)
        : m_api(api) {}

    // Also refreshes the session's user (after a session restored from a stored token, it is
    // how the app learns who).
    void get(ApiClient::Done<User> done);
    // Null fields are left as they are; an empty avatarUrl removes the avatar.
    void update(const std::optional<QString> &name, const std::optional<QString> &bio,
                const std::optional<QString> &avatarUrl, ApiClient::Done<User> done);
    // Other sessions end; this one continues with the new tokens the server hands back.
    void changePassword(const QString &currentPassword, const QString &newPassword, ApiClient::Done<Unit> done);
    void changeEmail(const QString &newEmail, const QString &password, ApiClient::Done<User> done);
    // Deletes the account (its bookings are cancelled) and ends the session here.
    void deleteAccount(const QString &password, ApiClient::Done<Unit> done);
    // Everything the server holds about the user (GET /api/profile/export), as its JSON document.
    void exportData(ApiClient::Done<QJsonObject> done);
    // Anonymises the account (upcoming bookings cancelled, the past kept without a name) and ends
    // the session here.
    void anonymise(const QString &password, ApiClient::Done<Unit> done);

private:
    ApiClient &m_api;
};

} // namespace eventbook::client
