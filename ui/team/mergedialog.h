#pragma once

#include "team/projectmerge.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace evimap {
class Project;
}

namespace evimap::ui {

// "Merge a Copy Back": first what the merge would do (a dry run: changes per table, and every
// conflict with both sides' values and times), nothing written; then, on Merge, the merge itself
// in one transaction. The lead picks, conflict by conflict, whether the copy's value wins (by
// default the main file's stays); others see the conflicts and merge with the main file's values.
class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Project &project, const QString &copyPath, qint64 reviewerId,
                QWidget *parent = nullptr);

    // False when the copy cannot be merged (not a copy of this project, damaged, ...).
    bool isValid() const { return m_preview.has_value(); }
    QString errorText() const { return m_error; }
    const MergeReport *preview() const { return m_preview ? &*m_preview : nullptr; }
    QTableWidget *conflictTable() const { return m_conflicts; }
    QPushButton *mergeButton() const { return m_merge; }
    // After Merge: what was done.
    const MergeReport *result() const { return m_result ? &*m_result : nullptr; }

private:
    void runMerge();

    Project &m_project;
    QString m_copyPath;
    qint64 m_reviewerId;
    std::optional<MergeReport> m_preview;
    std::optional<MergeReport> m_result;
    QString m_error;
    QPlainTextEdit *m_summary;
    QTableWidget *m_conflicts;
    QLabel *m_conflictNote;
    QPushButton *m_merge;
};

} // namespace evimap::ui
