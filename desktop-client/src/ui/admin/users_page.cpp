#include "users_page.h"

#include "admin_table.h"
#include "ui/column_filler.h"
#include "ui/wrapping_row.h"
#include "api/admin_api.h"
#include "notification_compose_dialog.h"
#include "state/admin_session.h"
#include "state/client_session.h"
#include "ui/confirmation.h"
#include "ui/form_message.h"
#include "ui/pager.h"

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

UsersPage::UsersPage(client::ClientSession &session, client::AdminSession &admin, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_admin(admin)
    , m_model(&admin.users()) {
    makeTable();
    makeLayout();
    wire();
    updateButtons();
}

void UsersPage::makeTable() {
    const auto when = [](const std::optional<QDateTime> &t) {
        return t ? QLocale().toString(t->toLocalTime(), QLocale::ShortFormat) : tr("never");
    };
    m_model->setColumns(
        {{tr("Name"), [](const User &u) { return u.name; }},
         {tr("Email"), [](const User &u) { return u.email; }},
         {tr("Role"), [](const User &u) { return u.isAdmin ? tr("Admin") : tr("Attendee"); }},
         {tr("Bookings"), [](const User &u) { return u.bookingCount; }, {}, Qt::AlignRight | Qt::AlignVCenter},
         {tr("Joined"), [when](const User &u) { return when(u.createdAt); }, [](const User &u) { return u.createdAt; }},
         {tr("Last sign-in"), [when](const User &u) { return when(u.lastLogin); },
          [](const User &u) { return u.lastLogin.value_or(QDateTime()); }}});
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Model::SortRole);
    m_table = makeAdminTable(this);
    m_table->setModel(proxy);
    m_table->setAccessibleName(tr("Users"));
    ColumnFiller::apply(m_table, m_table->horizontalHeader(), 1, 22);
}

void UsersPage::makeLayout() {
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by name or email…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_promote = new QPushButton(tr("Make admin"), this);
    m_demote = new QPushButton(tr("Remove admin"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_notify = new QPushButton(tr("Notify…"), this);
    m_pager = new Pager(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *top = new WrappingRow(this);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 20);
    top->first()->addWidget(m_search, 1);
    top->second()->addStretch(); // under the field, the buttons sit on the right at their size
    top->second()->addWidget(m_promote);
    top->second()->addWidget(m_demote);
    top->second()->addWidget(m_delete);
    top->second()->addWidget(m_notify);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_pager);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(pageTitle(tr("Users"), this));
    layout->addWidget(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
}

void UsersPage::wire() {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        m_page = 1;
        reload();
    });
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_pager, &Pager::pageRequested, this, [this](int page) {
        m_page = page;
        reload();
    });
    connect(m_promote, &QPushButton::clicked, this, [this] { setRole(true); });
    connect(m_demote, &QPushButton::clicked, this, [this] { setRole(false); });
    connect(m_delete, &QPushButton::clicked, this, &UsersPage::removeSelected);
    connect(m_notify, &QPushButton::clicked, this, &UsersPage::compose);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelected = selected() ? selected()->id : 0; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectUser(m_keepSelected);
        updateButtons();
    });
    connect(&m_admin, &client::AdminSession::usersLoaded, this, [this] {
        m_total = m_admin.usersTotal();
        m_pager->setPage(m_page, int((m_total + kPageSize - 1) / kPageSize));
        Q_EMIT usersLoaded();
    });
    connect(&m_admin, &client::AdminSession::usersFailed, this, [this](const QString &why) { say(why, false); });
}

void UsersPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

QString UsersPage::message() const {
    return m_message->text();
}

void UsersPage::reload() {
    m_loadedOnce = true;
    m_admin.loadUsers(m_page, kPageSize, m_search->text().trimmed());
}

const User *UsersPage::selected() const {
    return m_model->rowAt(selectedSourceRow(m_table));
}

bool UsersPage::selectUser(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    selectSourceRow(m_table, row);
    return true;
}

void UsersPage::updateButtons() {
    const User *u = selected();
    const bool me = u && u->id == m_session.api().user().id;
    m_promote->setEnabled(u && !u->isAdmin);
    m_demote->setEnabled(u && u->isAdmin);
    m_delete->setEnabled(u && !me);
    m_delete->setToolTip(me ? tr("You cannot delete your own account here; use Profile.") : QString());
}

void UsersPage::say(const QString &text, bool ok) {
    showFormMessage(m_message, text, !ok);
    Q_EMIT actionFinished(ok);
}

void UsersPage::setRole(bool admin) {
    const User *u = selected();
    if (!u)
        return;
    const User user = *u;
    const QString text = admin ? tr("Make %1 (%2) an admin? They can then change every event, user and booking.")
                                     .arg(user.name, user.email)
                               : tr("Remove admin rights from %1 (%2)? They are signed out everywhere at once.")
                                     .arg(user.name, user.email);
    confirmThen(this, admin ? tr("Make admin") : tr("Remove admin"), text,
                admin ? tr("Make admin") : tr("Remove admin"), tr("Keep as it is"),
                [this, user, admin] { applyRole(user, admin); });
}

void UsersPage::applyRole(const User &user, bool admin) {
    auto done = [this, user, admin](const Result<Unit> &r) {
        if (!r)
            return say(r.error().message, false);
        m_model->modifyRow(user.id, [admin](User &x) { x.isAdmin = admin; });
        updateButtons();
        say(admin ? tr("%1 is now an admin.").arg(user.name) : tr("%1 is no longer an admin.").arg(user.name), true);
    };
    client::AdminApi api(m_session.api());
    if (admin)
        api.promote(user.id, {this, done});
    else
        api.demote(user.id, {this, done});
}

void UsersPage::removeSelected() {
    const User *u = selected();
    if (!u)
        return;
    const User user = *u;
    const QString text = tr("Delete the account of %1 (%2)?").arg(user.name, user.email) + QStringLiteral("\n\n") +
                         tr("Their %n booking(s) are cancelled and the seats go back on sale. This cannot be undone.",
                            nullptr, user.bookingCount);
    confirmThen(this, tr("Delete user"), text, tr("Delete account"), tr("Keep account"), [this, user] {
        client::AdminApi(m_session.api()).deleteUser(user.id, {this, [this, user](const Result<Unit> &r) {
            if (!r)
                return say(r.error().message, false);
            say(tr("Deleted the account of %1.").arg(user.name), true);
            reload();
        }});
    });
}

void UsersPage::compose() {
    const User *u = selected();
    NotificationComposeDialog dialog(u ? std::optional<qint64>(u->id) : std::nullopt, u ? u->name : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    notify(dialog.recipient(), dialog.title(), dialog.body(), dialog.type());
}

void UsersPage::notify(std::optional<qint64> userId, const QString &title, const QString &body, const QString &type) {
    client::AdminApi(m_session.api())
        .sendNotification(userId, title, body, type, {this, [this](const Result<int> &r) {
            say(r ? tr("Sent to %n person(s).", nullptr, *r) : r.error().message, bool(r));
        }});
}

} // namespace eventbook::ui
