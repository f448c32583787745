#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Header fields are 7-bit (RFC 5322); text beyond ASCII goes in encoded words (RFC 2047).
namespace eventbook::mail {

// `text` as is when it is printable ASCII, otherwise as UTF-8 "B" encoded words of at most 75
// characters each, folded onto continuation lines; never splits a character.
QByteArray encodeWords(const QString &text);
// "Name <address>" with the name quoted or encoded as needed; the bare address without a name.
QByteArray mailbox(const QString &address, const QString &name);
// RFC 5322 date-time in UTC: "Sat, 05 Dec 2026 13:04:05 +0000".
QByteArray rfc5322Date(const QDateTime &t);

} // namespace eventbook::mail
