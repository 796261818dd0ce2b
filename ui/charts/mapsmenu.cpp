#include "charts/mapsmenu.h"

#include "charts/chartswindow.h"
#include "charts/evidencemapwindow.h"
#include "charts/prismawindow.h"
#include "core/preferences.h"
#include "mainwindow.h"
#include "maps/reportwriter.h"
#include "project/project.h"
#include "projectwindows.h"
#include "records/recordtablemodel.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTableView>
#include <QtConcurrent>

namespace evimap::ui {

MapsMenu *MapsMenu::install(MainWindow *window)
{
    return new MapsMenu(window);
}

MapsMenu::MapsMenu(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_menu = window->menuBar()->addMenu(tr("&Maps"));
    m_menu->setObjectName(QStringLiteral("mapsMenu"));
    QAction *map = m_menu->addAction(tr("&Evidence Map…"), this, [this] { openEvidenceMap(); });
    map->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_menu->addAction(tr("&Charts…"), this, [this] { openCharts(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_menu->addAction(tr("&PRISMA Flow Diagram…"), this, [this] { openPrisma(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Report (PDF)…"), this, &MapsMenu::writeReport)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    auto update = [this] {
        const bool open = m_window->project() != nullptr;
        for (QAction *action : m_menu->actions())
            action->setEnabled(open);
    };
    connect(m_menu, &QMenu::aboutToShow, this, update);
    connect(m_window, &MainWindow::projectChanged, this, update);
    update();
}

bool MapsMenu::haveProject()
{
    if (m_window->project())
        return true;
    QMessageBox::information(m_window, tr("No project"), tr("Open a project first."));
    return false;
}

void MapsMenu::selectRecord(qint64 recordId)
{
    RecordTableModel *model = m_window->recordModel();
    if (!model)
        return;
    int row = model->rowOfRecord(recordId);
    if (row < 0) {
        // The record may be hidden by a search: clear it and look again.
        model->setSearchText(QString());
        row = model->rowOfRecord(recordId);
    }
    if (row < 0) {
        m_window->statusBar()->showMessage(tr("That record is not in the table."), 5000);
        return;
    }
    m_window->recordTable()->selectRow(row);
    m_window->recordTable()->scrollTo(model->index(row, 0));
    m_window->raise();
    m_window->activateWindow();
}

QWidget *MapsMenu::openEvidenceMap()
{
    if (!haveProject())
        return nullptr;
    auto *window = new EvidenceMapWindow(m_window->project()->filePath(),
                                         m_window->currentReviewerId(), m_window);
    connect(window, &EvidenceMapWindow::recordActivated, this, &MapsMenu::selectRecord);
    m_window->projectWindows()->adopt(window, QStringLiteral("map"));
    ProjectWindows::closeOnEscape(window);
    window->show();
    return window;
}

QWidget *MapsMenu::openCharts()
{
    if (!haveProject())
        return nullptr;
    auto *window =
        new ChartsWindow(m_window->project()->filePath(), m_window->currentReviewerId(), m_window);
    m_window->projectWindows()->adopt(window, QStringLiteral("charts"));
    ProjectWindows::closeOnEscape(window);
    window->show();
    return window;
}

QWidget *MapsMenu::openPrisma()
{
    if (!haveProject())
        return nullptr;
    auto *window = new PrismaWindow(m_window->project()->filePath(), m_window);
    m_window->projectWindows()->adopt(window, QStringLiteral("prisma"));
    ProjectWindows::closeOnEscape(window);
    window->show();
    return window;
}

void MapsMenu::writeReport()
{
    if (!haveProject())
        return;
    Project *project = m_window->project();
    const QString folder = Preferences::exportStartFolder();
    const QString start =
        QDir(folder.isEmpty() ? QFileInfo(project->filePath()).absolutePath() : folder)
            .filePath(QFileInfo(project->filePath()).completeBaseName() +
                      QStringLiteral("-report.pdf"));
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Write Report"), start, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
        path += QStringLiteral(".pdf");
    startReport(path);
}

void MapsMenu::startReport(const QString &path)
{
    if (!haveProject() || isWritingReport())
        return;
    // A report of thousands of items takes seconds: it is written on a worker thread, over a
    // read-only connection of its own. QSaveFile in ReportWriter leaves no file behind when the
    // writing is cancelled or fails.
    const QString projectPath = m_window->project()->filePath();
    const qint64 viewerId = m_window->currentReviewerId();
    m_reportCancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_reportCancelled;
    auto *progress = new QProgressDialog(tr("Writing the report…"), tr("Cancel"), 0, 100, m_window);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setWindowTitle(tr("Report"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, &MapsMenu::cancelReport);
    connect(&m_report, &QFutureWatcherBase::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(
        &m_report, &QFutureWatcherBase::finished, this,
        [this, progress, path] {
            m_report.disconnect(progress);
            progress->disconnect(this);
            progress->deleteLater();
            const Status written = m_report.future().resultCount() > 0
                                       ? m_report.future().result()
                                       : Status(failure(tr("the report was not written")));
            if (written) {
                Preferences::lastOpenFolder.setValue(QFileInfo(path).absolutePath());
                m_window->statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
            } else if (written.error().kind == Error::Kind::Cancelled) {
                m_window->statusBar()->showMessage(tr("Report cancelled; nothing was written"),
                                                   8000);
            } else {
                QMessageBox::warning(m_window, tr("Report not written"), written.errorString());
            }
            emit reportFinished(bool(written));
        },
        Qt::SingleShotConnection);
    m_report.setFuture(
        QtConcurrent::run([projectPath, path, cancelled, viewerId](QPromise<Status> &promise) {
            promise.setProgressRange(0, 100);
            Result<std::unique_ptr<Project>> project =
                Project::open(projectPath, Project::Access::ReadOnly);
            if (!project) {
                promise.addResult(Status(project.error()));
                return;
            }
            ReportWriter::Options options;
            options.viewerId = viewerId;
            options.cancelled = cancelled.get();
            options.progress = [&promise](int percent) { promise.setProgressValue(percent); };
            promise.addResult(ReportWriter::write(*project.value(), path, options));
        }));
}

bool MapsMenu::isWritingReport() const
{
    return m_report.isRunning();
}

void MapsMenu::cancelReport()
{
    if (m_reportCancelled)
        m_reportCancelled->store(true);
}

MapsMenu::~MapsMenu()
{
    // The worker paints with the application's fonts: it must end before the window does.
    cancelReport();
    m_report.waitForFinished();
}

} // namespace evimap::ui
