#include "team/teammenu.h"

#include "core/preferences.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "projectwindows.h"
#include "records/recordtablemodel.h"
#include "team/historydialog.h"
#include "team/members.h"
#include "team/membersdialog.h"
#include "team/mergedialog.h"
#include "team/switchreviewerdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace evimap::ui {

TeamMenu *TeamMenu::install(MainWindow *window)
{
    return new TeamMenu(window);
}

TeamMenu::TeamMenu(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(window->menuBar()->addMenu(tr("&Team")))
{
    m_menu->setObjectName(QStringLiteral("teamMenu"));
    QAction *take =
        m_menu->addAction(tr("&Take a Copy to Work Offline…"), this, &TeamMenu::chooseCopyToTake);
    take->setObjectName(QStringLiteral("takeCopyAction"));
    QAction *merge =
        m_menu->addAction(tr("&Merge a Copy Back…"), this, &TeamMenu::chooseCopyToMerge);
    merge->setObjectName(QStringLiteral("mergeCopyAction"));
    m_menu->addSeparator();
    QAction *recordHistory = m_menu->addAction(tr("&Record History…"), this, [this] {
        if (m_window->currentRecordId() > 0)
            showHistory(m_window->currentRecordId());
        else
            m_window->statusBar()->showMessage(tr("Select a record to see its history"), 5000);
    });
    recordHistory->setObjectName(QStringLiteral("recordHistoryAction"));
    recordHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *projectHistory =
        m_menu->addAction(tr("&Project History…"), this, [this] { showHistory(0); });
    projectHistory->setObjectName(QStringLiteral("projectHistoryAction"));
    projectHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_menu->addSeparator();
    QAction *members = m_menu->addAction(tr("M&embers…"), this, &TeamMenu::showMembers);
    members->setObjectName(QStringLiteral("membersAction"));
    QAction *switchAction =
        m_menu->addAction(tr("&Switch Reviewer…"), this, &TeamMenu::switchReviewer);
    switchAction->setObjectName(QStringLiteral("switchReviewerAction"));
    auto update = [this, take, merge, recordHistory, projectHistory, members, switchAction] {
        Project *project = m_window->project();
        const bool open = project != nullptr;
        members->setEnabled(open);
        switchAction->setEnabled(open);
        take->setEnabled(open);
        merge->setEnabled(open && !project->isReadOnly());
        recordHistory->setEnabled(open);
        projectHistory->setEnabled(open);
    };
    connect(m_menu, &QMenu::aboutToShow, this, update);
    connect(m_window, &MainWindow::projectChanged, this, update);
    update();
}

Result<TakenCopy> TeamMenu::takeCopy(const QString &outPath, qint64 reviewerId)
{
    Project *project = m_window->project();
    if (!project)
        return Error{Error::Kind::Usage, tr("no project is open")};
    return ProjectCopy::take(*project, outPath, reviewerId);
}

void TeamMenu::chooseCopyToTake()
{
    Project *project = m_window->project();
    if (!project)
        return;
    // For whom: the reviewer at this window first.
    const QList<Reviewer> reviewers = Reviewers(*project).all();
    if (reviewers.isEmpty()) {
        QMessageBox::information(m_window, tr("Take a Copy"),
                                 tr("The project has no reviewers yet; a copy is taken for one."));
        return;
    }
    QStringList names;
    int current = 0;
    for (const Reviewer &r : reviewers) {
        if (r.id == m_window->currentReviewerId())
            current = int(names.size());
        names << QStringLiteral("%1 (%2)").arg(r.name, r.initials);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_window, tr("Take a Copy"), tr("Who will work on the copy?"), names, current, false, &ok);
    if (!ok)
        return;
    const Reviewer &who = reviewers.at(names.indexOf(chosen));
    const QFileInfo main(project->filePath());
    const QString suggested = main.dir().filePath(
        QStringLiteral("%1 - %2.evimap").arg(main.completeBaseName(), who.initials));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Take a Copy"), suggested,
                                                      tr("EviMap projects (*.evimap)"));
    if (path.isEmpty())
        return;
    Result<TakenCopy> taken = takeCopy(path, who.id);
    if (!taken) {
        QMessageBox::warning(m_window, tr("Take a Copy"), taken.error().message);
        return;
    }
    QString text = tr("%1 holds the project as it is now, for %2, with %n attached PDF(s). "
                      "Work on it anywhere; merge it back with Team ▸ Merge a Copy Back.",
                      nullptr, taken->attachmentsCopied)
                       .arg(QDir::toNativeSeparators(taken->path), who.name);
    if (!taken->notices.isEmpty())
        text += QStringLiteral("\n\n") + taken->notices.join(QLatin1Char('\n'));
    QMessageBox::information(m_window, tr("Take a Copy"), text);
}

