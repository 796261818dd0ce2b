#pragma once

#include <QObject>

class QMenu;

namespace evimap::ui {

class DedupRunner;
class MainWindow;

// The main window's Records menu: Find Duplicates (detection off the GUI thread, with progress
// and cancel; the certain pairs merged by the project's thresholds; then the review queue) and
// Review Duplicates (the queue as it is); Undo an Automatic Merge (AutomaticMergesDialog).
class DuplicatesMenu final : public QObject
{
    Q_OBJECT

public:
    // Adds the menu to `window`'s menu bar (the only hook in MainWindow).
    static DuplicatesMenu *install(MainWindow *window);

    void findDuplicates();
    void reviewDuplicates();
    void undoAutomaticMerge();

private:
    explicit DuplicatesMenu(MainWindow *window);
    void showResults();

    MainWindow *m_window;
    QMenu *m_menu;
    DedupRunner *m_runner;
};

} // namespace evimap::ui
