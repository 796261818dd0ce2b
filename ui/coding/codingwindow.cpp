#include "coding/codingwindow.h"

#include "coding/codebook.h"
#include "coding/codingpanel.h"
#include "coding/codingstore.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "recorddetailsview.h"
#include "records/recordstore.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {
constexpr int RecordRole = Qt::UserRole + 1;
constexpr int TitleRole = Qt::UserRole + 2;

QString itemText(qint64 id, const QString &title, bool coded)
{
    return QStringLiteral("%1 #%2  %3")
        .arg(coded ? QStringLiteral("✓") : QStringLiteral("  "))
        .arg(id)
        .arg(title);
}
} // namespace

CodingWindow::CodingWindow(std::unique_ptr<Project> project, qint64 reviewerId, QWidget *parent)
    : QWidget(parent)
    , m_project(std::move(project))
    , m_codebook(std::make_unique<Codebook>(*m_project))
    , m_store(std::make_unique<CodingStore>(*m_project, *m_codebook))
    , m_reviewerId(reviewerId)
    , m_scope(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_details(new RecordDetailsView(this))
    , m_panel(new CodingPanel(*m_project, reviewerId, this))
{
    setObjectName(QStringLiteral("codingWindow"));
    setWindowFlag(Qt::Window);
    const std::optional<Reviewer> reviewer = Reviewers(*m_project).byId(reviewerId);
    setWindowTitle(tr("Coding — %1 — %2")
                       .arg(reviewer ? reviewer->name : tr("no reviewer"), m_project->name()));

    m_scope->addItem(tr("Records to code (included at screening)"));
    m_scope->addItem(tr("All records"));
    m_list->setObjectName(QStringLiteral("codingRecordList"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_details->setObjectName(QStringLiteral("codingRecordDetails"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_scope);
    leftLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({330, 520, 750});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
    resize(1600, 1000);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &CodingWindow::fillRecords);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_panel->setRecord(item->data(RecordRole).toLongLong());
    });
    connect(m_panel, &CodingPanel::recordChanged, this, &CodingWindow::showRecord);
    connect(m_panel, &CodingPanel::codingChanged, this, &CodingWindow::markCoded);

    fillRecords();
    // With nothing included yet, show every record: any record can be coded.
    if (m_list->count() == 0)
        m_scope->setCurrentIndex(1);
}

CodingWindow::~CodingWindow()
{
    // The panel refers to the project; it goes first.
    delete m_panel;
}

void CodingWindow::setShowAllRecords(bool all)
{
    m_scope->setCurrentIndex(all ? 1 : 0);
}

void CodingWindow::reloadCodebook()
{
    (void)m_codebook->reload();
    m_panel->reloadCodebook();
}

void CodingWindow::fillRecords()
{
    const QList<QPair<qint64, QString>> records = m_store->recordList(m_scope->currentIndex() == 1);
    const QList<qint64> codedList = m_store->recordsCodedBy(m_reviewerId);
    const QSet<qint64> coded(codedList.begin(), codedList.end());
    QList<qint64> ids;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const auto &[id, title] : records) {
            auto *item = new QListWidgetItem(itemText(id, title, coded.contains(id)), m_list);
            item->setData(RecordRole, id);
            item->setData(TitleRole, title);
            item->setToolTip(title.toHtmlEscaped());
            ids.append(id);
        }
    }
    m_panel->setRecords(ids);
    showRecord(m_panel->recordId());
}

void CodingWindow::showRecord(qint64 recordId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(RecordRole).toLongLong() == recordId) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            break;
        }
    }
    RecordStore store(m_project->database());
    if (const std::optional<Record> record = store.record(recordId))
        m_details->showRecord(*record, store.sourcesOf(recordId));
    else
        m_details->showNothing();
}

void CodingWindow::markCoded(qint64 recordId)
{
    const bool coded = !m_store->codings(recordId, m_reviewerId).isEmpty() ||
                       !m_store->values(recordId, m_reviewerId).isEmpty();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(RecordRole).toLongLong() == recordId)
            item->setText(itemText(recordId, item->data(TitleRole).toString(), coded));
    }
}

} // namespace evimap::ui
