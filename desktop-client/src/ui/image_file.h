#pragma once

#include "eventbook/common/result.h"

#include <QString>

namespace eventbook::ui {

// Reads a PNG, JPEG, GIF, WebP or AVIF file (known by its first bytes, not its name) of at most
// kMaxBytes and returns it as a data URI the server accepts; otherwise a readable refusal.
class ImageFile {
public:
    static constexpr qint64 kMaxBytes = 1'500'000;
    static Result<QString> toDataUri(const QString &path);
    // For file dialogs.
    static QString nameFilter();
};

} // namespace eventbook::ui
