#include "charts/mapsmenu.h"

#include "charts/chartswindow.h"
#include "charts/evidencemapwindow.h"
#include "charts/prismawindow.h"
#include "charts/reportdialog.h"
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
    QAction *report = m_menu->addAction(tr("&Report…"), this, [this] { openReportDialog(); });
    report->setObjectName(QStringLiteral("reportAction"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
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

ReportDialog *MapsMenu::openReportDialog()
{
    if (!haveProject())
        return nullptr;
    if (m_report) {
        m_report->raise();
        m_report->activateWindow();
        return m_report;
    }
    auto *dialog =
        new ReportDialog(m_window->project()->filePath(), m_window->currentReviewerId(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *map = qobject_cast<EvidenceMapWindow *>(
            m_window->projectWindows()->find(QStringLiteral("map"))))
        dialog->setMap(map->query());
    connect(dialog, &ReportDialog::reportFinished, this, &MapsMenu::reportFinished);
    m_window->projectWindows()->adopt(dialog, QStringLiteral("report"));
    m_report = dialog;
    dialog->show();
    return dialog;
}

void MapsMenu::startReport(const QString &path)
{
    ReportDialog *dialog = openReportDialog();
    if (!dialog || dialog->isRunning())
        return;
    dialog->setPath(path);
    dialog->startReport();
}

bool MapsMenu::isWritingReport() const
{
    return m_report && m_report->isRunning();
}

void MapsMenu::cancelReport()
{
    if (m_report)
        m_report->cancelReport();
}

MapsMenu::~MapsMenu()
{
    // The worker paints with the application's fonts: it must end before the window does.
    delete m_report.data();
}

} // namespace evimap::ui
