#pragma once

#include "core/result.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace evimap {

// The ids QUndoStack merges successive commands by (QUndoCommand::id()): one per kind of command
// that merges, all listed here so that no two kinds share one.
enum class UndoId
{
    CodingDetails = 1, // typing the quote, page or note of one code on one record
};

// A step taken after the change itself.
enum class UndoStep
{
    Undo,
    Redo,
};

// The one undo protocol, after Tiled's ChangeValue: a command holds the state before and after
// one change (ids and values, never widgets) and writes either through write(). redo() writes
// the state after and undo() the state before, so pushing a command makes the change
// (QUndoStack::push calls redo()): nothing is saved before the push and no redo is skipped.
// A write the project refuses (a read-only or busy file, a record settled meanwhile, a codebook
// changed elsewhere) makes the command obsolete: the stack drops it, and a change refused when
// it is pushed never enters the stack.
//
// Each window that writes has one stack, kept by the object that does the window's writing
// (docs/architecture.md); it pushes through push() to hear whether the change was made.
class ChangeCommand : public QUndoCommand
{
public:
    // How an undo or redo went: for the window to show the record it concerns, or the refusal.
    using Stepped = std::function<void(const Status &status, UndoStep step)>;

    // Pushes `command` onto `stack`, which makes the change, and returns what the project said
    // to it. A refused change is not on the stack (the command is deleted).
    static Status push(QUndoStack &stack, ChangeCommand *command);

    void undo() final;
    void redo() final;

protected:
    ChangeCommand(const QString &text, Stepped stepped);
    // Writes the state before the change (UndoStep::Undo) or after it (Redo).
    virtual Status write(UndoStep step) = 0;

private:
    void finish(const Status &status, UndoStep step);

    Stepped m_stepped;
    Status *m_pushStatus = nullptr; // push() waits here for the change itself
};

} // namespace evimap
