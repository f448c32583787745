#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace eventbook::client {
class ClientSession;
}

namespace eventbook::ui {

class Pager;

class EventDetailPanel;
class ImageCache;

// Browse: search (debounced), tag filter, a grid of event cards, pages, and the detail pane.
class BrowsePage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDebounceMs = 250;

    BrowsePage(client::ClientSession &session, ImageCache &images, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QComboBox *tagFilter() const { return m_tag; }
    QCheckBox *pastToggle() const { return m_past; }
    QListView *cards() const { return m_cards; }
    EventDetailPanel *detail() const { return m_detail; }
    QPushButton *nextPage() const;
    QPushButton *previousPage() const;
    // Selects the card of an event on this page (false when not on it).
    bool selectEvent(qint64 id);

Q_SIGNALS:
    void signInRequested();

private:
    void makeFilters();
    void makeCards(ImageCache &images);
    void makeLayout();
    void wire();
    void applyFilters();
    void goToPage(int page);
    void updatePager();
    void showSelected();

    client::ClientSession &m_session;
    QLineEdit *m_search;
    QComboBox *m_tag;
    QCheckBox *m_past;
    QListView *m_cards;
    EventDetailPanel *m_detail;
    QLabel *m_summary;
    QLabel *m_message;
    Pager *m_pager;
    QTimer m_debounce;
};

} // namespace eventbook::ui
