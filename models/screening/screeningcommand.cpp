#include "screening/screeningcommand.h"

#include <QCoreApplication>

namespace evimap {

namespace {

QString describe(const std::optional<DecisionInput> &after, qint64 recordId)
{
    if (!after)
        return QCoreApplication::translate("DecisionCommand", "Withdraw decision on record %1")
            .arg(recordId);
    return QCoreApplication::translate("DecisionCommand", "%1 record %2")
        .arg(ScreeningNames::decisionLabel(after->decision))
        .arg(recordId);
}

QString describe(const std::optional<ManualResult> &after, qint64 recordId)
{
    if (!after)
        return QCoreApplication::translate("ResultCommand", "Clear the result of record %1")
            .arg(recordId);
    if (after->result == ResultKind::NotRetrieved)
        return QCoreApplication::translate("ResultCommand", "Full text of record %1 not retrieved")
            .arg(recordId);
    return QCoreApplication::translate("ResultCommand", "Settle record %1: %2")
        .arg(recordId)
        .arg(ScreeningNames::resultLabel(after->result));
}

Status writeValue(ScreeningStore &store, qint64 recordId, ScreeningStage stage, qint64 reviewerId,
                  const std::optional<DecisionInput> &decision)
{
    return store.setDecision(recordId, stage, reviewerId, decision);
}

Status writeValue(ScreeningStore &store, qint64 recordId, ScreeningStage stage, qint64 reviewerId,
                  const std::optional<ManualResult> &result)
{
    return store.setManualResult(recordId, stage, reviewerId, result);
}

} // namespace

template<typename Value>
ScreeningCommand<Value>::ScreeningCommand(Project &project, qint64 recordId, ScreeningStage stage,
                                          qint64 reviewerId, std::optional<Value> before,
                                          std::optional<Value> after, Stepped stepped)
    : ChangeCommand(describe(after, recordId), std::move(stepped))
    , m_store(project)
    , m_recordId(recordId)
    , m_stage(stage)
    , m_reviewerId(reviewerId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

template<typename Value>
Status ScreeningCommand<Value>::write(UndoStep step)
{
    return writeValue(m_store, m_recordId, m_stage, m_reviewerId,
                      step == UndoStep::Undo ? m_before : m_after);
}

template class ScreeningCommand<DecisionInput>;
template class ScreeningCommand<ManualResult>;

} // namespace evimap
