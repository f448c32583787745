#include "admin_events_page.h"

#include "admin_table.h"
#include "event_editor_dialog.h"
#include "team_dialog.h"
#include "state/admin_session.h"
#include "state/client_session.h"
#include "ui/column_filler.h"
#include "ui/confirmation.h"
#include "ui/event_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace eventbook::ui {
AdminEventsPage::AdminEventsPage(client::ClientSession &session, client::AdminSession &admin, ImageCache &images,
                                 QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_admin(admin)
    , m_images(images)
    , m_model(&admin.events()) {
    makeTable();
    makeLayout();
    wire();
    updateButtons();
}

void AdminEventsPage::makeTable() {
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    m_model->setColumns(
        {{tr("Title"), [](const Event &e) { return e.title; }},
         {tr("Date"), [](const Event &e) { return EventText::shortWhen(e.date); },
          [](const Event &e) { return e.date; }},
         {tr("Location"), [](const Event &e) { return e.location; }},
         {tr("Booked"),
          [](const Event &e) { return tr("%1 / %2").arg(e.totalSlots - e.availableSlots).arg(e.totalSlots); },
          [](const Event &e) { return e.totalSlots ? double(e.totalSlots - e.availableSlots) / e.totalSlots : 0.0; },
          right},
         {tr("Seats left"), [](const Event &e) { return e.availableSlots; }, {}, right},
         {tr("Tags"), [](const Event &e) { return e.tags.join(QStringLiteral(", ")); }}});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Model::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = makeAdminTable(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("All events"));
    m_table->sortByColumn(1, Qt::AscendingOrder);
    ColumnFiller::apply(m_table, m_table->horizontalHeader(), 0, 22);
}

void AdminEventsPage::makeLayout() {
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter by title, place, tag…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter events"));
    m_new = new QPushButton(tr("New event…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_team = new QPushButton(tr("Team…"), this);
    m_team->setAccessibleDescription(tr("The organisers and door staff of the selected event"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    top->addWidget(m_edit);
    top->addWidget(m_team);
    top->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(pageTitle(tr("Events"), this));
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

void AdminEventsPage::wire() {
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_new, &QPushButton::clicked, this, [this] { edit(0); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const Event *e = selected())
            edit(e->id);
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (const Event *e = selected())
            edit(e->id);
    });
    connect(m_delete, &QPushButton::clicked, this, &AdminEventsPage::removeSelected);
    connect(m_team, &QPushButton::clicked, this, &AdminEventsPage::showTeam);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AdminEventsPage::updateButtons);
    // The session reloads the table (live changes too); the selection survives it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelected = selected() ? selected()->id : 0; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_model->rowOf(m_keepSelected); row >= 0)
            selectSourceRow(m_table, row);
        updateButtons();
    });
    connect(&m_admin, &client::AdminSession::eventsLoaded, this, [this] {
        m_message->setText(tr("%n event(s)", nullptr, int(m_model->rowCount())));
        Q_EMIT loaded();
    });
    connect(&m_admin, &client::AdminSession::eventsFailed, this,
            [this](const QString &why) { m_message->setText(tr("Could not load events: %1").arg(why)); });
}

void AdminEventsPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_admin.eventsWanted())
        reload();
}

void AdminEventsPage::reload() {
    m_admin.reloadEvents();
}

const Event *AdminEventsPage::selected() const {
    return m_model->rowAt(selectedSourceRow(m_table));
}

void AdminEventsPage::updateButtons() {
    const bool one = selected() != nullptr;
    m_edit->setEnabled(one);
    m_delete->setEnabled(one);
    m_team->setEnabled(one);
}

void AdminEventsPage::showTeam() {
    if (const Event *e = selected()) {
        TeamDialog dialog(m_session, *e, this);
        dialog.exec();
    }
}

void AdminEventsPage::edit(qint64 id) {
    const int row = m_model->rowOf(id);
    const Event event = row >= 0 ? *m_model->rowAt(row) : Event{};
    EventEditorDialog dialog(m_session, m_images, event, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Event saved = dialog.saved();
    if (!m_model->updateRow(saved))
        reload();
    m_message->setText(id ? tr("Saved “%1”.").arg(saved.title) : tr("Created “%1”.").arg(saved.title));
}

void AdminEventsPage::removeSelected() {
    const Event *e = selected();
    if (!e)
        return;
    const Event event = *e;
    const int confirmed = event.totalSlots - event.availableSlots;
    const QString consequence = confirmed > 0
                                    ? tr("This cancels %n confirmed booking(s) and tells the people who made them.",
                                         nullptr, confirmed)
                                    : tr("Nobody has booked it yet.");
    confirmThen(this, tr("Delete event"), tr("Delete “%1”?").arg(event.title) + QStringLiteral("\n\n") + consequence,
                tr("Delete event"), tr("Keep event"), [this, event] {
                    m_admin.deleteEvent(event, {this, [this, event](const Result<Unit> &r) {
                        m_message->setText(r ? tr("Deleted “%1”.").arg(event.title) : r.error().message);
                    }});
                });
}

} // namespace eventbook::ui
