#pragma once

#include "core/result.h"
#include "screening/screeningdecision.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace evimap {

class ScreeningStore;

// An undoable change of one reviewer's decision on one record: it keeps record and reviewer ids
// and the decision before and after, never pointers to widgets. The change is saved before the
// command is pushed (so a failure never reaches the stack); the first redo() does nothing. An
// undo or redo the store refuses (the record was settled meanwhile) makes the command obsolete,
// so the stack drops it rather than pretend it happened.
class DecisionCommand final : public QUndoCommand
{
public:
    // `draftNote`: when the step leaves the reviewer without a decision, the note of the
    // decision it took away, for the reviewer to keep typing (an undone decision loses nothing).
    using Applied =
        std::function<void(qint64 recordId, const Status &status, const QString &draftNote)>;

    DecisionCommand(ScreeningStore &store, qint64 recordId, ScreeningStage stage, qint64 reviewerId,
                    std::optional<DecisionInput> before, std::optional<DecisionInput> after,
                    Applied applied);

    void undo() override;
    void redo() override;

    qint64 recordId() const { return m_recordId; }

private:
    void apply(const std::optional<DecisionInput> &input,
               const std::optional<DecisionInput> &other);

    ScreeningStore &m_store;
    qint64 m_recordId;
    ScreeningStage m_stage;
    qint64 m_reviewerId;
    std::optional<DecisionInput> m_before;
    std::optional<DecisionInput> m_after;
    Applied m_applied;
    bool m_firstRedo = true;
};

} // namespace evimap
