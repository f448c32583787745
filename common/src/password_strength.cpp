#include "eventbook/common/password_strength.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>
#include <vector>

#include <zxcvbn.h>

namespace eventbook::validation {

namespace {
QString text(const char *message) {
    return QCoreApplication::translate("Validation", message);
}

// zxcvbn's own score thresholds (zxcvbn.js, scoring.coffee): guesses below 10^3, 10^6, 10^8, 10^10
// (plus a margin of 5 guesses) are scores 0 to 3.
int scoreFor(double guessesLog10) {
    const double guesses = std::pow(10.0, guessesLog10);
    if (guesses < 1e3 + 5)
        return 0;
    if (guesses < 1e6 + 5)
        return 1;
    if (guesses < 1e8 + 5)
        return 2;
    if (guesses < 1e10 + 5)
        return 3;
    return 4;
}

struct Finding {
    const char *warning;
    const char *suggestion;
};

// zxcvbn-c returns the matches that make up the cheapest guess, not zxcvbn.js's sentences: this is
// zxcvbn.js's feedback table (feedback.coffee) keyed by the same match types.
Finding findingFor(ZxcTypeMatch_t type, bool wholePassword) {
    switch (int(type) & ~int(MULTIPLE_MATCH)) {
    case DICTIONARY_MATCH:
        return {wholePassword ? QT_TRANSLATE_NOOP("Validation", "This is a commonly used password")
                              : QT_TRANSLATE_NOOP("Validation", "A word by itself is easy to guess"),
                QT_TRANSLATE_NOOP("Validation", "Add another word or two; uncommon words are better")};
    case DICT_LEET_MATCH:
        return {QT_TRANSLATE_NOOP("Validation", "This is similar to a commonly used password"),
                QT_TRANSLATE_NOOP("Validation",
                                  "Predictable substitutions like '@' instead of 'a' don't help very much")};
    case USER_MATCH:
    case USER_LEET_MATCH:
        return {QT_TRANSLATE_NOOP("Validation", "Your name or email address is easy to guess"),
                QT_TRANSLATE_NOOP("Validation", "Avoid your name, email address and other words about you")};
    case REPEATS_MATCH:
        return {QT_TRANSLATE_NOOP("Validation", "Repeats like \"aaa\" or \"abcabc\" are easy to guess"),
                QT_TRANSLATE_NOOP("Validation", "Avoid repeated words and characters")};
    case SEQUENCE_MATCH:
        return {QT_TRANSLATE_NOOP("Validation", "Sequences like \"abc\" or \"6543\" are easy to guess"),
                QT_TRANSLATE_NOOP("Validation", "Avoid sequences")};
    case SPATIAL_MATCH:
        return {QT_TRANSLATE_NOOP("Validation", "Straight rows and short patterns of keys are easy to guess"),
                QT_TRANSLATE_NOOP("Validation", "Use a longer keyboard pattern with more turns")};
    case DATE_MATCH:
        return {QT_TRANSLATE_NOOP("Validation", "Dates are often easy to guess"),
                QT_TRANSLATE_NOOP("Validation", "Avoid dates and years that are associated with you")};
    case YEAR_MATCH:
        return {QT_TRANSLATE_NOOP("Validation", "Recent years are easy to guess"),
                QT_TRANSLATE_NOOP("Validation", "Avoid recent years")};
    default:
        return {nullptr, nullptr};
    }
}
} // namespace

QStringList userWords(const QString &email, const QString &name) {
    QStringList words;
    const auto add = [&words](const QString &w) {
        const QString folded = w.trimmed().toLower();
        if (folded.size() >= 3 && !words.contains(folded))
            words.append(folded);
    };
    static const QRegularExpression separators(QStringLiteral(R"([\s@._+-]+)"));
    add(email);
    add(email.section(QLatin1Char('@'), 0, 0));
    for (const QString &part : email.split(separators, Qt::SkipEmptyParts))
        add(part);
    add(name);
    for (const QString &part : name.split(separators, Qt::SkipEmptyParts))
        add(part);
    return words;
}

PasswordStrength passwordStrength(const QString &password, const QStringList &words) {
    PasswordStrength out;
    if (password.isEmpty())
        return out;
    const QByteArray utf8 = password.toUtf8();
    std::vector<QByteArray> wordBytes;
    wordBytes.reserve(size_t(words.size()));
    std::vector<const char *> dict;
    for (const QString &w : words) {
        wordBytes.push_back(w.toUtf8());
        dict.push_back(wordBytes.back().constData());
    }
    dict.push_back(nullptr);
    ZxcMatch_t *info = nullptr;
    const double bits = ZxcvbnMatch(utf8.constData(), dict.data(), &info);
    out.guessesLog10 = bits * std::log10(2.0);
    out.score = scoreFor(out.guessesLog10);
    if (out.score < kPasswordMinScore && info) {
        // The costliest-to-an-attacker part is not the point; the cheapest, longest part is what
        // gives the password away: the longest non-brute-force match.
        const ZxcMatch_t *worst = nullptr;
        for (const ZxcMatch_t *m = info; m; m = m->Next) {
            const Finding f = findingFor(m->Type, false);
            if (f.warning && (!worst || m->Length > worst->Length))
                worst = m;
        }
        if (worst) {
            const Finding f = findingFor(worst->Type, worst->Length >= int(utf8.size()));
            out.warning = text(f.warning);
            out.suggestions.append(text(f.suggestion));
        }
        out.suggestions.append(text(QT_TRANSLATE_NOOP("Validation",
                                                      "A few unrelated words, or a longer password, are harder to guess")));
    }
    ZxcvbnFreeInfo(info);
    return out;
}

} // namespace eventbook::validation
