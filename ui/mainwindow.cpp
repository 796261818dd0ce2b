#include "mainwindow.h"

#include "charts/mapsmenu.h"
#include "coding/codingmenu.h"
#include "core/preferences.h"
#include "dashboard/dashboardview.h"
#include "demo/demoproject.h"
#include "duplicatesmenu.h"
#include "export/exportreferencesdialog.h"
#include "helpdialogs.h"
#include "importdialog.h"
#include "importrunner.h"
#include "manualentrydialog.h"
#include "newprojectdialog.h"
#include "project/project.h"
#include "project/projectinfo.h"
#include "project/reviewers.h"
#include "projectpropertiesdialog.h"
#include "projectwindows.h"
#include "recorddetailsview.h"
#include "recordeditdialog.h"
#include "records/recorddeletion.h"
#include "records/recordfilterbar.h"
#include "records/recordstore.h"
#include "records/recordtablemenus.h"
#include "records/recordtablemodel.h"
#include "records/searchquery.h"
#include "reviewerdialog.h"
#include "screening/screeningwindows.h"
#include "settingsdialog.h"
#include "team/changewatcher.h"
#include "team/foldersafety.h"
#include "team/roles.h"
#include "team/teammenu.h"
#include "windowplacement.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace evimap::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_table(new QTableView(this))
    , m_details(new RecordDetailsView(this))
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new DashboardView(this))
    , m_search(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_reviewerLabel(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_importRunner(new ImportRunner(this))
    , m_windows(new ProjectWindows(this))
{
    m_pages = new QStackedWidget(this);
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    resize(1280, 800);

    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setAccessibleName(tr("Records"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_details->setObjectName(QStringLiteral("recordDetails"));
    m_details->setAccessibleName(tr("Record details"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_filterBar = new RecordFilterBar(this);
    splitter->addWidget(m_filterBar);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    // The dashboard first: where the review stands, each number opening its window or list.
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(splitter, tr("Records"));
    // The tabs are the page of a project with records; without a project, or without records,
    // the window shows what to do first instead (the welcome and empty-project pages below).
    m_recordsPage = m_tabs;
    m_pages->setObjectName(QStringLiteral("centralPages"));
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search records"));
    m_search->setPlaceholderText(tr("Search titles, abstracts, keywords and PDF text  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(420);
    m_searchRefused = m_search->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                          QLineEdit::TrailingPosition);
    m_searchRefused->setObjectName(QStringLiteral("searchRefused"));
    m_searchRefused->setVisible(false);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, m_searchDelay, [this] {
        m_searchDelay->stop();
        showRecords();
        if (m_model)
            m_model->setSearchText(m_search->text());
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        if (!m_search->text().isEmpty())
            showRecords(); // a search shows what it found
        if (m_model)
            m_model->setSearchText(m_search->text());
    });

    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_reviewerLabel);

    createActions();
    m_welcome = createWelcomePage();
    m_emptyProject = createEmptyProjectPage();
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_emptyProject);

    connect(m_importRunner, &ImportRunner::finished, this, &MainWindow::showImportResults);

    // Where it was on these screens, or as much of the screen as it wants: the table and the
    // details pane both need room.
    WindowPlacement::apply(this, QStringLiteral("main"));
    restoreState(Preferences::windowState.value());
    // The columns follow the table's width until the reviewer sizes one.
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fittingColumns && m_model)
            m_columnsSizedByHand = true;
    });
    updateTitleAndStatus();
}

MainWindow::~MainWindow()
{
    delete m_model;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        file->addAction(tr("&Open Project…"), this, &MainWindow::chooseProjectToOpen);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    QAction *importAction =
        file->addAction(tr("&Import References or PDFs…"), this, &MainWindow::chooseFilesToImport);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_projectActions << importAction;
    QAction *exportAction = file->addAction(tr("&Export References…"), this, [this] {
        ExportReferencesDialog::exportFromWindow(this);
    });
    exportAction->setObjectName(QStringLiteral("exportReferencesAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_projectActions << exportAction;
    file->addSeparator();
    QAction *manualAction = file->addAction(tr("&Add Initiative or Report…"), this, [this] {
        if (!m_project || m_project->isReadOnly())
            return;
        ManualEntryDialog dialog(*m_project, m_reviewerId, this);
        if (dialog.exec() == QDialog::Accepted && m_model) {
            m_model->reload();
            updateTitleAndStatus();
        }
    });
    manualAction->setObjectName(QStringLiteral("addManualEntryAction"));
    manualAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_projectActions << manualAction;
    QAction *propertiesAction = file->addAction(tr("Project &Properties…"), this, [this] {
        if (!m_project)
            return;
        ProjectPropertiesDialog dialog(
            *m_project, m_project->isReadOnly() ? m_reviewerId : ensureReviewer(), this);
        if (dialog.exec() == QDialog::Accepted)
            updateTitleAndStatus();
    });
    propertiesAction->setObjectName(QStringLiteral("projectPropertiesAction"));
    m_projectActions << propertiesAction;
    QAction *closeAction = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    closeAction->setObjectName(QStringLiteral("closeProjectAction"));
    closeAction->setShortcut(QKeySequence::Close);
    m_projectActions << closeAction;
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Ctrl+Q everywhere: some platform themes (offscreen among them) define no Quit key.
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *findAction = edit->addAction(tr("&Find Records"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);
    QAction *editRecord = edit->addAction(tr("&Edit Record…"), this, [this] {
        if (!m_project || currentRecordId() <= 0)
            return;
        RecordEditDialog dialog(*m_project, currentRecordId(), m_reviewerId, this);
        if (dialog.isValid() && dialog.exec() == QDialog::Accepted && m_model)
            m_model->reload();
        showSelectedRecord();
    });
    editRecord->setObjectName(QStringLiteral("editRecordAction"));
    editRecord->setShortcut(QKeySequence(Qt::Key_F2));
    m_projectActions << editRecord;
    QAction *deleteAction =
        edit->addAction(tr("&Delete Records…"), this, &MainWindow::deleteSelectedRecords);
    deleteAction->setObjectName(QStringLiteral("deleteRecordsAction"));
    deleteAction->setShortcut(QKeySequence::Delete);
    m_projectActions << deleteAction;
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *dashboard = view->addAction(tr("D&ashboard"), this, &MainWindow::showDashboard);
    dashboard->setObjectName(QStringLiteral("showDashboardAction"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *records = view->addAction(tr("&Records"), this, &MainWindow::showRecords);
    records->setObjectName(QStringLiteral("showRecordsAction"));
    records->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    QAction *duplicates = view->addAction(tr("Show &Duplicates"));
    duplicates->setObjectName(QStringLiteral("showDuplicatesAction"));
    duplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    duplicates->setCheckable(true);
    connect(duplicates, &QAction::toggled, this, [this](bool on) {
        if (m_model)
            m_model->setShowDuplicates(on);
    });
    m_projectActions << duplicates;

    // Edit ▸ Undo and Redo: the record list's changes (tags); each other window has its own.
    QUndoStack *undo = RecordTableMenus::install(this)->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcuts(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcuts(QKeySequence::Redo);
    edit->insertActions(findAction, {undoAction, redoAction});
    edit->insertSeparator(findAction);
    m_duplicatesMenu = DuplicatesMenu::install(this);
    ScreeningWindows::install(this);
    MapsMenu::install(this);
    addCodingMenu(this);
    TeamMenu::install(this);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Guide"), this, [this] { showGuide(this); });
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("&About EviMap"), this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(openAction);
    toolbar->addAction(importAction);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
}

Status MainWindow::openProject(const QString &path)
{
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    if (!opened)
        return opened.error();
    if (!closeProject())
        return failure(tr("%1 was not opened: a window of the open project did not close")
                           .arg(QFileInfo(path).fileName()));
    m_project = std::move(opened.value());
    m_model = new RecordTableModel(m_project->database());
    m_table->setModel(m_model);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(RecordTableModel::Journal, 220);
    header->resizeSection(RecordTableModel::Type, 120);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_columnsSizedByHand = false;
    fitColumns();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedRecord);
    connect(m_model, &RecordTableModel::reloaded, this, &MainWindow::updateTitleAndStatus);
    // A new search or sort keeps the record being read when it is still listed, else shows
    // the first one; with no match the details pane empties rather than show a stale record.
    // The other selected records stay selected too (a colleague's vote arriving or a change of
    // who is looking must not drop a selection made for deleting, tagging or exporting).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_recordBeforeReload = m_model->recordId(m_table->currentIndex().row());
        m_selectionBeforeReload.clear();
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            m_selectionBeforeReload.append(m_model->recordId(index.row()));
    });
    connect(m_model, &RecordTableModel::reloaded, this, [this] {
        if (m_model->rowCount() == 0) {
            m_details->showNothing();
            return;
        }
        const int row = m_model->rowOfRecord(m_recordBeforeReload);
        QItemSelection kept;
        for (qint64 id : std::as_const(m_selectionBeforeReload)) {
            const int other = m_model->rowOfRecord(id);
            if (other >= 0)
                kept.select(m_model->index(other, 0), m_model->index(other, 0));
        }
        if (kept.isEmpty()) {
            m_table->selectRow(row >= 0 ? row : 0);
            return;
        }
        // The same records selected as before, and the record being read still current.
        QItemSelectionModel *selection = m_table->selectionModel();
        selection->select(kept, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->setCurrentIndex(m_model->index(row >= 0 ? row : kept.indexes().first().row(), 0),
                                   QItemSelectionModel::NoUpdate);
        showSelectedRecord();
    });
    m_model->setSearchText(m_search->text());
    // Decisions, codings and imports by colleagues on the same file show up within seconds.
    m_changeWatcher = new ProjectChangeWatcher(*m_project, this);
    connect(m_changeWatcher, &ProjectChangeWatcher::changedElsewhere, this,
            &MainWindow::refreshAfterChangesElsewhere);
    m_changeWatcher->start();

    const QString remembered = Preferences::reviewerForProject(m_project->uuid());
    m_reviewerId = 0;
    for (const Reviewer &r : Reviewers(*m_project).all()) {
        if (r.uuid == remembered)
            m_reviewerId = r.id;
    }
    m_model->setViewer(m_reviewerId);
    Preferences::addRecentProject(QFileInfo(path).absoluteFilePath());
    updateTitleAndStatus();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_tabs->setCurrentWidget(m_dashboard);
    emit projectChanged();
    return {};
}

bool MainWindow::openProjectInteractively(const QString &path)
{
    const Status opened = openProject(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open project"), opened.errorString());
        return false;
    }
    for (const QString &notice : m_project->notices())
        statusBar()->showMessage(notice, 10000);
    // Opened read-only although the file is writable (damaged, a read-only folder): that must
    // not pass unseen in the status bar before someone screens a hundred records in vain.
    if (!m_project->readOnlyReason().isEmpty())
        QMessageBox::warning(this, tr("Opened read-only"), m_project->readOnlyReason());
    for (const FolderHazard &hazard : FolderSafety::inspect(m_project->filePath()))
        statusBar()->showMessage(hazard.message, 30000);
    if (!m_project->isReadOnly())
        ensureReviewer();
    return true;
}

void MainWindow::deleteSelectedRecords()
{
    if (!m_project || !m_model)
        return;
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << m_model->recordId(row.row());
    if (ids.isEmpty())
        return;
    if (m_project->isReadOnly()) {
        QMessageBox::information(this, tr("Delete Records"),
                                 tr("This project file is read-only; nothing can be deleted."));
        return;
    }
    // Deleting is the lead's; and in the window somebody must be named for the audit log.
    const Status lead =
        m_reviewerId > 0
            ? Roles::require(*m_project, m_reviewerId, Work::Lead, tr("delete records"))
            : Status(Error{Error::Kind::Usage, tr("Say who you are first (File ▸ Open asks); "
                                                  "deleting records is for the project's lead.")});
    if (!lead) {
        QMessageBox::information(this, tr("Delete Records"), lead.errorString());
        return;
    }
    const QString first = m_model->index(rows.first().row(), 0).data().toString();
    QMessageBox box(QMessageBox::Warning, tr("Delete Records"),
                    ids.size() == 1 ? tr("Delete this record?")
                                    : tr("Delete these %1 records?").arg(ids.size()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteRecordsQuestion"));
    box.setInformativeText(
        (ids.size() == 1 ? QStringLiteral("“%1”\n\n").arg(first.left(160)) : QString()) +
        tr("Their screening decisions and codings go with them. The project's history keeps "
           "what they were, but they cannot be brought back."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(remove))
        return;
    if (const Status s = RecordDeletion::remove(*m_project, ids, m_reviewerId); !s) {
        QMessageBox::warning(this, tr("Delete Records"), s.errorString());
        return;
    }
    m_model->reload();
    updateTitleAndStatus();
}

void MainWindow::showDashboard()
{
    m_tabs->setCurrentWidget(m_dashboard);
}

void MainWindow::showRecords()
{
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_dashboard) == 0 ? 1 : 0);
}

void MainWindow::showRecord(qint64 recordId)
{
    if (!m_model)
        return;
    showRecords();
    int row = m_model->rowOfRecord(recordId);
    if (row < 0 && !m_search->text().isEmpty()) {
        m_search->clear();
        m_searchDelay->stop();
        m_model->setSearchText(QString());
        row = m_model->rowOfRecord(recordId);
    }
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    activateWindow();
    raise();
}

qint64 MainWindow::currentRecordId() const
{
    return m_model && m_table->currentIndex().isValid()
               ? m_model->recordId(m_table->currentIndex().row())
               : 0;
}

void MainWindow::setCurrentReviewer(qint64 reviewerId)
{
    m_reviewerId = reviewerId;
    if (m_project) {
        if (std::optional<Reviewer> r = Reviewers(*m_project).byId(reviewerId))
            Preferences::setReviewerForProject(m_project->uuid(), r->uuid);
    }
    m_dashboard->invalidate(); // what the dashboard may show depends on who is looking
    if (m_model) {
        m_model->setViewer(reviewerId);
        m_filterBar->rebuild(); // the views depend on who is looking too
    }
    updateTitleAndStatus();
    emit reviewerChanged();
}

qint64 MainWindow::ensureReviewer()
{
    if (!m_project)
        return 0;
    if (m_reviewerId > 0)
        return m_reviewerId;
    Reviewers reviewers(*m_project);
    QStringList names;
    for (const Reviewer &r : reviewers.all())
        names << r.name;
    ReviewerDialog dialog(names, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    Result<Reviewer> who = reviewers.ensure(dialog.name(), dialog.initials());
    if (!who) {
        QMessageBox::warning(this, tr("Reviewer not saved"), who.errorString());
        return 0;
    }
    setCurrentReviewer(who->id);
    return who->id;
}

bool MainWindow::closeProject()
{
    // Its windows first: they finish their pending writes while the project is still here.
    if (!m_windows->closeAll())
        return false;
    delete m_changeWatcher; // it reads through the project's connection
    m_changeWatcher = nullptr;
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_project.reset();
    m_reviewerId = 0;
    m_details->showNothing();
    updateTitleAndStatus();
    emit projectChanged();
    return true;
}

void MainWindow::newProject()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Project"), Preferences::lastOpenFolder.value(),
                                     tr("EviMap projects (*.evimap)"));
    if (path.isEmpty())
        return;
    const QString file =
        path.endsWith(QLatin1String(".evimap")) ? path : path + QStringLiteral(".evimap");
    Result<std::unique_ptr<Project>> created = Project::create(file);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create project"), created.errorString());
        return;
    }
    chooseStartingCodebook(this, *created.value());
    // Reviewers per stage and exclusion reasons: the defaults when the dialog is dismissed.
    NewProjectDialog setupDialog(this);
    setupDialog.exec();
    if (Status s = setupDialog.setup().apply(*created.value()); !s)
        QMessageBox::warning(this, tr("New Project"), s.errorString());
    created.value().reset();
    Preferences::lastOpenFolder.setValue(QFileInfo(file).absolutePath());
    openProjectInteractively(file);
}

void MainWindow::chooseProjectToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), Preferences::lastOpenFolder.value(),
                                     tr("EviMap projects (*.evimap);;All files (*)"));
    if (path.isEmpty())
        return;
    Preferences::lastOpenFolder.setValue(QFileInfo(path).absolutePath());
    openProjectInteractively(path);
}

void MainWindow::updateRecentMenu()
{
    fillRecentMenu(m_recentMenu);
}

void MainWindow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = Preferences::recentProjects.value();
    for (const QString &path : recent) {
        menu->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, this,
                        [this, path] { openProjectInteractively(path); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent projects"))->setEnabled(false);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("<h1>EviMap</h1><p>From search results to evidence maps: "
                                "import, remove duplicates, screen, code and map.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    const auto button = [page](const QString &text, const char *name) {
        auto *b = new QPushButton(text, page);
        b->setObjectName(QLatin1String(name));
        b->setMinimumWidth(260);
        b->setMinimumHeight(b->sizeHint().height() * 5 / 4);
        return b;
    };
    QPushButton *newButton = button(tr("New Project…  (Ctrl+N)"), "welcomeNew");
    QPushButton *openButton = button(tr("Open Project…  (Ctrl+O)"), "welcomeOpen");
    QPushButton *recentButton = button(tr("Open Recent"), "welcomeRecent");
    QPushButton *demoButton = button(tr("Open the Demo"), "welcomeDemo");
    demoButton->setToolTip(tr("A small review of loneliness and mental health, screened and "
                              "coded by two reviewers, to try everything on."));
    auto *recentMenu = new QMenu(recentButton);
    recentMenu->setObjectName(QStringLiteral("welcomeRecentMenu"));
    connect(recentMenu, &QMenu::aboutToShow, this,
            [this, recentMenu] { fillRecentMenu(recentMenu); });
    recentButton->setMenu(recentMenu);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newProject);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseProjectToOpen);
    connect(demoButton, &QPushButton::clicked, this, [this] { openDemo(); });
    auto *hint = new QLabel(tr("Or drop a project file (.evimap) here."), page);
    hint->setAlignment(Qt::AlignCenter);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addSpacing(12);
    for (QPushButton *b : {newButton, openButton, recentButton, demoButton})
        column->addWidget(b, 0, Qt::AlignHCenter);
    column->addSpacing(12);
    column->addWidget(hint);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(column);
    layout->addStretch(2);
    return page;
}

