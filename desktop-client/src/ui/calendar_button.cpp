#include "calendar_button.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace eventbook::ui {

CalendarButton::CalendarButton(QWidget *parent)
    : QPushButton(tr("Add to &calendar"), parent) {
    setAccessibleDescription(tr("Opens the event in your calendar application or saves it as an .ics file"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Open in my calendar"), this, &CalendarButton::openInCalendar);
    menu->addAction(tr("Save as .ics file…"), this, &CalendarButton::chooseAndSave);
    setMenu(menu);
}

void CalendarButton::setSource(Fetch fetch, const QString &fileName) {
    m_fetch = std::move(fetch);
    m_fileName = fileName;
}

void CalendarButton::fetchThen(std::function<void(const QByteArray &)> use) {
    if (!m_fetch)
        return;
    setEnabled(false);
    m_fetch({this, [this, use](const Result<QByteArray> &r) {
                 setEnabled(true);
                 if (!r) {
                     Q_EMIT finished(false, r.error().message, {});
                     return;
                 }
                 use(*r);
             }});
}

bool CalendarButton::write(const QString &path, const QByteArray &ics) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        Q_EMIT finished(false, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), {});
        return false;
    }
    return true;
}

void CalendarButton::saveTo(const QString &path) {
    fetchThen([this, path](const QByteArray &ics) {
        if (write(path, ics))
            Q_EMIT finished(true, tr("Saved %1. Open it with your calendar to add the event.").arg(QDir::toNativeSeparators(path)),
                            path);
    });
}

void CalendarButton::openInCalendar() {
    fetchThen([this](const QByteArray &ics) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/calendar");
        QDir().mkpath(dir);
        const QString path = dir + QLatin1Char('/') + m_fileName;
        if (!write(path, ics))
            return;
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
            Q_EMIT finished(false, tr("No calendar application opened it; the file is %1.").arg(QDir::toNativeSeparators(path)),
                            path);
            return;
        }
        Q_EMIT finished(true, tr("Handed to your calendar application."), path);
    });
}

void CalendarButton::chooseAndSave() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save calendar file"), folder + QLatin1Char('/') + m_fileName,
                                                      tr("Calendar files (*.ics)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace eventbook::ui
