#pragma once

#include <QObject>
#include <QTimer>

namespace evimap {

class Project;

// Notices changes other programs (other EviMap windows, `evimap` commands, colleagues on a
// shared drive) commit to the project file, without reopening it.
//
// SQLite's `PRAGMA data_version` on this project's own connection changes exactly when another
// connection has committed since the last look, and costs no file reading beyond the lock
// check; polled every couple of seconds it is cheap and, unlike a file-system watcher, works on
// network drives. Our own writes do not count, so a window does not refresh after its own edits.
class ProjectChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectChangeWatcher(Project &project, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    void start();
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

    // Looks now; emits changedElsewhere() and returns true when someone else committed.
    bool poll();

signals:
    void changedElsewhere();

private:
    qint64 dataVersion() const;

    Project &m_project;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace evimap
