#include "screening/screeningview.h"

#include "readingcolours.h"
#include "screening/highlightcolours.h"

#include "import/attachmentstore.h"
#include "pdf/pdfviewer.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/record.h"
#include "screening/exclusionreasonstore.h"
#include "screening/highlighttermstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "team/roles.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

// Keyword highlights are pale chips with dark ink, readable on light and dark paper alike.
const char includeInk[] = "#1d5b2a";
const char excludeInk[] = "#7d1f1f";

constexpr int charactersPerLine = 75;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString highlighted(const QString &text, const KeywordHighlighter &highlighter)
{
    const QList<HighlightRange> ranges = highlighter.ranges(text);
    QString html;
    if (ranges.isEmpty())
        return esc(text);
    // The backgrounds follow Edit > Preferences.
    const QString includeBackground = HighlightColours::include().name();
    const QString excludeBackground = HighlightColours::exclude().name();
    qsizetype at = 0;
    for (const HighlightRange &r : ranges) {
        html += esc(text.mid(at, r.start - at));
        const bool include = r.kind == HighlightKind::Include;
        // Not by colour alone: inclusion terms underlined, exclusion terms struck through.
        html += QStringLiteral("<span style=\"background-color:%1; color:%2; "
                               "text-decoration:%3;\">%4</span>")
                    .arg(include ? includeBackground : excludeBackground,
                         QLatin1String(include ? includeInk : excludeInk),
                         include ? QStringLiteral("underline") : QStringLiteral("line-through"),
                         esc(text.mid(r.start, r.length)));
        at = r.start + r.length;
    }
    html += esc(text.mid(at));
    return html;
}

QString authorsLine(const QStringList &authors)
{
    if (authors.size() <= 8)
        return authors.join(QLatin1String("; "));
    return authors.mid(0, 6).join(QLatin1String("; ")) + QStringLiteral("; … ") + authors.last() +
           QStringLiteral(" (%1 authors)").arg(authors.size());
}

// A decision button: the key in its text and, for screen readers, in its description.
QPushButton *decisionButton(const QString &text, const QString &objectName, const QString &name,
                            const QString &description, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(name);
    b->setAccessibleDescription(description);
    b->setFocusPolicy(Qt::NoFocus);
    b->setMinimumHeight(34);
    b->setCheckable(true);
    return b;
}

} // namespace

