#pragma once

#include <QObject>
#include <QPointer>

class QMenu;

namespace evimap::ui {

class MainWindow;
class ReportDialog;

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
    // The report dialog (Maps ▸ Report…, Ctrl+Shift+R): its map defaults to what the Evidence
    // Map window shows, when it is open. Opened once; asked again, it is raised.
    ReportDialog *openReportDialog();
    // Writes the report to `path` (through the report dialog, as its Write button does);
    // `reportFinished` tells the outcome.
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
    QPointer<ReportDialog> m_report;
};

} // namespace evimap::ui
