#include "records/recordtablemenus.h"

#include "core/preferences.h"
#include "export/exportjob.h"
#include "export/recordwriter.h"
#include "import/attachmentstore.h"
#include "mainwindow.h"
#include "project/project.h"
#include "projectwindows.h"
#include "records/recordfilterbar.h"
#include "records/recordtablemodel.h"
#include "records/tagcommand.h"
#include "records/tagstore.h"
#include "screening/screeningsession.h"
#include "screening/screeningview.h"
#include "screening/screeningwindows.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace evimap::ui {

namespace {
// The record table's hidden columns, by their position (RecordTableModel::Column).
const Preference<QStringList> hiddenColumns("records/hiddenColumns", {});
} // namespace

RecordTableMenus *RecordTableMenus::install(MainWindow *window)
{
    return new RecordTableMenus(window);
}

RecordTableMenus::RecordTableMenus(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_undo(new QUndoStack(this))
{
    connect(window, &MainWindow::projectChanged, m_undo, &QUndoStack::clear);
    connect(window, &MainWindow::reviewerChanged, m_undo, &QUndoStack::clear);
    setObjectName(QStringLiteral("recordTableMenus"));
    QTableView *table = window->recordTable();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos);
        if (index.isValid() && !table->selectionModel()->isRowSelected(index.row(), {}))
            table->selectRow(index.row());
        QMenu *menu = rowMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(table->viewport()->mapToGlobal(pos));
    });
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu *menu = columnMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(pos));
    });
    connect(window, &MainWindow::projectChanged, this, &RecordTableMenus::restoreColumns);
}

QList<qint64> RecordTableMenus::selectedRecords() const
{
    QList<qint64> ids;
    RecordTableModel *model = m_window->recordModel();
    if (!model)
        return ids;
    QModelIndexList rows = m_window->recordTable()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids << model->recordId(index.row());
    return ids;
}

QMenu *RecordTableMenus::columnMenu()
{
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setTitle(tr("Columns"));
    RecordTableModel *model = m_window->recordModel();
    if (!model)
        return menu;
    QHeaderView *header = m_window->recordTable()->horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *a = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        a->setObjectName(QStringLiteral("column_%1").arg(column));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        // The title stays: a table without it lists nothing a reader recognises.
        a->setEnabled(column != RecordTableModel::Title);
        connect(a, &QAction::toggled, this,
                [this, column](bool on) { setColumnShown(column, on); });
    }
    return menu;
}

void RecordTableMenus::setColumnShown(int column, bool shown)
{
    QHeaderView *header = m_window->recordTable()->horizontalHeader();
    if (column == RecordTableModel::Title)
        shown = true;
    header->setSectionHidden(column, !shown);
    QStringList hidden;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            hidden << QString::number(c);
    }
    hiddenColumns.setValue(hidden);
}

void RecordTableMenus::restoreColumns()
{
    QHeaderView *header = m_window->recordTable()->horizontalHeader();
    const QStringList hidden = hiddenColumns.value();
    for (int c = 0; c < header->count(); ++c)
        header->setSectionHidden(c, c != RecordTableModel::Title &&
                                        hidden.contains(QString::number(c)));
}

QMenu *RecordTableMenus::rowMenu()
{
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("recordRowMenu"));
    const bool one = selectedRecords().size() == 1;
    const bool any = !selectedRecords().isEmpty();
    const bool writable = m_window->project() && !m_window->project()->isReadOnly();
    const auto add = [&](const QString &text, const char *name, auto slot, bool enabled) {
        QAction *a = menu->addAction(text, this, slot);
        a->setObjectName(QLatin1String(name));
        a->setEnabled(enabled);
        return a;
    };
    add(tr("&Screen from Here"), "screenFromHereAction", &RecordTableMenus::screenFromHere,
        one && writable);
    add(tr("&Attach PDF…"), "attachPdfRowAction", &RecordTableMenus::attachPdf, one && writable);
    menu->addSeparator();
    if (QAction *edit = m_window->findChild<QAction *>(QStringLiteral("editRecordAction")))
        add(
            tr("&Edit Record…"), "editRecordRowAction", [edit] { edit->trigger(); }, one);
    if (QAction *history = m_window->findChild<QAction *>(QStringLiteral("recordHistoryAction")))
        add(
            tr("&History…"), "historyRowAction", [history] { history->trigger(); }, one);
    menu->addSeparator();
    add(tr("&Tag…"), "tagRowAction", &RecordTableMenus::askTag, any && writable);
    // Taking off a tag the person put on the selection.
    if (any && m_window->project()) {
        QStringList tags;
        const TagStore store(*m_window->project(), m_window->currentReviewerId());
        for (qint64 id : selectedRecords()) {
            for (const QString &t : store.tagsOf(id)) {
                if (!tags.contains(t))
                    tags << t;
            }
        }
        if (!tags.isEmpty() && writable) {
            QMenu *untag = menu->addMenu(tr("&Remove Tag"));
            untag->setObjectName(QStringLiteral("untagMenu"));
            for (const QString &t : std::as_const(tags))
                untag->addAction(t, this, [this, t] { untagSelection(t); });
        }
    }
    menu->addSeparator();
    add(tr("E&xport Selection…"), "exportSelectionAction", &RecordTableMenus::askExport, any);
    return menu;
}

