#include "password_hasher.h"

#include "crypto_random.h"

#include <sodium.h>

namespace eventbook::services {

static constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
static constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

PasswordHasher::PasswordHasher() {
    ensureSodium();
}

void PasswordHasher::warmUp() const {
    std::call_once(m_dummyOnce, [this] {
        auto dummy = hash(randomToken(24));
        m_dummyHash = dummy ? *dummy : QByteArray();
    });
}

Result<QByteArray> PasswordHasher::hash(const QString &password) const {
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          kOpsLimit, kMemLimit) != 0)
        return Error::make(ErrorCode::Internal, QStringLiteral("Internal server error"));
    out.truncate(qstrnlen(out.constData(), out.size()));
    return out;
}

bool PasswordHasher::verify(const QByteArray &hash, const QString &password) const {
    if (hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &hash) const {
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_needs_rehash(terminated.constData(), kOpsLimit, kMemLimit) != 0;
}

void PasswordHasher::verifyDummy(const QString &password) const {
    warmUp();
    (void)verify(m_dummyHash, password);
}

} // namespace eventbook::services
