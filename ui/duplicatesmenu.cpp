#include "duplicatesmenu.h"

#include "automaticmergesdialog.h"
#include "dedupreviewdialog.h"
#include "deduprunner.h"
#include "mainwindow.h"
#include "project/project.h"
#include "projectwindows.h"
#include "records/recordtablemodel.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace evimap::ui {

DuplicatesMenu *DuplicatesMenu::install(MainWindow *window)
{
    return new DuplicatesMenu(window);
}

DuplicatesMenu::DuplicatesMenu(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(window->menuBar()->addMenu(tr("&Records")))
    , m_runner(new DedupRunner(this))
{
    m_menu->setObjectName(QStringLiteral("recordsMenu"));
    QAction *find =
        m_menu->addAction(tr("Find &Duplicates…"), this, &DuplicatesMenu::findDuplicates);
    find->setObjectName(QStringLiteral("findDuplicatesAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *review =
        m_menu->addAction(tr("&Review Duplicates…"), this, &DuplicatesMenu::reviewDuplicates);
    review->setObjectName(QStringLiteral("reviewDuplicatesAction"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *undoMerge = m_menu->addAction(tr("&Undo an Automatic Merge…"), this,
                                           &DuplicatesMenu::undoAutomaticMerge);
    undoMerge->setObjectName(QStringLiteral("undoAutomaticMergeAction"));
    undoMerge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    auto update = [this, find, review, undoMerge] {
        const bool open = m_window->project() != nullptr;
        find->setEnabled(open && !m_runner->isRunning());
        review->setEnabled(open && !m_runner->isRunning());
        undoMerge->setEnabled(open && !m_runner->isRunning());
    };
    connect(m_menu, &QMenu::aboutToShow, this, update);
    connect(m_window, &MainWindow::projectChanged, this, update);
    update();
    connect(m_runner, &DedupRunner::finished, this, &DuplicatesMenu::showResults);
}

void DuplicatesMenu::findDuplicates()
{
    Project *project = m_window->project();
    if (!project || m_runner->isRunning())
        return;
    if (project->isReadOnly()) {
        QMessageBox::information(m_window, tr("Read-only project"),
                                 tr("This project file is read-only; duplicates cannot be "
                                    "merged."));
        return;
    }
    const qint64 who = m_window->ensureReviewer();
    if (who == 0)
        return; // every merge is attributed to someone
    DedupOptions options;
    options.autoMerge = true;
    options.reviewerId = who;
    auto *progress = new QProgressDialog(tr("Finding duplicates…"), tr("Cancel"), 0, 100, m_window);
    progress->setObjectName(QStringLiteral("dedupProgress"));
    progress->setWindowTitle(tr("Find Duplicates"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    connect(m_runner, &DedupRunner::progress, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, m_runner, &DedupRunner::cancel);
    connect(m_runner, &DedupRunner::finished, progress, &QWidget::close);
    m_runner->start(project->filePath(), options);
}

void DuplicatesMenu::showResults()
{
    if (RecordTableModel *model = m_window->recordModel())
        model->reload();
    const DedupRunner::Outcome outcome = m_runner->outcome();
    if (!outcome.ok) {
        if (outcome.error.kind != Error::Kind::Cancelled)
            QMessageBox::warning(m_window, tr("Find Duplicates"), outcome.error.message);
        return;
    }
    const DedupSummary &s = outcome.summary;
    QString text = tr("%1 records compared.\n%2 records merged automatically (score at least "
                      "%3).\n%4 pairs wait for review.")
                       .arg(s.records)
                       .arg(s.merged)
                       .arg(s.thresholds.autoMerge)
                       .arg(s.queued);
    if (s.merged > 0)
        text += QLatin1Char('\n') +
                tr("Records ▸ Undo an Automatic Merge (Ctrl+Shift+U) splits a merge again.");
    if (s.linked > 0)
        text += QLatin1Char('\n') +
                tr("%n preprint(s) linked to their published version.", nullptr, int(s.linked));
    if (s.queued == 0) {
        QMessageBox::information(m_window, tr("Find Duplicates"), text);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Find Duplicates"), text, QMessageBox::NoButton,
                    m_window);
    QPushButton *review = box.addButton(tr("Review Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(review))
        reviewDuplicates();
}

void DuplicatesMenu::undoAutomaticMerge()
{
    Project *project = m_window->project();
    if (!project)
        return;
    const qint64 who = m_window->ensureReviewer();
    if (who == 0)
        return; // an undone merge is attributed to someone, as a merge is
    std::unique_ptr<Project> own = m_window->projectWindows()->openProject();
    if (!own)
        return;
    AutomaticMergesDialog dialog(*own, who, m_window);
    m_window->projectWindows()->adopt(&dialog, QStringLiteral("automaticMerges"));
    connect(&dialog, &AutomaticMergesDialog::changed, this, [this] {
        if (RecordTableModel *model = m_window->recordModel())
            model->reload();
    });
    dialog.exec();
}

void DuplicatesMenu::reviewDuplicates()
{
    Project *project = m_window->project();
    if (!project)
        return;
    const qint64 who = m_window->ensureReviewer();
    if (who == 0)
        return;
    std::unique_ptr<Project> own = m_window->projectWindows()->openProject();
    if (!own)
        return;
    DedupReviewDialog dialog(*own, who, m_window);
    m_window->projectWindows()->adopt(&dialog, QStringLiteral("duplicates"));
    connect(&dialog, &DedupReviewDialog::changed, this, [this] {
        if (RecordTableModel *model = m_window->recordModel())
            model->reload();
    });
    dialog.exec();
}

} // namespace evimap::ui
