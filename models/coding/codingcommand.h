#pragma once

#include "coding/codingstore.h"
#include "core/changecommand.h"

namespace evimap {

// One undoable change to a reviewer's coding of one record (ChangeCommand): codes applied or
// removed (a single-choice switch turns the others off in the same step), quote, page or note
// edited, extraction values set. It stores ids and the state before and after, never widget
// pointers; redo writes the state after, undo the state before. Successive edits of the details
// of one code (typing a note) merge into one step (UndoId::CodingDetails).
class CodingCommand final : public ChangeCommand
{
public:
    CodingCommand(CodingStore &store, qint64 recordId, qint64 reviewerId, CodingState after,
                  const QString &text, bool mergeableDetails = false, Stepped stepped = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    qint64 recordId() const { return m_recordId; }

private:
    Status write(UndoStep step) override;

    CodingStore &m_store;
    qint64 m_recordId;
    qint64 m_reviewerId;
    CodingState m_before;
    CodingState m_after;
    bool m_mergeable;
};

} // namespace evimap
