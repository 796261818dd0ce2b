#pragma once

#include "dedup/dedupstore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace evimap {
class Project;
}

namespace evimap::ui {

// Records ▸ Undo an Automatic Merge: the pairs Find Duplicates merged by itself (score above
// the project's threshold), newest first, each with the record kept, the record merged into it
// and its title; Undo splits the merge the chosen pair belongs to, as `evimap dedup --undo PAIR`
// does (DedupStore::undo: records, fields and history restored, logged), and its pairs go back to
// the review queue.
class AutomaticMergesDialog final : public QDialog
{
    Q_OBJECT

public:
    AutomaticMergesDialog(Project &project, qint64 reviewerId, QWidget *parent = nullptr);

    QTreeWidget *mergeList() const { return m_list; }
    int mergeCount() const;
    // Undoes the merge of the pair chosen in the list (as the Undo button does).
    void undoChosen();
    QString statusText() const;

signals:
    // A merge was undone: the record list should be reloaded.
    void changed();

private:
    void reload();

    Project &m_project;
    DedupStore m_store;
    qint64 m_reviewerId;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_undo;
};

} // namespace evimap::ui
