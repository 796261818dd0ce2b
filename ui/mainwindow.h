#pragma once

#include "core/result.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace evimap {
class Project;
class ProjectChangeWatcher;
class RecordTableModel;
} // namespace evimap

namespace evimap::ui {

class DashboardView;
class DuplicatesMenu;
class ImportRunner;
class ProjectWindows;
class RecordDetailsView;
class RecordFilterBar;

// The main window: the project's records as a searchable table, the selected record's details,
// and the menus that lead to every task.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; on failure the current project stays open and the error says why.
    // The windows of the project open before are closed first (ProjectWindows).
    Status openProject(const QString &path);
    // Opens a project as a user would: errors in a message box, the reviewer asked if unknown.
    bool openProjectInteractively(const QString &path);
    // Closes the project and every window it owns; false (and still open) when one of them
    // refuses to close.
    bool closeProject();
    // The windows and panels that belong to the open project.
    ProjectWindows *projectWindows() const { return m_windows; }

    Project *project() const { return m_project.get(); }
    // The project's dashboard (the first tab, shown when a project opens) and its records (the
    // second): View ▸ Dashboard (Ctrl+1) and View ▸ Records (Ctrl+2).
    DashboardView *dashboardView() const { return m_dashboard; }
    void showDashboard();
    void showRecords();
    // Shows the records and selects this one (clearing the search when it hides it).
    void showRecord(qint64 recordId);
    RecordTableModel *recordModel() const { return m_model; }
    QTableView *recordTable() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    qint64 currentReviewerId() const { return m_reviewerId; }
    // "Which reviewer are you?", asked once: the reviewer working in this window, asked for
    // (ReviewerDialog, and added to the project if new) when nobody is chosen yet. 0 when no
    // project is open or the question was cancelled. Every menu that needs someone asks here.
    qint64 ensureReviewer();
    // The record selected in the table (0: none).
    qint64 currentRecordId() const;
    // Edit ▸ Delete Records (the lead's): asks first, then deletes the selected records.
    void deleteSelectedRecords();
    void setCurrentReviewer(qint64 reviewerId);

    // Asks where the files came from (ImportDialog), then imports them in the background, with
    // progress and cancel, and finds duplicates afterwards if asked.
    void importFiles(const QStringList &files);

    // The demo project, made afresh in the program's data folder (as `evimap demo` makes it)
    // and opened. False, with a message, when it cannot be made.
    bool openDemo();

    // What the central area shows: with no project, the welcome page (New, Open, Open Recent,
    // Open the Demo); a project with no records, how to import them; otherwise the records.
    QWidget *welcomePage() const { return m_welcome; }
    QWidget *emptyProjectPage() const { return m_emptyProject; }
    QWidget *currentPage() const;

    // Notices what other EviMaps commit to the open project (null when none is open).
    ProjectChangeWatcher *changeWatcher() const { return m_changeWatcher; }

signals:
    // A project was opened or closed: menus enable their actions (and so their shortcuts).
    void projectChanged();
    // The person working changed (Team ▸ Switch Reviewer, or asked the first time).
    void reviewerChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void newProject();
    void chooseProjectToOpen();
    void chooseFilesToImport();
    void updateRecentMenu();
    void updateTitleAndStatus();
    void showSelectedRecord();
    void showImportResults();
    void showShortcuts();
    void showAbout();
    void refreshAfterChangesElsewhere();
    void showPreferences();
    void fitColumns();
    QWidget *createWelcomePage();
    QWidget *createEmptyProjectPage();
    void fillRecentMenu(QMenu *menu);

    std::unique_ptr<Project> m_project;
    RecordTableModel *m_model = nullptr;
    QTableView *m_table;
    RecordDetailsView *m_details;
    RecordFilterBar *m_filterBar = nullptr; // the one-click views beside the table
    QTabWidget *m_tabs;
    DashboardView *m_dashboard;
    QLineEdit *m_search;
    QAction *m_searchRefused; // a warning sign in the search box, its tip the reason
    QLabel *m_countLabel;
    QLabel *m_reviewerLabel;
    QMenu *m_recentMenu = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcome = nullptr;
    QWidget *m_emptyProject = nullptr;
    QWidget *m_recordsPage = nullptr;
    QTimer *m_searchDelay;
    ImportRunner *m_importRunner;
    ProjectWindows *m_windows;
    DuplicatesMenu *m_duplicatesMenu = nullptr;
    bool m_findDuplicatesAfterImport = false;
    QList<QAction *> m_projectActions;
    qint64 m_recordBeforeReload = 0; // kept across a search or sort
    QList<qint64> m_selectionBeforeReload;
    bool m_columnsSizedByHand = false; // else the columns follow the table's width
    bool m_fittingColumns = false;
    qint64 m_reviewerId = 0;
    ProjectChangeWatcher *m_changeWatcher = nullptr;
};

} // namespace evimap::ui
