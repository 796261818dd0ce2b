#include "deduprunner.h"

#include "project/project.h"

#include <QtConcurrent>

namespace evimap::ui {

DedupRunner::DedupRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_outcome = m_watcher.future().isValid() && m_watcher.future().resultCount() > 0
                        ? m_watcher.future().result()
                        : Outcome{};
        emit finished();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this,
            [this](int value) { emit progress(value); });
}

DedupRunner::~DedupRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

bool DedupRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void DedupRunner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void DedupRunner::start(const QString &projectPath, const DedupOptions &options)
{
    m_outcome = Outcome{};
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    QFuture<Outcome> future =
        QtConcurrent::run([projectPath, options, cancelled](QPromise<Outcome> &promise) {
            promise.setProgressRange(0, 100);
            Outcome outcome;
            Result<std::unique_ptr<Project>> project = Project::open(projectPath);
            if (!project) {
                outcome.error = project.error();
            } else {
                Result<DedupSummary> summary =
                    DuplicateFinder::run(*project.value(), options, cancelled.get(),
                                         [&](int percent) { promise.setProgressValue(percent); });
                outcome.ok = summary.ok();
                if (summary)
                    outcome.summary = summary.value();
                else
                    outcome.error = summary.error();
            }
            promise.addResult(outcome);
        });
    m_watcher.setFuture(future);
}

} // namespace evimap::ui
