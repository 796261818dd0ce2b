#include "screening/reopencommand.h"

#include "screening/screeningstore.h"

#include <QCoreApplication>

namespace evimap {

ReopenCommand::ReopenCommand(ScreeningStore &store, ScreeningResult settlement, qint64 leadId,
                             Applied applied)
    : QUndoCommand(
          QCoreApplication::translate("ReopenCommand", "Reopen record %1").arg(settlement.recordId))
    , m_store(store)
    , m_settlement(std::move(settlement))
    , m_leadId(leadId)
    , m_applied(std::move(applied))
{}

void ReopenCommand::undo()
{
    finish(m_store.undoReopen(m_settlement, m_leadId));
}

void ReopenCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    finish(m_store.reopen(m_settlement.recordId, m_settlement.stage, m_leadId));
}

void ReopenCommand::finish(const Status &status)
{
    if (!status)
        setObsolete(true);
    if (m_applied)
        m_applied(m_settlement.recordId, status);
}

} // namespace evimap
