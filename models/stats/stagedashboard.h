#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace evimap {

class Project;

// The stages of a review, in the order the dashboard shows them.
enum class DashboardStage
{
    Duplicates,
    TitleAbstract,
    FullText,
    Coding
};

// The counts of one stage a dashboard number stands for, and the list it opens.
enum class DashboardCount
{
    Waiting,      // duplicates: pairs to review; screening: records not settled; coding: not
                  // reconciled
    Done,         // duplicates: pairs decided; screening: settled; coding: reconciled
    Conflicts,    // screening: disagreements for the lead; coding: coded twice, to reconcile
    Included,     // duplicates: records kept; screening: settled include
    Excluded,     // duplicates: records merged into another; screening: settled exclude
    NotRetrieved, // full text only
};

// One person's work at a stage: what they did and what is still theirs to do.
struct ReviewerWork
{
    qint64 reviewerId = 0;
    QString name;
    qint64 done = 0; // records they decided (screening) or coded (coding)
    // Records at the stage they have not decided (coded) that are not settled (reconciled) yet.
    qint64 left = 0;
};

struct DashboardStageCounts
{
    DashboardStage stage = DashboardStage::Duplicates;
    qint64 records = 0; // at this stage (duplicates: every record imported)
    qint64 waiting = 0;
    qint64 done = 0;
    bool hasConflicts = false;       // the stage has disagreements to settle
    std::optional<qint64> conflicts; // nullopt: not for this viewer (blinding)
    bool hasOutcome = false;         // included/excluded mean something here
    qint64 included = 0;
    qint64 excluded = 0;
    qint64 notRetrieved = 0;
    // Agreement so far (ScreeningStats, CodingComparison), from what the viewer may see.
    std::optional<double> kappa;
    QString kappaText; // "Cohen's κ 0.72 (Ann Able and Ben Okafor, 120 records)"
    // The viewer's own work only, unless they may see everyone's (Blinding).
    QList<ReviewerWork> reviewers;
};

// The dashboard of a project, as `viewerId` may see it: per stage (duplicates, title/abstract,
// full text, coding) the records waiting, done, conflicts to settle, included and excluded,
// agreement so far, and each person's progress against what they must do.
//
// Blinding (team/blinding.h) decides who sees what: while screening (coding) is blind, a
// reviewer who is not the lead sees the stage's settled totals and their own progress, but not
// other reviewers' counts nor the conflicts, which would tell them how others voted on records
// not settled yet. The lead sees everything. The counts come from ScreeningStats (agreement
// included), ScreeningStore, CodingStore, CodingComparison and DedupStore; none is computed twice.
class StageDashboard final
{
    Q_DECLARE_TR_FUNCTIONS(StageDashboard)

public:
    static Result<StageDashboard> compute(Project &project, qint64 viewerId);

    // The records a count stands for, as the viewer may see them (settled results, the
    // viewer's own work), in record order. Conflicts need the lead.
    static Result<QList<qint64>> records(Project &project, qint64 viewerId, DashboardStage stage,
                                         DashboardCount count);

    qint64 viewerId() const { return m_viewerId; }
    // Whether the viewer sees every reviewer's counts and the conflicts of screening (coding).
    bool seesEveryonesScreening() const { return m_seesScreening; }
    bool seesEveryonesCoding() const { return m_seesCoding; }
    const QList<DashboardStageCounts> &stages() const { return m_stages; }
    const DashboardStageCounts &stage(DashboardStage stage) const;
    // The viewer's own work at a stage (none at duplicates, or when nobody is named).
    std::optional<ReviewerWork> mine(DashboardStage stage) const;

    static QString stageName(DashboardStage stage);

private:
    qint64 m_viewerId = 0;
    bool m_seesScreening = false;
    bool m_seesCoding = false;
    QList<DashboardStageCounts> m_stages;
};

} // namespace evimap
