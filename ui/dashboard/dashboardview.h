#pragma once

#include "records/recordfilter.h"
#include "stats/stagedashboard.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTimer;

namespace evimap::ui {

class MainWindow;

// The first thing a project shows: where the review stands, stage by stage (duplicates,
// title/abstract, full text, coding), from StageDashboard as the person working may see it.
// Every number is a button (click, or Tab and Space) that opens its window or list: the
// duplicates review, the screening window at that stage, the conflicts, the coding window, the
// comparison of coders, a list of the records it counts, or the text statistics for agreement.
// A reviewer sees their own work ("You have 412 left") and the settled totals; the lead also
// sees every reviewer's work and the conflicts.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(MainWindow *window);

    // Counts again now (nothing shown when no project is open).
    void refresh();
    // Counts again soon, or when next shown: for changes that come in bursts.
    void refreshLater();
    // Counts again now if shown, else when next shown (another person is looking).
    void invalidate();
    // Opens what a number stands for.
    void open(DashboardStage stage, DashboardCount count);
    // Opens the window where the viewer does their own work at a stage.
    void openMyWork(DashboardStage stage);

    // The number's button ("count_ta_waiting"...), for tests.
    QPushButton *button(DashboardStage stage, DashboardCount count) const;
    const StageDashboard *dashboard() const { return m_dashboard ? &*m_dashboard : nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Cell
    {
        QPushButton *button = nullptr;
        QLabel *label = nullptr; // "—" or "lead only" where there is no number to show
    };
    void build();
    void showCounts();
    void showList(DashboardStage stage, DashboardCount count);
    // The Records tab, showing a view of the record list.
    void showFilter(const RecordFilter &filter);
    void openScreening(DashboardStage stage);

    MainWindow *m_window;
    std::optional<StageDashboard> m_dashboard;
    QLabel *m_heading;
    QLabel *m_state;
    QGroupBox *m_stagesBox;
    QHash<int, Cell> m_cells;              // key: stage * 16 + count
    QHash<int, QPushButton *> m_agreement; // by stage
    QGroupBox *m_mineBox;
    QHash<int, QPushButton *> m_mine; // by stage
    QGroupBox *m_teamBox;
    QGridLayout *m_teamGrid;
    QTimer *m_later;
    bool m_stale = true;
};

} // namespace evimap::ui
