#include "address_policy.h"

namespace eventbook::http {
namespace {
bool inV4(quint32 a, quint32 net, int bits) {
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return (a & mask) == (net & mask);
}

constexpr quint32 v4(int a, int b, int c, int d) {
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

bool isPublicV4(quint32 a) {
    struct Range {
        quint32 net;
        int bits;
    };
    static constexpr Range refused[] = {
        {v4(0, 0, 0, 0), 8},       // "this" network, unspecified
        {v4(10, 0, 0, 0), 8},      // private
        {v4(100, 64, 0, 0), 10},   // CGNAT
        {v4(127, 0, 0, 0), 8},     // loopback
        {v4(169, 254, 0, 0), 16},  // link-local (cloud metadata lives here)
        {v4(172, 16, 0, 0), 12},   // private
        {v4(192, 0, 0, 0), 24},    // IETF protocol assignments
        {v4(192, 0, 2, 0), 24},    // documentation
        {v4(192, 88, 99, 0), 24},  // 6to4 relay anycast
        {v4(192, 168, 0, 0), 16},  // private
        {v4(198, 18, 0, 0), 15},   // benchmarking
        {v4(198, 51, 100, 0), 24}, // documentation
        {v4(203, 0, 113, 0), 24},  // documentation
        {v4(224, 0, 0, 0), 4},     // multicast
        {v4(240, 0, 0, 0), 4},     // reserved, broadcast
    };
    for (const Range &r : refused) {
        if (inV4(a, r.net, r.bits))
            return false;
    }
    return true;
}

quint32 embeddedV4(const Q_IPV6ADDR &b, int offset) {
    return (quint32(b[offset]) << 24) | (quint32(b[offset + 1]) << 16) | (quint32(b[offset + 2]) << 8) |
           quint32(b[offset + 3]);
}

bool prefix(const Q_IPV6ADDR &b, std::initializer_list<quint8> bytes) {
    int i = 0;
    for (quint8 v : bytes) {
        if (b[i++] != v)
            return false;
    }
    return true;
}
} // namespace

bool isPublicAddress(const QHostAddress &address) {
    if (address.isNull())
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return isPublicV4(address.toIPv4Address());
    const Q_IPV6ADDR b = address.toIPv6Address();
    bool allZeroTo10 = true;
    for (int i = 0; i < 10; ++i)
        allZeroTo10 = allZeroTo10 && b[i] == 0;
    if (allZeroTo10 && b[10] == 0xff && b[11] == 0xff) // ::ffff:a.b.c.d, IPv4-mapped
        return isPublicV4(embeddedV4(b, 12));
    if (allZeroTo10 && b[10] == 0 && b[11] == 0) // ::, ::1 and ::a.b.c.d (IPv4-compatible)
        return false;
    if (prefix(b, {0x00, 0x64, 0xff, 0x9b})) // 64:ff9b::/96 NAT64
        return isPublicV4(embeddedV4(b, 12));
    if (prefix(b, {0x20, 0x02})) // 2002::/16 6to4
        return isPublicV4(embeddedV4(b, 2));
    if ((b[0] & 0xfe) == 0xfc) // fc00::/7 unique local
        return false;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) // fe80::/10 link-local
        return false;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) // fec0::/10 site-local (deprecated)
        return false;
    if (b[0] == 0xff) // multicast
        return false;
    if (prefix(b, {0x20, 0x01, 0x0d, 0xb8})) // 2001:db8::/32 documentation
        return false;
    if (prefix(b, {0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00})) // 100::/64 discard
        return false;
    return true;
}

} // namespace eventbook::http
