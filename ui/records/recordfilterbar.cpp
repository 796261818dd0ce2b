#include "records/recordfilterbar.h"

#include "import/importbatchstore.h"
#include "mainwindow.h"
#include "project/project.h"
#include "records/recordfilterstore.h"
#include "records/recordtablemodel.h"
#include "records/tagstore.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace evimap::ui {

RecordFilterBar::RecordFilterBar(MainWindow *window)
    : QWidget(window)
    , m_window(window)
    , m_stage(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("recordFilterBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *stageLabel = new QLabel(tr("S&tage:"), this);
    stageLabel->setBuddy(m_stage);
    m_stage->setObjectName(QStringLiteral("filterStage"));
    m_stage->setAccessibleName(tr("Screening stage of the views"));
    m_stage->addItem(tr("Title/abstract"));
    m_stage->addItem(tr("Full text"));
    auto *viewsLabel = new QLabel(tr("Vie&ws:"), this);
    viewsLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("recordViews"));
    m_list->setAccessibleName(tr("Record views"));
    m_list->setUniformItemSizes(true);
    m_state->setObjectName(QStringLiteral("recordViewState"));
    m_state->setWordWrap(true);
    m_state->hide();
    layout->addWidget(stageLabel);
    layout->addWidget(m_stage);
    layout->addWidget(viewsLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_state);
    setMinimumWidth(150);
    setMaximumWidth(260);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_building || row < 0 || row >= m_filters.size())
            return;
        if (!(m_list->item(row)->flags() & Qt::ItemIsSelectable))
            return;
        m_current = m_filters.at(row);
        m_current.stage =
            m_stage->currentIndex() == 1 ? ScreeningStage::FullText : ScreeningStage::TitleAbstract;
        apply();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_current.stage = index == 1 ? ScreeningStage::FullText : ScreeningStage::TitleAbstract;
        if (!m_building && RecordFilter::hasStage(m_current.view))
            apply();
    });
    connect(m_window, &MainWindow::projectChanged, this, [this] {
        m_current = RecordFilter();
        rebuild();
    });
}

void RecordFilterBar::addHeading(const QString &text)
{
    auto *item = new QListWidgetItem(text, m_list);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    item->setFlags(Qt::NoItemFlags);
    m_filters.append(RecordFilter());
}

void RecordFilterBar::addView(const RecordFilter &filter, const QString &text)
{
    new QListWidgetItem(text, m_list);
    m_filters.append(filter);
}

int RecordFilterBar::rowOf(const RecordFilter &filter) const
{
    for (int row = 0; row < m_filters.size(); ++row) {
        RecordFilter listed = m_filters.at(row);
        listed.stage = filter.stage;
        if ((m_list->item(row)->flags() & Qt::ItemIsSelectable) && listed == filter)
            return row;
    }
    return -1;
}

void RecordFilterBar::rebuild()
{
    m_building = true;
    m_list->clear();
    m_filters.clear();
    Project *project = m_window->project();
    setEnabled(project != nullptr);
    if (project) {
        const qint64 viewer = m_window->currentReviewerId();
        const RecordFilterStore store(*project, viewer);
        const auto view = [](RecordView v) {
            RecordFilter f;
            f.view = v;
            return f;
        };
        addView(view(RecordView::All), RecordFilter::label(RecordView::All));
        addHeading(tr("Screening"));
        for (RecordView v :
             {RecordView::MyIncluded, RecordView::MyExcluded, RecordView::MyUnsure,
              RecordView::AwaitingOthers, RecordView::Conflicts, RecordView::Included,
              RecordView::Excluded, RecordView::NotRetrieved}) {
            // Views this person may not ask are not offered (conflicts, while blind).
            if (v == RecordView::Conflicts && !store.allowed(view(v)))
                continue;
            addView(view(v), RecordFilter::label(v));
        }
        addHeading(tr("Records"));
        for (RecordView v :
             {RecordView::Coded, RecordView::NotCoded, RecordView::HasPdf, RecordView::Duplicates})
            addView(view(v), RecordFilter::label(v));

        const QList<ImportBatchName> batches = ImportBatchStore(*project).batches();
        QStringList sources;
        for (const ImportBatchName &batch : batches) {
            if (!batch.source.isEmpty() && !sources.contains(batch.source, Qt::CaseInsensitive))
                sources << batch.source;
        }
        if (!sources.isEmpty() || !batches.isEmpty())
            addHeading(tr("Sources"));
        for (const QString &source : std::as_const(sources)) {
            RecordFilter f = view(RecordView::Source);
            f.text = source;
            addView(f, source);
        }
        for (const ImportBatchName &batch : batches) {
            RecordFilter f = view(RecordView::Batch);
            f.batchId = batch.id;
            addView(f, tr("Batch %1: %2").arg(batch.id).arg(batch.fileName));
        }
        const Result<QList<TagCount>> tags = TagStore(*project, viewer).tags();
        if (tags && !tags->isEmpty()) {
            addHeading(tr("Tags"));
            for (const TagCount &t : *tags) {
                RecordFilter f = view(RecordView::Tagged);
                f.text = t.name;
                addView(f, tr("%1 (%2)").arg(t.name).arg(t.records));
            }
        }
    }
    m_building = false;
    if (project)
        setFilter(m_current);
}

void RecordFilterBar::setFilter(const RecordFilter &filter)
{
    m_current = filter;
    m_building = true;
    if (RecordFilter::hasStage(filter.view))
        m_stage->setCurrentIndex(filter.stage == ScreeningStage::FullText ? 1 : 0);
    int row = rowOf(filter);
    if (row < 0) {
        // Not one of the listed views (another reviewer's decisions): listed at the top.
        auto *item = new QListWidgetItem(filter.title());
        m_list->insertItem(0, item);
        m_filters.insert(0, filter);
        row = 0;
    }
    m_list->setCurrentRow(row);
    m_building = false;
    apply();
}

void RecordFilterBar::reapply()
{
    if (m_window->project())
        apply();
}

void RecordFilterBar::apply()
{
    RecordTableModel *model = m_window->recordModel();
    Project *project = m_window->project();
    if (!model || !project)
        return;
    m_state->hide();
    if (m_current.view == RecordView::All) {
        model->setRestriction(std::nullopt);
    } else {
        const Result<QList<qint64>> ids =
            RecordFilterStore(*project, m_window->currentReviewerId()).ids(m_current);
        if (!ids) {
            m_state->setText(ids.errorString());
            m_state->show();
        }
        model->setRestriction(ids ? *ids : QList<qint64>());
    }
    emit filterChanged(m_current);
}

} // namespace evimap::ui
