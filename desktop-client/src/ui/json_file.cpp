#include "json_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace eventbook::ui {

SaveOutcome saveJsonAs(QWidget *parent, const QString &suggestedName, const QJsonObject &document) {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("JsonFile", "Save data export"), QDir(dir).filePath(suggestedName),
        QCoreApplication::translate("JsonFile", "JSON files (*.json)"));
    if (path.isEmpty())
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return {false, QCoreApplication::translate("JsonFile", "Cannot write %1: %2").arg(path, file.errorString())};
    return {true, QCoreApplication::translate("JsonFile", "Saved %1.").arg(path)};
}

} // namespace eventbook::ui
