#pragma once

#include <QByteArray>
#include <QHostAddress>

namespace eventbook::http {

// The key under which one client's connections and requests are counted: an IPv4 address
// (IPv4-mapped IPv6 included) as itself, an IPv6 address by its /64 prefix, since one host or
// site is handed a whole /64 and could otherwise take a fresh address for every connection.
QByteArray addressGroup(const QHostAddress &address);

} // namespace eventbook::http
