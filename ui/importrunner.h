#pragma once

#include "core/result.h"
#include "import/importjob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace evimap::ui {

// Runs imports off the GUI thread: the worker opens its own connection to the project file
// (QtSql connections belong to one thread), imports the files one batch each, and reports
// progress; cancel() stops it, and the file being imported is rolled back whole.
class ImportRunner final : public QObject
{
    Q_OBJECT

public:
    struct FileResult
    {
        QString path;
        bool ok = false;
        ImportSummary summary; // when ok
        Error error;           // when not
    };

    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    void start(const QString &projectPath, const QStringList &files, const ImportOptions &options);
    // Each file with options of its own (source, route, search date).
    void start(const QString &projectPath, const QList<QPair<QString, ImportOptions>> &files);
    void cancel();
    bool isRunning() const;
    QList<FileResult> results() const { return m_results; }

signals:
    void progress(int percent, const QString &currentFile);
    void finished();

private:
    QFutureWatcher<QList<FileResult>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QList<FileResult> m_results;
};

} // namespace evimap::ui
