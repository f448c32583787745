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
#include "ui/json_file.h"
#include "ui/pager.h"
#include "ui/role_text.h"
#include "api/team_api.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
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
         {tr("Role"), [](const User &u) { return u.anonymised ? tr("Anonymised") : RoleText::standing(u); }},
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
    m_role = new QPushButton(tr("Role"), this);
    m_role->setAccessibleDescription(tr("Makes the selected user an attendee, door staff, an organiser or an admin"));
    auto *roles = new QMenu(m_role);
    for (Role r : {Role::Attendee, Role::Staff, Role::Organiser, Role::Admin}) {
        QAction *a = roles->addAction(RoleText::name(r), this, [this, r] { chooseRole(r); });
        a->setData(int(r));
        a->setCheckable(true);
    }
    m_role->setMenu(roles);
    m_account = new QPushButton(tr("Account"), this);
    m_account->setAccessibleDescription(tr("Exports, anonymises or deletes the selected user's account"));
    auto *account = new QMenu(m_account);
    m_exportAction = account->addAction(tr("Export data…"), this, &UsersPage::exportSelected);
    m_anonymiseAction = account->addAction(tr("Anonymise…"), this, &UsersPage::anonymiseSelected);
    m_deleteAction = account->addAction(tr("Delete…"), this, &UsersPage::removeSelected);
    m_account->setMenu(account);
    m_notify = new QPushButton(tr("Notify…"), this);
    m_pager = new Pager(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *top = new WrappingRow(this);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 20);
    top->first()->addWidget(m_search, 1);
    top->second()->addStretch(); // under the field, the buttons sit on the right at their size
    top->second()->addWidget(m_role);
    top->second()->addWidget(m_account);
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
    const bool live = u && !u->anonymised;
    m_role->setEnabled(live);
    const Role current = live ? (u->isAdmin ? Role::Admin : u->role) : Role::Attendee;
    for (QAction *a : m_role->menu()->actions())
        a->setChecked(live && a->data().toInt() == int(current));
    m_account->setEnabled(u != nullptr);
    m_exportAction->setEnabled(u != nullptr);
    m_anonymiseAction->setEnabled(live && !me);
    m_deleteAction->setEnabled(u && !me);
    m_account->setToolTip(me ? tr("You cannot delete or anonymise your own account here; use Profile.") : QString());
}

QAction *UsersPage::roleAction(Role role) const {
    for (QAction *a : m_role->menu()->actions()) {
        if (a->data().toInt() == int(role))
            return a;
    }
    return nullptr;
}

void UsersPage::say(const QString &text, bool ok) {
    showFormMessage(m_message, text, !ok);
    Q_EMIT actionFinished(ok);
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

void UsersPage::chooseRole(Role role) {
    const User *u = selected();
    if (!u)
        return;
    const User user = *u;
    QString consequence;
    switch (role) {
    case Role::Admin:
        consequence = tr("They can then change every event, user and booking.");
        break;
    case Role::Organiser:
        consequence = tr("They can create events and run the events you assign to them (Events → Team).");
        break;
    case Role::Staff:
        consequence = tr("They can see the attendees of the events they are assigned to, nothing else.");
        break;
    case Role::Attendee:
        consequence = tr("They keep their bookings and lose every event assignment.");
        break;
    }
    const bool wasAdmin = user.isAdmin;
    if (role == (wasAdmin ? Role::Admin : user.role))
        return say(tr("%1 is already: %2.").arg(user.name, RoleText::name(role)), true);
    QString question;
    if (role == Role::Admin)
        question = tr("Make %1 (%2) an admin?").arg(user.name, user.email);
    else if (wasAdmin)
        question = tr("Remove admin rights from %1 (%2) and make them: %3?").arg(user.name, user.email, RoleText::name(role));
    else
        question = tr("Make %1 (%2): %3?").arg(user.name, user.email, RoleText::name(role));
    const QString text = question + QStringLiteral("\n\n") + consequence + QLatin1Char(' ') +
                         tr("Their open sessions switch to the new role at once.");
    confirmThen(this, tr("Change role"), text, tr("Change role"), tr("Keep as it is"),
                [this, user, role] { applyRole(user, role); });
}

void UsersPage::applyRole(const User &user, Role role) {
    client::TeamApi(m_session.api()).setRole(user.id, role, {this, [this, user](const Result<User> &r) {
        if (!r)
            return say(r.error().message, false);
        const User changed = *r;
        m_model->modifyRow(user.id, [&changed](User &x) {
            x.isAdmin = changed.isAdmin;
            x.role = changed.role;
            x.scopes = changed.scopes;
        });
        updateButtons();
        say(tr("%1 is now: %2.").arg(user.name, RoleText::name(changed.isAdmin ? Role::Admin : changed.role)), true);
    }});
}

void UsersPage::exportSelected() {
    const User *u = selected();
    if (!u)
        return;
    const qint64 id = u->id;
    client::TeamApi(m_session.api()).exportUser(id, {this, [this, id](const Result<QJsonObject> &r) {
        if (!r)
            return say(r.error().message, false);
        const SaveOutcome saved = saveJsonAs(this, QStringLiteral("eventbook-data-%1.json").arg(id), *r);
        if (!saved.message.isEmpty())
            say(saved.message, saved.ok);
    }});
}

void UsersPage::anonymiseSelected() {
    const User *u = selected();
    if (!u)
        return;
    const User user = *u;
    const QString text = tr("Anonymise the account of %1 (%2)?").arg(user.name, user.email) + QStringLiteral("\n\n") +
                         tr("They can no longer sign in; their name and email are erased; bookings of upcoming "
                            "events are cancelled and the seats go back on sale; bookings of past events stay in "
                            "the statistics without a name. This cannot be undone.");
    confirmThen(this, tr("Anonymise user"), text, tr("Anonymise account"), tr("Keep account"), [this, user] {
        client::TeamApi(m_session.api()).anonymiseUser(user.id, {this, [this, user](const Result<Unit> &r) {
            if (!r)
                return say(r.error().message, false);
            say(tr("Anonymised the account of %1.").arg(user.name), true);
            reload();
        }});
    });
}

} // namespace eventbook::ui
