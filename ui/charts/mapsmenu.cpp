#include "charts/mapsmenu.h"

#include "charts/chartswindow.h"
#include "charts/evidencemapwindow.h"
#include "charts/prismawindow.h"
#include "core/preferences.h"
#include "mainwindow.h"
#include "maps/reportwriter.h"
#include "project/project.h"
#include "records/recordtablemodel.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

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
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        const bool open = m_window->project() != nullptr;
        for (QAction *action : m_menu->actions())
            action->setEnabled(open);
    });
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
    auto *window = new EvidenceMapWindow(m_window->project()->filePath(), m_window);
    connect(window, &EvidenceMapWindow::recordActivated, this, &MapsMenu::selectRecord);
    window->show();
    return window;
}

QWidget *MapsMenu::openCharts()
{
    if (!haveProject())
        return nullptr;
    auto *window = new ChartsWindow(m_window->project()->filePath(), m_window);
    window->show();
    return window;
}

QWidget *MapsMenu::openPrisma()
{
    if (!haveProject())
        return nullptr;
    auto *window = new PrismaWindow(m_window->project()->filePath(), m_window);
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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = ReportWriter::write(*project, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(m_window, tr("Report not written"), written.errorString());
        return;
    }
    Preferences::lastOpenFolder.setValue(QFileInfo(path).absolutePath());
    m_window->statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
}

} // namespace evimap::ui
