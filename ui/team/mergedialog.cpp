#include "team/mergedialog.h"

#include "project/project.h"
#include "team/roles.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace evimap::ui {

MergeDialog::MergeDialog(Project &project, const QString &copyPath, qint64 reviewerId,
                         QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_copyPath(copyPath)
    , m_reviewerId(reviewerId)
    , m_summary(new QPlainTextEdit(this))
    , m_conflicts(new QTableWidget(this))
    , m_conflictNote(new QLabel(this))
    , m_merge(new QPushButton(tr("&Merge"), this))
{
    setWindowTitle(tr("Merge %1 Back").arg(QFileInfo(copyPath).fileName()));
    m_summary->setReadOnly(true);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_conflicts->setObjectName(QStringLiteral("mergeConflicts"));
    m_conflicts->setColumnCount(4);
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Take the copy's"), tr("Item"), tr("In this file"), tr("In the copy")});
    m_conflicts->verticalHeader()->hide();
    m_conflicts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_conflictNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::runMerge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What merging the copy would change. Nothing is written until "
                                "you press Merge, and then all of it or nothing."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_conflictNote);
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(buttons);
    resize(820, 560);

    MergeOptions dryRun;
    dryRun.dryRun = true;
    dryRun.reviewerId = reviewerId;
    Result<MergeReport> preview = ProjectMerge::merge(project, copyPath, dryRun);
    if (!preview) {
        m_error = preview.error().message;
        m_summary->setPlainText(m_error);
        m_merge->setEnabled(false);
        m_conflicts->hide();
        return;
    }
    m_preview = *preview;
    m_summary->setPlainText(m_preview->toText());
    m_merge->setEnabled(m_preview->changed() || !m_preview->conflicts.isEmpty());
    const bool lead =
        Roles::require(project, reviewerId, Work::Lead, tr("decide merge conflicts")).ok();
    if (m_preview->conflicts.isEmpty()) {
        m_conflicts->hide();
        m_conflictNote->setText(tr("No conflicts: nobody changed the same item in both files."));
    } else {
        m_conflictNote->setText(
            lead ? tr("%n conflict(s): the same item was changed in both files since the copy "
                      "was taken. Tick those where the copy's value should win; the others keep "
                      "this file's value. Every choice goes into the audit log.",
                      nullptr, int(m_preview->conflicts.size()))
                 : tr("%n conflict(s): the same item was changed in both files. Only the lead "
                      "decides them; merged now, they keep this file's values.",
                      nullptr, int(m_preview->conflicts.size())));
    }
    m_conflicts->setRowCount(int(m_preview->conflicts.size()));
    for (int row = 0; row < m_preview->conflicts.size(); ++row) {
        const MergeConflict &c = m_preview->conflicts.at(row);
        auto *take = new QTableWidgetItem;
        take->setFlags(lead ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
        take->setCheckState(Qt::Unchecked);
        take->setData(Qt::UserRole, c.id);
        m_conflicts->setItem(row, 0, take);
        auto readOnly = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            item->setToolTip(text);
            return item;
        };
        m_conflicts->setItem(row, 1, readOnly(c.item));
        m_conflicts->setItem(
            row, 2, readOnly(c.mainValue + QStringLiteral("  (") + c.mainAt + QLatin1Char(')')));
        m_conflicts->setItem(
            row, 3, readOnly(c.copyValue + QStringLiteral("  (") + c.copyAt + QLatin1Char(')')));
    }
    m_conflicts->resizeColumnToContents(0);
}

void MergeDialog::runMerge()
{
    MergeOptions options;
    options.reviewerId = m_reviewerId;
    for (int row = 0; row < m_conflicts->rowCount(); ++row) {
        const QTableWidgetItem *take = m_conflicts->item(row, 0);
        if (take && take->checkState() == Qt::Checked)
            options.takeCopy << take->data(Qt::UserRole).toString();
    }
    Result<MergeReport> merged = ProjectMerge::merge(m_project, m_copyPath, options);
    if (!merged) {
        QMessageBox::warning(this, windowTitle(), merged.error().message);
        return;
    }
    m_result = *merged;
    accept();
}

} // namespace evimap::ui
