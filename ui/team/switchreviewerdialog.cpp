#include "team/switchreviewerdialog.h"

#include "windowplacement.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace evimap::ui {

SwitchReviewerDialog::SwitchReviewerDialog(const QList<Reviewer> &members, qint64 currentId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_members(members)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("switchReviewerDialog"));
    setWindowTitle(tr("Switch Reviewer"));
    WindowPlacement::apply(this, QStringLiteral("switch-reviewer"));
    auto *intro = new QLabel(tr("Who is at this computer now? Decisions and codes from here on "
                                "are recorded under their name; the switch is kept in the "
                                "project's history. Windows open for the person before are "
                                "closed."),
                             this);
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&People on this project:"), this);
    label->setBuddy(m_list);
    m_list->setAccessibleName(tr("People on this project"));
    for (const Reviewer &r : members) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2), %3").arg(r.name, r.initials, Roles::key(r.role)), m_list);
        item->setData(Qt::UserRole, r.id);
        if (r.id == currentId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Switch"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    resize(420, 360);
    m_list->setFocus();
}

qint64 SwitchReviewerDialog::chosenId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace evimap::ui
