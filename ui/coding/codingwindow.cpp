#include "coding/codingwindow.h"

#include "coding/codebook.h"
#include "coding/codingpanel.h"
#include "coding/codingstore.h"
#include "import/attachmentstore.h"
#include "pdf/pdfviewer.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "recorddetailsview.h"
#include "records/recordstore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
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
    , m_tabs(new QTabWidget(this))
    , m_details(new RecordDetailsView(this))
    , m_pdf(new PdfViewer(this))
    , m_panel(new CodingPanel(*m_project, reviewerId, this))
    , m_recordsPane(new QWidget(this))
    , m_listButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("codingWindow"));
    setWindowFlag(Qt::Window);
    const std::optional<Reviewer> reviewer = Reviewers(*m_project).byId(reviewerId);
    setWindowTitle(tr("Coding — %1 — %2")
                       .arg(reviewer ? reviewer->name : tr("no reviewer"), m_project->name()));

    m_scope->addItem(tr("Records to code (included at screening)"));
    m_scope->addItem(tr("All records"));
    m_scope->setObjectName(QStringLiteral("codingScope"));
    m_scope->setAccessibleName(tr("Records listed"));
    m_list->setObjectName(QStringLiteral("codingRecordList"));
    m_list->setAccessibleName(tr("Records"));
    m_list->setAccessibleDescription(tr("✓ marks the records you have coded"));
    // Narrow item hints: a list box widens items to the view, so long titles elide instead of
    // scrolling sideways.
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details->setObjectName(QStringLiteral("codingRecordDetails"));
    m_details->setAccessibleName(tr("Record details"));
    m_pdf->setObjectName(QStringLiteral("codingPdf"));
    m_tabs->addTab(m_details, tr("&Record"));
    m_tabs->addTab(m_pdf, tr("Full text (&PDF)"));
    m_tabs->setTabToolTip(1,
                          tr("Select text, then Ctrl+E makes it the quote of the selected code"));
    // The record list folds away (F9), so on a laptop the PDF can take the width.
    m_listButton->setObjectName(QStringLiteral("recordListButton"));
    m_listButton->setText(tr("Records"));
    m_listButton->setCheckable(true);
    m_listButton->setChecked(true);
    m_listButton->setFocusPolicy(Qt::TabFocus);
    m_listButton->setToolTip(tr("Show or hide the list of records (F9)"));
    m_listButton->setAccessibleName(tr("List of records"));
    m_listButton->setAccessibleDescription(tr("F9 shows or hides the list of records"));
    m_tabs->setCornerWidget(m_listButton, Qt::TopLeftCorner);

    auto *left = m_recordsPane;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_scope);
    leftLayout->addWidget(m_list, 1);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({330, 700, 570});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);
    resize(1600, 1000);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &CodingWindow::fillRecords);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_panel->setRecord(item->data(RecordRole).toLongLong());
    });
    connect(m_panel, &CodingPanel::recordChanged, this, &CodingWindow::showRecord);
    connect(m_panel, &CodingPanel::codingChanged, this, &CodingWindow::markCoded);
    auto *useSelection = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    useSelection->setContext(Qt::WindowShortcut);
    connect(useSelection, &QShortcut::activated, this, &CodingWindow::applyPdfSelection);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, &CodingWindow::findInPdf);
    auto *toggleList = new QShortcut(QKeySequence(Qt::Key_F9), this);
    toggleList->setContext(Qt::WindowShortcut);
    connect(toggleList, &QShortcut::activated, m_listButton, &QToolButton::click);
    connect(m_listButton, &QToolButton::toggled, this, &CodingWindow::showRecordList);
    // Esc in the PDF's find box or page number: the keys go back to the codes.
    connect(m_pdf, &PdfViewer::doneTyping, this, [this] { m_panel->codeTree()->setFocus(); });

    fillRecords();
    // With nothing included yet, show every record: any record can be coded.
    if (m_list->count() == 0)
        m_scope->setCurrentIndex(1);
    // The keys start with the codes: arrows move through them, Space applies one.
    m_panel->codeTree()->setFocus();
}

void CodingWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Opened narrower than a wide screen's window (a laptop's): the record list folds away and
    // the PDF takes its width; Ctrl+Enter still walks the records and F9 shows the list.
    if (!m_shownBefore && width() < 1500) {
        m_listButton->setChecked(false);
        // The PDF gets the larger share, so its page fits the width at a readable size; the
        // codes keep what their tree and fields need.
        const int room = m_splitter->width() - m_splitter->handleWidth();
        const int codes = qMax(m_panel->minimumSizeHint().width(), room * 2 / 5);
        m_splitter->setSizes({0, room - codes, codes});
    }
    m_shownBefore = true;
}

bool CodingWindow::isRecordListShown() const
{
    return !m_recordsPane->isHidden();
}

void CodingWindow::showRecordList(bool shown)
{
    const bool listHadFocus = m_recordsPane->isAncestorOf(QApplication::focusWidget());
    m_recordsPane->setVisible(shown);
    if (m_listButton->isChecked() != shown)
        m_listButton->setChecked(shown);
    if (listHadFocus && !shown)
        m_panel->codeTree()->setFocus();
}

void CodingWindow::findInPdf()
{
    // The PDF when the record has one; else the only other thing to find in, the codes.
    if (!m_pdf->isOpen())
        return m_panel->focusFilter();
    m_tabs->setCurrentWidget(m_pdf);
    m_pdf->focusSearch();
}

CodingWindow::~CodingWindow()
{
    // The panel refers to the project; it goes first.
    delete m_panel;
}

void CodingWindow::closeEvent(QCloseEvent *event)
{
    m_panel->finishEditing();
    QWidget::closeEvent(event);
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
            item->setSizeHint(QSize(40, m_list->fontMetrics().height() + 6));
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

    // The record's first PDF, when it has one, in the second tab.
    QString pdf;
    const QList<Attachment> attachments = AttachmentStore(*m_project).attachmentsOf(recordId);
    for (const Attachment &a : attachments) {
        if (a.filePath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            pdf = QFileInfo(m_project->filePath()).dir().filePath(a.filePath);
            break;
        }
    }
    if (pdf.isEmpty() || !m_pdf->open(pdf))
        m_pdf->close();
    m_tabs->setTabEnabled(1, m_pdf->isOpen());
    if (!m_pdf->isOpen())
        m_tabs->setCurrentIndex(0);
}

void CodingWindow::applyPdfSelection()
{
    const QString text = m_pdf->isOpen() ? m_pdf->selectedText() : QString();
    if (text.isEmpty()) {
        m_panel->applyQuote(QString(), 0); // explains what to do
        return;
    }
    m_panel->applyQuote(text, m_pdf->currentPage() + 1);
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
