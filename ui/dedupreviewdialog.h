#pragma once

#include "dedup/dedupstore.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace evimap {
class Project;
}

namespace evimap::ui {

// The review queue of possible duplicates, a group at a time: the records side by side (a
// column each), the fields that differ highlighted, the score and the reasons it rests on.
// Keys: D duplicate, N not a duplicate, Right / Left next / previous group, Ctrl+Z undo, Esc
// close. When the queue is empty it sums up the review ("31 pairs: 24 duplicates, 7 not").
//
// A group is every pending pair that hangs together, so three or more copies are decided at
// once: "duplicate" merges the ticked records into the one chosen under "Keep", taking for each
// field the value whose radio button is chosen (the others stay in the record's history); the
// records left unticked are marked "not a duplicate" of the others. Every decision is the
// reviewer's, goes to the audit log, and can be undone.
class DedupReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    DedupReviewDialog(Project &project, qint64 reviewerId, QWidget *parent = nullptr);

    int groupCount() const { return int(m_groups.size()); }
    int currentIndex() const { return m_index; }
    // The group shown, or null when the queue is empty.
    const DedupGroup *currentGroup() const;

    void markDuplicate();
    void markNotDuplicate();
    void next();
    void previous();
    void undo();

    // What the reviewer can set with the mouse, for scripts and tests.
    void setKept(qint64 recordId);
    void setIncluded(qint64 recordId, bool included);
    void chooseField(const QString &field, qint64 recordId);
    // Fields whose values differ between the records shown (they are highlighted).
    QStringList differingFields() const { return m_differing; }
    QString statusText() const;
    // What this review decided, in pairs ("31 pairs: 24 duplicates, 7 not"); shown when the
    // queue is empty, with the Close button.
    QString summaryText() const;
    int duplicatePairs() const { return m_duplicatePairs; }
    int differentPairs() const { return m_differentPairs; }

signals:
    // A decision was made or undone: the record list should be reloaded.
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct UndoStep
    {
        qint64 mergePair = 0;        // a pair of the merge to split (0: no merge)
        QList<qint64> notDuplicates; // pairs marked not a duplicate
        qint64 record = 0;           // a record of the group, to show it again
        int mergedPairs = 0;         // pairs the merge settled as duplicates
    };

    void reload(qint64 showRecord = 0);
    void showGroup();
    void clearGrid();
    void setStatus(const QString &text, bool problem = false);
    static QString fieldLabel(const QString &field);

    Project &m_project;
    DedupStore m_store;
    qint64 m_reviewerId;
    QList<DedupGroup> m_groups;
    int m_index = 0;
    QList<UndoStep> m_undo;
    int m_duplicatePairs = 0;
    int m_differentPairs = 0;

    // The group on screen.
    QList<Record> m_records;
    QList<QCheckBox *> m_included;
    QButtonGroup *m_keep = nullptr;
    QHash<QString, QButtonGroup *> m_choices;
    QStringList m_differing;

    QLabel *m_position;
    QLabel *m_score;
    QLabel *m_reasons;
    QScrollArea *m_scroll;
    QWidget *m_gridHost = nullptr;
    QLabel *m_status;
    QPushButton *m_duplicate;
    QPushButton *m_notDuplicate;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_undoButton;
    QPushButton *m_close;
};

} // namespace evimap::ui
