#include "event_editor_dialog.h"

#include "api/admin_api.h"
#include "eventbook/common/codecs.h"
#include "eventbook/common/json_keys.h"
#include "eventbook/common/validation.h"
#include "state/client_session.h"
#include "ui/confirmation.h"
#include "ui/form_message.h"
#include "ui/image_cache.h"
#include "ui/image_file.h"

#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace eventbook::ui {
namespace k = eventbook::keys;
namespace v = eventbook::validation;

namespace {
constexpr int kPreviewDebounceMs = 500;
}

EventEditorDialog::EventEditorDialog(client::ClientSession &session, ImageCache &images, const Event &event,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_images(images)
    , m_event(event)
    , m_confirmed(event.id ? event.totalSlots - event.availableSlots : 0) {
    setWindowTitle(event.id ? tr("Edit event") : tr("New event"));
    setMinimumWidth(560);
    makeFields();
    makeLayout();
    wire();
    updatePreview();
    validate(false);
}

void EventEditorDialog::makeFields() {
    m_title = new QLineEdit(m_event.title, this);
    m_title->setAccessibleName(tr("Title"));
    m_description = new QPlainTextEdit(m_event.description, this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(90);
    m_location = new QLineEdit(m_event.location, this);
    m_location->setAccessibleName(tr("Location"));
    m_date = new QDateTimeEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_date->setDateTime(m_event.id ? m_event.date.toLocalTime()
                                 : QDateTime(QDate::currentDate().addDays(14), QTime(19, 0)));
    m_date->setAccessibleName(tr("Date and time"));
    m_seats = new QSpinBox(this);
    // 0 is allowed in the box so that typing it is seen and refused with a reason, instead of the
    // box quietly putting the old number back.
    m_seats->setRange(0, v::kSlotsMax);
    m_seats->setValue(m_event.id ? m_event.totalSlots : 50);
    m_seats->setAccessibleName(tr("Total seats"));
    m_tags = new QLineEdit(m_event.tags.join(QStringLiteral(", ")), this);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("music, outdoor, family"));
    m_imageUrl = new QLineEdit(this);
    m_imageUrl->setAccessibleName(tr("Image URL"));
    m_imageUrl->setPlaceholderText(QStringLiteral("https://…"));
    if (m_event.image.startsWith(QLatin1StringView("data:")))
        m_imageData = m_event.image;
    else
        m_imageUrl->setText(m_event.image);
    m_chooseFile = new QPushButton(tr("Choose file…"), this);
    m_removeImage = new QPushButton(tr("No image"), this);
    m_preview = new QLabel(this);
    m_preview->setFixedSize(240, 120);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Image preview"));
    m_preview->setWordWrap(true);
    m_previewSoon.setSingleShot(true);
    m_previewSoon.setInterval(kPreviewDebounceMs);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_save = new QPushButton(m_event.id ? tr("Save changes") : tr("Create event"), this);
    m_save->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
}

void EventEditorDialog::makeLayout() {
    auto *form = new QFormLayout;
    const auto addField = [&](const QString &label, QWidget *field, QLatin1StringView key, QLayout *row = nullptr) {
        auto *error = makeFieldError(field, this);
        m_fieldErrors.insert(QString(key), error);
        // An explicit label with the field as buddy: a row that is a layout has no buddy by
        // itself, and its "&" would show as it is.
        auto *name = new QLabel(label, this);
        name->setBuddy(field);
        if (row)
            form->addRow(name, row);
        else
            form->addRow(name, field);
        form->addRow(QString(), error);
    };
    addField(tr("&Title"), m_title, k::title);
    addField(tr("&Description"), m_description, k::description);
    addField(tr("&Location"), m_location, k::location);
    addField(tr("D&ate and time"), m_date, k::date);
    addField(tr("Total &seats"), m_seats, k::totalSlots);
    addField(tr("Ta&gs"), m_tags, k::tags);
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_imageUrl, 1);
    imageRow->addWidget(m_chooseFile);
    imageRow->addWidget(m_removeImage);
    addField(tr("&Image"), m_imageUrl, k::image, imageRow);
    form->addRow(QString(), m_preview);
    if (m_confirmed > 0) {
        auto *note = new QLabel(tr("%n seat(s) already booked.", nullptr, m_confirmed), this);
        form->addRow(QString(), note);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
}

void EventEditorDialog::wire() {
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &EventEditorDialog::save);
    connect(m_chooseFile, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose an image"), QString(), ImageFile::nameFilter());
        if (!path.isEmpty())
            useImageFile(path);
    });
    connect(m_removeImage, &QPushButton::clicked, this, [this] {
        m_imageData.clear();
        m_imageUrl->clear();
        validate(false);
        updatePreview();
    });
    for (QLineEdit *f : {m_title, m_location, m_tags, m_imageUrl})
        connect(f, &QLineEdit::textEdited, this, [this] { validate(false); });
    connect(m_imageUrl, &QLineEdit::textEdited, this, [this] {
        m_imageData.clear();
        m_previewSoon.start();
        m_preview->setPixmap({});
        m_preview->setText(m_imageUrl->text().trimmed().isEmpty() ? tr("No image") : tr("Waiting for you to finish typing…"));
    });
    connect(&m_previewSoon, &QTimer::timeout, this, &EventEditorDialog::updatePreview);
    connect(m_imageUrl, &QLineEdit::editingFinished, this, &EventEditorDialog::updatePreview);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { validate(false); });
    connect(m_seats, &QSpinBox::valueChanged, this, [this] { validate(false); });
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, [this] { validate(false); });
    connect(&m_images, &ImageCache::imageReady, this, [this](const QString &image) {
        if (image == currentImage())
            updatePreview();
    });
}

