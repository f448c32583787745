#include "eventbook/common/validation.h"

#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/password_strength.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <cmath>

namespace eventbook::validation {
namespace k = eventbook::keys;

namespace {
// The messages a person sees in the desktop app's forms are translated there (the app installs
// its catalogue); the server installs none, so the API answers in English.
QString text(const char *message) {
    return QCoreApplication::translate("Validation", message);
}
} // namespace

QJsonArray toJson(const FieldErrors &errors) {
    QJsonArray out;
    for (const auto &e : errors)
        out.append(QJsonObject{{k::field, e.field}, {k::message, e.message}});
    return out;
}

qsizetype codePointLength(const QString &s) {
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

bool hasControlChars(const QString &s, bool allowNewlines) {
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control) {
            if (allowNewlines && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
                continue;
            return true;
        }
    }
    return false;
}

QString normaliseEmail(const QString &email) {
    // NFKC first: full-width and other compatibility forms become the letters they stand for,
    // and a combining accent becomes its precomposed letter, so each address has one spelling.
    return email.trimmed().normalized(QString::NormalizationForm_KC).toLower();
}

namespace {
// Characters that show nothing (or a blank) and would make a second account look like the first:
// format characters (zero-width space and joiners, word joiner, BOM, soft hyphen, bidi controls),
// variation selectors, separators, and the blank fillers of Hangul and Braille.
bool isInvisible(char32_t c) {
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
        return true;
    default:
        break;
    }
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x115F || c == 0x1160 ||
           c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x034F || (c >= 0x180B && c <= 0x180F);
}

// More than one writing system in one part (apart from digits, punctuation and combining
// marks, which belong to none): "аlice" with a Cyrillic а beside Latin letters.
bool mixesScripts(QStringView part) {
    QChar::Script seen = QChar::Script_Unknown;
    for (char32_t c : part.toUcs4()) {
        const QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Common || script == QChar::Script_Inherited || script == QChar::Script_Unknown)
            continue;
        if (seen == QChar::Script_Unknown)
            seen = script;
        else if (script != seen)
            return true;
    }
    return false;
}
} // namespace

std::optional<QString> checkEmailCharacters(const QString &normalisedEmail) {
    for (char32_t c : QStringView(normalisedEmail).toUcs4()) {
        if (isInvisible(c))
            return text(QT_TRANSLATE_NOOP("Validation",
                                          "Email address contains an invisible or formatting character"));
    }
    const qsizetype at = normalisedEmail.lastIndexOf(QLatin1Char('@'));
    const QStringView local = QStringView(normalisedEmail).left(at < 0 ? normalisedEmail.size() : at);
    bool mixed = mixesScripts(local);
    if (at >= 0) {
        for (QStringView label : QStringView(normalisedEmail).sliced(at + 1).tokenize(u'.'))
            mixed = mixed || mixesScripts(label);
    }
    if (mixed)
        return text(QT_TRANSLATE_NOOP("Validation",
                                      "Email address mixes alphabets (for example Latin and Cyrillic letters)"));
    return std::nullopt;
}

std::optional<QString> checkEmail(const QString &email) {
    const QString e = normaliseEmail(email);
    if (e.isEmpty())
        return text(QT_TRANSLATE_NOOP("Validation", "Email is required"));
    if (e.size() > kEmailMax)
        return text(QT_TRANSLATE_NOOP("Validation", "Email must be at most %1 characters")).arg(kEmailMax);
    if (auto problem = checkEmailCharacters(e))
        return problem;
    // Deliberately plain: one @, no spaces or control characters, a dotted domain without
    // empty labels. Real deliverability is checked by sending mail, not by a regex.
    static const QRegularExpression re(QStringLiteral(
        R"(^[^\s@"(),:;<>\[\\\]]+@[^\s@"(),:;<>\[\\\]._-][^\s@"(),:;<>\[\\\]]*\.[^\s@"(),:;<>\[\\\].0-9-]{2,}$)"));
    if (hasControlChars(e, false) || !re.match(e).hasMatch() || e.contains(QLatin1StringView("..")) ||
        e.endsWith(QLatin1Char('.')) || e.startsWith(QLatin1Char('.')))
        return text(QT_TRANSLATE_NOOP("Validation", "Email address is not valid"));
    return std::nullopt;
}

std::optional<QString> checkPasswordRules(const QString &password) {
    const qsizetype len = codePointLength(password);
    if (len < kPasswordMin)
        return text(QT_TRANSLATE_NOOP("Validation", "Password must be at least %1 characters")).arg(kPasswordMin);
    if (len > kPasswordMax)
        return text(QT_TRANSLATE_NOOP("Validation", "Password must be at most %1 characters")).arg(kPasswordMax);
    bool upper = false, lower = false, digit = false, symbol = false;
    for (QChar c : password) {
        if (c.isUpper())
            upper = true;
        else if (c.isLower())
            lower = true;
        else if (c.isDigit())
            digit = true;
        else if (!c.isSpace() || c == QLatin1Char(' '))
            symbol = true;
    }
    if (!(upper && lower && digit && symbol))
        return text(QT_TRANSLATE_NOOP(
            "Validation", "Password must contain an upper-case letter, a lower-case letter, a digit and a symbol"));
    return std::nullopt;
}

