#pragma once

#include <QHash>
#include <QProcess>
#include <QUrl>

namespace eventbook::test {

// The real `eventbook-server serve` binary as a child process on a port of its own choosing
// (PORT=0; the port is read from its "listening on" log line).
class ServerProcess {
public:
    ServerProcess(QString binary, QHash<QString, QString> env);
    ~ServerProcess();

    bool start(int timeoutMs = 30'000);
    // Runs `program args…` instead of `binary serve` (a wrapper that execs the server, which
    // keeps the process id).
    void setCommand(QString program, QStringList args) {
        m_program = std::move(program);
        m_args = std::move(args);
    }
    qint64 processId() const { return m_process.processId(); }
    // SIGTERM, then waits for a clean exit; true when it exited 0.
    bool stop(int timeoutMs = 15'000);
    // SIGTERM without waiting (stop() then waits).
    void terminate() { m_process.terminate(); }
    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const;
    QString log() { return m_log += QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QString m_binary;
    QString m_program;
    QStringList m_args;
    QHash<QString, QString> m_env;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
};

} // namespace eventbook::test
