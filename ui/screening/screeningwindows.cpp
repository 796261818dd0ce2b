#include "screening/screeningwindows.h"

#include "mainwindow.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "projectwindows.h"
#include "ranking/rankingpanel.h"
#include "screening/conflictsview.h"
#include "screening/screeningsettingsdialog.h"
#include "screening/screeningstats.h"
#include "screening/screeningview.h"
#include "team/blinding.h"
#include "team/changewatcher.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <memory>

namespace evimap::ui {

namespace {

// A top-level window that owns its own connection to the project and one view over it.
class ProjectWindow final : public QWidget
{
public:
    ProjectWindow(std::unique_ptr<Project> project, QWidget *parent)
        : QWidget(parent, Qt::Window)
        , m_project(std::move(project))
    {
        setAttribute(Qt::WA_DeleteOnClose);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    ~ProjectWindow() override
    {
        // The view goes before the connection it uses.
        qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    }
    Project &project() { return *m_project; }
    void setView(QWidget *view)
    {
        layout()->addWidget(view);
        setFocusProxy(view);
    }

private:
    std::unique_ptr<Project> m_project;
};

} // namespace

ScreeningWindows *ScreeningWindows::install(MainWindow *window)
{
    return new ScreeningWindows(window);
}

ScreeningWindows::ScreeningWindows(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(window->menuBar()->addMenu(tr("&Screening")))
{
    QAction *screen =
        m_menu->addAction(tr("&Screen Records…"), this, &ScreeningWindows::openScreening);
    screen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *conflicts =
        m_menu->addAction(tr("&Conflicts…"), this, &ScreeningWindows::openConflicts);
    conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_menu->addSeparator();
    QAction *settings = m_menu->addAction(tr("Criteria, &Keywords and Reasons…"), this,
                                          &ScreeningWindows::openSettings);
    QAction *stats = m_menu->addAction(tr("Statistics and &Agreement…"), this,
                                       &ScreeningWindows::openStatistics);
    stats->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    const QList<QAction *> needProject{screen, conflicts, settings, stats};
    auto update = [this, needProject] {
        for (QAction *a : needProject)
            a->setEnabled(m_window->project() != nullptr);
    };
    connect(m_menu, &QMenu::aboutToShow, this, update);
    connect(m_window, &MainWindow::projectChanged, this, update);
    update();
}

QWidget *ScreeningWindows::openWindow(const QString &kind)
{
    Project *project = m_window->project();
    if (!project)
        return nullptr;
    const qint64 who = m_window->ensureReviewer();
    if (who <= 0)
        return nullptr;
    std::unique_ptr<Project> own = m_window->projectWindows()->openProject();
    if (!own)
        return nullptr;
    auto *window = new ProjectWindow(std::move(own), m_window);
    const std::optional<Reviewer> r = Reviewers(window->project()).byId(who);
    QWidget *view = nullptr;
    if (kind == QLatin1String("screening")) {
        view = new ScreeningView(window->project(), who, window);
        // Prioritised screening: the ranking retrains as decisions come and feeds the view's
        // "Most relevant first" order.
        RankingPanel::attachTo(static_cast<ScreeningView *>(view), window->project(), who);
        // What other EviMaps commit (the lead's criteria, keywords and reasons; progress)
        // reaches this window within seconds, without moving the reviewer.
        auto *watcher = new ProjectChangeWatcher(window->project(), view);
        connect(watcher, &ProjectChangeWatcher::changedElsewhere,
                static_cast<ScreeningView *>(view), &ScreeningView::refreshFromElsewhere);
        watcher->start();
        window->setWindowTitle(
            tr("Screening — %1 — %2").arg(window->project().name(), r ? r->name : QString()));
        window->resize(1400, 900); // ProjectWindows fits it on the screen
    } else {
        view = new ConflictsView(window->project(), who, window);
        window->setWindowTitle(tr("Conflicts — %1").arg(window->project().name()));
        window->resize(1200, 760);
        ProjectWindows::closeOnEscape(window);
    }
    window->setView(view);
    m_window->projectWindows()->adopt(window, kind);
    window->show();
    view->setFocus();
    return window;
}

void ScreeningWindows::openScreening()
{
    // The window of the project the main window shows, never one left from another project.
    if (!m_window->projectWindows()->raise(QStringLiteral("screening")))
        openWindow(QStringLiteral("screening"));
}

void ScreeningWindows::openConflicts()
{
    if (m_window->projectWindows()->raise(QStringLiteral("conflicts")))
        return;
    Project *project = m_window->project();
    if (!project)
        return;
    const qint64 who = m_window->ensureReviewer();
    if (who <= 0)
        return;
    if (!Blinding(*project, who).maySeeConflicts()) {
        QMessageBox::information(m_window, tr("Conflicts"), ConflictsView::leadOnlyText());
        return;
    }
    openWindow(QStringLiteral("conflicts"));
}

void ScreeningWindows::openSettings()
{
    Project *project = m_window->project();
    if (!project)
        return;
    const qint64 who = m_window->ensureReviewer();
    if (who <= 0)
        return;
    std::unique_ptr<Project> own = m_window->projectWindows()->openProject();
    if (!own)
        return;
    ScreeningSettingsDialog dialog(*own, who, m_window);
    m_window->projectWindows()->adopt(&dialog, QStringLiteral("screening-settings"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QWidget *screening = m_window->projectWindows()->find(QStringLiteral("screening"))) {
        if (auto *view = screening->findChild<ScreeningView *>())
            view->reloadSettings();
    }
}

void ScreeningWindows::openStatistics()
{
    Project *project = m_window->project();
    if (!project)
        return;
    Result<ScreeningStats> stats =
        ScreeningStats::compute(*project, Blinding(*project, m_window->currentReviewerId()));
    if (!stats) {
        QMessageBox::warning(m_window, tr("Screening statistics"), stats.errorString());
        return;
    }
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("statisticsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Screening Statistics and Agreement — %1").arg(project->name()));
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("statisticsText"));
    text->setAccessibleName(tr("Screening statistics and agreement"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(stats->toText());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(820, 640);
    m_window->projectWindows()->adopt(dialog, QStringLiteral("statistics"));
    dialog->show();
}

} // namespace evimap::ui
