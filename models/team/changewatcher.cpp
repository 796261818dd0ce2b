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
    // While another EviMap saves a large change the file cannot be read; a poll does not wait
    // for it (the connection's other reads do), it looks again next time.
    QSqlQuery q(m_project.database());
    q.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    const bool read = q.exec(QStringLiteral("PRAGMA data_version")) && q.next();
    const qint64 version = read ? q.value(0).toLongLong() : -1;
    q.finish();
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_project.busyTimeoutMs()));
    return version;
}

} // namespace evimap
