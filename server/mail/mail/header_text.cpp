#include "header_text.h"

#include <QLocale>

namespace eventbook::mail {

namespace {
bool plainAscii(const QString &text) {
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}
} // namespace

QByteArray encodeWords(const QString &text) {
    if (plainAscii(text))
        return text.toLatin1();
    // "=?UTF-8?B?" + base64 + "?=" ≤ 75: at most 45 bytes of UTF-8 per word (60 base64 characters).
    constexpr int kMaxBytes = 45;
    QList<QByteArray> words;
    QByteArray chunk;
    for (int i = 0; i < text.size();) {
        const int len = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, len).toUtf8();
        if (chunk.size() + bytes.size() > kMaxBytes) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
        i += len;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (const QByteArray &w : std::as_const(words)) {
        if (!out.isEmpty())
            out += "\r\n "; // folding whitespace between encoded words is not displayed
        out += "=?UTF-8?B?" + w.toBase64() + "?=";
    }
    return out;
}

QByteArray mailbox(const QString &address, const QString &name) {
    const QByteArray addr = address.toUtf8();
    if (name.trimmed().isEmpty())
        return addr;
    QByteArray display;
    if (plainAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        display = '"' + quoted.toLatin1() + '"';
    } else {
        display = encodeWords(name);
    }
    return display + " <" + addr + '>';
}

QByteArray rfc5322Date(const QDateTime &t) {
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000";
}

} // namespace eventbook::mail
