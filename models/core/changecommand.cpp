#include "core/changecommand.h"

#include <QUndoStack>

namespace evimap {

ChangeCommand::ChangeCommand(const QString &text, Stepped stepped)
    : QUndoCommand(text)
    , m_stepped(std::move(stepped))
{}

Status ChangeCommand::push(QUndoStack &stack, ChangeCommand *command)
{
    Status status;
    command->m_pushStatus = &status;
    stack.push(command); // calls redo(), which reports here; deletes a refused command
    return status;
}

void ChangeCommand::undo()
{
    finish(write(UndoStep::Undo), UndoStep::Undo);
}

void ChangeCommand::redo()
{
    finish(write(UndoStep::Redo), UndoStep::Redo);
}

void ChangeCommand::finish(const Status &status, UndoStep step)
{
    if (!status)
        setObsolete(true);
    if (m_pushStatus) {
        // The change itself, being pushed: push() hands the status to whoever pushed.
        *m_pushStatus = status;
        m_pushStatus = nullptr;
        return;
    }
    if (m_stepped)
        m_stepped(status, step);
}

} // namespace evimap