std::optional<QString> checkPassword(const QString &password, const QStringList &userWords) {
    if (auto broken = checkPasswordRules(password))
        return broken;
    const PasswordStrength strength = passwordStrength(password, userWords);
    if (strength.score < kPasswordMinScore) {
        // Whole sentences: "Password is too easy to guess. Your name … guess. Avoid your name …."
        QStringList reasons;
        if (!strength.warning.isEmpty())
            reasons.append(strength.warning + QLatin1Char('.'));
        if (!strength.suggestions.isEmpty())
            reasons.append(strength.suggestions.first() + QLatin1Char('.'));
        return text(QT_TRANSLATE_NOOP("Validation", "Password is too easy to guess. %1")).arg(reasons.join(QLatin1Char(' ')));
    }
    return std::nullopt;
}

std::optional<QString> checkName(const QString &name) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return text(QT_TRANSLATE_NOOP("Validation", "Name is required"));
    if (codePointLength(n) > kNameMax)
        return text(QT_TRANSLATE_NOOP("Validation", "Name must be at most %1 characters")).arg(kNameMax);
    if (hasControlChars(n, false))
        return text(QT_TRANSLATE_NOOP("Validation", "Name must not contain control characters"));
    return std::nullopt;
}

ImageType imageTypeFromMime(QStringView subtype) {
    if (subtype == QLatin1StringView("png"))
        return ImageType::Png;
    if (subtype == QLatin1StringView("jpeg") || subtype == QLatin1StringView("jpg"))
        return ImageType::Jpeg;
    if (subtype == QLatin1StringView("gif"))
        return ImageType::Gif;
    if (subtype == QLatin1StringView("webp"))
        return ImageType::Webp;
    if (subtype == QLatin1StringView("avif"))
        return ImageType::Avif;
    return ImageType::None;
}

ImageType sniffImage(const QByteArray &b) {
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return ImageType::Png;
    if (b.startsWith("\xff\xd8\xff"))
        return ImageType::Jpeg;
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return ImageType::Gif;
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return ImageType::Webp;
    // ISO-BMFF: size(4) "ftyp" major-brand(4) minor(4) compatible-brands(4*n)
    if (b.size() >= 16 && b.mid(4, 4) == "ftyp") {
        const quint32 boxSize = (quint32(quint8(b[0])) << 24) | (quint32(quint8(b[1])) << 16) |
                                (quint32(quint8(b[2])) << 8) | quint32(quint8(b[3]));
        const qsizetype end = qMin<qsizetype>(b.size(), qMax<quint32>(boxSize, 16));
        for (qsizetype off = 8; off + 4 <= end; off += 4) {
            if (off == 12)
                continue; // minor version, not a brand
            const QByteArray brand = b.mid(off, 4);
            if (brand == "avif" || brand == "avis")
                return ImageType::Avif;
        }
    }
    return ImageType::None;
}

static std::optional<QString> checkDataUri(const QString &image) {
    if (image.size() > kDataUriMax)
        return text(QT_TRANSLATE_NOOP("Validation", "Image data URI must be at most %1 characters")).arg(kDataUriMax);
    static const QRegularExpression re(
        QStringLiteral(R"(^data:image/(png|jpeg|jpg|gif|webp|avif);base64,([A-Za-z0-9+/]+={0,2})$)"));
    const auto m = re.match(image);
    if (!m.hasMatch())
        return text(QT_TRANSLATE_NOOP("Validation", "Image must be a base64 data URI of type png, jpeg, gif, webp or avif"));
    const QByteArray b64 = m.capturedView(2).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || b64.size() % 4 != 0)
        return text(QT_TRANSLATE_NOOP("Validation", "Image data is not valid base64"));
    const ImageType declared = imageTypeFromMime(m.capturedView(1));
    if (sniffImage(decoded.decoded) != declared)
        return text(QT_TRANSLATE_NOOP("Validation", "Image content does not match its declared type"));
    return std::nullopt;
}

