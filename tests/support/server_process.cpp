#include "server_process.h"

#include <QRegularExpression>
#include <QTest>

namespace eventbook::test {

ServerProcess::ServerProcess(QString binary, QHash<QString, QString> env)
    : m_binary(std::move(binary))
    , m_env(std::move(env)) {}

ServerProcess::~ServerProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::start(int timeoutMs) {
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("QT_LOGGING_RULES")); // the "listening on" line is an info message
    e.insert(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    e.insert(QStringLiteral("PORT"), QStringLiteral("0"));
    e.insert(QStringLiteral("LOG_FORMAT"), QStringLiteral("text"));
    for (auto it = m_env.begin(); it != m_env.end(); ++it)
        e.insert(it.key(), it.value());
    m_process.setProcessEnvironment(e);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    // Drained as it comes: a server blocked on a full stderr pipe would stall the test.
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] { log(); });
    if (m_program.isEmpty())
        m_process.start(m_binary, {QStringLiteral("serve")});
    else
        m_process.start(m_program, m_args);
    if (!m_process.waitForStarted(10'000))
        return false;
    static const QRegularExpression listening(QStringLiteral(R"(listening on 127\.0\.0\.1:(\d+))"));
    QRegularExpressionMatch match;
    const bool up = QTest::qWaitFor(
        [&] {
            match = listening.match(log());
            return match.hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (!up || !match.hasMatch()) {
        qWarning("server did not start: %s", qPrintable(log()));
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    return true;
}

bool ServerProcess::stop(int timeoutMs) {
    if (m_process.state() == QProcess::NotRunning) {
        const bool clean = m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        if (!clean)
            qWarning("server ended with %s, code %d", m_process.exitStatus() == QProcess::NormalExit ? "an exit" : "a crash",
                     m_process.exitCode());
        return clean;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return false;
    }
    const bool clean = m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    if (!clean)
        qWarning("server ended with %s, code %d; log ends: %s",
                 m_process.exitStatus() == QProcess::NormalExit ? "an exit" : "a crash", m_process.exitCode(),
                 qPrintable(log().right(1500)));
    return clean;
}

QUrl ServerProcess::url(const QString &pathAndQuery) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

} // namespace eventbook::test
