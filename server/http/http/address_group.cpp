#include "address_group.h"

namespace eventbook::http {

QByteArray addressGroup(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QByteArray::number(v4);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        return QByteArray("6:") + QByteArray(reinterpret_cast<const char *>(v6.c), 8).toHex();
    }
    return address.toString().toLatin1();
}

} // namespace eventbook::http
