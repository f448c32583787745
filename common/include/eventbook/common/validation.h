#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The validation rules of API.md, in one place for the server and the desktop client.
namespace eventbook::validation {

struct FieldError {
    FieldError(QString f, QString m, QString h = {})
        : field(std::move(f))
        , message(std::move(m))
        , hint(std::move(h)) {}
    QString field;
    QString message; // "title is required": what the API sends
    QString hint;    // "is required": for a form that shows it beside the field (translated in the app)
};
using FieldErrors = QList<FieldError>;
QJsonArray toJson(const FieldErrors &errors);

inline constexpr int kEmailMax = 254;
inline constexpr int kNameMax = 100;
inline constexpr int kPasswordMin = 8;
inline constexpr int kPasswordMax = 128;
inline constexpr int kTitleMax = 200;
inline constexpr int kDescriptionMax = 10000;
inline constexpr int kLocationMax = 200;
inline constexpr int kSlotsMax = 1000000;
inline constexpr int kTagsMax = 20;
inline constexpr int kTagLengthMax = 40;
inline constexpr int kImageUrlMax = 2048;
// Where the server serves the images it stores (issue 22): this, then the SHA-256 of the bytes in hex.
inline constexpr QLatin1StringView kStoredImagePrefix("/api/images/");
inline constexpr int kDataUriMax = 2000000;
inline constexpr int kBioMax = 2000;

// Trimmed, NFKC-normalised and lower-cased: the form in which emails are stored and compared.
QString normaliseEmail(const QString &email);
// Refuses what would let a second account look like another: invisible or formatting characters,
// and a local part or domain label that mixes writing systems. Takes a normalised email.
std::optional<QString> checkEmailCharacters(const QString &normalisedEmail);

// Each returns an empty optional when the value is acceptable, else a readable message.
std::optional<QString> checkEmail(const QString &email);
// Length (8–128 code points), the four character classes of API.md, and a zxcvbn score of at least
// kPasswordMinScore with `userWords` (see userWords() in password_strength.h) as known words.
std::optional<QString> checkPassword(const QString &password, const QStringList &userWords = {});
// Length and character classes only: what a form says under the field while the strength meter
// speaks for zxcvbn.
std::optional<QString> checkPasswordRules(const QString &password);
std::optional<QString> checkName(const QString &name);
std::optional<QString> checkImage(const QString &image);
// A stored image's name: 64 lowercase hex digits (a SHA-256).
bool isStoredImageHash(QStringView text);
// The hash a stored image's URL names (kStoredImagePrefix + hash), or empty for anything else.
QString storedImageHash(const QString &url);

enum class ImageType { None, Png, Jpeg, Gif, Webp, Avif };
// Detects the format from the first bytes (magic number).
ImageType sniffImage(const QByteArray &bytes);
ImageType imageTypeFromMime(QStringView subtype);

// Checks the fields of an event body. With partial=true only the present fields are checked
// (PATCH); otherwise the required ones must be there (POST, PUT).
FieldErrors checkEventFields(const QJsonObject &body, bool partial);

// True when the text holds control characters (NUL included); with allowNewlines, line breaks
// and tabs are fine.
bool hasControlChars(const QString &s, bool allowNewlines);

// Counts user-perceived length in code points, not UTF-16 units.
qsizetype codePointLength(const QString &s);

} // namespace eventbook::validation
