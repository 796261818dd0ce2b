#include "coding/codingmenu.h"

#include "coding/codebook.h"
#include "coding/codebookeditor.h"
#include "coding/codebookhtml.h"
#include "coding/codebooktemplate.h"
#include "coding/codebookviewer.h"
#include "coding/codingexport.h"
#include "coding/codingwindow.h"
#include "coding/comparisonview.h"
#include "core/outputfile.h"
#include "core/preferences.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "projectwindows.h"
#include "team/roles.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CodingMenu)
};

// The lead's windows: anyone else is told why not.
bool requireLead(MainWindow *window, qint64 reviewerId, const QString &title, const QString &action)
{
    const Status lead = Roles::require(*window->project(), reviewerId, Work::Lead, action);
    if (!lead)
        QMessageBox::information(window, title, lead.errorString());
    return lead.ok();
}

void openCodingWindow(MainWindow *window)
{
    if (!window->project())
        return;
    const qint64 reviewer = window->ensureReviewer();
    if (!reviewer)
        return;
    // Its own connection: the window stays valid whatever the main window opens or closes, and
    // it belongs to the project, closing with it.
    std::unique_ptr<Project> own = window->projectWindows()->openProject();
    if (!own)
        return;
    auto *coding = new CodingWindow(std::move(own), reviewer, window);
    coding->setAttribute(Qt::WA_DeleteOnClose);
    window->projectWindows()->adopt(coding, QStringLiteral("coding"));
    coding->show();
}

void reloadCodingWindows(MainWindow *window)
{
    const QList<CodingWindow *> windows = window->findChildren<CodingWindow *>();
    for (CodingWindow *w : windows)
        w->reloadCodebook();
}

void openCodebookEditor(MainWindow *window)
{
    if (!window->project())
        return;
    const qint64 reviewer = window->ensureReviewer();
    if (!reviewer)
        return;
    std::unique_ptr<Project> own = window->projectWindows()->openProject();
    if (!own)
        return;
    // Reviewers and viewers read the codebook; the lead edits it.
    const std::optional<Reviewer> me = Reviewers(*own).byId(reviewer);
    if (!me || !Roles::allows(me->role, Work::Lead) || own->isReadOnly()) {
        CodebookViewer viewer(*own, window);
        window->projectWindows()->adopt(&viewer, QStringLiteral("codebook-viewer"));
        viewer.exec();
        return;
    }
    CodebookEditor editor(*own, reviewer, window);
    QObject::connect(&editor, &CodebookEditor::codebookChanged, window,
                     [window] { reloadCodingWindows(window); });
    window->projectWindows()->adopt(&editor, QStringLiteral("codebook-editor"));
    editor.exec();
}

void openComparison(MainWindow *window)
{
    if (!window->project())
        return;
    const qint64 reviewer = window->ensureReviewer();
    // The comparison shows everyone's codings: it is the lead's view (coding is blind).
    if (!reviewer || !requireLead(window, reviewer, Tr::tr("Compare Coders"),
                                  Tr::tr("compare and reconcile the coders")))
        return;
    std::unique_ptr<Project> own = window->projectWindows()->openProject();
    if (!own)
        return;
    QDialog dialog(window);
    dialog.setObjectName(QStringLiteral("comparisonDialog"));
    dialog.setWindowTitle(Tr::tr("Compare Coders — %1").arg(own->name()));
    auto *view = new ComparisonView(*own, reviewer, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    dialog.resize(view->size());
    window->projectWindows()->adopt(&dialog, QStringLiteral("comparison"));
    dialog.exec();
}

void exportFinalCoding(MainWindow *window)
{
    if (!window->project())
        return;
    const QString path =
        QFileDialog::getSaveFileName(window, Tr::tr("Export Final Coding"),
                                     Preferences::exportStartFolder(), Tr::tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    Codebook codebook(*window->project());
    if (Status s = CodingExport::writeFinalCodingCsv(*window->project(), codebook, path); !s)
        QMessageBox::warning(window, Tr::tr("Not exported"), s.errorString());
}

void exportAppendix(MainWindow *window)
{
    if (!window->project())
        return;
    const QString path =
        QFileDialog::getSaveFileName(window, Tr::tr("Export Codebook Appendix"),
                                     Preferences::exportStartFolder(), Tr::tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    const QByteArray html =
        CodebookHtml::render(Codebook(*window->project()).toTemplate()).toUtf8();
    if (Status s = OutputFile::write(path, html); !s)
        QMessageBox::warning(window, Tr::tr("Not exported"), s.errorString());
}

} // namespace

void addCodingMenu(MainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    auto *menu = new QMenu(Tr::tr("&Coding"), bar);
    menu->setObjectName(QStringLiteral("codingMenu"));
    QAction *help = nullptr;
    const QList<QAction *> actions = bar->actions();
    for (QAction *a : actions) {
        if (a->menu() &&
            a->text() == QCoreApplication::translate("evimap::ui::MainWindow", "&Help"))
            help = a;
    }
    bar->insertMenu(help, menu);
    QAction *code =
        menu->addAction(Tr::tr("&Code Records…"), window, [window] { openCodingWindow(window); });
    code->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    code->setObjectName(QStringLiteral("codeRecordsAction"));
    QAction *codebook = menu->addAction(Tr::tr("Codebook &Editor…"), window,
                                        [window] { openCodebookEditor(window); });
    codebook->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    codebook->setObjectName(QStringLiteral("codebookEditorAction"));
    QAction *compare = menu->addAction(Tr::tr("C&ompare Coders and Reconcile…"), window,
                                       [window] { openComparison(window); });
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    compare->setObjectName(QStringLiteral("compareCodersAction"));
    menu->addSeparator();
    menu->addAction(Tr::tr("Export &Final Coding (CSV)…"), window,
                    [window] { exportFinalCoding(window); });
    menu->addAction(Tr::tr("Export Codebook &Appendix (HTML)…"), window,
                    [window] { exportAppendix(window); });
    auto update = [menu, window] {
        const QList<QAction *> items = menu->actions();
        for (QAction *a : items)
            a->setEnabled(window->project() != nullptr);
    };
    QObject::connect(menu, &QMenu::aboutToShow, menu, update);
    QObject::connect(window, &MainWindow::projectChanged, menu, update);
    update();
}

void chooseStartingCodebook(QWidget *parent, Project &project)
{
    const QStringList choices = {Tr::tr("The loneliness review codebook (template)"),
                                 Tr::tr("An empty codebook"), Tr::tr("A codebook template file…")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, Tr::tr("Codebook"), Tr::tr("Which codebook does the new project start from?"),
        choices, 0, false, &ok);
    if (!ok || chosen == choices.at(1))
        return;
    Result<CodebookTemplate> loaded = CodebookTemplate::builtIn();
    if (chosen == choices.at(2)) {
        const QString path = QFileDialog::getOpenFileName(
            parent, Tr::tr("Codebook Template"), Preferences::lastOpenFolder.value(),
            Tr::tr("Codebook templates (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        loaded = CodebookTemplate::fromFile(path);
    }
    if (!loaded) {
        QMessageBox::warning(parent, Tr::tr("Codebook not added"), loaded.errorString());
        return;
    }
    Codebook codebook(project);
    if (Result<CodebookImportSummary> applied = codebook.applyTemplate(*loaded, 0); !applied)
        QMessageBox::warning(parent, Tr::tr("Codebook not added"), applied.errorString());
}

} // namespace evimap::ui