ScreeningView::ScreeningView(Project &project, qint64 reviewerId, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_stageBox(new QComboBox(this))
    , m_orderBox(new QComboBox(this))
    , m_sidePaneButton(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_readingArea(new QStackedWidget(this))
    , m_record(new QTextBrowser(this))
    , m_pdf(new PdfViewer(this))
    , m_noPdf(new QWidget(this))
    , m_noPdfLabel(new QLabel(this))
    , m_recordHeader(new QLabel(this))
    , m_includeButton(decisionButton(tr("Include   I"), QStringLiteral("includeButton"),
                                     tr("Include"),
                                     tr("Key I: include the record, then the next one"), this))
    , m_excludeButton(decisionButton(
          tr("Exclude   E"), QStringLiteral("excludeButton"), tr("Exclude"),
          tr("Key E: exclude the record; keys 1 to 9 exclude it with a reason"), this))
    , m_unsureButton(decisionButton(tr("Unsure   U"), QStringLiteral("unsureButton"), tr("Unsure"),
                                    tr("Key U: mark the record unsure, then the next one"), this))
    , m_reasonBox(new QWidget(this))
    , m_reasonLayout(new QVBoxLayout(m_reasonBox))
    , m_note(new QLineEdit(this))
    , m_mine(new QLabel(this))
    , m_others(new QLabel(this))
    , m_locked(new QLabel(this))
    , m_reopenButton(new QPushButton(tr("Reopen…   O"), this))
    , m_notRetrievedButton(new QPushButton(tr("Full text not retrieved   R"), this))
    , m_attachButton(new QPushButton(tr("Attach PDF…   A"), this))
    , m_criteria(new QTextBrowser(this))
    , m_keys(new QLabel(this))
    , m_keyMode(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("screeningView"));
    setAccessibleName(tr("Screening decisions"));
    setFocusPolicy(Qt::StrongFocus);
    const std::optional<Reviewer> me = Reviewers(project).byId(reviewerId);
    m_isLead = me && Roles::allows(me->role, Work::Lead);
    setAutoFillBackground(true);

    // --- Top bar: stage, order, progress ---
    m_stageBox->setObjectName(QStringLiteral("stageBox"));
    m_stageBox->addItem(tr("Title and abstract"), int(ScreeningStage::TitleAbstract));
    m_stageBox->addItem(tr("Full text"), int(ScreeningStage::FullText));
    m_stageBox->setFocusPolicy(Qt::NoFocus);
    m_orderBox->setObjectName(QStringLiteral("orderBox"));
    m_orderBox->addItem(tr("Random order"), int(ScreeningSession::Order::Random));
    m_orderBox->addItem(tr("Import order"), int(ScreeningSession::Order::ImportOrder));
    m_orderBox->addItem(tr("Most relevant first"), int(ScreeningSession::Order::Relevance));
    m_orderBox->setFocusPolicy(Qt::NoFocus);
    m_orderBox->setAccessibleName(tr("Order"));
    m_sidePaneButton->setObjectName(QStringLiteral("sidePaneButton"));
    m_sidePaneButton->setCheckable(true);
    m_sidePaneButton->setFocusPolicy(Qt::TabFocus); // a click leaves the keys with the record
    m_sidePaneButton->hide();                       // until there is a side pane
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar->setAccessibleName(tr("Screening progress"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(6);
    m_progressBar->setMaximumWidth(220);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(14, 8, 14, 6);
    auto *stageLabel = new QLabel(tr("Stage:"), this);
    stageLabel->setBuddy(m_stageBox);
    top->addWidget(stageLabel);
    top->addWidget(m_stageBox);
    top->addSpacing(10);
    top->addWidget(m_orderBox);
    top->addStretch(1);
    top->addWidget(m_progressLabel);
    top->addSpacing(8);
    top->addWidget(m_progressBar);
    top->addSpacing(10);
    top->addWidget(m_sidePaneButton);

    // --- Reading area: the record (a readable column), the PDF, or "no PDF" ---
    m_record->setObjectName(QStringLiteral("recordText"));
    m_record->setAccessibleName(tr("Record"));
    m_record->setAccessibleDescription(
        tr("Title, authors, source and abstract of the record being screened"));
    m_record->setFocusPolicy(Qt::NoFocus);
    m_record->setOpenExternalLinks(true);
    m_record->setFrameShape(QFrame::NoFrame);
    const QFont reading = screeningReadingFont(m_record->font());
    m_record->setFont(reading);
    m_record->document()->setDocumentMargin(28);
    const int column = QFontMetrics(reading).averageCharWidth() * charactersPerLine + 2 * 28 + 20;
    m_record->setMaximumWidth(column);
    auto *recordColumn = new QWidget(this);
    recordColumn->setObjectName(QStringLiteral("recordColumn"));
    recordColumn->setAutoFillBackground(true);
    auto *recordLayout = new QHBoxLayout(recordColumn);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addStretch(1);
    recordLayout->addWidget(m_record, 100);
    recordLayout->addStretch(1);

    m_noPdfLabel->setWordWrap(true);
    m_noPdfLabel->setAlignment(Qt::AlignCenter);
    auto *noPdfLayout = new QVBoxLayout(m_noPdf);
    noPdfLayout->addStretch(1);
    noPdfLayout->addWidget(m_noPdfLabel);
    noPdfLayout->addStretch(2);

    m_readingArea->addWidget(recordColumn); // 0
    m_readingArea->addWidget(m_pdf);        // 1
    m_readingArea->addWidget(m_noPdf);      // 2
    m_pdf->setFocusPolicy(Qt::NoFocus);

    // --- Decision panel ---
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("decisionPanel"));
    panel->setMinimumWidth(330);
    panel->setMaximumWidth(460);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(14, 12, 14, 12);
    panelLayout->setSpacing(8);
    m_recordHeader->setObjectName(QStringLiteral("recordHeader"));
    m_recordHeader->setWordWrap(true);
    m_recordHeader->setTextFormat(Qt::RichText);
    panelLayout->addWidget(m_recordHeader);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_includeButton);
    buttons->addWidget(m_excludeButton);
    buttons->addWidget(m_unsureButton);
    panelLayout->addLayout(buttons);
    m_reasonLayout->setContentsMargins(0, 0, 0, 0);
    m_reasonLayout->setSpacing(2);
    panelLayout->addWidget(m_reasonBox);
    m_note->setObjectName(QStringLiteral("noteField"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(
        tr("Key T writes a note; Enter keeps it with the decision, Esc leaves it"));
    m_note->setPlaceholderText(tr("Note (T to write, Enter to keep)"));
    m_note->setClearButtonEnabled(true);
    m_note->setFocusPolicy(Qt::ClickFocus); // T reaches it; the keys stay with the record
    panelLayout->addWidget(m_note);
    m_mine->setObjectName(QStringLiteral("myDecision"));
    m_mine->setWordWrap(true);
    m_mine->setTextFormat(Qt::RichText);
    m_others->setObjectName(QStringLiteral("otherDecisions"));
    m_others->setWordWrap(true);
    m_others->setTextFormat(Qt::RichText);
    panelLayout->addWidget(m_mine);
    panelLayout->addWidget(m_others);
    // A settled record: why the keys do not decide, and (for the lead) the way to reopen it.
    m_locked->setObjectName(QStringLiteral("lockedNotice"));
    m_locked->setWordWrap(true);
    m_locked->setTextFormat(Qt::PlainText);
    m_locked->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; padding: 6px; border: 1px "
                                           "solid palette(mid); border-radius: 4px; }"));
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_reopenButton->setAccessibleName(tr("Reopen"));
    m_reopenButton->setAccessibleDescription(tr("Key O: the lead reopens a settled record"));
    m_reopenButton->setFocusPolicy(Qt::NoFocus);
    panelLayout->addWidget(m_locked);
    panelLayout->addWidget(m_reopenButton);
    m_notRetrievedButton->setObjectName(QStringLiteral("notRetrievedButton"));
    m_notRetrievedButton->setAccessibleName(tr("Full text not retrieved"));
    m_notRetrievedButton->setAccessibleDescription(
        tr("Key R: the report could not be obtained, then the next record"));
    m_notRetrievedButton->setCheckable(true);
    m_notRetrievedButton->setFocusPolicy(Qt::NoFocus);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setAccessibleName(tr("Attach PDF"));
    m_attachButton->setAccessibleDescription(tr("Key A: attach the record's PDF"));
    m_attachButton->setFocusPolicy(Qt::NoFocus);
    auto *fullTextButtons = new QHBoxLayout;
    fullTextButtons->addWidget(m_attachButton);
    fullTextButtons->addWidget(m_notRetrievedButton);
    panelLayout->addLayout(fullTextButtons);
    auto *criteriaTitle = new QLabel(tr("<b>Screening criteria</b>"), this);
    panelLayout->addSpacing(6);
    panelLayout->addWidget(criteriaTitle);
    m_criteria->setObjectName(QStringLiteral("criteriaText"));
    m_criteria->setAccessibleName(tr("Screening criteria"));
    m_criteria->setFocusPolicy(Qt::NoFocus);
    m_criteria->setFrameShape(QFrame::NoFrame);
    m_criteria->setStyleSheet(QStringLiteral("QTextBrowser { background: transparent; }"));
    QFont criteriaFont = m_criteria->font();
    criteriaFont.setPointSizeF(qMax(10.0, criteriaFont.pointSizeF()));
    m_criteria->setFont(criteriaFont);
    panelLayout->addWidget(m_criteria, 1);

    m_splitter->addWidget(m_readingArea);
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    // --- Bottom: the keys, always on screen (wrapped, so a laptop's width shows them all);
    // where they go now; the last message ---
    m_keys->setObjectName(QStringLiteral("keyHints"));
    m_keys->setTextFormat(Qt::RichText);
    m_keys->setWordWrap(true);
    m_keyMode->setObjectName(QStringLiteral("keyMode"));
    m_keyMode->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setWordWrap(true);
    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(14, 4, 14, 8);
    bottom->setSpacing(2);
    bottom->addWidget(m_keys);
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_keyMode);
    statusLine->addSpacing(16);
    statusLine->addWidget(m_status, 1);
    bottom->addLayout(statusLine);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);
    applyReadingColours();

    connect(m_includeButton, &QPushButton::clicked, this, [this] { decide(Decision::Include); });
    connect(m_excludeButton, &QPushButton::clicked, this, [this] { decide(Decision::Exclude); });
    connect(m_unsureButton, &QPushButton::clicked, this, [this] { decide(Decision::Unsure); });
    connect(m_notRetrievedButton, &QPushButton::clicked, this, &ScreeningView::toggleNotRetrieved);
    connect(m_attachButton, &QPushButton::clicked, this, &ScreeningView::attachPdf);
    connect(m_reopenButton, &QPushButton::clicked, this, &ScreeningView::reopenCurrent);
    connect(m_note, &QLineEdit::returnPressed, this, &ScreeningView::keepNote);
    connect(m_stageBox, &QComboBox::activated, this, [this] {
        setStage(ScreeningStage(m_stageBox->currentData().toInt()));
        setFocus();
    });
    connect(m_orderBox, &QComboBox::activated, this, [this] {
        setOrder(ScreeningSession::Order(m_orderBox->currentData().toInt()));
        setFocus();
    });
    connect(m_sidePaneButton, &QToolButton::clicked, this, [this](bool shown) {
        m_sidePaneWanted[m_stage == ScreeningStage::FullText] = shown;
        showSidePane(shown);
    });
    // Esc in the PDF's find box or page number: the keys go back to the decisions.
    connect(m_pdf, &PdfViewer::doneTyping, this, [this] { setFocus(); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && (now == this || isAncestorOf(now)))
            updateKeyMode();
    });
    updateKeyMode();

    buildActions();
    reloadSettings();
    setStage(ScreeningStage::TitleAbstract);
}

