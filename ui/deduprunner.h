#pragma once

#include "core/result.h"
#include "dedup/duplicatefinder.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace evimap::ui {

// Runs duplicate detection off the GUI thread: the worker opens its own connection to the
// project file (QtSql connections belong to one thread) and reports progress; cancel() stops
// it and nothing is changed.
class DedupRunner final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool ok = false;
        DedupSummary summary; // when ok
        Error error;          // when not
    };

    explicit DedupRunner(QObject *parent = nullptr);
    ~DedupRunner() override;

    void start(const QString &projectPath, const DedupOptions &options);
    void cancel();
    bool isRunning() const;
    Outcome outcome() const { return m_outcome; }

signals:
    void progress(int percent);
    void finished();

private:
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    Outcome m_outcome;
};

} // namespace evimap::ui
