#include "coding/codebookcommand.h"

#include <utility>

namespace evimap {

CodebookCommand::CodebookCommand(Project &project, qint64 reviewerId, CodebookSnapshot before,
                                 Edit edit, const QString &text, Stepped stepped)
    : ChangeCommand(text, std::move(stepped))
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_before(std::move(before))
    , m_edit(std::move(edit))
{}

Status CodebookCommand::write(UndoStep step)
{
    if (m_edit)
        return makeChange();
    const bool undo = step == UndoStep::Undo;
    return CodebookSnapshot::restore(
        m_project, undo ? m_before : m_after, undo ? m_after : m_before, m_reviewerId,
        undo ? QStringLiteral("codebook.undo") : QStringLiteral("codebook.redo"), text());
}

Status CodebookCommand::makeChange()
{
    const Edit edit = std::exchange(m_edit, Edit());
    QSet<qint64> created;
    if (Status s = edit(&created); !s)
        return s;
    // Codes the change created had no codings before it: both snapshots cover the same codes.
    m_before.concerned |= created;
    Result<CodebookSnapshot> after = CodebookSnapshot::take(m_project, m_before.concerned);
    // The change is made either way; without a reading of it, or when it changed nothing, it
    // leaves no step to undo.
    if (!after || *after == m_before)
        setObsolete(true);
    else
        m_after = std::move(after.value());
    return {};
}

} // namespace evimap