ScreeningView::~ScreeningView() = default;

void ScreeningView::buildActions()
{
    auto add = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add({QKeySequence(Qt::Key_I)}, [this] { decide(Decision::Include); });
    add({QKeySequence(Qt::Key_E)}, [this] { decide(Decision::Exclude); });
    add({QKeySequence(Qt::Key_U)}, [this] { decide(Decision::Unsure); });
    for (int n = 1; n <= 9; ++n)
        add({QKeySequence(Qt::Key_0 + n)}, [this, n] { decide(Decision::Exclude, n); });
    add({QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Right)}, [this] {
        if (!m_session->next())
            say(tr("This is the last record."));
    });
    add({QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_Left)}, [this] {
        if (!m_session->previous())
            say(tr("This is the first record."));
    });
    add({QKeySequence::Undo}, [this] {
        if (!m_session->undoStack()->canUndo())
            return say(tr("Nothing to undo."));
        const QString text = m_session->undoStack()->undoText();
        if (const Status s = m_session->undo(); !s)
            return say(tr("Not undone: %1").arg(s.errorString()));
        say(tr("Undone: %1").arg(text));
    });
    add({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}, [this] {
        if (!m_session->undoStack()->canRedo())
            return say(tr("Nothing to redo."));
        const QString text = m_session->undoStack()->redoText();
        if (const Status s = m_session->redo(); !s)
            return say(tr("Not redone: %1").arg(s.errorString()));
        say(tr("Redone: %1").arg(text));
    });
    add({QKeySequence(Qt::Key_T)}, [this] {
        m_note->setFocus();
        m_note->selectAll();
    });
    add({QKeySequence(Qt::Key_R)}, [this] { toggleNotRetrieved(); });
    add({QKeySequence(Qt::Key_A)}, [this] { attachPdf(); });
    add({QKeySequence(Qt::Key_O)}, [this] { reopenCurrent(); });
    add({QKeySequence::Find}, [this] { findInPdf(); });
    add({QKeySequence(Qt::Key_F9)}, [this] {
        if (!m_sidePane)
            return;
        m_sidePaneWanted[m_stage == ScreeningStage::FullText] = !isSidePaneShown();
        showSidePane(!isSidePaneShown());
    });
    add({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_PageDown)}, [this] {
        if (m_readingArea->currentIndex() == 1)
            return m_pdf->nextPage();
        QScrollBar *bar = m_record->verticalScrollBar();
        bar->setValue(bar->value() + bar->pageStep());
    });
    add({QKeySequence(Qt::SHIFT | Qt::Key_Space), QKeySequence(Qt::Key_PageUp)}, [this] {
        if (m_readingArea->currentIndex() == 1)
            return m_pdf->previousPage();
        QScrollBar *bar = m_record->verticalScrollBar();
        bar->setValue(bar->value() - bar->pageStep());
    });
    // Escape leaves the note field without keeping it.
    auto *leave = new QAction(m_note);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    leave->setShortcutContext(Qt::WidgetShortcut);
    connect(leave, &QAction::triggered, this, [this] { setFocus(); });
    m_note->addAction(leave);
}