QWidget *MainWindow::createEmptyProjectPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyProjectPage"));
    auto *hint = new QLabel(tr("<h2>Import references (Ctrl+I) or drop files here</h2>"
                               "<p>RIS, MEDLINE/PubMed, PubMed XML, EndNote XML, Web of "
                               "Science, BibTeX, CSV, CSL-JSON and PDFs of reports.</p>"),
                            page);
    hint->setObjectName(QStringLiteral("emptyProjectHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    auto *importButton = new QPushButton(tr("Import References or PDFs…"), page);
    importButton->setObjectName(QStringLiteral("emptyProjectImport"));
    connect(importButton, &QPushButton::clicked, this, &MainWindow::chooseFilesToImport);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(hint);
    layout->addWidget(importButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

bool MainWindow::openDemo()
{
    if (m_project && !closeProject())
        return false;
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                      QStringLiteral("/demo"));
    const QString path = folder.filePath(QStringLiteral("demo.evimap"));
    if (!QFileInfo::exists(path)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool made = QDir().mkpath(folder.path());
        Result<DemoProject::Summary> built =
            made
                ? DemoProject::build(path, folder.filePath(QStringLiteral("loneliness-demo.ris")))
                : Result<DemoProject::Summary>(Error{
                      Error::Kind::Failure, tr("the folder %1 cannot be made").arg(folder.path())});
        QApplication::restoreOverrideCursor();
        if (!built) {
            QFile::remove(path);
            QMessageBox::warning(this, tr("Cannot make the demo"), built.errorString());
            return false;
        }
    }
    return openProjectInteractively(path);
}

void MainWindow::chooseFilesToImport()
{
    if (!m_project)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import References or PDFs"), Preferences::lastOpenFolder.value(),
        tr("References and PDFs (*.ris *.txt *.nbib *.bib *.xml *.csv *.tsv *.json *.ciw *.pdf);;"
           "All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (!m_project || m_importRunner->isRunning())
        return;
    if (m_project->isReadOnly()) {
        QMessageBox::information(this, tr("Read-only project"),
                                 tr("This project file is read-only; nothing can be imported."));
        return;
    }
    ImportDialog dialog(*m_project, files, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<QPair<QString, ImportOptions>> perFile = dialog.fileOptions();
    for (QPair<QString, ImportOptions> &file : perFile)
        file.second.reviewerId = m_reviewerId;
    m_findDuplicatesAfterImport = dialog.findDuplicatesAfterwards();
    auto *progress =
        new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 100 * int(files.size()), this);
    progress->setWindowTitle(tr("Import"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    connect(m_importRunner, &ImportRunner::progress, progress,
            [progress](int value, const QString &file) {
                progress->setValue(value);
                progress->setLabelText(tr("Importing %1…").arg(file));
            });
    connect(progress, &QProgressDialog::canceled, m_importRunner, &ImportRunner::cancel);
    connect(m_importRunner, &ImportRunner::finished, progress, &QWidget::close);
    m_importRunner->start(m_project->filePath(), perFile);
}

void MainWindow::showImportResults()
{
    if (m_model)
        m_model->reload();
    const QList<ImportRunner::FileResult> results = m_importRunner->results();
    QStringList lines, problems;
    int imported = 0;
    for (const ImportRunner::FileResult &r : results) {
        const QString name = QFileInfo(r.path).fileName();
        if (!r.ok) {
            lines << tr("%1: not imported — %2").arg(name, r.error.message);
            continue;
        }
        lines << tr("%1: %n record(s) imported, %2 skipped", nullptr, r.summary.imported)
                     .arg(name)
                     .arg(r.summary.skipped);
        if (r.summary.untitled > 0)
            lines << tr("    %n of them without a title (imported; see Show Details)", nullptr,
                        r.summary.untitled);
        if (r.summary.placeholderAbstracts > 0)
            lines << tr("    %n placeholder abstract(s) (\"NA\", \"No abstract\"…) stored as "
                        "empty",
                        nullptr, r.summary.placeholderAbstracts);
        imported += r.summary.imported;
        for (const Issue &issue : r.summary.issues)
            problems << issue.toString();
    }
    if (lines.isEmpty())
        return;
    QMessageBox box(QMessageBox::Information, tr("Import finished"), lines.join(QLatin1Char('\n')),
                    QMessageBox::Ok, this);
    if (!problems.isEmpty())
        box.setDetailedText(problems.join(QLatin1Char('\n')));
    box.exec();
    if (m_findDuplicatesAfterImport && imported > 0)
        m_duplicatesMenu->findDuplicates();
}

void MainWindow::updateTitleAndStatus()
{
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(m_project != nullptr);
    m_search->setEnabled(m_project != nullptr);
    if (!m_project) {
        m_pages->setCurrentWidget(m_welcome);
        m_searchRefused->setVisible(false);
        setWindowTitle(tr("EviMap"));
        m_countLabel->setText(
            tr("No project open. Create one with Ctrl+N or open one with Ctrl+O."));
        m_reviewerLabel->clear();
        return;
    }
    setWindowTitle(
        tr("%1 — EviMap%2")
            .arg(m_project->name(), m_project->isReadOnly() ? tr(" (read-only)") : QString()));
    Result<ProjectInfo> info = ProjectInfo::read(*m_project);
    const int shown = m_model ? m_model->rowCount() : 0;
    // A project without records says how to bring some in, rather than show an empty table.
    const bool noRecords =
        info && info->uniqueRecords == 0 && shown == 0 && m_search->text().isEmpty();
    // The first records of an empty project (an import, a drop) are shown in the table.
    const bool firstRecords = !noRecords && m_pages->currentWidget() == m_emptyProject;
    m_pages->setCurrentWidget(noRecords ? m_emptyProject : m_recordsPage);
    if (firstRecords)
        showRecords();
    // A search that cannot be run says why, in the search box and the status bar, rather
    // than leave an empty table unexplained.
    const QString refusal = m_model ? m_model->searchRefusal() : QString();
    m_searchRefused->setVisible(!refusal.isEmpty());
    m_searchRefused->setToolTip(refusal);
    m_search->setToolTip(refusal);
    if (!refusal.isEmpty()) {
        m_countLabel->setText(refusal);
    } else if (info) {
        QString text = m_search->text().isEmpty()
                           ? tr("%n record(s)", nullptr, shown)
                           : tr("%1 of %2 records match").arg(shown).arg(info->uniqueRecords);
        if (info->duplicates > 0)
            text += tr("  ·  %n duplicate(s) merged", nullptr, int(info->duplicates));
        text += tr("  ·  %n import batch(es)", nullptr, int(info->batches));
        m_countLabel->setText(text);
    }
    if (std::optional<Reviewer> r = Reviewers(*m_project).byId(m_reviewerId))
        m_reviewerLabel->setText(tr("Reviewer: %1 (%2)").arg(r->name, r->initials));
    else
        m_reviewerLabel->setText(tr("Reviewer: not set"));
}

// Reloads the table after another EviMap committed, keeping the reviewer's place: the same
// record stays current (wherever it moved to) and the details are refreshed.
void MainWindow::refreshAfterChangesElsewhere()
{
    if (!m_model || !m_project)
        return;
    m_dashboard->refreshLater();
    const qint64 current = m_model->recordId(m_table->currentIndex().row());
    const int column = std::max(0, m_table->currentIndex().column());
    m_filterBar->reapply(); // the view's records again, and the table with them
    const int row = current > 0 ? m_model->rowOfRecord(current) : -1;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, column));
    showSelectedRecord();
}

void MainWindow::showSelectedRecord()
{
    if (!m_model || !m_project)
        return;
    const qint64 id = m_model->recordId(m_table->currentIndex().row());
    RecordStore store(m_project->database());
    if (std::optional<Record> record = store.record(id))
        m_details->showRecord(*record, store.sourcesOf(id),
                              {store.duplicateOf(id), store.duplicatesMergedInto(id)},
                              SearchQuery::highlightTerms(m_search->text()));
    else
        m_details->showNothing();
}

void MainWindow::showShortcuts()
{
    showKeyboardShortcuts(this, menuBar());
}

void MainWindow::showAbout()
{
    ui::showAbout(this);
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(m_project.get(), this);
    dialog.exec();
}

void MainWindow::fitColumns()
{
    // Title, authors, year and screening status in view, whatever the width: the status whole
    // ("Excluded (title/abstract)", never "Ex…"), the title taking what is left.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    int status =
        header->fontMetrics().horizontalAdvance(RecordTableModel::tr("Screening")) + padding;
    const QStringList statuses = RecordTableModel::statusTexts();
    for (const QString &text : statuses)
        status = std::max(status, metrics.horizontalAdvance(text) + padding);
    const int year = metrics.horizontalAdvance(QStringLiteral("0000")) + padding;
    const int authors = metrics.averageCharWidth() * 22;
    const int title = std::max(metrics.averageCharWidth() * 30,
                               m_table->viewport()->width() - status - year - authors);
    m_fittingColumns = true;
    header->resizeSection(RecordTableModel::Title, title);
    header->resizeSection(RecordTableModel::Authors, authors);
    header->resizeSection(RecordTableModel::Year, year);
    header->resizeSection(RecordTableModel::Status, status);
    m_fittingColumns = false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && m_model &&
        !m_columnsSizedByHand)
        fitColumns();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_windows->closeAll()) {
        event->ignore();
        return;
    }
    if (m_importRunner->isRunning()) {
        m_importRunner->cancel();
    }
    Preferences::windowState.setValue(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    // A project file opens; anything else is imported into the open project.
    if (files.size() == 1 &&
        files.first().endsWith(QLatin1String(".evimap"), Qt::CaseInsensitive)) {
        openProjectInteractively(files.first());
        return;
    }
    if (!files.isEmpty() && m_project)
        importFiles(files);
}

} // namespace evimap::ui