void RecordTableMenus::screenFromHere()
{
    const QList<qint64> ids = selectedRecords();
    auto *screening = m_window->findChild<ScreeningWindows *>();
    if (ids.size() != 1 || !screening)
        return;
    const RecordFilter filter = m_window->findChild<RecordFilterBar *>()
                                    ? m_window->findChild<RecordFilterBar *>()->filter()
                                    : RecordFilter();
    screening->openScreening();
    QWidget *window = m_window->projectWindows()->find(QStringLiteral("screening"));
    auto *view = window ? window->findChild<ScreeningView *>() : nullptr;
    if (!view)
        return;
    if (RecordFilter::hasStage(filter.view) && view->stage() != filter.stage)
        view->setStage(filter.stage);
    if (!view->session()->goToRecord(ids.first()))
        m_window->statusBar()->showMessage(tr("Record %1 is not in the %2 screening list")
                                               .arg(ids.first())
                                               .arg(ScreeningNames::stageLabel(view->stage())),
                                           6000);
}

void RecordTableMenus::attachPdf()
{
    const QList<qint64> ids = selectedRecords();
    Project *project = m_window->project();
    if (ids.size() != 1 || !project)
        return;
    const qint64 who = m_window->ensureReviewer();
    if (who <= 0)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Attach PDF"), QString(),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    AttachmentStore::Target target;
    target.recordId = ids.first();
    const Result<AttachmentStore::Attached> attached =
        AttachmentStore(*project).attachPdf(path, target, who);
    if (!attached) {
        QMessageBox::warning(m_window, tr("PDF not attached"), attached.errorString());
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Attached %1 to record %2").arg(QFileInfo(path).fileName()).arg(ids.first()), 6000);
    if (auto *bar = m_window->findChild<RecordFilterBar *>())
        bar->reapply();
}

bool RecordTableMenus::tagSelection(const QString &tag)
{
    return pushTagChange(tag, true);
}

bool RecordTableMenus::untagSelection(const QString &tag)
{
    return pushTagChange(tag, false);
}

// Tagging goes through the undo stack: the push makes the change (ChangeCommand), Edit ▸ Undo
// takes it back off the records it changed.
bool RecordTableMenus::pushTagChange(const QString &tag, bool adding)
{
    Project *project = m_window->project();
    const QList<qint64> ids = selectedRecords();
    if (!project || ids.isEmpty())
        return false;
    const qint64 who = m_window->ensureReviewer();
    if (who <= 0)
        return false;
    auto *command = new TagCommand(
        *project, who, ids, tag, adding ? TagCommand::Action::Add : TagCommand::Action::Remove,
        [this](const Status &status, UndoStep) {
            if (!status)
                QMessageBox::warning(m_window, tr("Not changed"), status.errorString());
            afterTagging();
        });
    const Status pushed = ChangeCommand::push(*m_undo, command);
    if (!pushed) {
        QMessageBox::warning(m_window, adding ? tr("Not tagged") : tr("Tag not removed"),
                             pushed.errorString());
        return false;
    }
    const int changed = int(command->changedRecords().size());
    m_window->statusBar()->showMessage(
        adding ? tr("Tagged %n record(s) \"%1\"", nullptr, changed).arg(tag)
               : tr("Took \"%1\" off %n record(s)", nullptr, changed).arg(tag),
        6000);
    afterTagging();
    return true;
}

void RecordTableMenus::afterTagging()
{
    if (auto *bar = m_window->findChild<RecordFilterBar *>())
        bar->rebuild();
}

void RecordTableMenus::askTag()
{
    Project *project = m_window->project();
    if (!project)
        return;
    QStringList names;
    const Result<QList<TagCount>> tags = TagStore(*project, m_window->currentReviewerId()).tags();
    if (tags) {
        for (const TagCount &t : *tags)
            names << t.name;
    }
    bool ok = false;
    const QString tag = QInputDialog::getItem(
        m_window, tr("Tag Records"),
        tr("Tag for %n selected record(s):", nullptr, int(selectedRecords().size())), names, 0,
        true, &ok);
    if (ok && !tag.trimmed().isEmpty())
        tagSelection(tag);
}

int RecordTableMenus::exportSelection(const QString &path)
{
    Project *project = m_window->project();
    if (!project)
        return -1;
    ExportSelection selection;
    selection.recordIds = selectedRecords();
    selection.includeDuplicates = true;                 // what is selected is what is written
    selection.viewerId = m_window->currentReviewerId(); // the tags this person sees
    QString format;
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const QString &id : ExportFormats::ids()) {
        if (ExportFormats::extension(id) == suffix)
            format = id;
    }
    if (format.isEmpty())
        format = ExportFormats::ids().first();
    const Result<int> written = ExportJob::run(*project, selection, format, path);
    if (!written) {
        QMessageBox::warning(m_window, tr("Not exported"), written.errorString());
        return -1;
    }
    m_window->statusBar()->showMessage(
        tr("%1: %n record(s) written", nullptr, *written).arg(QFileInfo(path).fileName()), 8000);
    return *written;
}

void RecordTableMenus::askExport()
{
    QStringList filters;
    for (const QString &id : ExportFormats::ids())
        filters << QStringLiteral("%1 (*.%2)").arg(id.toUpper(), ExportFormats::extension(id));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Selected Records"),
                                                      Preferences::exportFolder.value(),
                                                      filters.join(QLatin1String(";;")));
    if (!path.isEmpty())
        exportSelection(path);
}

} // namespace evimap::ui
