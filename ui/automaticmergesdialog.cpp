#include "automaticmergesdialog.h"

#include "project/project.h"
#include "records/recordstore.h"
#include "windowplacement.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace evimap::ui {

namespace {

constexpr int PairIdRole = Qt::UserRole + 1;

} // namespace

AutomaticMergesDialog::AutomaticMergesDialog(Project &project, qint64 reviewerId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_store(project)
    , m_reviewerId(reviewerId)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo Merge"), this))
{
    setObjectName(QStringLiteral("automaticMergesDialog"));
    setWindowTitle(tr("Automatic Merges"));
    auto *intro = new QLabel(tr("Records that Find Duplicates merged by itself. Undoing a merge "
                                "splits the records again and puts their pairs back in the "
                                "review queue."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("automaticMerges"));
    m_list->setAccessibleName(tr("Automatic merges"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("Pair"), tr("Kept"), tr("Merged"), tr("Score"), tr("Merged on"), tr("Title")});
    m_list->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &AutomaticMergesDialog::undoChosen);
    connect(m_list, &QTreeWidget::itemActivated, this, &AutomaticMergesDialog::undoChosen);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_undo->setEnabled(m_list->currentItem() && !m_project.isReadOnly()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 480);
    WindowPlacement::apply(this, QStringLiteral("automaticMerges"));
    reload();
}

int AutomaticMergesDialog::mergeCount() const
{
    return m_list->topLevelItemCount();
}

QString AutomaticMergesDialog::statusText() const
{
    return m_status->text();
}

void AutomaticMergesDialog::reload()
{
    m_list->clear();
    QList<DedupPair> pairs = m_store.pairs(QStringLiteral("auto_merged"));
    // The newest merge first: the one a lead most likely wants back.
    std::stable_sort(pairs.begin(), pairs.end(), [](const DedupPair &a, const DedupPair &b) {
        return a.decidedAt > b.decidedAt;
    });
    RecordStore records(m_project.database());
    const QLocale locale;
    for (const DedupPair &p : std::as_const(pairs)) {
        const qint64 kept = p.rootA;
        const qint64 merged = p.recordA == kept ? p.recordB : p.recordA;
        const std::optional<Record> record = records.record(kept);
        const QDateTime when = QDateTime::fromString(p.decidedAt, Qt::ISODate).toLocalTime();
        auto *item = new QTreeWidgetItem(
            m_list, {QString::number(p.id), QStringLiteral("#%1").arg(kept),
                     QStringLiteral("#%1").arg(merged), QString::number(p.score, 'f', 3),
                     when.isValid() ? locale.toString(when, QLocale::ShortFormat) : p.decidedAt,
                     record ? record->title : QString()});
        item->setData(0, PairIdRole, p.id);
    }
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_status->setText(tr("No automatic merges to undo."));
    m_undo->setEnabled(m_list->currentItem() && !m_project.isReadOnly());
}

void AutomaticMergesDialog::undoChosen()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || m_project.isReadOnly())
        return;
    const qint64 pairId = item->data(0, PairIdRole).toLongLong();
    const QString kept = item->text(1);
    const QString merged = item->text(2);
    if (Status s = m_store.undo(pairId, m_reviewerId); !s) {
        m_status->setText(s.errorString());
        return;
    }
    reload();
    m_status->setText(tr("Merge undone: %1 and %2 are separate records again; their pairs wait "
                         "in the review queue.")
                          .arg(kept, merged));
    emit changed();
}

} // namespace evimap::ui
