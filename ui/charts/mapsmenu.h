#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QMenu;

namespace evimap::ui {

class MainWindow;

// The Maps menu of the main window: the evidence map, the charts, the PRISMA diagram and the PDF
// report. Each window opens its own read-only connection to the project file and closes with the
// main window; a double-click on an item of the map selects its record in the main table.
class MapsMenu final : public QObject
{
    Q_OBJECT

public:
    // Adds the menu to `window`'s menu bar (the only hook in MainWindow).
    static MapsMenu *install(MainWindow *window);

    QWidget *openEvidenceMap();
    QWidget *openCharts();
    QWidget *openPrisma();
    // Asks for a file name, then writes the report off the GUI thread with a progress dialog
    // that can cancel it.
    void writeReport();
    // Writes the report to `path` off the GUI thread; `reportFinished` tells the outcome.
    void startReport(const QString &path);
    bool isWritingReport() const;
    void cancelReport();
    ~MapsMenu() override;

signals:
    void reportFinished(bool written);

private:
    explicit MapsMenu(MainWindow *window);
    void selectRecord(qint64 recordId);
    bool haveProject();

    MainWindow *m_window;
    QMenu *m_menu;
    QFutureWatcher<Status> m_report;
    std::shared_ptr<std::atomic_bool> m_reportCancelled;
};

} // namespace evimap::ui
