#pragma once

#include "coding/codingstore.h"

#include <QUndoCommand>

namespace evimap {

// One undoable change to a reviewer's coding of one record: codes applied or removed (a
// single-choice switch turns the others off in the same step), quote, page or note edited,
// extraction values set. It stores ids and the state before and after, never widget pointers;
// redo writes the state after, undo the state before. Successive edits of the details of one
// code (typing a note) merge into one step.
//
// A write that fails (a read-only file, a busy one) is kept in status(); a command whose first
// redo fails is made obsolete, so QUndoStack::push drops it.
class CodingCommand final : public QUndoCommand
{
public:
    CodingCommand(CodingStore &store, qint64 recordId, qint64 reviewerId, CodingState after,
                  const QString &text, bool mergeableDetails = false);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    qint64 recordId() const { return m_recordId; }
    Status status() const { return m_status; }
    // Where to copy a failed write's status (QUndoStack::push deletes a command that failed).
    void reportFailuresTo(Status *target) { m_report = target; }

private:
    CodingStore &m_store;
    qint64 m_recordId;
    qint64 m_reviewerId;
    CodingState m_before;
    CodingState m_after;
    bool m_mergeable;
    bool m_done = false;
    Status m_status;
    Status *m_report = nullptr;
};

} // namespace evimap
