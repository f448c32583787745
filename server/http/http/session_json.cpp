#include "session_json.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"

namespace eventbook::http {
namespace k = eventbook::keys;

QJsonObject sessionJson(const services::AuthSession &s, bool withUser) {
    QJsonObject o{{k::token, s.accessToken},
                  {k::refreshToken, s.refreshToken},
                  {k::refreshExpiresAt, codec::formatTime(s.refreshExpiresAt)}};
    if (withUser)
        o.insert(k::user, codec::userPublic(s.user));
    return o;
}

} // namespace eventbook::http