void ScreeningView::setStage(ScreeningStage stage)
{
    m_stage = stage;
    m_stageBox->setCurrentIndex(m_stageBox->findData(int(stage)));
    delete m_session;
    m_session = new ScreeningSession(m_project, m_reviewerId, stage, this);
    connect(m_session, &ScreeningSession::currentChanged, this, &ScreeningView::showCurrent);
    connect(m_session, &ScreeningSession::recordUpdated, this, [this](qint64 id) {
        if (id == m_session->currentRecordId())
            showCurrent();
    });
    connect(m_session, &ScreeningSession::progressChanged, this, &ScreeningView::updateProgress);
    connect(m_session, &ScreeningSession::failed, this, &ScreeningView::say);
    const auto order = ScreeningSession::Order(m_orderBox->currentData().toInt());
    if (Status s = m_session->load(order, 0, m_scores); !s)
        say(s.errorString());
    const bool fullText = stage == ScreeningStage::FullText;
    m_notRetrievedButton->setVisible(fullText);
    m_attachButton->setVisible(fullText);
    m_recordHeader->setVisible(fullText);
    if (m_sidePane)
        showSidePane(m_sidePaneWanted[fullText]);
    m_keys->setText(
        fullText ? tr("<b>I</b> include · <b>E</b>/<b>1–9</b> exclude with reason · "
                      "<b>U</b> unsure · <b>N</b>/<b>→</b> next · <b>P</b>/<b>←</b> previous "
                      "· <b>Ctrl+Z</b> undo · <b>T</b> note · <b>R</b> not retrieved · "
                      "<b>A</b> attach PDF · <b>PgUp/PgDn</b> pages · <b>Ctrl+F</b> find in PDF · "
                      "<b>O</b> reopen (lead)")
                 : tr("<b>I</b> include · <b>E</b> exclude · <b>1–9</b> exclude with reason "
                      "· <b>U</b> unsure · <b>N</b>/<b>→</b> next · <b>P</b>/<b>←</b> "
                      "previous · <b>Ctrl+Z</b> undo · <b>T</b> note · <b>Space</b> scroll · "
                      "<b>O</b> reopen (lead)"));
    setAccessibleDescription(QTextDocumentFragment::fromHtml(m_keys->text()).toPlainText());
    updateProgress();
    showCurrent();
}

void ScreeningView::setOrder(ScreeningSession::Order order)
{
    m_orderBox->setCurrentIndex(m_orderBox->findData(int(order)));
    if (Status s = m_session->load(order, 0, m_scores); !s)
        say(s.errorString());
    showCurrent();
}

void ScreeningView::setRelevanceScores(const QHash<qint64, double> &scores)
{
    m_scores = scores;
    m_session->setScores(scores);
    showCurrent();
}

void ScreeningView::reloadSettings()
{
    readSettings();
    rebuildReasons();
    if (m_session)
        showCurrent();
}

void ScreeningView::readSettings()
{
    m_rules = HighlightTermStore(m_project).highlightRules();
    m_highlighter = KeywordHighlighter(m_rules);
    m_pdf->setHighlightRules(m_rules);
    m_reasons = ExclusionReasonStore(m_project).reasons();
    const QString criteria = ScreeningSettings::read(m_project).criteria;
    if (criteria.trimmed().isEmpty())
        m_criteria->setHtml(tr("<p style=\"color:%1\">The lead has not written screening criteria "
                               "yet (Screening ▸ Criteria, Keywords and Reasons).</p>")
                                .arg(ReadingColours::current().quiet));
    else
        m_criteria->setPlainText(criteria);
}