QJsonObject EventEditorDialog::body() const {
    QJsonArray tags;
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    const QString image = currentImage();
    return QJsonObject{{k::title, m_title->text().trimmed()},
                       {k::description, m_description->toPlainText()},
                       {k::location, m_location->text().trimmed()},
                       {k::date, codec::formatTime(m_date->dateTime().toUTC())},
                       {k::totalSlots, m_seats->value()},
                       {k::tags, tags},
                       {k::image, image.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(image)}};
}

QString EventEditorDialog::currentImage() const {
    return m_imageData.isEmpty() ? m_imageUrl->text().trimmed() : m_imageData;
}

bool EventEditorDialog::dateInPast() const {
    return m_date->dateTime() < QDateTime::currentDateTime();
}

QString EventEditorDialog::previewText() const {
    return m_preview->pixmap().isNull() ? m_preview->text() : QString();
}

QString EventEditorDialog::fieldProblem(const QString &field) const {
    const QLabel *l = m_fieldErrors.value(field);
    return l && l->isVisibleTo(this) ? l->text() : QString();
}

QString EventEditorDialog::problem() const {
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

bool EventEditorDialog::validate(bool showAll) {
    QHash<QString, QString> problems;
    for (const v::FieldError &e : v::checkEventFields(body(), false))
        problems.insert(e.field, e.hint.isEmpty() ? e.message : e.hint);
    if (dateInPast())
        problems.insert(QString(k::date), tr("This date is in the past: nobody will be able to book the event."));
    if (m_seats->value() < m_confirmed)
        problems.insert(QString(k::totalSlots),
                        tr("%n seat(s) are already booked; the total cannot be lower.", nullptr, m_confirmed));
    // Text fields complain once something is typed in them; the others (seats, image,
    // description, a date in the past) as soon as they are wrong.
    const QHash<QString, const QLineEdit *> typed = {
        {QString(k::title), m_title}, {QString(k::location), m_location}, {QString(k::tags), m_tags}};
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        const QString message = problems.value(it.key());
        const QLineEdit *field = typed.value(it.key());
        const bool shown = showAll || (field ? !field->text().isEmpty() : true);
        setFieldError(it.value(), shown ? message : QString());
    }
    // A past date is a warning the admin may override when saving, not a refusal.
    problems.remove(QString(k::date));
    return problems.isEmpty();
}

bool EventEditorDialog::useImageFile(const QString &path) {
    const auto uri = ImageFile::toDataUri(path);
    if (!uri) {
        showFormMessage(m_problem, uri.error().message, true);
        return false;
    }
    m_imageData = *uri;
    m_imageUrl->clear();
    m_imageUrl->setPlaceholderText(tr("Image from a file"));
    showFormMessage(m_problem, QString(), false);
    validate(false);
    updatePreview();
    return true;
}

void EventEditorDialog::updatePreview() {
    m_previewSoon.stop();
    const QString image = currentImage();
    if (image.isEmpty() || v::checkImage(image)) {
        m_preview->setPixmap({});
        m_preview->setText(image.isEmpty() ? tr("No image") : tr("Not a usable image"));
        return;
    }
    const QPixmap p = m_images.pixmap(image, m_preview->size() * devicePixelRatioF(), Qt::KeepAspectRatio);
    if (p.isNull()) {
        const QString failure = m_images.failure(image);
        m_preview->setText(failure.isEmpty() ? tr("Loading preview…") : tr("Cannot show this image: %1").arg(failure));
        return;
    }
    m_preview->setPixmap(p);
}

void EventEditorDialog::save() {
    if (!validate(true)) {
        showFormMessage(m_problem, tr("Please correct the fields marked above."), true);
        return;
    }
    if (dateInPast() && (!m_event.id || m_date->dateTime() != m_event.date.toLocalTime())) {
        confirmThen(this, tr("Date in the past"),
                    tr("%1 is in the past. Nobody can book an event that has taken place. Save it anyway?")
                        .arg(QLocale().toString(m_date->dateTime(), QLocale::LongFormat)),
                    tr("Save anyway"), tr("Change the date"), [this] { send(); });
        return;
    }
    send();
}

void EventEditorDialog::send() {
    m_save->setEnabled(false);
    showFormMessage(m_problem, QString(), false);
    auto done = [this](const Result<Event> &r) {
        m_save->setEnabled(true);
        if (r) {
            m_saved = *r;
            accept();
            return;
        }
        // The server's own refusal: against its fields when it names them.
        bool placed = false;
        for (const QJsonValue &d : r.error().details.toArray()) {
            const QString field = d.toObject().value(k::field).toString();
            if (QLabel *l = m_fieldErrors.value(field)) {
                setFieldError(l, d.toObject().value(k::message).toString());
                placed = true;
            }
        }
        showFormMessage(m_problem, placed ? tr("The server refused some fields.") : r.error().message, true);
    };
    client::AdminApi admin(m_session.api());
    if (m_event.id)
        admin.replaceEvent(m_event.id, body(), {this, done});
    else
        admin.createEvent(body(), {this, done});
}

} // namespace eventbook::ui
