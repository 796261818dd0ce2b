#include "coding/codebookcommand.h"

namespace evimap {

CodebookCommand::CodebookCommand(Project &project, qint64 reviewerId, CodebookSnapshot before,
                                 CodebookSnapshot after, const QString &text, Done done)
    : QUndoCommand(text)
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_done(std::move(done))
{
    // Codes the change created had no codings before it: both snapshots cover the same codes.
    m_before.concerned |= m_after.concerned;
    m_after.concerned = m_before.concerned;
}

void CodebookCommand::undo()
{
    step(m_before, m_after, QStringLiteral("codebook.undo"));
}

void CodebookCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    step(m_after, m_before, QStringLiteral("codebook.redo"));
}

void CodebookCommand::step(const CodebookSnapshot &wanted, const CodebookSnapshot &expected,
                           const QString &action)
{
    const Status status =
        CodebookSnapshot::restore(m_project, wanted, expected, m_reviewerId, action, text());
    if (!status)
        setObsolete(true);
    if (m_done)
        m_done(status);
}

} // namespace evimap
