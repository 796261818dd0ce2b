#pragma once

#include "coding/codebooksnapshot.h"
#include "core/changecommand.h"

namespace evimap {

class Project;

// One change of the codebook editor, undoable (ChangeCommand): the codebook before and after it
// (CodebookSnapshot). Undo puts the "before" back and redo the "after", each refused (and the
// command dropped) when the codebook changed elsewhere meanwhile. The editor makes its changes
// through Codebook, for their checks and their own audit rows, before it pushes the command:
// the push's redo finds the codebook as "after" already and writes nothing.
class CodebookCommand final : public ChangeCommand
{
public:
    CodebookCommand(Project &project, qint64 reviewerId, CodebookSnapshot before,
                    CodebookSnapshot after, const QString &text, Stepped stepped = {});

private:
    Status write(UndoStep step) override;

    Project &m_project;
    qint64 m_reviewerId;
    CodebookSnapshot m_before;
    CodebookSnapshot m_after;
};

} // namespace evimap
