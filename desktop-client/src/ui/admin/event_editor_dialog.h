#pragma once

#include "eventbook/common/domain.h"

#include <QDialog>
#include <QHash>
#include <QTimer>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

class ImageCache;

// Creates or edits an event. Fields are checked as they change with the server's rules
// (Common's checkEventFields), total seats may not go below the confirmed bookings (said before
// the server says it), and the image comes from a URL (previewed through the server's image
// proxy) or from a file (turned into a data URI). Saving is POST or PUT; the server's refusal is
// shown against its fields.
class EventEditorDialog : public QDialog {
    Q_OBJECT
public:
    // An event with id 0 creates one.
    EventEditorDialog(client::ClientSession &session, ImageCache &images, const Event &event,
                      QWidget *parent = nullptr);

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *locationField() const { return m_location; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QDateTimeEdit *dateField() const { return m_date; }
    QSpinBox *seatsField() const { return m_seats; }
    QLineEdit *tagsField() const { return m_tags; }
    QLineEdit *imageUrlField() const { return m_imageUrl; }
    QPushButton *saveButton() const { return m_save; }
    // The visible inline problem of a field ("title", "totalSlots", …), empty when none.
    QString fieldProblem(const QString &field) const;
    QString problem() const;
    // What the preview says instead of a picture ("No image", why an image cannot be shown…);
    // empty while it shows one.
    QString previewText() const;
    const Event &saved() const { return m_saved; }
    // Uses a file as the image (as "Choose file…" does).
    bool useImageFile(const QString &path);

private:
    void makeFields();
    void makeLayout();
    void wire();
    QJsonObject body() const;
    bool validate(bool showAll);
    void save();
    void send();
    void updatePreview();
    QString currentImage() const;
    bool dateInPast() const;

    client::ClientSession &m_session;
    ImageCache &m_images;
    Event m_event;
    Event m_saved;
    int m_confirmed = 0;
    QString m_imageData; // a chosen file, as a data URI
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_location;
    QDateTimeEdit *m_date;
    QSpinBox *m_seats;
    QLineEdit *m_tags;
    QLineEdit *m_imageUrl;
    QLabel *m_preview;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QPushButton *m_chooseFile;
    QPushButton *m_removeImage;
    QHash<QString, QLabel *> m_fieldErrors;
    QTimer m_previewSoon;
};

} // namespace eventbook::ui
