#pragma once

#include <QJsonObject>
#include <QString>

class QWidget;

namespace eventbook::ui {

struct SaveOutcome {
    bool ok = false;
    QString message; // empty: the user cancelled
};

// Asks where to save a JSON document (a data export) and writes it whole (QSaveFile), so a
// failed write leaves no half file. Says what happened in a sentence.
SaveOutcome saveJsonAs(QWidget *parent, const QString &suggestedName, const QJsonObject &document);

} // namespace eventbook::ui
