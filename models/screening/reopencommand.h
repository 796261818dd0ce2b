#pragma once

#include "core/changecommand.h"
#include "screening/screeningdecision.h"
#include "screening/screeningstore.h"

namespace evimap {

class Project;

// The lead's reopening of a settled record, undoable (ChangeCommand): redo reopens it
// (ScreeningStore::reopen), undo puts the settlement back as it was (ScreeningStore::undoReopen,
// refused once a decision on the record has changed, and then dropped).
class ReopenCommand final : public ChangeCommand
{
public:
    ReopenCommand(Project &project, ScreeningResult settlement, qint64 leadId,
                  Stepped stepped = {});

    qint64 recordId() const { return m_settlement.recordId; }

private:
    Status write(UndoStep step) override;

    ScreeningStore m_store;
    ScreeningResult m_settlement;
    qint64 m_leadId;
};

} // namespace evimap
