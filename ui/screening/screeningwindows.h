#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace evimap::ui {

class MainWindow;

// The Screening menu of the main window and the windows it opens: screening (Ctrl+Shift+S),
// the lead's conflicts, the criteria/keywords/reasons set-up and the statistics. Each window
// opens its own connection to the project file, so it stays valid whatever the main window
// does with its own, and belongs to the project (ProjectWindows): it closes with it.
class ScreeningWindows final : public QObject
{
    Q_OBJECT

public:
    // Adds the menu to `window`'s menu bar (the only hook in MainWindow).
    static ScreeningWindows *install(MainWindow *window);

    void openScreening();
    void openConflicts();
    void openSettings();
    void openStatistics();

private:
    explicit ScreeningWindows(MainWindow *window);
    QWidget *openWindow(const QString &kind);

    MainWindow *m_window;
    QMenu *m_menu;
};

} // namespace evimap::ui