bool isStoredImageHash(QStringView text) {
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QString storedImageHash(const QString &url) {
    if (!url.startsWith(kStoredImagePrefix) || !isStoredImageHash(QStringView(url).mid(kStoredImagePrefix.size())))
        return {};
    return url.mid(kStoredImagePrefix.size());
}

std::optional<QString> checkImage(const QString &image) {
    if (image.startsWith(QLatin1StringView("data:"), Qt::CaseInsensitive))
        return checkDataUri(image);
    // An image the server already stores, as its answers name it (a client sends back what it got).
    if (image.startsWith(kStoredImagePrefix)) {
        if (storedImageHash(image).isEmpty())
            return text(QT_TRANSLATE_NOOP("Validation", "Image path must be /api/images/ and a SHA-256 in hex"));
        return std::nullopt;
    }
    if (image.size() > kImageUrlMax)
        return text(QT_TRANSLATE_NOOP("Validation", "Image URL must be at most %1 characters")).arg(kImageUrlMax);
    const QUrl url(image, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")) ||
        url.host().isEmpty() || image.contains(QLatin1Char(' ')) || hasControlChars(image, false))
        return text(QT_TRANSLATE_NOOP("Validation", "Image must be an http(s) URL or a base64 image data URI"));
    return std::nullopt;
}

namespace {
class EventChecker {
public:
    EventChecker(const QJsonObject &body, bool partial)
        : m_body(body)
        , m_partial(partial) {}

    void text(QLatin1StringView key, int min, int max, bool allowNewlines) {
        if (!present(key))
            return;
        const QJsonValue v = m_body.value(key);
        if (!v.isString())
            return fail(key, validation::text(QT_TRANSLATE_NOOP("Validation", "must be a string")));
        const QString s = v.toString().trimmed();
        const qsizetype len = codePointLength(s);
        if (len < min)
            return fail(key, min == 1 ? validation::text(QT_TRANSLATE_NOOP("Validation", "is required")) : validation::text(QT_TRANSLATE_NOOP("Validation", "is too short")));
        if (len > max)
            return fail(key, validation::text(QT_TRANSLATE_NOOP("Validation", "must be at most %1 characters")).arg(max));
        if (hasControlChars(s, allowNewlines))
            return fail(key, validation::text(QT_TRANSLATE_NOOP("Validation", "must not contain control characters")));
    }

    void date() {
        if (!present(k::date))
            return;
        const QJsonValue v = m_body.value(k::date);
        if (!v.isString() || !codec::parseTime(v.toString()))
            fail(k::date,
                 validation::text(QT_TRANSLATE_NOOP("Validation", "must be an ISO 8601 date and time with a zone, e.g. 2026-12-01T18:00:00Z")));
    }

    void slots() {
        if (!present(k::totalSlots))
            return;
        const QJsonValue v = m_body.value(k::totalSlots);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || std::floor(d) != d)
            return fail(k::totalSlots, validation::text(QT_TRANSLATE_NOOP("Validation", "must be a whole number")));
        if (d < 1 || d > kSlotsMax)
            fail(k::totalSlots, validation::text(QT_TRANSLATE_NOOP("Validation", "must be between 1 and %1")).arg(kSlotsMax));
    }

    void tags() {
        if (!m_body.contains(k::tags))
            return; // optional, even for a full replace
        const QJsonValue v = m_body.value(k::tags);
        if (v.isNull())
            return;
        if (!v.isArray())
            return fail(k::tags, validation::text(QT_TRANSLATE_NOOP("Validation", "must be a list of strings")));
        const QJsonArray a = v.toArray();
        if (a.size() > kTagsMax)
            return fail(k::tags, validation::text(QT_TRANSLATE_NOOP("Validation", "at most %1 tags")).arg(kTagsMax));
        for (const auto &t : a) {
            if (!t.isString() || t.toString().trimmed().isEmpty())
                return fail(k::tags, validation::text(QT_TRANSLATE_NOOP("Validation", "each tag must be a non-empty string")));
            if (codePointLength(t.toString().trimmed()) > kTagLengthMax)
                return fail(k::tags,
                            validation::text(QT_TRANSLATE_NOOP("Validation", "each tag must be at most %1 characters")).arg(kTagLengthMax));
            if (hasControlChars(t.toString(), false))
                return fail(k::tags, validation::text(QT_TRANSLATE_NOOP("Validation", "tags must not contain control characters")));
        }
    }

    void image() {
        if (!m_body.contains(k::image))
            return;
        const QJsonValue v = m_body.value(k::image);
        if (v.isNull() || (v.isString() && v.toString().isEmpty()))
            return;
        if (!v.isString())
            return fail(k::image, validation::text(QT_TRANSLATE_NOOP("Validation", "must be a string or null")));
        if (auto err = checkImage(v.toString()))
            fail(k::image, *err);
    }

    FieldErrors errors() const { return m_errors; }

private:
    bool present(QLatin1StringView key) {
        if (m_body.contains(key) && !m_body.value(key).isNull())
            return true;
        if (!m_partial)
            fail(key, validation::text(QT_TRANSLATE_NOOP("Validation", "is required")));
        else if (m_body.contains(key))
            fail(key, validation::text(QT_TRANSLATE_NOOP("Validation", "must not be null")));
        return false;
    }

    void fail(QLatin1StringView key, const QString &msg) {
        m_errors.append({QString(key), QString(key) + QLatin1Char(' ') + msg, msg});
    }

    const QJsonObject &m_body;
    bool m_partial;
    FieldErrors m_errors;
};
} // namespace

FieldErrors checkEventFields(const QJsonObject &body, bool partial) {
    EventChecker c(body, partial);
    c.text(k::title, 1, kTitleMax, false);
    if (body.contains(k::description) && !body.value(k::description).isNull())
        c.text(k::description, 0, kDescriptionMax, true);
    c.text(k::location, 1, kLocationMax, false);
    c.date();
    c.slots();
    c.tags();
    c.image();
    return c.errors();
}

} // namespace eventbook::validation
