#pragma once

#include <QByteArray>
#include <QString>

namespace eventbook::services {
void ensureSodium();
// URL-safe base64 of `bytes` random bytes from the OS CSPRNG.
QString randomToken(int bytes);
// Lower-case hex SHA-256: how refresh tokens are stored, so a database leak reveals none.
QString sha256Hex(const QByteArray &data);
} // namespace eventbook::services
