#include "smtp_sender.h"

#include "header_text.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace eventbook::mail {

namespace {
void initCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct SlistDeleter {
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

void append(Slist &list, const QByteArray &line) {
    list.reset(curl_slist_append(list.release(), line.constData()));
}

struct MimeDeleter {
    void operator()(curl_mime *m) const { curl_mime_free(m); }
};

// The server's answers as curl saw them; the last complete one explains a failure.
int collectReplies(CURL *, curl_infotype type, char *data, size_t size, void *user) {
    if (type == CURLINFO_HEADER_IN) {
        auto *last = static_cast<QByteArray *>(user);
        *last = QByteArray(data, qsizetype(size)).trimmed();
    }
    return 0;
}

QByteArray angleAddress(const QString &address) {
    return '<' + address.toUtf8() + '>';
}

// multipart/mixed: the text and HTML alternative first, then each attachment (base64).
curl_mime *buildMime(CURL *curl, const Message &m) {
    curl_mime *mime = curl_mime_init(curl);
    curl_mime *alternative = curl_mime_init(curl);
    const QByteArray text = m.text.toUtf8();
    curl_mimepart *part = curl_mime_addpart(alternative);
    curl_mime_data(part, text.constData(), size_t(text.size()));
    curl_mime_type(part, "text/plain; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    if (!m.html.isEmpty()) {
        const QByteArray html = m.html.toUtf8();
        part = curl_mime_addpart(alternative);
        curl_mime_data(part, html.constData(), size_t(html.size()));
        curl_mime_type(part, "text/html; charset=utf-8");
        curl_mime_encoder(part, "quoted-printable");
    }
    part = curl_mime_addpart(mime);
    curl_mime_subparts(part, alternative); // the part owns it from here
    curl_mime_type(part, "multipart/alternative");
    for (const Attachment &a : m.attachments) {
        part = curl_mime_addpart(mime);
        curl_mime_data(part, a.data.constData(), size_t(a.data.size()));
        curl_mime_type(part, a.contentType.constData());
        curl_mime_filename(part, a.fileName.toUtf8().constData());
        curl_mime_encoder(part, "base64");
    }
    return mime;
}
} // namespace

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings)) {
    initCurlOnce();
    m_curl = curl_easy_init();
}

SmtpSender::~SmtpSender() {
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

SendOutcome SmtpSender::send(const Message &m) {
    SendOutcome out;
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        out.reply = QStringLiteral("libcurl could not be initialised");
        return out;
    }
    curl_easy_reset(curl); // options of the last mail go; the connection cache stays
    const QByteArray url = m_settings.url.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_settings.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(m_settings.timeoutMs, 10'000)));
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(m_settings.requireTls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    const QByteArray caFile = m_settings.caFile.toUtf8();
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    const QByteArray from = angleAddress(m.from.address);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    Slist recipients;
    append(recipients, angleAddress(m.to.address));
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients.get());

    Slist headers;
    append(headers, "Date: " + rfc5322Date(m.date.isValid() ? m.date : QDateTime::currentDateTimeUtc()));
    append(headers, "From: " + mailbox(m.from.address, m.from.name));
    append(headers, "To: " + mailbox(m.to.address, m.to.name));
    append(headers, "Subject: " + encodeWords(m.subject));
    append(headers, "Message-ID: <" + m.messageId + '>');
    if (!m.listUnsubscribe.isEmpty()) {
        append(headers, "List-Unsubscribe: " + m.listUnsubscribe);
        append(headers, "List-Unsubscribe-Post: List-Unsubscribe=One-Click"); // RFC 8058
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    std::unique_ptr<curl_mime, MimeDeleter> mime(buildMime(curl, m));
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime.get());

    QByteArray lastReply;
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, collectReplies);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &lastReply);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // feeds the debug function; nothing is printed
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode rc = curl_easy_perform(curl);
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    // Nothing of this call may stay pointed at: the handle outlives it, and closing its cached
    // connection later (QUIT, in the destructor) runs the debug callback and may write an error.
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, nullptr);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 0L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, nullptr);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    out.code = int(code);
    out.sent = rc == CURLE_OK;
    out.permanent = !out.sent && code >= 500 && code < 600;
    if (!out.sent) {
        const QString why = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(rc));
        out.reply = lastReply.isEmpty() || code == 0 ? why : QString::fromUtf8(lastReply) + QStringLiteral(" (") + why + u')';
    } else {
        out.reply = QString::fromUtf8(lastReply);
    }
    return out;
}

} // namespace eventbook::mail
