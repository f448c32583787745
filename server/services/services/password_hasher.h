#pragma once

#include "eventbook/common/result.h"

#include <QByteArray>
#include <QString>
#include <mutex>

namespace eventbook::services {

// Argon2id through libsodium's crypto_pwhash_str (salt and parameters live in the string).
// Slow on purpose: callers run it on the hashing pool, never on the main thread.
class PasswordHasher {
public:
    PasswordHasher();

    Result<QByteArray> hash(const QString &password) const;
    bool verify(const QByteArray &hash, const QString &password) const;
    bool needsRehash(const QByteArray &hash) const;
    // Spends the time of one verification, so an unknown email costs what a wrong password does.
    void verifyDummy(const QString &password) const;
    // Makes the dummy hash now (ServerApp runs this on the hashing pool at start, so neither the
    // start-up nor the first unknown-email login pays for it).
    void warmUp() const;

private:
    mutable std::once_flag m_dummyOnce;
    mutable QByteArray m_dummyHash;
};

} // namespace eventbook::services
