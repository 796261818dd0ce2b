#include "screening/conflictsview.h"
#include "screening/exclusionreasonstore.h"

#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "screening/screeningcommand.h"
#include "team/blinding.h"
#include "team/changewatcher.h"
#include "team/roles.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

QString why(const SettlementState &state)
{
    switch (state.conflict) {
    case SettlementState::Conflict::Disagreement:
        return ConflictsView::tr("Include vs exclude");
    case SettlementState::Conflict::Unsure:
        return ConflictsView::tr("Unsure");
    case SettlementState::Conflict::Reasons:
        return ConflictsView::tr("Different reasons");
    case SettlementState::Conflict::Reopened:
        return ConflictsView::tr("Reopened by the lead");
    case SettlementState::Conflict::None:
        break;
    }
    return {};
}

} // namespace

ConflictsView::ConflictsView(Project &project, qint64 reviewerId, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_store(project)
    , m_reviewerId(reviewerId)
    , m_undo(new QUndoStack(this))
    , m_stageBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_details(new QTextBrowser(this))
    , m_include(new QPushButton(tr("Include   I"), this))
    , m_reasonBox(new QComboBox(this))
    , m_exclude(new QPushButton(tr("Exclude with this reason"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictsView"));
    const std::optional<Reviewer> me = Reviewers(project).byId(reviewerId);
    m_isLead = me && Roles::allows(me->role, Work::Lead);

    m_stageBox->addItem(tr("Title and abstract"), int(ScreeningStage::TitleAbstract));
    m_stageBox->addItem(tr("Full text"), int(ScreeningStage::FullText));
    auto *top = new QHBoxLayout;
    auto *stageLabel = new QLabel(tr("Stage:"), this);
    stageLabel->setBuddy(m_stageBox);
    top->addWidget(stageLabel);
    top->addWidget(m_stageBox);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);

    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Why"), tr("Title")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_details->setObjectName(QStringLiteral("conflictDetails"));
    m_details->setAccessibleName(tr("The record and its decisions"));
    m_reasonBox->setObjectName(QStringLiteral("conflictReason"));
    m_reasonBox->setAccessibleName(tr("Exclusion reason"));
    QFont reading = m_details->font();
    reading.setPointSize(12);
    m_details->setFont(reading);
    m_details->document()->setDocumentMargin(16);

    auto *settle = new QHBoxLayout;
    settle->addWidget(m_include);
    settle->addSpacing(12);
    settle->addWidget(m_reasonBox, 1);
    settle->addWidget(m_exclude);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addLayout(settle);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    if (!m_isLead) {
        const QList<Reviewer> all = Reviewers(project).all();
        QString lead;
        for (const Reviewer &r : all) {
            if (r.isLead())
                lead = r.name;
        }
        m_status->setText(tr("Only the lead (%1) settles conflicts; you can read them.").arg(lead));
    }

    connect(m_stageBox, &QComboBox::activated, this,
            [this] { setStage(ScreeningStage(m_stageBox->currentData().toInt())); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsView::showSelected);
    connect(m_include, &QPushButton::clicked, this, [this] {
        if (Status s = settleSelected(ResultKind::Include); !s)
            m_status->setText(s.errorString());
    });
    connect(m_exclude, &QPushButton::clicked, this, [this] {
        if (Status s = settleSelected(ResultKind::Exclude, m_reasonBox->currentIndex()); !s)
            m_status->setText(s.errorString());
    });

    auto add = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(QKeySequence(Qt::Key_I), [this] {
        if (Status s = settleSelected(ResultKind::Include); !s)
            m_status->setText(s.errorString());
    });
    for (int n = 1; n <= 9; ++n)
        add(QKeySequence(Qt::Key_0 + n), [this, n] {
            if (Status s = settleSelected(ResultKind::Exclude, n); !s)
                m_status->setText(s.errorString());
        });
    add(QKeySequence::Undo, [this] {
        if (m_undo->canUndo())
            m_undo->undo();
    });
    add(QKeySequence::Redo, [this] {
        if (m_undo->canRedo())
            m_undo->redo();
    });
    setStage(ScreeningStage::TitleAbstract);

    // Reviewers deciding in other windows or on other computers bring new conflicts (and settle
    // old ones) while the lead works through the list.
    auto *watcher = new ProjectChangeWatcher(project, this);
    connect(watcher, &ProjectChangeWatcher::changedElsewhere, this, &ConflictsView::refresh);
    watcher->start();
}

ConflictsView::~ConflictsView() = default;

void ConflictsView::setStage(ScreeningStage stage)
{
    m_stage = stage;
    m_stageBox->setCurrentIndex(m_stageBox->findData(int(stage)));
    m_undo->clear();
    refresh();
}

QString ConflictsView::leadOnlyText()
{
    return tr("Screening is blind: the conflicts show every reviewer's decision on records not "
              "settled yet, so only the lead sees them. Records you decided show the others' "
              "decisions once they are settled.");
}

void ConflictsView::refresh()
{
    const qint64 keep = selectedRecord();
    // Asked again each time: the lead may have turned blind screening on or off meanwhile.
    m_maySee = Blinding(m_project, m_reviewerId).maySeeConflicts();
    if (!m_maySee)
        m_status->setText(leadOnlyText());
    m_conflicts = m_maySee ? m_store.conflicts(m_stage) : QList<ScreeningConflict>();
    m_reasons = ExclusionReasonStore(m_store.project()).reasons();
    m_reasonBox->clear();
    m_reasonBox->addItem(m_stage == ScreeningStage::FullText ? tr("(choose a reason)")
                                                             : tr("(no reason)"));
    for (qsizetype i = 0; i < m_reasons.size(); ++i)
        m_reasonBox->addItem(QStringLiteral("%1  %2").arg(i + 1).arg(m_reasons.at(i).label));

    RecordStore records(m_project.database());
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_conflicts.size()));
    int select = m_conflicts.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_conflicts.size(); ++i) {
        const ScreeningConflict &c = m_conflicts.at(i);
        const std::optional<Record> r = records.record(c.recordId);
        m_table->setItem(int(i), 0, new QTableWidgetItem(QString::number(c.recordId)));
        m_table->setItem(int(i), 1, new QTableWidgetItem(why(c.state)));
        m_table->setItem(int(i), 2, new QTableWidgetItem(r ? r->title : QString()));
        if (c.recordId == keep)
            select = int(i);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    if (select >= 0)
        m_table->selectRow(select);
    m_summary->setText(!m_maySee ? tr("Conflicts are the lead's to see.")
                       : m_conflicts.isEmpty()
                           ? tr("No conflicts at this stage.")
                           : tr("Conflicts to settle: %1").arg(m_conflicts.size()));
    const bool can = m_isLead && !m_conflicts.isEmpty() && !m_project.isReadOnly();
    m_include->setEnabled(can);
    m_exclude->setEnabled(can);
    m_reasonBox->setEnabled(can);
    showSelected();
}

qint64 ConflictsView::selectedRecord() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_conflicts.size() ? m_conflicts.at(row).recordId : 0;
}

