#include "coding/codingcommand.h"

namespace evimap {

CodingCommand::CodingCommand(CodingStore &store, qint64 recordId, qint64 reviewerId,
                             CodingState after, const QString &text, bool mergeableDetails,
                             Stepped stepped)
    : ChangeCommand(text, std::move(stepped))
    , m_store(store)
    , m_recordId(recordId)
    , m_reviewerId(reviewerId)
    , m_before(store.capture(recordId, reviewerId, after))
    , m_after(std::move(after))
    , m_mergeable(mergeableDetails && m_after.codes.size() == 1 && m_after.values.isEmpty())
{}

Status CodingCommand::write(UndoStep step)
{
    return m_store.restore(m_recordId, m_reviewerId, step == UndoStep::Undo ? m_before : m_after);
}

int CodingCommand::id() const
{
    return m_mergeable ? int(UndoId::CodingDetails) : -1;
}

bool CodingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const CodingCommand *>(other);
    // A refused edit is not merged in: it never happened.
    if (!next || next->isObsolete() || !next->m_mergeable || next->m_recordId != m_recordId ||
        next->m_reviewerId != m_reviewerId || next->m_after.codes.keys() != m_after.codes.keys())
        return false;
    // Only edits of the details of a code that stays applied merge; toggles stay separate steps.
    if (!m_after.codes.constBegin().value() || !next->m_after.codes.constBegin().value() ||
        !m_before.codes.constBegin().value())
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace evimap
