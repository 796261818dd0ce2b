#pragma once

#include "core/result.h"
#include "screening/screeningdecision.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace evimap {

class ScreeningStore;

// An undoable change of a record's result set by a person: the lead's settlement of a conflict,
// or "full text not retrieved". Like DecisionCommand it is saved before it is pushed, and an
// undo or redo the store refuses makes it obsolete.
class ResultCommand final : public QUndoCommand
{
public:
    using Applied = std::function<void(qint64 recordId, const Status &status)>;

    ResultCommand(ScreeningStore &store, qint64 recordId, ScreeningStage stage, qint64 reviewerId,
                  std::optional<ManualResult> before, std::optional<ManualResult> after,
                  Applied applied);

    void undo() override;
    void redo() override;

    qint64 recordId() const { return m_recordId; }

private:
    void apply(const std::optional<ManualResult> &result);

    ScreeningStore &m_store;
    qint64 m_recordId;
    ScreeningStage m_stage;
    qint64 m_reviewerId;
    std::optional<ManualResult> m_before;
    std::optional<ManualResult> m_after;
    Applied m_applied;
    bool m_firstRedo = true;
};

} // namespace evimap
