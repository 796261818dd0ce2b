#pragma once

#include "core/changecommand.h"
#include "screening/screeningdecision.h"
#include "screening/screeningstore.h"

#include <optional>

namespace evimap {

class Project;

// One undoable screening change on one record at one stage (ChangeCommand): a reviewer's
// decision (DecisionCommand), or a result a person set, the lead's settlement of a conflict or
// "full text not retrieved" (ResultCommand). nullopt is none: a decision withdrawn, a result
// cleared. An undo or redo the store refuses (the record was settled meanwhile) is dropped.
template<typename Value>
class ScreeningCommand final : public ChangeCommand
{
public:
    ScreeningCommand(Project &project, qint64 recordId, ScreeningStage stage, qint64 reviewerId,
                     std::optional<Value> before, std::optional<Value> after, Stepped stepped = {});

    qint64 recordId() const { return m_recordId; }

private:
    Status write(UndoStep step) override;

    ScreeningStore m_store;
    qint64 m_recordId;
    ScreeningStage m_stage;
    qint64 m_reviewerId;
    std::optional<Value> m_before;
    std::optional<Value> m_after;
};

using DecisionCommand = ScreeningCommand<DecisionInput>;
using ResultCommand = ScreeningCommand<ManualResult>;

extern template class ScreeningCommand<DecisionInput>;
extern template class ScreeningCommand<ManualResult>;

} // namespace evimap
