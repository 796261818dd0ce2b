#pragma once

#include "screening/screeningdecision.h"

#include <QList>

namespace evimap {

// Where a record stands at one stage, judged from the reviewers' decisions alone.
struct SettlementState
{
    enum class Kind
    {
        Unscreened, // nobody has decided yet
        Pending,    // the decisions agree, but fewer reviewers than required have decided
        Settled,    // the required number of reviewers agree: the result follows automatically
        Conflict,   // the lead must settle it
    };
    // Why a record is a conflict.
    enum class Conflict
    {
        None,
        Disagreement, // include (or unsure) against exclude
        Unsure,       // full text: a reviewer is unsure, which only the lead can resolve
        Reasons,      // full text: all exclude, but for different reasons
        Reopened,     // the lead reopened a settled record and no decision has changed since
    };

    Kind kind = Kind::Unscreened;
    ResultKind result = ResultKind::Include; // when Settled
    qint64 reasonId = 0;                     // when Settled as an exclusion with one reason
    Conflict conflict = Conflict::None;
    int decisions = 0;
};

// The settlement rules, as one pure function so the store, the conflicts list and the
// statistics cannot disagree:
//  - Title/abstract: "unsure" sides with include (in doubt, the full text decides). A record is
//    settled when at least `reviewersRequired` reviewers have decided and all are on one side;
//    include against exclude is a conflict, whatever the number of decisions.
//  - Full text: include and exclude settle as above; exclusions must also agree on the reason
//    (PRISMA reports one reason per excluded report), otherwise it is a conflict; "unsure" is a
//    conflict (the lead decides).
//  - A record the lead reopened (`reopened`) is not settled again by the decisions it already
//    had: it stays with the lead, as a conflict, until a decision on it changes.
class Settlement final
{
public:
    static SettlementState evaluate(ScreeningStage stage, const QList<ScreeningDecision> &decisions,
                                    int reviewersRequired, bool reopened = false);

private:
    static SettlementState evaluateDecisions(ScreeningStage stage,
                                             const QList<ScreeningDecision> &decisions,
                                             int reviewersRequired);
};

} // namespace evimap
