#include "audit_page.h"

#include "admin_table.h"
#include "ui/column_filler.h"
#include "audit_text.h"
#include "state/admin_session.h"
#include "ui/pager.h"
#include "ui/wrapping_row.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace eventbook::ui {

AuditPage::AuditPage(client::AdminSession &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_model(&admin.audit()) {
    makeTable();
    makeFilters();
    makeLayout();
    wire();
}

void AuditPage::makeTable() {
    m_model->setColumns(
        {{tr("Time"),
          [](const AuditEntry &a) { return QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat); },
          [](const AuditEntry &a) { return a.createdAt; }},
         {tr("What"), [](const AuditEntry &a) { return AuditText::action(a.action); }},
         {tr("Who"), [](const AuditEntry &a) { return AuditText::actor(a); }},
         {tr("On"), [](const AuditEntry &a) { return AuditText::targetWithId(a); }},
         {tr("Address"), [](const AuditEntry &a) { return a.ip; }}});
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Model::SortRole);
    m_table = makeAdminTable(this);
    m_table->setModel(proxy);
    m_table->setAccessibleName(tr("Audit log"));
    ColumnFiller::apply(m_table, m_table->horizontalHeader(), 1, 18);
}

void AuditPage::makeFilters() {
    m_action = new QComboBox(this);
    m_action->setEditable(true);
    m_action->setAccessibleName(tr("Action"));
    m_action->lineEdit()->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"), QString());
    for (const QString &code : AuditText::knownActions())
        m_action->addItem(AuditText::action(code), code);
    m_actor = new QLineEdit(this);
    m_actor->setPlaceholderText(tr("Actor id"));
    m_actor->setAccessibleName(tr("Actor id"));
    m_actor->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_actor));
    m_actor->setMaximumWidth(100);
    m_target = new QComboBox(this);
    m_target->setAccessibleName(tr("Target type"));
    m_target->addItem(tr("Any target"), QString());
    for (const QString &code : AuditText::knownTargets())
        m_target->addItem(AuditText::target(code), code);
    m_useFrom = new QCheckBox(tr("From"), this);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From date"));
    m_useTo = new QCheckBox(tr("to"), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To date"));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setDefault(true);
}

void AuditPage::makeLayout() {
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Entry details"));
    m_details->setPlaceholderText(tr("Select an entry to see what was recorded."));
    m_pager = new Pager(this);
    m_message = new QLabel(this);

    auto *filters = new WrappingRow(this);
    filters->first()->addWidget(m_action, 2);
    filters->first()->addWidget(m_actor);
    filters->first()->addWidget(m_target, 1);
    filters->second()->addWidget(m_useFrom);
    filters->second()->addWidget(m_from);
    filters->second()->addWidget(m_useTo);
    filters->second()->addWidget(m_to);
    filters->second()->addWidget(m_apply);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_pager);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(pageTitle(tr("Audit log"), this));
    layout->addWidget(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
}

void AuditPage::wire() {
    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_page = 1;
        reload();
    });
    connect(m_actor, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    connect(m_pager, &Pager::pageRequested, this, [this](int page) {
        m_page = page;
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditPage::showDetails);
    connect(&m_admin, &client::AdminSession::auditLoaded, this, [this] {
        m_total = int(m_admin.auditTotal());
        m_pager->setPage(m_page, (m_total + kPageSize - 1) / kPageSize);
        m_message->setText(tr("%n entr(y/ies)", nullptr, m_total));
        m_details->clear();
        Q_EMIT logLoaded();
    });
    connect(&m_admin, &client::AdminSession::auditFailed, m_message, &QLabel::setText);
}

void AuditPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

QString AuditPage::details() const {
    return m_details->toPlainText();
}

client::AuditQuery AuditPage::query() const {
    client::AuditQuery q;
    q.page = m_page;
    q.limit = kPageSize;
    // The list offers the known actions by name; any other typed text is sent as a code.
    const QString typed = m_action->currentText().trimmed();
    const int known = m_action->findText(typed, Qt::MatchFixedString);
    q.action = known >= 0 ? m_action->itemData(known).toString() : typed.toUpper();
    if (!m_actor->text().isEmpty())
        q.actorId = m_actor->text().toLongLong();
    q.targetType = m_target->currentData().toString();
    if (m_useFrom->isChecked())
        q.start = m_from->date();
    if (m_useTo->isChecked())
        q.end = m_to->date();
    return q;
}

void AuditPage::reload() {
    m_loadedOnce = true;
    m_admin.loadAudit(query());
}

void AuditPage::showDetails() {
    const AuditEntry *a = m_model->rowAt(selectedSourceRow(m_table));
    if (!a)
        return m_details->clear();
    m_details->setPlainText(AuditText::details(*a));
}

} // namespace eventbook::ui
