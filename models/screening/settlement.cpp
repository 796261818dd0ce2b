#include "screening/settlement.h"

namespace evimap {

SettlementState Settlement::evaluate(ScreeningStage stage,
                                     const QList<ScreeningDecision> &decisions,
                                     int reviewersRequired, bool reopened)
{
    SettlementState state = evaluateDecisions(stage, decisions, reviewersRequired);
    if (reopened && (state.kind == SettlementState::Kind::Settled ||
                     state.kind == SettlementState::Kind::Pending)) {
        state.kind = SettlementState::Kind::Conflict;
        state.conflict = SettlementState::Conflict::Reopened;
    }
    return state;
}

SettlementState Settlement::evaluateDecisions(ScreeningStage stage,
                                              const QList<ScreeningDecision> &decisions,
                                              int reviewersRequired)
{
    SettlementState state;
    state.decisions = int(decisions.size());
    if (decisions.isEmpty())
        return state;

    int includes = 0, excludes = 0, unsures = 0;
    for (const ScreeningDecision &d : decisions) {
        switch (d.decision) {
        case Decision::Include:
            ++includes;
            break;
        case Decision::Exclude:
            ++excludes;
            break;
        case Decision::Unsure:
            ++unsures;
            break;
        }
    }

    if (stage == ScreeningStage::TitleAbstract) {
        includes += unsures;
        unsures = 0;
    }
    if (excludes > 0 && includes > 0) {
        state.kind = SettlementState::Kind::Conflict;
        state.conflict = SettlementState::Conflict::Disagreement;
        return state;
    }
    if (unsures > 0) {
        state.kind = SettlementState::Kind::Conflict;
        state.conflict = excludes > 0 || includes > 0 ? SettlementState::Conflict::Disagreement
                                                      : SettlementState::Conflict::Unsure;
        return state;
    }

    qint64 reason = 0;
    if (excludes > 0) {
        reason = decisions.first().reasonId;
        for (const ScreeningDecision &d : decisions) {
            if (d.reasonId != reason) {
                if (stage == ScreeningStage::FullText) {
                    state.kind = SettlementState::Kind::Conflict;
                    state.conflict = SettlementState::Conflict::Reasons;
                    return state;
                }
                reason = 0; // title/abstract reasons are optional and need not agree
                break;
            }
        }
    }
    if (state.decisions < qMax(1, reviewersRequired)) {
        state.kind = SettlementState::Kind::Pending;
        return state;
    }
    state.kind = SettlementState::Kind::Settled;
    state.result = excludes > 0 ? ResultKind::Exclude : ResultKind::Include;
    state.reasonId = reason;
    return state;
}

} // namespace evimap
