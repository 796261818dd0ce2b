#include "dashboard/dashboardview.h"

#include "dashboard/recordlistdialog.h"
#include "duplicatesmenu.h"
#include "mainwindow.h"
#include "project/project.h"
#include "projectwindows.h"
#include "records/recordfilterbar.h"
#include "screening/conflictsview.h"
#include "screening/screeningview.h"
#include "screening/screeningwindows.h"

#include <QAction>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

constexpr DashboardStage allStages[] = {DashboardStage::Duplicates, DashboardStage::TitleAbstract,
                                        DashboardStage::FullText, DashboardStage::Coding};
constexpr DashboardCount allCounts[] = {DashboardCount::Waiting,   DashboardCount::Done,
                                        DashboardCount::Conflicts, DashboardCount::Included,
                                        DashboardCount::Excluded,  DashboardCount::NotRetrieved};

int key(DashboardStage stage, DashboardCount count)
{
    return int(stage) * 16 + int(count);
}

QString stageKey(DashboardStage stage)
{
    switch (stage) {
    case DashboardStage::Duplicates:
        return QStringLiteral("dup");
    case DashboardStage::TitleAbstract:
        return QStringLiteral("ta");
    case DashboardStage::FullText:
        return QStringLiteral("ft");
    case DashboardStage::Coding:
        return QStringLiteral("coding");
    }
    return {};
}

QString countKey(DashboardCount count)
{
    static const char *const keys[] = {"waiting",  "done",     "conflicts",
                                       "included", "excluded", "notretrieved"};
    return QLatin1String(keys[int(count)]);
}

// What a count is called at a stage, in the column's header words and for a list's title.
QString countName(DashboardStage stage, DashboardCount count)
{
    const bool dup = stage == DashboardStage::Duplicates;
    const bool coding = stage == DashboardStage::Coding;
    switch (count) {
    case DashboardCount::Waiting:
        return dup      ? DashboardView::tr("pairs to review")
               : coding ? DashboardView::tr("not reconciled yet")
                        : DashboardView::tr("waiting");
    case DashboardCount::Done:
        return dup      ? DashboardView::tr("pairs decided")
               : coding ? DashboardView::tr("reconciled")
                        : DashboardView::tr("settled");
    case DashboardCount::Conflicts:
        return coding ? DashboardView::tr("coded twice, to reconcile")
                      : DashboardView::tr("conflicts to settle");
    case DashboardCount::Included:
        return dup ? DashboardView::tr("records kept") : DashboardView::tr("included");
    case DashboardCount::Excluded:
        return dup ? DashboardView::tr("merged as duplicates") : DashboardView::tr("excluded");
    case DashboardCount::NotRetrieved:
        return DashboardView::tr("full text not retrieved");
    }
    return {};
}

bool applies(const DashboardStageCounts &c, DashboardCount count)
{
    switch (count) {
    case DashboardCount::Waiting:
    case DashboardCount::Done:
        return true;
    case DashboardCount::Conflicts:
        return c.hasConflicts;
    case DashboardCount::Included:
    case DashboardCount::Excluded:
        return c.hasOutcome;
    case DashboardCount::NotRetrieved:
        return c.stage == DashboardStage::FullText;
    }
    return false;
}

qint64 value(const DashboardStageCounts &c, DashboardCount count)
{
    switch (count) {
    case DashboardCount::Waiting:
        return c.waiting;
    case DashboardCount::Done:
        return c.done;
    case DashboardCount::Conflicts:
        return c.conflicts.value_or(0);
    case DashboardCount::Included:
        return c.included;
    case DashboardCount::Excluded:
        return c.excluded;
    case DashboardCount::NotRetrieved:
        return c.notRetrieved;
    }
    return 0;
}

} // namespace

