#include "importrunner.h"

#include "project/project.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace evimap::ui {

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QList<FileResult>>::finished, this, [this] {
        m_results = m_watcher.future().isValid() && m_watcher.future().resultCount() > 0
                        ? m_watcher.future().result()
                        : QList<FileResult>();
        emit finished();
    });
    connect(&m_watcher, &QFutureWatcher<QList<FileResult>>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressText()); });
}

ImportRunner::~ImportRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ImportRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportRunner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ImportRunner::start(const QString &projectPath, const QStringList &files,
                         const ImportOptions &options)
{
    QList<QPair<QString, ImportOptions>> each;
    for (const QString &file : files)
        each.append({file, options});
    start(projectPath, each);
}

void ImportRunner::start(const QString &projectPath,
                         const QList<QPair<QString, ImportOptions>> &files)
{
    m_results.clear();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    QFuture<QList<FileResult>> future =
        QtConcurrent::run([projectPath, files, cancelled](QPromise<QList<FileResult>> &promise) {
            QList<FileResult> results;
            promise.setProgressRange(0, 100 * int(files.size()));
            Result<std::unique_ptr<Project>> project = Project::open(projectPath);
            for (qsizetype i = 0; i < files.size(); ++i) {
                FileResult result;
                result.path = files.at(i).first;
                if (!project) {
                    result.error = project.error();
                    results.append(result);
                    continue;
                }
                const QString name = QFileInfo(files.at(i).first).fileName();
                const int base = 100 * int(i);
                promise.setProgressValueAndText(base, name);
                Result<ImportSummary> summary = ImportJob::run(
                    *project.value(), files.at(i).first, files.at(i).second, cancelled.get(),
                    [&](int percent) { promise.setProgressValueAndText(base + percent, name); });
                result.ok = summary.ok();
                if (summary)
                    result.summary = summary.value();
                else
                    result.error = summary.error();
                results.append(result);
                if (cancelled->load())
                    break;
            }
            promise.addResult(results);
        });
    m_watcher.setFuture(future);
}

} // namespace evimap::ui
