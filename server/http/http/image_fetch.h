#pragma once

#include "http_response.h"

#include <QByteArray>
#include <QHostAddress>
#include <QHostInfo>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <functional>

namespace eventbook::http {

struct ImageFetchSettings {
    int timeoutMs = 10'000;
    qint64 maxBytes = 5 * 1024 * 1024;
    int maxRedirects = 3;
    QList<QHostAddress> allow; // tests only: addresses let through although not public
};

// One image-proxy fetch (API.md "Images"), on the main thread without blocking it. Each hop is
// checked before anything is sent: http(s) only, no credentials in the URL, the host resolved by
// us and every address it has public — then the connection goes to that checked address (no
// second lookup, so no DNS-rebinding window), with TLS verified against the host name. Answers
// are refused unless 200 with an image type whose bytes match it, at most 5 MB (counted as they
// stream), within 10 s for the whole fetch, redirects included (at most 3, each checked again).
class ImageFetch : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const HttpResponse &)>;
    ImageFetch(QUrl url, ImageFetchSettings settings, Done done, QObject *parent = nullptr);
    // Unfinished at destruction (server shutdown): answers 503.
    ~ImageFetch() override;

    void start();

private:
    void hop(const QUrl &url);
    void resolved(const QHostInfo &info);
    bool allowed(const QHostAddress &address) const;
    void connectTo(const QHostAddress &address);
    void sendRequest();
    void readSome();
    void ended();
    bool parseHead(qsizetype headEnd);
    void fail(ErrorCode code, const QString &message);
    void finish(const HttpResponse &response);

    QUrl m_url;
    ImageFetchSettings m_settings;
    Done m_done;
    int m_hops = 0;
    int m_lookupId = -1;
    QPointer<QTcpSocket> m_socket;
    QTimer m_deadline;
    QByteArray m_head;
    bool m_headDone = false;
    QByteArray m_type;
    qint64 m_declaredLength = -1;
    QByteArray m_body;
};

} // namespace eventbook::http
