#pragma once

#include "screening/screeningdecision.h"
#include "screening/screeningstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QUndoStack;

namespace evimap {
class Project;
}

namespace evimap::ui {

// The lead's list of conflicts at a stage: each record with every reviewer's decision, reason
// and note; the lead settles it (include, or exclude with a reason) and can undo that. While
// screening is blind the list is the lead's alone (it shows every vote on unsettled records);
// other reviewers get leadOnlyText() instead. Keys: ↑/↓ choose, I include, 1–9 exclude with that
// reason, Ctrl+Z undo.
class ConflictsView final : public QWidget
{
    Q_OBJECT

public:
    ConflictsView(Project &project, qint64 reviewerId, QWidget *parent = nullptr);
    ~ConflictsView() override;

    void setStage(ScreeningStage stage);
    ScreeningStage stage() const { return m_stage; }
    void refresh();
    int conflictCount() const { return int(m_conflicts.size()); }
    QUndoStack *undoStack() const { return m_undo; }
    // Settles the selected conflict (the lead only).
    Status settleSelected(ResultKind result, int reasonNumber = 0);
    // Why a reviewer who is not the lead sees no conflicts while screening is blind.
    static QString leadOnlyText();

signals:
    void settled(qint64 recordId);

private:
    void showSelected();
    qint64 selectedRecord() const;

    Project &m_project;
    ScreeningStore m_store;
    qint64 m_reviewerId;
    bool m_isLead = false;
    bool m_maySee = false; // the conflicts show others' votes (Blinding)
    ScreeningStage m_stage = ScreeningStage::TitleAbstract;
    QList<ScreeningConflict> m_conflicts;
    QList<ExclusionReason> m_reasons;
    QUndoStack *m_undo;

    QComboBox *m_stageBox;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTextBrowser *m_details;
    QPushButton *m_include;
    QComboBox *m_reasonBox;
    QPushButton *m_exclude;
    QLabel *m_status;
};

} // namespace evimap::ui