void ScreeningView::refreshFromElsewhere()
{
    // Another EviMap committed to the project: the lead's criteria, keywords and reasons may have
    // changed, and others' decisions move the progress. Take them in without moving the
    // reviewer: the same record at the same scroll position, a note being typed left alone.
    readSettings();
    const QString note = m_note->text();
    const bool typing = m_note->hasFocus();
    rebuildReasons();
    if (m_session) {
        if (const std::optional<ScreeningItem> item = m_session->currentItem()) {
            QScrollBar *bar = m_record->verticalScrollBar();
            const int at = bar->value();
            m_record->setHtml(recordHtml(item->record, m_highlighter));
            bar->setValue(at);
            const std::optional<ScreeningDecision> &mine = item->mine;
            for (int i = 1; i <= 9; ++i) {
                if (auto *b =
                        m_reasonBox->findChild<QPushButton *>(QStringLiteral("reason%1").arg(i)))
                    b->setChecked(mine && mine->reasonId > 0 && i <= m_reasons.size() &&
                                  m_reasons.at(i - 1).id == mine->reasonId);
            }
        }
        updateProgress();
    }
    if (typing) {
        m_note->setText(note);
        m_note->setFocus();
    }
}

void ScreeningView::applyReadingColours()
{
    const ReadingColours colours = ReadingColours::current();
    m_record->setStyleSheet(QStringLiteral("QTextBrowser { background: %1; color: %2; }")
                                .arg(colours.paper, colours.ink));
    if (auto *column = findChild<QWidget *>(QStringLiteral("recordColumn")))
        column->setStyleSheet(
            QStringLiteral("#recordColumn { background: %1; }").arg(colours.paper));
    m_keys->setStyleSheet(QStringLiteral("color: %1;").arg(colours.quiet));
}

void ScreeningView::changeEvent(QEvent *event)
{
    // The desktop switched between light and dark: repaint the reading area to match.
    if (event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::ApplicationPaletteChange) {
        applyReadingColours();
        rebuildReasons();
        if (m_session)
            showCurrent();
    }
    QWidget::changeEvent(event);
}

void ScreeningView::rebuildReasons()
{
    while (QLayoutItem *item = m_reasonLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *title = new QLabel(m_stage == ScreeningStage::FullText
                                 ? tr("Exclude with a reason (required at full text):")
                                 : tr("Exclude with a reason:"),
                             m_reasonBox);
    title->setStyleSheet(QStringLiteral("color: %1;").arg(ReadingColours::current().quiet));
    m_reasonLayout->addWidget(title);
    if (m_reasons.isEmpty()) {
        auto *none = new QLabel(tr("No exclusion reasons yet; the lead adds them."), m_reasonBox);
        none->setStyleSheet(QStringLiteral("color: %1;").arg(ReadingColours::current().quiet));
        m_reasonLayout->addWidget(none);
        return;
    }
    for (qsizetype i = 0; i < m_reasons.size() && i < 9; ++i) {
        auto *b = new QPushButton(QStringLiteral("%1   %2").arg(i + 1).arg(m_reasons.at(i).label),
                                  m_reasonBox);
        b->setObjectName(QStringLiteral("reason%1").arg(i + 1));
        b->setAccessibleName(m_reasons.at(i).label);
        b->setAccessibleDescription(tr("Key %1: exclude with this reason").arg(i + 1));
        b->setFocusPolicy(Qt::NoFocus);
        b->setFlat(true);
        b->setCheckable(true);
        b->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 3px 6px; }"));
        const int number = int(i + 1);
        connect(b, &QPushButton::clicked, this,
                [this, number] { decide(Decision::Exclude, number); });
        m_reasonLayout->addWidget(b);
    }
    if (m_reasons.size() > 9) {
        auto *more = new QLabel(tr("Only the first nine reasons have keys."), m_reasonBox);
        m_reasonLayout->addWidget(more);
    }
}

QString ScreeningView::recordHtml(const Record &r, const KeywordHighlighter &highlighter,
                                  bool withAbstract)
{
    QString html;
    // Without the abstract it is the full-text panel's header, beside the PDF: compact, so that
    // on a laptop screen the decisions below keep their room.
    html += QStringLiteral("<div style=\"line-height:%1%;\">").arg(withAbstract ? 140 : 115);
    html +=
        QStringLiteral("<p style=\"font-size:%1pt; font-weight:600; margin-bottom:%2px;\">%3</p>")
            .arg(withAbstract ? 16 : 11)
            .arg(withAbstract ? 10 : 4)
            .arg(r.title.isEmpty() ? ScreeningView::tr("(no title)")
                                   : highlighted(r.title, highlighter));
    if (!r.authors.isEmpty())
        html += QStringLiteral("<p style=\"color:%1; margin:0;\">%2</p>")
                    .arg(ReadingColours::current().quiet, esc(authorsLine(r.authors)));
    QStringList source;
    if (r.year > 0)
        source << QString::number(r.year);
    if (!r.container.isEmpty())
        source << QStringLiteral("<i>%1</i>").arg(esc(r.container));
    if (!r.volume.isEmpty())
        source << esc(r.issue.isEmpty() ? r.volume
                                        : QStringLiteral("%1(%2)").arg(r.volume, r.issue));
    if (!r.pages.isEmpty())
        source << esc(r.pages);
    // The header beside a PDF leaves the journal to the PDF's own first page.
    if (!source.isEmpty() && withAbstract)
        html += QStringLiteral("<p style=\"color:%1; margin-top:2px;\">%2</p>")
                    .arg(ReadingColours::current().quiet, source.join(QStringLiteral(" · ")));
    if (withAbstract) {
        if (r.abstract.trimmed().isEmpty()) {
            html += QStringLiteral("<p style=\"color:%1; margin-top:16px;\"><i>%2</i></p>")
                        .arg(ReadingColours::current().quiet, ScreeningView::tr("No abstract."));
        } else {
            const QStringList paragraphs = r.abstract.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &p : paragraphs)
                html += QStringLiteral("<p style=\"line-height:150%; margin-top:14px;\">%1</p>")
                            .arg(highlighted(p.trimmed(), highlighter));
        }
        if (!r.keywords.isEmpty())
            html += QStringLiteral("<p style=\"color:%1; margin-top:14px;\">%2 %3</p>")
                        .arg(ReadingColours::current().quiet, ScreeningView::tr("Keywords:"),
                             highlighted(r.keywords.join(QLatin1String("; ")), highlighter));
        if (!r.doi.isEmpty())
            html += QStringLiteral("<p style=\"color:%1;\">DOI %2</p>")
                        .arg(ReadingColours::current().quiet, esc(r.doi));
    }
    html += QStringLiteral("</div>");
    return html;
}

