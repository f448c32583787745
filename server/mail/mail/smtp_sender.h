#pragma once

#include "mail_message.h"

#include <QString>

namespace eventbook::mail {

struct SmtpSettings {
    QString url;       // smtp://host:port (STARTTLS when offered, or always with requireTls) or smtps://host:port
    QString user;      // AUTH when set
    QString password;
    QString caFile;    // extra trust for the server's certificate (a private CA); empty: the system's
    bool requireTls = false; // smtp://: refuse to send when the server offers no STARTTLS
    int timeoutMs = 30'000;
};

// How one attempt ended. `reply` is the server's last answer (or curl's reason when there was
// none); `permanent` when retrying cannot help (a 5xx answer).
struct SendOutcome {
    bool sent = false;
    bool permanent = false;
    int code = 0; // the SMTP reply code, 0 when the server never answered
    QString reply;
};

// Sends one message per call over SMTP with libcurl, which also assembles the MIME structure
// (multipart/mixed around a text/HTML alternative and the attachments). Blocking: the mailer
// calls it from its own thread. Not thread-safe; one per thread.
class SmtpSender {
public:
    explicit SmtpSender(SmtpSettings settings);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    SendOutcome send(const Message &message);

private:
    SmtpSettings m_settings;
    void *m_curl = nullptr; // CURL*, kept so connections are reused between mails
};

} // namespace eventbook::mail
