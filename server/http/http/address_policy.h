#pragma once

#include <QHostAddress>
#include <QList>

namespace eventbook::http {

// Where the image proxy may connect (API.md "Images"): public unicast addresses only. Refused:
// unspecified, loopback, private (RFC 1918, IPv6 ULA), link-local, CGNAT, multicast, broadcast,
// reserved and documentation ranges — and the IPv6 forms that carry an IPv4 address (mapped,
// compatible, NAT64, 6to4) when the address inside is refused.
bool isPublicAddress(const QHostAddress &address);

} // namespace eventbook::http