void ScreeningView::showCurrent()
{
    if (!m_session)
        return;
    const std::optional<ScreeningItem> item = m_session->currentItem();
    const bool fullText = m_stage == ScreeningStage::FullText;
    for (QPushButton *b : {m_includeButton, m_excludeButton, m_unsureButton})
        b->setEnabled(item.has_value());
    if (!item) {
        m_readingArea->setCurrentIndex(0);
        m_record->setHtml(fullText
                              ? tr("<p style=\"color:%1\">No records have reached the full-text "
                                   "stage yet: they arrive when they are included at title and "
                                   "abstract.</p>")
                                    .arg(ReadingColours::current().quiet)
                              : tr("<p style=\"color:%1\">This project has no records to screen "
                                   "yet. Import references first.</p>")
                                    .arg(ReadingColours::current().quiet));
        m_recordHeader->clear();
        m_mine->clear();
        m_others->clear();
        m_note->clear();
        m_locked->hide();
        m_reopenButton->hide();
        return;
    }

    // The reading area.
    m_record->setHtml(recordHtml(item->record, m_highlighter));
    m_record->verticalScrollBar()->setValue(0);
    if (fullText) {
        m_recordHeader->setText(recordHtml(item->record, m_highlighter, false));
        if (item->pdfPath.isEmpty()) {
            m_pdf->close();
            m_noPdfLabel->setText(
                tr("<p style=\"font-size:13pt;\">No PDF is attached to this "
                   "record.</p><p>Press <b>A</b> to attach one, or <b>R</b> if the "
                   "full text cannot be obtained.</p>"));
            m_readingArea->setCurrentIndex(2);
        } else if (m_pdf->filePath() != item->pdfPath) {
            m_readingArea->setCurrentIndex(1); // shown first, so the page fits its width
            const Status opened = m_pdf->open(item->pdfPath);
            if (!opened)
                say(opened.errorString());
        } else {
            m_readingArea->setCurrentIndex(1);
        }
    } else {
        m_readingArea->setCurrentIndex(0);
    }

    // The decision panel.
    const std::optional<ScreeningDecision> &mine = item->mine;
    m_includeButton->setChecked(mine && mine->decision == Decision::Include);
    m_excludeButton->setChecked(mine && mine->decision == Decision::Exclude);
    m_unsureButton->setChecked(mine && mine->decision == Decision::Unsure);
    for (int i = 1; i <= 9; ++i) {
        if (auto *b = m_reasonBox->findChild<QPushButton *>(QStringLiteral("reason%1").arg(i)))
            b->setChecked(mine && mine->reasonId > 0 && i <= m_reasons.size() &&
                          m_reasons.at(i - 1).id == mine->reasonId);
    }
    m_note->setText(mine ? mine->note : m_session->draftNote(item->record.id));
    ScreeningStore &store = m_session->store();
    const ExclusionReasonStore reasons(store.project());
    if (mine) {
        QString text =
            tr("Your decision: <b>%1</b>").arg(ScreeningNames::decisionLabel(mine->decision));
        if (mine->reasonId > 0)
            if (const std::optional<ExclusionReason> why = reasons.reason(mine->reasonId))
                text += QStringLiteral(" — ") + esc(why->label);
        m_mine->setText(text);
    } else {
        m_mine->setText(tr("<span style=\"color:%1\">Not decided yet.</span>")
                            .arg(ReadingColours::current().quiet));
    }

    QStringList others;
    Reviewers people(m_project);
    for (const ScreeningDecision &d : item->visible) {
        if (d.reviewerId == m_reviewerId)
            continue;
        const std::optional<Reviewer> who = people.byId(d.reviewerId);
        QString line =
            QStringLiteral("%1: %2").arg(esc(who ? who->name : QString::number(d.reviewerId)),
                                         ScreeningNames::decisionLabel(d.decision));
        if (d.reasonId > 0)
            if (const std::optional<ExclusionReason> why = reasons.reason(d.reasonId))
                line += QStringLiteral(" — ") + esc(why->label);
        if (!d.note.isEmpty())
            line += QStringLiteral(" <i>(%1)</i>").arg(esc(d.note));
        others << line;
    }
    QString othersText;
    if (item->result) {
        QString settled = ScreeningNames::resultLabel(item->result->result);
        if (item->result->reasonId > 0)
            if (const std::optional<ExclusionReason> why = reasons.reason(item->result->reasonId))
                settled += QStringLiteral(" — ") + esc(why->label);
        const std::optional<Reviewer> by = people.byId(item->result->settledBy);
        othersText =
            tr("Settled: <b>%1</b> (%2)")
                .arg(settled, by ? tr("by %1").arg(esc(by->name)) : tr("reviewers agreed"));
    }
    if (!others.isEmpty())
        othersText += (othersText.isEmpty() ? QString() : QStringLiteral("<br>")) +
                      tr("Others: %1").arg(others.join(QLatin1String("; ")));
    else if (!item->result && store.isBlind())
        othersText += tr("<span style=\"color:%1\">Blind screening: other reviewers' decisions "
                         "show once the record is settled.</span>")
                          .arg(ReadingColours::current().quiet);
    m_others->setText(othersText);
    m_notRetrievedButton->setChecked(item->result &&
                                     item->result->result == ResultKind::NotRetrieved);
    const QString locked = lockedText();
    m_locked->setText(locked);
    m_locked->setVisible(!locked.isEmpty());
    m_reopenButton->setVisible(m_isLead && item->result.has_value());
    for (QPushButton *b : {m_includeButton, m_excludeButton, m_unsureButton})
        b->setEnabled(locked.isEmpty());
    m_reasonBox->setEnabled(locked.isEmpty());
    updateProgress();
}

