#pragma once

#include <QString>
#include <QStringList>

// zxcvbn's estimate of a password (zxcvbn-c: the entropy of the cheapest way to guess it through
// dictionaries, keyboard walks, dates, sequences and the user's own words). The server's check and
// the app's meter call the same function, so the two always agree.
namespace eventbook::validation {

// The zxcvbn score a new password needs: 3 is "safely unguessable" (about 10^8 guesses and more).
inline constexpr int kPasswordMinScore = 3;

struct PasswordStrength {
    int score = 0;           // 0 (too guessable) … 4 (very unguessable), zxcvbn's scale
    double guessesLog10 = 0; // log10 of the estimated guesses
    QString warning;         // the weakest part, in words (translated through "Validation"); may be empty
    QStringList suggestions; // what would make it stronger
};

// `userWords`: what an attacker knows about the user (email, its local part, name); a password
// built from them is scored as if it were a dictionary word.
PasswordStrength passwordStrength(const QString &password, const QStringList &userWords = {});

// The words of an account for passwordStrength: the email, its local part and domain label, the
// name and each part of it, lower-cased.
QStringList userWords(const QString &email, const QString &name);

} // namespace eventbook::validation
