#include "coding/codebookcommand.h"

namespace evimap {

CodebookCommand::CodebookCommand(Project &project, qint64 reviewerId, CodebookSnapshot before,
                                 CodebookSnapshot after, const QString &text, Stepped stepped)
    : ChangeCommand(text, std::move(stepped))
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    // Codes the change created had no codings before it: both snapshots cover the same codes.
    m_before.concerned |= m_after.concerned;
    m_after.concerned = m_before.concerned;
}

Status CodebookCommand::write(UndoStep step)
{
    const bool undo = step == UndoStep::Undo;
    return CodebookSnapshot::restore(m_project, undo ? m_before : m_after,
                                     undo ? m_after : m_before, m_reviewerId,
                                     undo ? QStringLiteral("codebook.undo")
                                          : QStringLiteral("codebook.redo"),
                                     text());
}

} // namespace evimap
