#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace eventbook::client {

// Keeps the refresh token for each server URL in the system keychain (the app's only user of
// QtKeychain). When no keychain works (no Secret Service, no D-Bus, access refused) it says so
// through keychainAvailable()/problem() and keeps the token in memory for this run only.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    using Saved = std::function<void(bool persisted)>;
    using Loaded = std::function<void(const std::optional<QString> &token)>;

    explicit CredentialStore(QString service = QStringLiteral("EventBook"), QObject *parent = nullptr);

    // persisted is false when the token could only be kept in memory.
    void save(const QUrl &server, const QString &refreshToken, Saved done);
    // The stored token, if any (a missing entry is not a problem).
    void load(const QUrl &server, Loaded done);
    void remove(const QUrl &server, std::function<void()> done = {});

    // Finds out once whether the keychain takes a write (a throwaway entry, removed again), so a
    // sign-in form can say before the first sign-in that "Remember me" cannot work. `done` gets
    // keychainAvailable(); repeated calls answer from the first probe.
    void probe(std::function<void(bool available)> done = {});

    bool keychainAvailable() const { return m_problem.isEmpty(); }
    // In plain words for the user; the keychain's own error goes to the log.
    QString problem() const { return m_problem; }

    // "scheme://host:port/path" without credentials, query or trailing slash: one entry per server.
    static QString keyFor(const QUrl &server);

Q_SIGNALS:
    void keychainProblem(const QString &message);

private:
    static constexpr int kProbeRetryMs = 1000;
    void noteProblem(const QString &detail);
    void probeOnce(int retriesLeft);

    QString m_service;
    QString m_problem;
    enum class Probe { NotYet, Running, Done } m_probe = Probe::NotYet;
    QList<std::function<void(bool)>> m_probeWaiters;
    QHash<QString, QString> m_memory;
};

} // namespace eventbook::client
