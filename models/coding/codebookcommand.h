#pragma once

#include "coding/codebooksnapshot.h"
#include "core/result.h"

#include <QUndoCommand>

#include <functional>

namespace evimap {

class Project;

// One change of the codebook editor, undoable: the codebook before and after it
// (CodebookSnapshot). The change is made before the command is pushed, so the first redo()
// does nothing; undo puts the "before" back and redo the "after", each refused (and the command
// made obsolete) when the codebook changed elsewhere meanwhile. `done` hears how each undo or
// redo went (the stack deletes a command that failed).
class CodebookCommand final : public QUndoCommand
{
public:
    using Done = std::function<void(const Status &status)>;

    CodebookCommand(Project &project, qint64 reviewerId, CodebookSnapshot before,
                    CodebookSnapshot after, const QString &text, Done done = {});

    void undo() override;
    void redo() override;

private:
    void step(const CodebookSnapshot &wanted, const CodebookSnapshot &expected,
              const QString &action);

    Project &m_project;
    qint64 m_reviewerId;
    CodebookSnapshot m_before;
    CodebookSnapshot m_after;
    Done m_done;
    bool m_firstRedo = true;
};

} // namespace evimap
