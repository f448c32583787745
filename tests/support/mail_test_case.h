#pragma once

#include "api_test_case.h"
#include "calendar_check.h"
#include "services/mailer.h"
#include "smtp_sink.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace eventbook::test {

// What the mail tests share: a server whose mail goes to a real SMTP server (SmtpSink), and readers
// for what arrived.
class MailTestCase : public ApiTestCase {
protected:
    std::unique_ptr<SmtpSink> m_sink;

    bool startWithMail(const SmtpSink::Options &options = {}, std::function<void(app::Config &)> more = {}) {
        m_sink = std::make_unique<SmtpSink>();
        if (!m_sink->start(options)) {
            qWarning("%s", qPrintable(m_sink->error()));
            return false;
        }
        const QString smtp = m_sink->url();
        return startServer([smtp, more](app::Config &c) {
            c.mail.enabled = true;
            c.mail.smtp.url = smtp;
            c.mail.from = {QStringLiteral("events@example.test"), QStringLiteral("EventBook Test")};
            c.mail.pollMs = 50;
            c.mail.retryBaseMs = 50;
            c.mail.retryMaxMs = 200;
            c.mail.smtp.timeoutMs = 10'000;
            if (more)
                more(c);
        });
    }
    // A sink with STARTTLS (and AUTH as `options` says); the server trusts its certificate and logs
    // in as "mailer" with `password`.
    bool startWithTls(const SmtpSink::Options &options, const QString &password, bool requireTls) {
        m_sink = std::make_unique<SmtpSink>();
        if (!m_sink->start(options)) {
            qWarning("%s", qPrintable(m_sink->error()));
            return false;
        }
        const QString smtp = m_sink->url(), ca = m_sink->caFile();
        return startServer([smtp, ca, password, requireTls](app::Config &c) {
            c.mail.enabled = true;
            c.mail.smtp.url = smtp;
            c.mail.smtp.caFile = ca;
            c.mail.smtp.requireTls = requireTls;
            c.mail.smtp.user = QStringLiteral("mailer");
            c.mail.smtp.password = password;
            c.mail.from = {QStringLiteral("events@example.test"), {}};
            c.mail.pollMs = 50;
        });
    }
    services::Mailer &mailer() { return m_server->app().mailer(); }
    QUrl bookUrl(qint64 id) const { return url(QStringLiteral("/api/events/%1/book").arg(id)); }
    qint64 outboxCount(const QString &where) {
        return m_fx->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE ") + where).toLongLong();
    }
    // The mails whose subject contains `needle`, as mail_report.py read them.
    QList<QJsonObject> mailsAbout(const QString &needle) {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_sink->mails()) {
            if (v.toObject().value("subject"_k).toString().contains(needle))
                out.append(v.toObject());
        }
        return out;
    }
    static QJsonObject attachment(const QJsonObject &mail, const QString &name) {
        for (const QJsonValue &a : mail.value("attachments"_k).toArray()) {
            if (a.toObject().value("filename"_k).toString() == name)
                return a.toObject();
        }
        return {};
    }
    static test::ParsedCalendar calendarOf(const QJsonObject &mail) {
        return test::parseCalendar(QByteArray::fromBase64(attachment(mail, QStringLiteral("event.ics"))
                                                              .value("base64"_k)
                                                              .toString()
                                                              .toLatin1()));
    }
    // Waits until the mailer looked at the outbox `n` more times.
    bool passesGo(int n) {
        const quint64 target = mailer().passes() + quint64(n);
        return QTest::qWaitFor([&] { return mailer().passes() >= target; }, 10'000);
    }

};

} // namespace eventbook::test
