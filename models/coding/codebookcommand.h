#pragma once

#include "coding/codebooksnapshot.h"
#include "core/changecommand.h"

#include <QSet>

#include <functional>

namespace evimap {

class Project;

// One change of the codebook editor, undoable (ChangeCommand). The first redo() is the change
// itself: `edit` makes it through Codebook (with its checks and its own audit rows) and names
// the codes it created; the command then reads the codebook after it (CodebookSnapshot). From
// then on undo puts the "before" back and redo the "after", each refused (and the command
// dropped) when the codebook changed elsewhere meanwhile. A change that changes nothing leaves
// no step on the stack.
class CodebookCommand final : public ChangeCommand
{
public:
    // Makes the change; `created` receives the ids of the codes it created (a split's parts),
    // whose codings the snapshots then cover too. Called once, by the push.
    using Edit = std::function<Status(QSet<qint64> *created)>;

    CodebookCommand(Project &project, qint64 reviewerId, CodebookSnapshot before, Edit edit,
                    const QString &text, Stepped stepped = {});

private:
    Status write(UndoStep step) override;
    Status makeChange();

    Project &m_project;
    qint64 m_reviewerId;
    CodebookSnapshot m_before;
    CodebookSnapshot m_after;
    Edit m_edit; // until the change is made
};

} // namespace evimap
