#include "common_passwords.h"

#include <QSet>

namespace eventbook::validation {
namespace {
// Base words of the most common leaked passwords once digits and symbols are stripped and
// leetspeak is undone. Sources: the public top-lists that every breach analysis repeats.
const QSet<QString> &baseWords() {
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {"password",   "passw",
                              "pass",       "passwort",
                              "motdepasse", "qwerty",
                              "qwertyuiop", "azerty",
                              "qwertz",     "asdf",
                              "asdfgh",     "asdfghjkl",
                              "zxcvbn",     "zxcvbnm",
                              "abc",        "abcd",
                              "abcdef",     "abcdefg",
                              "abcdefgh",   "welcome",
                              "admin",      "administrator",
                              "root",       "letmein",
                              "iloveyou",   "monkey",
                              "dragon",     "football",
                              "baseball",   "soccer",
                              "hockey",     "sunshine",
                              "princess",   "shadow",
                              "master",     "superman",
                              "batman",     "trustno",
                              "login",      "hello",
                              "freedom",    "whatever",
                              "starwars",   "summer",
                              "winter",     "spring",
                              "autumn",     "fall",
                              "secret",     "changeme",
                              "test",       "tester",
                              "testing",    "default",
                              "guest",      "user",
                              "qazwsx",     "michael",
                              "jennifer",   "jordan",
                              "hunter",     "ranger",
                              "buster",     "charlie",
                              "killer",     "pokemon",
                              "computer",   "internet",
                              "samsung",    "google",
                              "apple",      "cheese",
                              "chocolate",  "flower",
                              "lovely",     "love",
                              "loveme",     "friends",
                              "family",     "money",
                              "orange",     "purple",
                              "yellow",     "matrix",
                              "mustang",    "access",
                              "thomas",     "daniel",
                              "ashley",     "nicole",
                              "jessica",    "eventbook",
                              "event",      "booking",
                              "aa",         "a",
                              "x",          "xx",
                              "q",          "qq",
                              "zaq",        "mypass",
                              "mypassword", "newpassword",
                              "temp",       "temppass",
                              "passpass"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return words;
}

QString unleet(const QString &password) {
    QString out;
    out.reserve(password.size());
    for (QChar c : password) {
        switch (c.unicode()) {
        case '@':
        case '4':
            out += QLatin1Char('a');
            break;
        case '3':
            out += QLatin1Char('e');
            break;
        case '0':
            out += QLatin1Char('o');
            break;
        case '$':
        case '5':
            out += QLatin1Char('s');
            break;
        case '1':
        case '!':
        case '|':
            out += QLatin1Char('i');
            break;
        case '7':
            out += QLatin1Char('t');
            break;
        default:
            out += c.toLower();
        }
    }
    return out;
}

QString lettersOnly(const QString &s) {
    QString out;
    for (QChar c : s) {
        if (c.isLetter())
            out += c.toLower();
    }
    return out;
}
} // namespace

bool isCommonPassword(const QString &password) {
    const auto &words = baseWords();
    const QString plain = lettersOnly(password);
    if (plain.isEmpty() || words.contains(plain))
        return true;
    // Undo leetspeak, then strip the usual trailing/leading decorations ("P@ssw0rd!", "!Qwerty1").
    QString leet = lettersOnly(unleet(password));
    if (words.contains(leet))
        return true;
    // "i" from a trailing "1" or "!" is decoration, not part of the word.
    while (leet.endsWith(QLatin1Char('i'))) {
        leet.chop(1);
        if (words.contains(leet))
            return true;
    }
    return false;
}
} // namespace eventbook::validation
