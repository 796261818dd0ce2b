#include "coding/codingcommand.h"

namespace evimap {

namespace {
constexpr int detailsEditId = 0x434f44; // "COD"
} // namespace

CodingCommand::CodingCommand(CodingStore &store, qint64 recordId, qint64 reviewerId,
                             CodingState after, const QString &text, bool mergeableDetails)
    : QUndoCommand(text)
    , m_store(store)
    , m_recordId(recordId)
    , m_reviewerId(reviewerId)
    , m_before(store.capture(recordId, reviewerId, after))
    , m_after(std::move(after))
    , m_mergeable(mergeableDetails && m_after.codes.size() == 1 && m_after.values.isEmpty())
{}

void CodingCommand::redo()
{
    m_status = m_store.restore(m_recordId, m_reviewerId, m_after);
    if (!m_status && m_report)
        *m_report = m_status;
    if (!m_status && !m_done)
        setObsolete(true);
    m_done = true;
}

void CodingCommand::undo()
{
    m_status = m_store.restore(m_recordId, m_reviewerId, m_before);
    if (!m_status && m_report)
        *m_report = m_status;
}

int CodingCommand::id() const
{
    return m_mergeable ? detailsEditId : -1;
}

bool CodingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const CodingCommand *>(other);
    if (!next || !next->m_mergeable || next->m_recordId != m_recordId ||
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
