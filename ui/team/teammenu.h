#pragma once

#include "core/result.h"
#include "team/projectcopy.h"

#include <QObject>

class QMenu;

namespace evimap::ui {

class MainWindow;

// The main window's Team menu: take a copy to work offline (for one reviewer, with its PDFs),
// merge a copy back (MergeDialog: what would change and what conflicts, before anything is
// written), the history of the project or of the selected record (HistoryDialog), the members
// and their roles (MembersDialog) and who is at this computer (SwitchReviewerDialog).
class TeamMenu final : public QObject
{
    Q_OBJECT

public:
    static TeamMenu *install(MainWindow *window);

    // The menu's actions without their file dialogs.
    Result<TakenCopy> takeCopy(const QString &outPath, qint64 reviewerId);
    void mergeCopy(const QString &copyPath);
    void showHistory(qint64 recordId); // 0: the whole project
    // Team ▸ Members…: the people and their roles (MembersDialog).
    void showMembers();
    // Team ▸ Switch Reviewer…: asks who is at this computer (SwitchReviewerDialog), closes the
    // windows open for the person before, logs the switch and works as the one chosen.
    void switchReviewer();
    // The switch itself, without the dialog: false (and nothing changed) when a window of the
    // project refuses to close or the person is unknown.
    bool switchTo(qint64 reviewerId);

private:
    explicit TeamMenu(MainWindow *window);
    void chooseCopyToTake();
    void chooseCopyToMerge();

    MainWindow *m_window;
    QMenu *m_menu;
};

} // namespace evimap::ui
