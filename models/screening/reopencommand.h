#pragma once

#include "core/result.h"
#include "screening/screeningdecision.h"

#include <QUndoCommand>

#include <functional>

namespace evimap {

class ScreeningStore;

// The lead's reopening of a settled record, undoable: undo puts the settlement back as it was
// (ScreeningStore::undoReopen, refused once a decision on the record has changed), redo reopens
// it again. Like DecisionCommand it is saved before it is pushed, the first redo() does nothing,
// and a step the store refuses makes the command obsolete.
class ReopenCommand final : public QUndoCommand
{
public:
    using Applied = std::function<void(qint64 recordId, const Status &status)>;

    ReopenCommand(ScreeningStore &store, ScreeningResult settlement, qint64 leadId,
                  Applied applied);

    void undo() override;
    void redo() override;

    qint64 recordId() const { return m_settlement.recordId; }

private:
    void finish(const Status &status);

    ScreeningStore &m_store;
    ScreeningResult m_settlement;
    qint64 m_leadId;
    Applied m_applied;
    bool m_firstRedo = true;
};

} // namespace evimap