QString ScreeningView::lockedText() const
{
    const qint64 id = m_session ? m_session->currentRecordId() : 0;
    if (id <= 0)
        return {};
    ScreeningStore &store = m_session->store();
    if (store.whyLocked(id, m_stage, m_reviewerId).isEmpty())
        return {};
    const std::optional<ScreeningResult> r = store.result(id, m_stage);
    if (r && r->result == ResultKind::NotRetrieved)
        return m_isLead || r->settledBy == m_reviewerId
                   ? tr("Full text not retrieved — attach its PDF (A) to screen it, or press R "
                        "to clear the mark.")
                   : tr("Full text not retrieved — attach its PDF (A) to screen it, or ask the "
                        "lead to clear the mark.");
    return m_isLead ? tr("Settled — decisions are locked. Press O to reopen it.")
                    : tr("Settled — ask the lead to reopen.");
}

void ScreeningView::updateProgress()
{
    if (!m_session)
        return;
    m_progressLabel->setText(progressText());
    m_progressBar->setMaximum(qMax(1, m_session->count()));
    m_progressBar->setValue(m_session->doneCount());
}

QString ScreeningView::progressText() const
{
    if (!m_session || m_session->count() == 0)
        return tr("Nothing to screen");
    return tr("Record %1 of %2 · %3 done · %4 remaining")
        .arg(m_session->currentIndex() + 1)
        .arg(m_session->count())
        .arg(m_session->doneCount())
        .arg(m_session->remainingCount());
}

void ScreeningView::decide(Decision decision, int reasonNumber)
{
    if (m_session->currentRecordId() <= 0)
        return;
    if (m_project.isReadOnly())
        return say(tr("This project is read-only; decisions cannot be saved."));
    if (const QString locked = lockedText(); !locked.isEmpty())
        return say(locked);
    DecisionInput input{decision, 0, m_note->text().trimmed()};
    if (reasonNumber > 0) {
        if (reasonNumber > m_reasons.size())
            return say(tr("There is no reason %1.").arg(reasonNumber));
        input.reasonId = m_reasons.at(reasonNumber - 1).id;
    } else if (decision == Decision::Exclude && m_stage == ScreeningStage::FullText) {
        return say(tr("At full text, exclude with a reason: press its number (1–%1).")
                       .arg(qMin<qsizetype>(9, m_reasons.size())));
    }
    const qint64 id = m_session->currentRecordId();
    const Status s = m_session->decide(input, true);
    if (!s)
        return say(s.errorString());
    m_note->clear();
    say(tr("Record %1: %2").arg(id).arg(ScreeningNames::decisionLabel(decision)) +
        (input.reasonId > 0 ? QStringLiteral(" — ") + m_reasons.at(reasonNumber - 1).label
                            : QString()));
    setFocus();
}

void ScreeningView::keepNote()
{
    if (const QString locked = lockedText(); !locked.isEmpty()) {
        say(locked);
        setFocus();
        return;
    }
    const std::optional<ScreeningDecision> mine =
        m_session->store().decision(m_session->currentRecordId(), m_stage, m_reviewerId);
    if (mine) {
        DecisionInput input = mine->input();
        input.note = m_note->text().trimmed();
        if (Status s = m_session->decide(input, false); !s)
            say(s.errorString());
        else
            say(tr("Note kept."));
    } else {
        say(tr("The note is kept with your decision: press I, E or U."));
    }
    setFocus();
}

void ScreeningView::toggleNotRetrieved()
{
    if (m_stage != ScreeningStage::FullText || m_session->currentRecordId() <= 0)
        return;
    const std::optional<ScreeningResult> r =
        m_session->store().result(m_session->currentRecordId(), m_stage);
    const bool mark = !(r && r->result == ResultKind::NotRetrieved);
    const qint64 id = m_session->currentRecordId();
    if (Status s = m_session->setNotRetrieved(mark); !s)
        return say(s.errorString());
    say(mark ? tr("Record %1: full text not retrieved.").arg(id)
             : tr("Record %1: full text no longer marked as not retrieved.").arg(id));
}