void TeamMenu::chooseCopyToMerge()
{
    Project *project = m_window->project();
    if (!project)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Merge a Copy Back"),
                                                      QFileInfo(project->filePath()).absolutePath(),
                                                      tr("EviMap projects (*.evimap)"));
    if (!path.isEmpty())
        mergeCopy(path);
}

void TeamMenu::mergeCopy(const QString &copyPath)
{
    Project *project = m_window->project();
    if (!project)
        return;
    std::unique_ptr<Project> own = m_window->projectWindows()->openProject();
    if (!own)
        return;
    MergeDialog dialog(*own, copyPath, m_window->currentReviewerId(), m_window);
    m_window->projectWindows()->adopt(&dialog, QStringLiteral("merge"));
    if (!dialog.isValid()) {
        QMessageBox::warning(m_window, tr("Merge a Copy Back"), dialog.errorText());
        return;
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    if (RecordTableModel *model = m_window->recordModel())
        model->reload();
    QMessageBox::information(m_window, tr("Merge a Copy Back"), dialog.result()->toText());
}

void TeamMenu::showMembers()
{
    Project *project = m_window->project();
    if (!project)
        return;
    // Everyone may see the list; only a lead changes it, so say who is looking first.
    const qint64 who =
        project->isReadOnly() ? m_window->currentReviewerId() : m_window->ensureReviewer();
    MembersDialog dialog(*project, who, m_window);
    connect(&dialog, &MembersDialog::membersChanged, this,
            [this] { m_window->setCurrentReviewer(m_window->currentReviewerId()); });
    m_window->projectWindows()->adopt(&dialog, QStringLiteral("members"));
    dialog.exec();
}

void TeamMenu::switchReviewer()
{
    Project *project = m_window->project();
    if (!project)
        return;
    const QList<Reviewer> people = Reviewers(*project).all();
    if (people.isEmpty()) {
        m_window->ensureReviewer();
        return;
    }
    SwitchReviewerDialog dialog(people, m_window->currentReviewerId(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenId() <= 0)
        return;
    switchTo(dialog.chosenId());
}

bool TeamMenu::switchTo(qint64 reviewerId)
{
    Project *project = m_window->project();
    if (!project)
        return false;
    const qint64 before = m_window->currentReviewerId();
    if (reviewerId == before)
        return true;
    const std::optional<Reviewer> to = Reviewers(*project).byId(reviewerId);
    if (!to)
        return false;
    // The screening and coding windows work for the person who opened them.
    if (!m_window->projectWindows()->closeAll())
        return false;
    if (!project->isReadOnly()) {
        if (Status logged = Members(*project).recordSwitch(before, reviewerId); !logged) {
            QMessageBox::warning(m_window, tr("Switch Reviewer"), logged.errorString());
            return false;
        }
    }
    m_window->setCurrentReviewer(reviewerId);
    m_window->statusBar()->showMessage(tr("Working as %1 (%2)").arg(to->name, Roles::key(to->role)),
                                       10000);
    return true;
}

void TeamMenu::showHistory(qint64 recordId)
{
    Project *project = m_window->project();
    if (!project)
        return;
    std::unique_ptr<Project> own = m_window->projectWindows()->openProject();
    if (!own)
        return;
    HistoryDialog dialog(*own, recordId, m_window->currentReviewerId(), m_window);
    m_window->projectWindows()->adopt(&dialog, QStringLiteral("history"));
    dialog.exec();
}

} // namespace evimap::ui