void ConflictsView::showSelected()
{
    const qint64 id = selectedRecord();
    if (id <= 0) {
        m_details->clear();
        return;
    }
    const ScreeningConflict &c = m_conflicts.at(m_table->currentRow());
    RecordStore records(m_project.database());
    const std::optional<Record> r = records.record(id);
    Reviewers people(m_project);
    QString html = QStringLiteral("<h3>%1</h3>").arg(r ? r->title.toHtmlEscaped() : QString());
    html += QStringLiteral("<table cellspacing=0 cellpadding=6 style=\"margin-bottom:12px;\">");
    html +=
        tr("<tr><th align=left>Reviewer</th><th align=left>Decision</th><th align=left>Reason</th>"
           "<th align=left>Note</th><th align=left>When</th></tr>");
    for (const ScreeningDecision &d : c.decisions) {
        const std::optional<Reviewer> who = people.byId(d.reviewerId);
        const std::optional<ExclusionReason> reason =
            d.reasonId > 0 ? ExclusionReasonStore(m_store.project()).reason(d.reasonId)
                           : std::nullopt;
        html += QStringLiteral(
                    "<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(who ? who->name.toHtmlEscaped() : QString::number(d.reviewerId),
                         ScreeningNames::decisionLabel(d.decision),
                         reason ? reason->label.toHtmlEscaped() : QString(), d.note.toHtmlEscaped(),
                         d.decidedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
    }
    html += QStringLiteral("</table>");
    if (r && !r->abstract.isEmpty())
        html += QStringLiteral("<p style=\"line-height:145%;\">%1</p>")
                    .arg(r->abstract.toHtmlEscaped());
    m_details->setHtml(html);
}

Status ConflictsView::settleSelected(ResultKind result, int reasonNumber)
{
    const qint64 id = selectedRecord();
    if (id <= 0)
        return Error{Error::Kind::Usage, tr("Choose a conflict first.")};
    if (!m_isLead)
        return Error{Error::Kind::Usage, tr("Only the lead settles conflicts.")};
    ManualResult wanted{result, 0, QString()};
    if (result == ResultKind::Exclude && reasonNumber > 0) {
        if (reasonNumber > m_reasons.size())
            return Error{Error::Kind::Usage, tr("There is no reason %1.").arg(reasonNumber)};
        wanted.reasonId = m_reasons.at(reasonNumber - 1).id;
    }
    const std::optional<ManualResult> before = m_store.manualResult(id, m_stage);
    if (Status s = ChangeCommand::push(
            *m_undo, new ResultCommand(m_project, id, m_stage, m_reviewerId, before, wanted,
                                       [this](const Status &status, UndoStep) {
                                           if (!status)
                                               m_status->setText(status.errorString());
                                           refresh();
                                       }));
        !s)
        return s;
    m_status->setText(tr("Record %1 settled: %2. Ctrl+Z undoes it.")
                          .arg(id)
                          .arg(ScreeningNames::resultLabel(result)));
    refresh();
    emit settled(id);
    return {};
}

} // namespace evimap::ui
