#pragma once

#include <QString>

namespace eventbook::validation {
// True when the password is, or is a light disguise of, one of the most used passwords
// ("P@ssw0rd1!", "Summer2024!"): those pass any character-class rule and are guessed first.
bool isCommonPassword(const QString &password);
} // namespace eventbook::validation
