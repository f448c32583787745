#include "team_dialog.h"

#include "admin_table.h"
#include "state/admin_session.h"
#include "state/client_session.h"
#include "ui/column_filler.h"
#include "ui/confirmation.h"
#include "ui/form_message.h"
#include "ui/role_text.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace eventbook::ui {

TeamDialog::TeamDialog(client::ClientSession &session, const Event &event, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_event(event)
    , m_model(new Model([](const TeamMember &m) { return m.userId; }, this)) {
    setWindowTitle(tr("Team of “%1”").arg(event.title));
    m_model->setColumns({{tr("Name"), [](const TeamMember &m) { return m.name; }},
                         {tr("Email"), [](const TeamMember &m) { return m.email; }},
                         {tr("Role"), [](const TeamMember &m) { return RoleText::name(m.role); }}});
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Model::SortRole);
    m_table = makeAdminTable(this);
    m_table->setModel(proxy);
    m_table->setAccessibleName(tr("Team"));
    ColumnFiller::apply(m_table, m_table->horizontalHeader(), 1, 22);
    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setAccessibleName(tr("Email of the person to add"));
    m_add = new QPushButton(tr("Add to team"), this);
    m_remove = new QPushButton(tr("Remove…"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    const bool admin = session.admin().isAdmin();
    auto *hint = new QLabel(admin ? tr("Add an organiser or door staff by email. Give people their role in Users first.")
                                  : tr("Add door staff by email. An admin gives people the door staff role."),
                            this);
    hint->setWordWrap(true);
    auto *emailLabel = new QLabel(tr("&Email:"), this);
    emailLabel->setBuddy(m_email);
    auto *row = new QHBoxLayout;
    row->addWidget(emailLabel);
    row->addWidget(m_email, 1);
    row->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &TeamDialog::add);
    connect(m_email, &QLineEdit::returnPressed, this, &TeamDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &TeamDialog::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TeamDialog::updateButtons);
    connect(m_email, &QLineEdit::textChanged, this, &TeamDialog::updateButtons);
    resize(560, 420);
    updateButtons();
    reload();
}

QString TeamDialog::message() const {
    return m_message->text();
}

void TeamDialog::say(const QString &text, bool ok) {
    showFormMessage(m_message, text, !ok);
    Q_EMIT actionFinished(ok);
}

void TeamDialog::updateButtons() {
    const TeamMember *m = m_model->rowAt(selectedSourceRow(m_table));
    // Only an admin removes an organiser (the server says the same).
    m_remove->setEnabled(m && (m->role == Role::Staff || m_session.admin().isAdmin()));
    m_add->setEnabled(!m_email->text().trimmed().isEmpty());
}

void TeamDialog::reload() {
    client::TeamApi(m_session.api()).team(m_event.id, {this, [this](const Result<QList<TeamMember>> &r) {
        if (!r)
            return say(r.error().message, false);
        m_model->setRows(*r);
        updateButtons();
        Q_EMIT teamLoaded();
    }});
}

void TeamDialog::add() {
    const QString email = m_email->text().trimmed();
    if (email.isEmpty())
        return;
    m_add->setEnabled(false);
    client::TeamApi(m_session.api()).addMember(m_event.id, email, {this, [this](const Result<User> &r) {
        updateButtons();
        if (!r)
            return say(r.error().message, false);
        m_email->clear();
        say(tr("%1 is on the team as %2.").arg(r->name, RoleText::name(r->role)), true);
        reload();
    }});
}

void TeamDialog::removeSelected() {
    const TeamMember *m = m_model->rowAt(selectedSourceRow(m_table));
    if (!m)
        return;
    const TeamMember member = *m;
    confirmThen(this, tr("Remove from team"),
                tr("Remove %1 from the team of “%2”? They lose access to this event at once.")
                    .arg(member.name, m_event.title),
                tr("Remove"), tr("Keep"), [this, member] {
                    client::TeamApi(m_session.api())
                        .removeMember(m_event.id, member.userId, {this, [this, member](const Result<Unit> &r) {
                            if (!r)
                                return say(r.error().message, false);
                            say(tr("Removed %1 from the team.").arg(member.name), true);
                            reload();
                        }});
                });
}

} // namespace eventbook::ui
