#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace eventbook::test {

// A real SMTP server for a test (tests/support/smtp_sink.py on Debian's python3-aiosmtpd): plain,
// or STARTTLS with a throwaway certificate, optionally requiring AUTH. Messages land as files;
// mails() reads them back with Python's email package (mail_report.py).
struct SmtpSinkOptions {
    bool starttls = false;   // offer STARTTLS with a fresh self-signed certificate
    bool requireTls = false; // refuse MAIL before STARTTLS
    QString auth;            // "user:password": AUTH required
};

class SmtpSink {
public:
    using Options = SmtpSinkOptions;

    SmtpSink();
    ~SmtpSink();

    // Starts on `port` (0: a free one); false with error() when it could not.
    bool start(const Options &options = {}, quint16 port = 0);
    void stop();
    bool running() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    QString caFile() const; // the certificate to trust (STARTTLS)
    QString error() const { return m_error; }

    // Messages stored so far (a directory listing; cheap enough to poll with QTRY_).
    int count() const;
    // Every stored message as mail_report.py describes it, in arrival order.
    QJsonArray mails() const;
    // Refuse every message with this reply ("550 …"); an empty reply accepts again.
    void setRefusal(const QString &reply);

private:
    static QString python();
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    bool m_certMade = false;
};

} // namespace eventbook::test
