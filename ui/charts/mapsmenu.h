#pragma once

#include <QObject>
#include <QPointer>

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
    void writeReport();

private:
    explicit MapsMenu(MainWindow *window);
    void selectRecord(qint64 recordId);
    bool haveProject();

    MainWindow *m_window;
    QMenu *m_menu;
};

} // namespace evimap::ui
