#include "records/tagcommand.h"

#include "records/tagstore.h"

namespace evimap {

TagCommand::TagCommand(Project &project, qint64 reviewerId, QList<qint64> recordIds, QString tag,
                       Action action, Stepped stepped)
    : ChangeCommand(
          action == Action::Add
              ? tr("Tag %n record(s) \"%1\"", nullptr, int(recordIds.size())).arg(tag)
              : tr("Take \"%1\" off %n record(s)", nullptr, int(recordIds.size())).arg(tag),
          std::move(stepped))
    , m_project(project)
    , m_reviewerId(reviewerId)
    , m_recordIds(std::move(recordIds))
    , m_tag(std::move(tag))
    , m_action(action)
{}

Status TagCommand::write(UndoStep step)
{
    TagStore store(m_project, m_reviewerId);
    const bool adding = (m_action == Action::Add) == (step == UndoStep::Redo);
    if (!m_done) {
        // The change itself: every record asked for, and which of them it changed.
        const Result<int> first = adding ? store.add(m_recordIds, m_tag, &m_changed)
                                         : store.remove(m_recordIds, m_tag, &m_changed);
        if (!first)
            return first.error();
        m_done = true;
        return {};
    }
    const Result<int> again = adding ? store.add(m_changed, m_tag) : store.remove(m_changed, m_tag);
    if (!again)
        return again.error();
    return {};
}

} // namespace evimap
