#pragma once

#include "core/changecommand.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace evimap {

class Project;

// Putting a tag on records or taking it off, as one undoable change (the ChangeCommand
// protocol). The first redo is the change itself and learns which records it really changed
// (a record that already had the person's tag is left alone); undo and redo touch only those,
// so undoing a tag never takes off one the person had put on before. Written as the person who
// made the change, through TagStore (roles, audit log).
class TagCommand final : public ChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagCommand)

public:
    enum class Action
    {
        Add,
        Remove,
    };

    TagCommand(Project &project, qint64 reviewerId, QList<qint64> recordIds, QString tag,
               Action action, Stepped stepped = {});

    // The records the change touched (known once it has been pushed).
    const QList<qint64> &changedRecords() const { return m_changed; }

protected:
    Status write(UndoStep step) override;

private:
    Project &m_project;
    qint64 m_reviewerId;
    QList<qint64> m_recordIds;
    QString m_tag;
    Action m_action;
    QList<qint64> m_changed;
    bool m_done = false; // the first redo has run and m_changed is known
};

} // namespace evimap
