// eventbook-bench-bare FILE PORT: the framework's own ceiling. A QAbstractHttpServer that answers
// every request with FILE's bytes as JSON and does nothing else (no routing, policy, logging,
// metrics or threads), so docs/benchmarks.md can show how much of the gap to nginx is Qt's HTTP
// stack and how much is EventBook's.
#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <cstdio>

namespace {
class BareServer : public QAbstractHttpServer {
public:
    explicit BareServer(QByteArray body)
        : m_body(std::move(body)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override {
        makeResponder(request, socket).write(m_body, "application/json");
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    QByteArray m_body;
};
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: eventbook-bench-bare FILE PORT\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    BareServer server(file.readAll());
    if (server.listen(QHostAddress::LocalHost, quint16(QByteArray(argv[2]).toUInt())) == 0) {
        std::fprintf(stderr, "cannot listen on port %s\n", argv[2]);
        return 1;
    }
    return QCoreApplication::exec();
}
