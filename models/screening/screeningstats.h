#pragma once

#include "core/result.h"
#include "screening/screeningdecision.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace evimap {

class Blinding;
class Project;

// Agreement between two reviewers at one stage, over the records both decided.
struct PairAgreement
{
    qint64 reviewerA = 0;
    qint64 reviewerB = 0;
    QString nameA;
    QString nameB;
    int records = 0;     // decided by both
    int bothInclude = 0; // include or unsure from both
    int bothExclude = 0;
    int onlyAIncludes = 0;
    int onlyBIncludes = 0;
    std::optional<double> percent; // p_o, 0..1
    std::optional<double> kappa;   // Cohen's
    std::optional<double> pabak;   // 2·p_o − 1
};

struct ReviewerProgress
{
    qint64 reviewerId = 0;
    QString name;
    QString initials;
    int decided = 0;
    int include = 0;
    int exclude = 0;
    int unsure = 0;
};

// The counts of one stage, from the database.
struct StageStats
{
    ScreeningStage stage = ScreeningStage::TitleAbstract;
    qint64 eligible = 0;     // records this stage holds
    qint64 screened = 0;     // with at least one decision or a result
    qint64 unscreened = 0;   // neither
    qint64 pending = 0;      // agreeing so far, waiting for more reviewers
    qint64 conflicts = 0;    // for the lead
    qint64 included = 0;     // settled include
    qint64 excluded = 0;     // settled exclude
    qint64 notRetrieved = 0; // full text only
    qint64 settledByLead = 0;
    QList<ReviewerProgress> reviewers;
    QList<PairAgreement> pairs;
    std::optional<double> fleissKappa; // when three or more reviewers decided at this stage
    int fleissRaters = 0;
    int fleissRecords = 0;                          // records decided by all of them
    QList<QPair<QString, qint64>> exclusionReasons; // settled exclusions per reason, in list order
};

// `evimap stats` and the window's screening summary: counts per stage, conflicts, agreement
// (with the conventions it uses) and the screening part of the PRISMA flow diagram. Counted from
// the decisions the viewer may see (Blinding): for a reviewer while screening is blind, their own
// and those on settled records; the results themselves (and so PRISMA) are settled data.
struct ScreeningStats
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningStats)

public:
    int reviewersRequired = 1; // at title/abstract
    int reviewersRequiredFullText = 1;
    bool blind = true;
    // Other reviewers' decisions on records not settled yet were left out for the viewer.
    bool blindedView = false;
    // The lead stopped title/abstract screening early (ScreeningSettings::stoppedEarly): the
    // records not screened count as removed by automation, as in the PRISMA diagram.
    bool stoppedEarly = false;
    StageStats titleAbstract;
    StageStats fullText;

    static Result<ScreeningStats> compute(Project &project, const Blinding &viewer);
    // The conventions behind the agreement figures, in one sentence each.
    static QStringList conventions();

    // Records not decided at title/abstract that count as removed by automation: all of them
    // once screening stopped early, else none.
    qint64 removedByAutomation() const;

    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace evimap
