#pragma once

#include "records/recordfilter.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace evimap::ui {

class MainWindow;

// The one-click views beside the record table (Records tab): all records, the person's own
// votes, awaiting the other reviewer, conflicts (the lead's), settled results, not retrieved,
// coded, has PDF, duplicates merged, each source and import batch, each tag. A view lists the
// records RecordFilterStore gives for the person working (blinding holds there); the stage box
// says which screening stage the views ask about. Keyboard: Alt+W to the list, arrows to choose.
class RecordFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit RecordFilterBar(MainWindow *window);

    // Shows the view's records (the dashboard's numbers call this); a view not in the list
    // (another reviewer's decisions) is added at its top.
    void setFilter(const RecordFilter &filter);
    RecordFilter filter() const { return m_current; }
    // Lists the views again (project opened, reviewer changed, tags changed) and re-applies.
    void rebuild();
    // Asks the store again for the current view's records (after changes).
    void reapply();

    QListWidget *list() const { return m_list; }
    QComboBox *stageBox() const { return m_stage; }
    // The list row of a view, -1 when it is not listed.
    int rowOf(const RecordFilter &filter) const;

signals:
    void filterChanged(const RecordFilter &filter);

private:
    void apply();
    void addHeading(const QString &text);
    void addView(const RecordFilter &filter, const QString &text);

    MainWindow *m_window;
    QComboBox *m_stage;
    QListWidget *m_list;
    QLabel *m_state;
    QList<RecordFilter> m_filters; // by list row (headings hold a default filter)
    RecordFilter m_current;
    bool m_building = false;
};

} // namespace evimap::ui
