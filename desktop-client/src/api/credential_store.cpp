#include "credential_store.h"

#include <QLoggingCategory>
#include <QTimer>
#include <utility>
#if __has_include(<qt6keychain/keychain.h>)
#include <qt6keychain/keychain.h>
#else // built from source (the Windows and macOS installers)
#include <qtkeychain/keychain.h>
#endif

Q_LOGGING_CATEGORY(lcCredentials, "eventbook.client.credentials")

namespace eventbook::client {

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service)) {}

QString CredentialStore::keyFor(const QUrl &server) {
    QUrl u = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                             QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (u.port() < 0)
        u.setPort(u.scheme() == QLatin1StringView("https") ? 443 : 80);
    u.setHost(u.host().toLower());
    if (u.path() == QLatin1StringView("/"))
        u.setPath(QString());
    return u.toString();
}

void CredentialStore::noteProblem(const QString &detail) {
    qCWarning(lcCredentials) << "keychain not usable:" << detail;
    const QString message = tr("This computer has no keychain EventBook can use, so it cannot remember you: "
                               "you stay signed in only until EventBook closes.");
    if (message == m_problem)
        return;
    m_problem = message;
    Q_EMIT keychainProblem(message);
}

// Jobs have no parent: a job deleted while the Secret Service still works on it is called back
// after it is gone (seen with libsecret). Each deletes itself when finished; the connection's
// context (this) drops the callback if the store went first.

void CredentialStore::save(const QUrl &server, const QString &refreshToken, Saved done) {
    const QString key = keyFor(server);
    m_memory.insert(key, refreshToken);
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(refreshToken);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError;
        if (ok) {
            m_memory.remove(key); // the keychain holds it now
            m_problem.clear();
        } else {
            noteProblem(j->errorString());
        }
        if (done)
            done(ok);
    });
    job->start();
}

void CredentialStore::probe(std::function<void(bool)> done) {
    if (m_probe == Probe::Done) {
        if (done)
            done(keychainAvailable());
        return;
    }
    if (done)
        m_probeWaiters.append(std::move(done));
    if (m_probe == Probe::Running)
        return;
    m_probe = Probe::Running;
    probeOnce(1);
}

void CredentialStore::probeOnce(int retriesLeft) {
    const QString key = QStringLiteral("eventbook-keychain-check");
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(QStringLiteral("ok"));
    connect(job, &QKeychain::Job::finished, this, [this, key, retriesLeft](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && retriesLeft > 0) {
            // A keyring daemon started with the session may not have made its collection yet.
            qCInfo(lcCredentials) << "keychain check failed, trying once more:" << j->errorString();
            QTimer::singleShot(kProbeRetryMs, this, [this, retriesLeft] { probeOnce(retriesLeft - 1); });
            return;
        }
        if (j->error() == QKeychain::NoError) {
            auto *cleanup = new QKeychain::DeletePasswordJob(m_service);
            cleanup->setKey(key);
            cleanup->start();
        } else {
            noteProblem(j->errorString());
        }
        m_probe = Probe::Done;
        const auto waiters = std::exchange(m_probeWaiters, {});
        for (const auto &w : waiters)
            w(keychainAvailable());
    });
    job->start();
}

void CredentialStore::load(const QUrl &server, Loaded done) {
    const QString key = keyFor(server);
    if (const auto it = m_memory.constFind(key); it != m_memory.cend())
        return done(*it);
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError && !read->textData().isEmpty())
            return done(read->textData());
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            noteProblem(j->errorString());
        done(std::nullopt);
    });
    job->start();
}

void CredentialStore::remove(const QUrl &server, std::function<void()> done) {
    const QString key = keyFor(server);
    m_memory.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *) {
        if (done)
            done();
    });
    job->start();
}

} // namespace eventbook::client