DashboardView::DashboardView(MainWindow *window)
    : QWidget(window)
    , m_window(window)
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
    , m_stagesBox(new QGroupBox(tr("Stages"), this))
    , m_mineBox(new QGroupBox(this))
    , m_teamBox(new QGroupBox(tr("Each reviewer's work"), this))
    , m_teamGrid(new QGridLayout)
    , m_later(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    setAccessibleName(tr("Dashboard"));
    m_later->setSingleShot(true);
    m_later->setInterval(500);
    connect(m_later, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    build();
    connect(window, &MainWindow::projectChanged, this, [this] {
        m_stale = true;
        if (isVisible() || !m_window->project())
            refresh();
    });
}

void DashboardView::build()
{
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_state->setObjectName(QStringLiteral("dashboardState"));
    m_state->setWordWrap(true);

    auto *grid = new QGridLayout(m_stagesBox);
    grid->setHorizontalSpacing(12);
    const QStringList headers = {tr("Stage"),         tr("Waiting"),         tr("Done"),
                                 tr("Conflicts"),     tr("Included"),        tr("Excluded"),
                                 tr("Not retrieved"), tr("Agreement so far")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h =
            new QLabel(QStringLiteral("<b>%1</b>").arg(headers.at(c).toHtmlEscaped()), m_stagesBox);
        grid->addWidget(h, 0, c,
                        c == 0 || c == headers.size() - 1 ? Qt::AlignLeft : Qt::AlignHCenter);
    }
    int row = 1;
    for (DashboardStage stage : allStages) {
        auto *name = new QLabel(StageDashboard::stageName(stage), m_stagesBox);
        grid->addWidget(name, row, 0);
        int column = 1;
        for (DashboardCount count : allCounts) {
            Cell cell;
            cell.button = new QPushButton(m_stagesBox);
            cell.button->setObjectName(
                QStringLiteral("count_%1_%2").arg(stageKey(stage), countKey(count)));
            cell.button->setAutoDefault(false);
            cell.button->setMinimumWidth(72);
            connect(cell.button, &QPushButton::clicked, this,
                    [this, stage, count] { open(stage, count); });
            cell.label = new QLabel(QStringLiteral("—"), m_stagesBox);
            cell.label->setObjectName(cell.button->objectName() + QStringLiteral("_none"));
            cell.label->setAlignment(Qt::AlignCenter);
            grid->addWidget(cell.button, row, column, Qt::AlignHCenter);
            grid->addWidget(cell.label, row, column, Qt::AlignHCenter);
            m_cells.insert(key(stage, count), cell);
            ++column;
        }
        auto *agreement = new QPushButton(m_stagesBox);
        agreement->setObjectName(QStringLiteral("agreement_%1").arg(stageKey(stage)));
        agreement->setAutoDefault(false);
        agreement->setFlat(true);
        agreement->setStyleSheet(QStringLiteral("text-align: left"));
        connect(agreement, &QPushButton::clicked, this, [this, stage] {
            if (stage == DashboardStage::Coding) {
                open(stage, DashboardCount::Conflicts);
                return;
            }
            if (auto *screening = m_window->findChild<ScreeningWindows *>())
                screening->openStatistics();
        });
        grid->addWidget(agreement, row, column);
        m_agreement.insert(int(stage), agreement);
        ++row;
    }
    grid->setColumnStretch(int(headers.size()) - 1, 1);

    auto *mine = new QVBoxLayout(m_mineBox);
    for (DashboardStage stage :
         {DashboardStage::TitleAbstract, DashboardStage::FullText, DashboardStage::Coding}) {
        auto *b = new QPushButton(m_mineBox);
        b->setObjectName(QStringLiteral("mywork_%1").arg(stageKey(stage)));
        b->setAutoDefault(false);
        b->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 10px"));
        connect(b, &QPushButton::clicked, this, [this, stage] { openMyWork(stage); });
        mine->addWidget(b);
        m_mine.insert(int(stage), b);
    }
    m_mineBox->setObjectName(QStringLiteral("myWork"));
    m_teamBox->setObjectName(QStringLiteral("teamWork"));
    m_teamBox->setLayout(m_teamGrid);

    auto *refreshButton = new QPushButton(tr("Count &Again"), this);
    refreshButton->setObjectName(QStringLiteral("dashboardRefresh"));
    refreshButton->setAutoDefault(false);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    auto *statistics = new QPushButton(tr("Statistics for the &Methods Section…"), this);
    statistics->setObjectName(QStringLiteral("dashboardStatistics"));
    statistics->setAutoDefault(false);
    connect(statistics, &QPushButton::clicked, this, [this] {
        if (auto *screening = m_window->findChild<ScreeningWindows *>())
            screening->openStatistics();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addWidget(statistics);
    buttons->addStretch(1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addWidget(m_stagesBox);
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_mineBox, 1);
    lower->addWidget(m_teamBox, 1);
    layout->addLayout(lower);
    layout->addLayout(buttons);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Dashboard"));
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from number to number
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QPushButton *DashboardView::button(DashboardStage stage, DashboardCount count) const
{
    return m_cells.value(key(stage, count)).button;
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardView::refreshLater()
{
    m_later->start();
}

void DashboardView::invalidate()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardView::refresh()
{
    m_stale = false;
    m_dashboard.reset();
    if (Project *project = m_window->project()) {
        Result<StageDashboard> d = StageDashboard::compute(*project, m_window->currentReviewerId());
        if (d)
            m_dashboard = std::move(d.value());
        else
            m_state->setText(tr("The counts could not be read: %1").arg(d.errorString()));
    }
    showCounts();
}

void DashboardView::showCounts()
{
    Project *project = m_window->project();
    m_stagesBox->setVisible(m_dashboard.has_value());
    m_mineBox->setVisible(m_dashboard.has_value());
    if (!project || !m_dashboard) {
        m_heading->setText(tr("No project is open"));
        if (!project)
            m_state->setText(tr("Open a project (Ctrl+O) or start a new one (Ctrl+N)."));
        m_teamBox->setVisible(false);
        return;
    }
    const StageDashboard &d = *m_dashboard;
    m_heading->setText(tr("Where %1 stands").arg(project->name()));
    m_state->setText(d.seesEveryonesScreening()
                         ? tr("Every number opens its list or window: click it, or Tab to it and "
                              "press Space.")
                         : tr("Every number opens its list or window. While screening is blind "
                              "you see your own work and what is settled; other reviewers' "
                              "counts and the conflicts are the lead's."));

    for (const DashboardStageCounts &c : d.stages()) {
        for (DashboardCount count : allCounts) {
            const Cell &cell = m_cells.value(key(c.stage, count));
            const bool shown = applies(c, count) &&
                               (count != DashboardCount::Conflicts || c.conflicts.has_value());
            cell.button->setVisible(shown);
            cell.label->setVisible(!shown);
            if (!shown) {
                const bool hidden = applies(c, count);
                cell.label->setText(hidden ? tr("lead only") : QStringLiteral("—"));
                cell.label->setToolTip(
                    hidden ? tr("Only the lead sees the conflicts while reviewing is blind: "
                                "they would show how others voted before it is settled.")
                           : QString());
                continue;
            }
            const qint64 n = value(c, count);
            cell.button->setText(QString::number(n));
            const QString what = countName(c.stage, count);
            cell.button->setToolTip(
                tr("%1: %2 %3").arg(StageDashboard::stageName(c.stage)).arg(n).arg(what));
            cell.button->setAccessibleName(
                tr("%1, %2: %3").arg(StageDashboard::stageName(c.stage), what).arg(n));
        }
        QPushButton *agreement = m_agreement.value(int(c.stage));
        agreement->setVisible(!c.kappaText.isEmpty());
        agreement->setText(c.kappaText);
        agreement->setAccessibleName(
            tr("%1, agreement so far: %2").arg(StageDashboard::stageName(c.stage), c.kappaText));
    }

    // The viewer's own work.
    const std::optional<ReviewerWork> anyMine = d.mine(DashboardStage::TitleAbstract);
    m_mineBox->setTitle(anyMine ? tr("Your work, %1").arg(anyMine->name) : tr("Your work"));
    for (DashboardStage stage :
         {DashboardStage::TitleAbstract, DashboardStage::FullText, DashboardStage::Coding}) {
        QPushButton *b = m_mine.value(int(stage));
        const std::optional<ReviewerWork> w = d.mine(stage);
        b->setVisible(w.has_value());
        if (!w)
            continue;
        const QString what = stage == DashboardStage::Coding ? tr("coded") : tr("decided");
        b->setText(w->left > 0 ? tr("%1: you have %2 left (%3 %4)")
                                     .arg(StageDashboard::stageName(stage))
                                     .arg(w->left)
                                     .arg(w->done)
                                     .arg(what)
                               : tr("%1: nothing left for you (%2 %3)")
                                     .arg(StageDashboard::stageName(stage))
                                     .arg(w->done)
                                     .arg(what));
    }
    if (m_window->currentReviewerId() <= 0)
        m_mineBox->setTitle(tr("Your work: say who you are (File ▸ Open asks) to see it"));

    // Everyone's work: the lead's view.
    while (QLayoutItem *item = m_teamGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool team = d.seesEveryonesScreening();
    m_teamBox->setVisible(team);
    if (!team)
        return;
    const QList<DashboardStage> stages = {DashboardStage::TitleAbstract, DashboardStage::FullText,
                                          DashboardStage::Coding};
    QList<qint64> people;
    QHash<qint64, QString> names;
    for (DashboardStage stage : stages) {
        for (const ReviewerWork &w : d.stage(stage).reviewers) {
            if (!names.contains(w.reviewerId))
                people.append(w.reviewerId);
            names.insert(w.reviewerId, w.name);
        }
    }
    for (int c = 0; c < stages.size(); ++c)
        m_teamGrid->addWidget(
            new QLabel(QStringLiteral("<b>%1</b>")
                           .arg(StageDashboard::stageName(stages.at(c)).toHtmlEscaped())),
            0, c + 1);
    for (int r = 0; r < people.size(); ++r) {
        m_teamGrid->addWidget(new QLabel(names.value(people.at(r))), r + 1, 0);
        for (int c = 0; c < stages.size(); ++c) {
            QString text = QStringLiteral("—");
            for (const ReviewerWork &w : d.stage(stages.at(c)).reviewers) {
                if (w.reviewerId == people.at(r))
                    text = tr("%1 done, %2 left").arg(w.done).arg(w.left);
            }
            const QString name =
                QStringLiteral("team_%1_%2").arg(people.at(r)).arg(stageKey(stages.at(c)));
            if (stages.at(c) == DashboardStage::Coding || text == QStringLiteral("—")) {
                auto *label = new QLabel(text);
                label->setObjectName(name);
                m_teamGrid->addWidget(label, r + 1, c + 1);
                continue;
            }
            // A screening number opens the records this person decided at the stage.
            auto *button = new QPushButton(text);
            button->setObjectName(name);
            button->setFlat(true);
            button->setCursor(Qt::PointingHandCursor);
            button->setAccessibleName(
                tr("%1, %2: %3")
                    .arg(names.value(people.at(r)), StageDashboard::stageName(stages.at(c)), text));
            RecordFilter filter;
            filter.view = RecordView::DecidedBy;
            filter.reviewerId = people.at(r);
            filter.stage = stages.at(c) == DashboardStage::FullText ? ScreeningStage::FullText
                                                                    : ScreeningStage::TitleAbstract;
            connect(button, &QPushButton::clicked, this, [this, filter] { showFilter(filter); });
            m_teamGrid->addWidget(button, r + 1, c + 1);
        }
    }
    if (people.isEmpty())
        m_teamGrid->addWidget(new QLabel(tr("Nobody has screened or coded yet.")), 1, 0, 1, 4);
}

void DashboardView::openScreening(DashboardStage stage)
{
    auto *screening = m_window->findChild<ScreeningWindows *>();
    if (!screening)
        return;
    screening->openScreening();
    const ScreeningStage wanted = stage == DashboardStage::FullText ? ScreeningStage::FullText
                                                                    : ScreeningStage::TitleAbstract;
    if (QWidget *window = m_window->projectWindows()->find(QStringLiteral("screening"))) {
        if (auto *view = window->findChild<ScreeningView *>(); view && view->stage() != wanted)
            view->setStage(wanted);
    }
}

void DashboardView::openMyWork(DashboardStage stage)
{
    if (stage == DashboardStage::Coding) {
        if (auto *code = m_window->findChild<QAction *>(QStringLiteral("codeRecordsAction")))
            code->trigger();
        return;
    }
    openScreening(stage);
}

void DashboardView::open(DashboardStage stage, DashboardCount count)
{
    if (!m_window->project())
        return;
    if (stage == DashboardStage::Duplicates) {
        if (count == DashboardCount::Included || count == DashboardCount::Excluded) {
            // The records themselves: the table, with the merged ones shown or not.
            if (auto *show = m_window->findChild<QAction *>(QStringLiteral("showDuplicatesAction")))
                show->setChecked(count == DashboardCount::Excluded);
            m_window->showRecords();
            return;
        }
        if (auto *duplicates = m_window->findChild<DuplicatesMenu *>())
            duplicates->reviewDuplicates();
        refreshLater();
        return;
    }
    if (count == DashboardCount::Conflicts) {
        if (stage == DashboardStage::Coding) {
            if (auto *compare =
                    m_window->findChild<QAction *>(QStringLiteral("compareCodersAction")))
                compare->trigger();
            refreshLater();
            return;
        }
        auto *screening = m_window->findChild<ScreeningWindows *>();
        if (!screening)
            return;
        screening->openConflicts();
        const ScreeningStage wanted = stage == DashboardStage::FullText
                                          ? ScreeningStage::FullText
                                          : ScreeningStage::TitleAbstract;
        if (QWidget *window = m_window->projectWindows()->find(QStringLiteral("conflicts"))) {
            if (auto *view = window->findChild<ConflictsView *>(); view && view->stage() != wanted)
                view->setStage(wanted);
        }
        return;
    }
    if (count == DashboardCount::Waiting) {
        openMyWork(stage);
        return;
    }
    showList(stage, count);
}

void DashboardView::showFilter(const RecordFilter &filter)
{
    if (!m_window->project())
        return;
    if (auto *bar = m_window->findChild<RecordFilterBar *>())
        bar->setFilter(filter);
    m_window->showRecords();
}

void DashboardView::showList(DashboardStage stage, DashboardCount count)
{
    Project *project = m_window->project();
    if (stage == DashboardStage::TitleAbstract || stage == DashboardStage::FullText) {
        // The screening numbers are views of the record list: the Records tab shows it.
        RecordFilter filter;
        filter.stage = stage == DashboardStage::FullText ? ScreeningStage::FullText
                                                         : ScreeningStage::TitleAbstract;
        switch (count) {
        case DashboardCount::Included:
            filter.view = RecordView::Included;
            break;
        case DashboardCount::Excluded:
            filter.view = RecordView::Excluded;
            break;
        case DashboardCount::NotRetrieved:
            filter.view = RecordView::NotRetrieved;
            break;
        default:
            filter.view = RecordView::Settled;
            break;
        }
        showFilter(filter);
        return;
    }
    const Result<QList<qint64>> ids =
        StageDashboard::records(*project, m_window->currentReviewerId(), stage, count);
    if (!ids) {
        QMessageBox::information(this, StageDashboard::stageName(stage), ids.errorString());
        return;
    }
    const QString title = tr("%1 — %2 (%3)")
                              .arg(StageDashboard::stageName(stage), countName(stage, count))
                              .arg(ids->size());
    auto *dialog = new RecordListDialog(*project, *ids, title, m_window);
    dialog->setObjectName(QStringLiteral("recordList_%1_%2").arg(stageKey(stage), countKey(count)));
    connect(dialog, &RecordListDialog::recordChosen, m_window, &MainWindow::showRecord);
    m_window->projectWindows()->adopt(dialog, QStringLiteral("dashboard-list"));
    dialog->show();
}

} // namespace evimap::ui
