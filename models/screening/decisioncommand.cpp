#include "screening/decisioncommand.h"

#include "screening/screeningstore.h"

#include <QCoreApplication>

namespace evimap {

namespace {

QString describe(const std::optional<DecisionInput> &after, qint64 recordId)
{
    if (!after)
        return QCoreApplication::translate("DecisionCommand", "Withdraw decision on record %1")
            .arg(recordId);
    return QCoreApplication::translate("DecisionCommand", "%1 record %2")
        .arg(ScreeningNames::decisionLabel(after->decision))
        .arg(recordId);
}

} // namespace

DecisionCommand::DecisionCommand(ScreeningStore &store, qint64 recordId, ScreeningStage stage,
                                 qint64 reviewerId, std::optional<DecisionInput> before,
                                 std::optional<DecisionInput> after, Applied applied)
    : QUndoCommand(describe(after, recordId))
    , m_store(store)
    , m_recordId(recordId)
    , m_stage(stage)
    , m_reviewerId(reviewerId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_applied(std::move(applied))
{}

void DecisionCommand::undo()
{
    apply(m_before, m_after);
}

void DecisionCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_after, m_before);
}

void DecisionCommand::apply(const std::optional<DecisionInput> &input,
                            const std::optional<DecisionInput> &other)
{
    const Status status = m_store.setDecision(m_recordId, m_stage, m_reviewerId, input);
    if (!status)
        setObsolete(true);
    const QString draft = status && !input && other ? other->note : QString();
    if (m_applied)
        m_applied(m_recordId, status, draft);
}

} // namespace evimap
