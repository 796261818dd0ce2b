#include "screening/resultcommand.h"

#include "screening/screeningstore.h"

#include <QCoreApplication>

namespace evimap {

namespace {

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

} // namespace

ResultCommand::ResultCommand(ScreeningStore &store, qint64 recordId, ScreeningStage stage,
                             qint64 reviewerId, std::optional<ManualResult> before,
                             std::optional<ManualResult> after, Applied applied)
    : QUndoCommand(describe(after, recordId))
    , m_store(store)
    , m_recordId(recordId)
    , m_stage(stage)
    , m_reviewerId(reviewerId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_applied(std::move(applied))
{}

void ResultCommand::undo()
{
    apply(m_before);
}

void ResultCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after);
}

void ResultCommand::apply(const std::optional<ManualResult> &result)
{
    const Status status = m_store.setManualResult(m_recordId, m_stage, m_reviewerId, result);
    if (!status)
        setObsolete(true);
    if (m_applied)
        m_applied(m_recordId, status);
}

} // namespace evimap
