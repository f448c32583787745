#pragma once

#include "api/api_client.h"

#include <QPushButton>
#include <functional>

namespace eventbook::ui {

// "Add to calendar": fetches a calendar file from the server (an event's or a booking's) and
// either opens it with the system's calendar application or saves it where the user says.
class CalendarButton : public QPushButton {
    Q_OBJECT
public:
    using Fetch = std::function<void(client::ApiClient::Done<QByteArray>)>;

    explicit CalendarButton(QWidget *parent = nullptr);

    // What the button fetches, and the file name it suggests.
    void setSource(Fetch fetch, const QString &fileName);
    // Saves the file to `path` without asking (the menu's "Save" asks first).
    void saveTo(const QString &path);
    // Writes it to the app's cache and hands it to the system's calendar application.
    void openInCalendar();

Q_SIGNALS:
    // Where the file went (or why not), for the page to say.
    void finished(bool ok, const QString &message, const QString &path);

private:
    void fetchThen(std::function<void(const QByteArray &)> use);
    bool write(const QString &path, const QByteArray &ics);
    void chooseAndSave();

    Fetch m_fetch;
    QString m_fileName;
};

} // namespace eventbook::ui
