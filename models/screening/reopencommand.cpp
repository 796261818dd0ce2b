#include "screening/reopencommand.h"

#include <QCoreApplication>

namespace evimap {

ReopenCommand::ReopenCommand(Project &project, ScreeningResult settlement, qint64 leadId,
                             Stepped stepped)
    : ChangeCommand(
          QCoreApplication::translate("ReopenCommand", "Reopen record %1").arg(settlement.recordId),
          std::move(stepped))
    , m_store(project)
    , m_settlement(std::move(settlement))
    , m_leadId(leadId)
{}

Status ReopenCommand::write(UndoStep step)
{
    if (step == UndoStep::Undo)
        return m_store.undoReopen(m_settlement, m_leadId);
    return m_store.reopen(m_settlement.recordId, m_settlement.stage, m_leadId);
}

} // namespace evimap
