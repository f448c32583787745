#include "smtp_sink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace eventbook::test {

namespace {
const QString kScripts = QStringLiteral(EVENTBOOK_TEST_SUPPORT_DIR);
}

SmtpSink::SmtpSink() {
    QDir(m_dir.path()).mkpath(QStringLiteral("mail"));
}

SmtpSink::~SmtpSink() {
    stop();
}

QString SmtpSink::python() {
    // Debian's interpreter: python3-aiosmtpd and python3-icalendar are installed for it.
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString SmtpSink::caFile() const {
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

bool SmtpSink::start(const Options &options, quint16 port) {
    QStringList args{kScripts + QStringLiteral("/smtp_sink.py"), QStringLiteral("--dir"),
                     m_dir.filePath(QStringLiteral("mail")), QStringLiteral("--port"), QString::number(port)};
    if (options.starttls) {
        if (!m_certMade) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                           QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                           QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                           QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                           QStringLiteral("-out"), caFile()});
            if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0) {
                m_error = QStringLiteral("openssl could not make a certificate: ") +
                          QString::fromUtf8(openssl.readAllStandardError());
                return false;
            }
            m_certMade = true;
        }
        args << QStringLiteral("--starttls") << caFile() << m_dir.filePath(QStringLiteral("key.pem"));
        if (options.requireTls)
            args << QStringLiteral("--require-tls");
    }
    if (!options.auth.isEmpty())
        args << QStringLiteral("--auth") << options.auth;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(python(), args);
    if (!m_process.waitForStarted(10'000)) {
        m_error = QStringLiteral("python3 did not start: ") + m_process.errorString();
        return false;
    }
    // The first line says the port is open (or the process dies with its reason).
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(20'000)) {
            m_error = QStringLiteral("the SMTP sink did not come up: ") + QString::fromUtf8(m_process.readAllStandardError());
            m_process.kill();
            m_process.waitForFinished();
            return false;
        }
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("READY ")) {
        m_error = QStringLiteral("unexpected first line from the sink: ") + QString::fromUtf8(line);
        return false;
    }
    m_port = quint16(line.mid(6).toUInt());
    return true;
}

void SmtpSink::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

int SmtpSink::count() const {
    return int(QDir(m_dir.filePath(QStringLiteral("mail"))).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
}

QJsonArray SmtpSink::mails() const {
    QProcess report;
    report.start(python(), {kScripts + QStringLiteral("/mail_report.py"), m_dir.filePath(QStringLiteral("mail"))});
    if (!report.waitForFinished(60'000) || report.exitCode() != 0) {
        qWarning("mail_report.py failed: %s", report.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(report.readAllStandardOutput()).array();
}

void SmtpSink::setRefusal(const QString &reply) {
    const QString path = m_dir.filePath(QStringLiteral("mail/FAIL"));
    if (reply.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reply.toUtf8() + '\n');
}

} // namespace eventbook::test