void ScreeningView::reopenCurrent()
{
    const qint64 id = m_session->currentRecordId();
    if (id <= 0)
        return;
    if (!m_isLead)
        return say(tr("Only the lead can reopen a settled record."));
    Result<ReopenImpact> impact = m_session->store().reopenImpact(id, m_stage);
    if (!impact)
        return say(impact.errorString());
    // Reopening changes the review's counts: the lead confirms, and Cancel is the default.
    QMessageBox box(QMessageBox::Warning, tr("Reopen Record %1").arg(id),
                    tr("Reopen record %1 at %2? It is settled: %3.")
                        .arg(id)
                        .arg(ScreeningNames::stageLabel(m_stage),
                             ScreeningNames::resultLabel(impact->settlement.result)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("What changes:\n%1\n\nThe reviewers' decisions are kept and unlocked; the record "
           "waits among the conflicts until a decision changes or you settle it. Ctrl+Z undoes "
           "the reopening.")
            .arg(QStringLiteral("• ") + impact->changes.join(QStringLiteral("\n• "))));
    QPushButton *reopen = box.addButton(tr("Reopen"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    setFocus();
    if (box.clickedButton() != reopen)
        return say(tr("Record %1 not reopened.").arg(id));
    if (Status s = m_session->reopen(); !s)
        return say(s.errorString());
    say(tr("Record %1 reopened: %2").arg(id).arg(impact->changes.join(QStringLiteral("; "))));
}

void ScreeningView::attachPdf()
{
    if (m_stage != ScreeningStage::FullText || m_session->currentRecordId() <= 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach PDF"), QString(),
                                                      tr("PDF files (*.pdf);;All files (*)"));
    setFocus();
    if (!path.isEmpty())
        (void)attachPdfFile(path);
}

Status ScreeningView::attachPdfFile(const QString &path)
{
    const qint64 recordId = m_session->currentRecordId();
    if (m_stage != ScreeningStage::FullText || recordId <= 0)
        return Error{Error::Kind::Usage, tr("PDFs are attached at the full-text stage.")};
    // Copied into the project's folder with its sha256, its text indexed; logged.
    AttachmentStore attachments(m_project);
    AttachmentStore::Target target;
    target.recordId = recordId;
    Result<AttachmentStore::Attached> attached = attachments.attachPdf(path, target, m_reviewerId);
    if (!attached) {
        say(attached.errorString());
        return attached.error();
    }
    say(tr("Attached %1 (%2 pages).").arg(QFileInfo(path).fileName()).arg(attached->pageCount));
    showCurrent();
    return {};
}

void ScreeningView::setSidePane(QWidget *pane, const QString &title)
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("sidePane"));
    box->setMinimumWidth(300);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(10, 10, 6, 6);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(heading);
    layout->addWidget(pane, 1);
    m_sidePane = box;
    m_splitter->addWidget(box);
    m_splitter->setStretchFactor(2, 1);
    m_sidePaneButton->setText(title);
    m_sidePaneButton->setToolTip(tr("Show or hide %1 (F9)").arg(title));
    m_sidePaneButton->setAccessibleName(title);
    m_sidePaneButton->setAccessibleDescription(tr("F9 shows or hides the pane"));
    m_sidePaneButton->show();
    showSidePane(m_sidePaneWanted[m_stage == ScreeningStage::FullText]);
}

bool ScreeningView::isSidePaneShown() const
{
    return m_sidePane && !m_sidePane->isHidden();
}

void ScreeningView::showSidePane(bool shown)
{
    if (!m_sidePane)
        return;
    m_sidePane->setVisible(shown);
    m_sidePaneButton->setChecked(shown);
}

void ScreeningView::findInPdf()
{
    if (m_readingArea->currentIndex() == 1 && m_pdf->isOpen())
        return m_pdf->focusSearch();
    say(m_stage == ScreeningStage::FullText
            ? tr("This record has no PDF to search: press A to attach one.")
            : tr("Find in PDF works at the full-text stage, where the PDF is shown."));
}

QString ScreeningView::keyModeText() const
{
    return m_keyMode->text();
}

void ScreeningView::updateKeyMode()
{
    // A field that takes text takes the letters and digits too: no key decides while it has
    // the keyboard, and the line says so (in words and weight, not by colour).
    QWidget *focus = QApplication::focusWidget();
    const bool inside = focus && (focus == this || isAncestorOf(focus));
    const auto *edit = qobject_cast<const QTextEdit *>(focus);
    const bool typing =
        inside && (qobject_cast<QLineEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus) ||
                   (edit && !edit->isReadOnly()));
    if (typing) {
        const QString field =
            focus->accessibleName().isEmpty() ? tr("a text field") : focus->accessibleName();
        m_keyMode->setText(
            tr("Keys: typing in “%1” — Esc gives them back to the decisions").arg(field));
    } else {
        m_keyMode->setText(tr("Keys: decisions"));
    }
    m_keyMode->setStyleSheet(typing ? QStringLiteral("QLabel { font-weight: 600; }") : QString());
}

void ScreeningView::say(const QString &text)
{
    m_status->setText(text);
    emit message(text);
}

} // namespace evimap::ui
