#include "team/changewatcher.h"

#include "project/project.h"

#include <QSqlQuery>
#include <QVariant>

namespace evimap {

ProjectChangeWatcher::ProjectChangeWatcher(Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &ProjectChangeWatcher::poll);
}

void ProjectChangeWatcher::start()
{
    m_lastVersion = dataVersion();
    m_timer.start();
}

bool ProjectChangeWatcher::poll()
{
    const qint64 version = dataVersion();
    if (version < 0)
        return false; // busy or unreadable right now: look again next time
    if (m_lastVersion < 0) {
        m_lastVersion = version;
        return false;
    }
    if (version == m_lastVersion)
        return false;
    m_lastVersion = version;
    emit changedElsewhere();
    return true;
}

qint64 ProjectChangeWatcher::dataVersion() const
{
    QSqlQuery q(m_project.database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace evimap
