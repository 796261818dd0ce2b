#include "team/membersdialog.h"

#include "project/project.h"
#include "team/blinding.h"
#include "windowplacement.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

const QList<Role> roleOrder = {Role::Lead, Role::Reviewer, Role::Viewer};

QString roleText(Role role)
{
    switch (role) {
    case Role::Lead:
        return MembersDialog::tr("Lead");
    case Role::Reviewer:
        return MembersDialog::tr("Reviewer");
    case Role::Viewer:
        return MembersDialog::tr("Viewer (reads what is settled)");
    }
    return {};
}

} // namespace

MembersDialog::MembersDialog(Project &project, qint64 reviewerId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_table(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_rename(new QPushButton(tr("Re&name"), this))
    , m_role(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("membersDialog"));
    setWindowTitle(tr("Members — %1").arg(project.name()));
    WindowPlacement::apply(this, QStringLiteral("members"));
    resize(640, 440);

    std::optional<Reviewer> me =
        reviewerId > 0 ? Reviewers(project).byId(reviewerId) : std::nullopt;
    m_canEdit = me && !project.isReadOnly() && Roles::allows(me->role, Work::Lead);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (m_canEdit)
        intro->setText(tr("Leads settle records and edit the codebook, reviewers screen and "
                          "code, viewers read what is settled and change nothing. Changes are "
                          "saved at once and kept in the project's history."));
    else if (me)
        intro->setText(tr("Only a lead renames people or changes roles; you are %1, a %2.")
                           .arg(me->name, Roles::key(me->role)));
    else
        intro->setText(tr("Only a lead renames people or changes roles."));

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Initials"), tr("Role"), tr("Votes")});
    // Each person's count of votes is the lead's to see while screening is blind, as on the
    // dashboard.
    m_table->setColumnHidden(3, !Blinding(project, reviewerId).seesAllScreening());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Members"));
    m_table->setTabKeyNavigation(false);

    for (Role role : roleOrder)
        m_role->addItem(roleText(role), int(role));
    m_name->setAccessibleName(tr("New name"));
    m_role->setAccessibleName(tr("Role"));
    m_name->setEnabled(m_canEdit);
    m_rename->setEnabled(m_canEdit);
    m_role->setEnabled(m_canEdit);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_rename);
    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("N&ame:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameRow);
    auto *roleLabel = new QLabel(tr("R&ole:"), this);
    roleLabel->setBuddy(m_role);
    form->addRow(roleLabel, m_role);

    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("membersMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembersDialog::showSelected);
    connect(m_rename, &QPushButton::clicked, this, &MembersDialog::renameSelected);
    connect(m_name, &QLineEdit::returnPressed, this, &MembersDialog::renameSelected);
    connect(m_role, &QComboBox::activated, this, &MembersDialog::changeRole);
    // Enter in the name field renames; it must not close the dialog.
    m_rename->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    reload(reviewerId);
    m_table->setFocus();
}

void MembersDialog::reload(qint64 selectId)
{
    m_members = Members(m_project).list();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_members.size()));
    int selectRow = 0;
    for (int row = 0; row < m_members.size(); ++row) {
        const Member &m = m_members.at(row);
        auto item = [](const QString &text) { return new QTableWidgetItem(text); };
        m_table->setItem(row, 0, item(m.reviewer.name));
        m_table->setItem(row, 1, item(m.reviewer.initials));
        m_table->setItem(row, 2, item(roleText(m.reviewer.role)));
        auto *votes = item(QString::number(m.votes));
        votes->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, votes);
        if (m.reviewer.id == selectId)
            selectRow = row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (!m_members.isEmpty())
        m_table->selectRow(selectRow);
    showSelected();
}

qint64 MembersDialog::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_members.size() ? m_members.at(row).reviewer.id : 0;
}

void MembersDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_members.size())
        return;
    const Reviewer &r = m_members.at(row).reviewer;
    m_name->setText(r.name);
    m_role->setCurrentIndex(int(roleOrder.indexOf(r.role)));
}

void MembersDialog::report(const Status &status)
{
    m_lastError = status ? QString() : status.errorString();
    m_message->setText(m_lastError);
    if (status)
        emit membersChanged();
}

void MembersDialog::renameSelected()
{
    const qint64 id = selectedId();
    if (!m_canEdit || id <= 0)
        return;
    const Status renamed = Members(m_project).rename(m_reviewerId, id, m_name->text());
    report(renamed);
    reload(id);
}

void MembersDialog::changeRole(int index)
{
    const qint64 id = selectedId();
    if (!m_canEdit || id <= 0 || index < 0)
        return;
    const Status changed =
        Members(m_project).setRole(m_reviewerId, id, Role(m_role->itemData(index).toInt()));
    report(changed);
    if (changed && id == m_reviewerId &&
        !Roles::allows(Role(m_role->itemData(index).toInt()), Work::Lead)) {
        // A lead who stepped down edits no more.
        m_canEdit = false;
        m_name->setEnabled(false);
        m_rename->setEnabled(false);
        m_role->setEnabled(false);
    }
    reload(id);
}

} // namespace evimap::ui
