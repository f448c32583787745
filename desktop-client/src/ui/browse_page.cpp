#include "browse_page.h"

#include "event_card_delegate.h"
#include "event_detail_panel.h"
#include "event_text.h"
#include "image_cache.h"
#include "pager.h"
#include "state/client_session.h"
#include "wrapping_row.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace eventbook::ui {

BrowsePage::BrowsePage(client::ClientSession &session, ImageCache &images, QWidget *parent)
    : QWidget(parent)
    , m_session(session) {
    makeFilters();
    makeCards(images);
    makeLayout();
    wire();
    updatePager();
}

void BrowsePage::makeFilters() {
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search events, places, tags…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search events"));
    m_tag = new QComboBox(this);
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setMinimumWidth(120);
    m_tag->addItem(tr("All tags"), QString());
    m_past = new QCheckBox(tr("Show &past events"), this);
    m_summary = new QLabel(this);
}

void BrowsePage::makeCards(ImageCache &images) {
    m_cards = new QListView(this);
    m_cards->setViewMode(QListView::IconMode);
    m_cards->setResizeMode(QListView::Adjust);
    m_cards->setMovement(QListView::Static);
    m_cards->setUniformItemSizes(true);
    m_cards->setSpacing(0);
    m_cards->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cards->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_cards->setFrameShape(QFrame::NoFrame);
    m_cards->setItemDelegate(new EventCardDelegate(images, m_cards));
    m_session.events().setAccessibleText(&EventText::spoken);
    m_cards->setModel(&m_session.events());
    m_cards->setAccessibleName(tr("Events"));
    m_cards->setAccessibleDescription(tr("Use the arrow keys to move between events; details appear on the right."));
    connect(&images, &ImageCache::imageReady, m_cards->viewport(), qOverload<>(&QWidget::update));

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();

    m_pager = new Pager(this);

    m_detail = new EventDetailPanel(m_session, images, this);
    connect(m_detail, &EventDetailPanel::signInRequested, this, &BrowsePage::signInRequested);
}

void BrowsePage::makeLayout() {
    // The search box keeps a width one can type into; the tag filter goes under it when narrow.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);
    auto *filters = new WrappingRow(this);
    filters->first()->addWidget(m_search, 1);
    filters->second()->addWidget(m_tag, 1);
    filters->second()->addWidget(m_past);
    auto *pager = new WrappingRow(this);
    pager->first()->addWidget(m_summary);
    pager->first()->addStretch();
    pager->second()->addWidget(m_pager);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 6, 12);
    leftLayout->addWidget(filters);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_cards, 1);
    leftLayout->addWidget(pager);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({900, 330});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setTabOrder(m_search, m_tag);
    setTabOrder(m_tag, m_past);
    setTabOrder(m_past, m_cards);
    setTabOrder(m_cards, m_pager->previousButton());
    setTabOrder(m_pager->previousButton(), m_pager->nextButton());
    setTabOrder(m_pager->nextButton(), m_detail->actionButton());
}

void BrowsePage::wire() {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &BrowsePage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &BrowsePage::applyFilters);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &BrowsePage::applyFilters);
    connect(m_past, &QCheckBox::toggled, this, &BrowsePage::applyFilters);
    connect(m_pager, &Pager::pageRequested, this, &BrowsePage::goToPage);
    connect(m_cards->selectionModel(), &QItemSelectionModel::currentChanged, this, &BrowsePage::showSelected);
    // Enter or double-click on a card goes to its Book / Cancel button.
    connect(m_cards, &QListView::activated, this, [this] { m_detail->actionButton()->setFocus(Qt::OtherFocusReason); });
    connect(&m_session, &client::ClientSession::eventsLoaded, this, [this] {
        m_message->hide();
        updatePager();
        // Tags seen so far fill the filter without losing the current choice.
        const QString current = m_tag->currentData().toString();
        const QSignalBlocker block(m_tag);
        for (const QString &tag : m_session.knownTags())
            if (m_tag->findData(tag) < 0)
                m_tag->addItem(tag, tag);
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
        if (!m_cards->currentIndex().isValid() && m_session.events().rowCount() > 0)
            m_cards->setCurrentIndex(m_session.events().index(0));
        else
            showSelected();
    });
    connect(&m_session, &client::ClientSession::eventsFailed, this, [this](const QString &message) {
        m_message->setText(tr("Could not load events: %1").arg(message));
        m_message->show();
    });
}

void BrowsePage::applyFilters() {
    m_debounce.stop();
    client::EventListQuery q = m_session.query();
    const QString search = m_search->text().trimmed();
    const QString tag = m_tag->currentData().toString();
    const bool past = m_past->isChecked();
    if (search == q.search && tag == q.tag && past == !q.from.has_value())
        return;
    q.search = search;
    q.tag = tag;
    q.from = past ? std::nullopt : std::optional<QDateTime>(QDateTime::currentDateTimeUtc());
    q.page = 1;
    m_cards->setCurrentIndex({});
    m_session.setQuery(q);
}

void BrowsePage::goToPage(int page) {
    client::EventListQuery q = m_session.query();
    q.page = std::clamp(page, 1, std::max(1, m_session.totalPages()));
    m_cards->setCurrentIndex({});
    m_session.setQuery(q);
}

void BrowsePage::updatePager() {
    m_pager->setPage(m_session.query().page, m_session.totalPages());
    const int total = m_session.totalEvents();
    m_summary->setText(tr("%n event(s)", nullptr, total));
    if (total == 0 && !m_session.query().search.isEmpty()) {
        m_message->setText(tr("No events match “%1”.").arg(m_session.query().search));
        m_message->show();
    }
}

void BrowsePage::showSelected() {
    const Event *e = m_session.events().eventAt(m_cards->currentIndex().row());
    if (e)
        m_detail->showEvent(*e);
    else
        m_detail->clear();
}

QPushButton *BrowsePage::nextPage() const {
    return m_pager->nextButton();
}

QPushButton *BrowsePage::previousPage() const {
    return m_pager->previousButton();
}

bool BrowsePage::selectEvent(qint64 id) {
    const int row = m_session.events().rowOf(id);
    if (row < 0)
        return false;
    m_cards->setCurrentIndex(m_session.events().index(row));
    return true;
}

} // namespace eventbook::ui
