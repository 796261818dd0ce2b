#include "export/exportreferencesdialog.h"

#include "core/preferences.h"
#include "export/recordwriter.h"
#include "mainwindow.h"
#include "project/project.h"
#include "records/recordtablemodel.h"
#include "windowplacement.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace evimap::ui {

namespace {

constexpr int scopeCount = 5;

} // namespace

ExportReferencesDialog::ExportReferencesDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_scopes(new QButtonGroup(this))
    , m_duplicates(new QCheckBox(tr("Also export records merged as &duplicates"), this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("exportReferencesDialog"));
    setWindowTitle(tr("Export References"));

    auto *records = new QGroupBox(tr("Records"), this);
    auto *recordsLayout = new QVBoxLayout(records);
    for (int i = 0; i < scopeCount; ++i) {
        auto *radio = new QRadioButton(records);
        m_scopes->addButton(radio, i);
        recordsLayout->addWidget(radio);
    }
    button(Scope::Selection)->setObjectName(QStringLiteral("scopeSelection"));
    button(Scope::Filter)->setObjectName(QStringLiteral("scopeFilter"));
    button(Scope::IncludedAbstracts)->setObjectName(QStringLiteral("scopeIncludedTa"));
    button(Scope::IncludedFullText)->setObjectName(QStringLiteral("scopeIncludedFt"));
    button(Scope::All)->setObjectName(QStringLiteral("scopeAll"));
    m_duplicates->setObjectName(QStringLiteral("includeDuplicates"));
    recordsLayout->addWidget(m_duplicates);
    auto *blindNote =
        new QLabel(tr("The included records are those whose decision is settled (agreed or "
                      "resolved); records still being screened are not exported."),
                   records);
    blindNote->setWordWrap(true);
    blindNote->setForegroundRole(QPalette::PlaceholderText);
    recordsLayout->addWidget(blindNote);

    for (const QString &id : ExportFormats::ids())
        m_format->addItem(ExportFormats::label(id), id);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File to write"));
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto *fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(formatLabel, m_format);
    form->addRow(fileLabel, pathRow);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    // Beside the result, shown once a file is written.
    m_openFolder = new QPushButton(tr("Open F&older"), this);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setVisible(false);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    // Enter exports; the buttons' roles do not close the dialog by themselves.
    connect(m_export, &QPushButton::clicked, this, &ExportReferencesDialog::startExport);
    connect(close, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelExport();
        else
            reject();
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportReferencesDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            &ExportReferencesDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportReferencesDialog::updateButtons);
    connect(m_scopes, &QButtonGroup::idToggled, this, &ExportReferencesDialog::updateButtons);
    connect(m_duplicates, &QCheckBox::toggled, this, &ExportReferencesDialog::updateScopeTexts);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportReferencesDialog::exportDone);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(records);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_openFolder, 0, Qt::AlignTop);
    layout->addLayout(resultRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const QString folder = Preferences::exportStartFolder();
    m_path->setText(QDir(folder.isEmpty() ? QFileInfo(projectPath).absolutePath() : folder)
                        .filePath(QFileInfo(projectPath).completeBaseName() +
                                  QStringLiteral("-references.") +
                                  ExportFormats::extension(format())));
    setScope(Scope::All);
    updateScopeTexts();
    resize(560, sizeHint().height());
    WindowPlacement::apply(this, QStringLiteral("exportReferences"));
}

ExportReferencesDialog::~ExportReferencesDialog()
{
    cancelExport();
    m_watcher.waitForFinished();
}

QRadioButton *ExportReferencesDialog::button(Scope scope) const
{
    return static_cast<QRadioButton *>(m_scopes->button(int(scope)));
}

void ExportReferencesDialog::setSelectedRecords(const QList<qint64> &recordIds)
{
    m_selected = recordIds;
    updateScopeTexts();
    if (!m_selected.isEmpty())
        setScope(Scope::Selection);
}

void ExportReferencesDialog::setFilter(const QString &name, const QList<qint64> &recordIds)
{
    m_filterName = name;
    m_filterIds = recordIds;
    m_filterIsSet = true;
    m_search.clear();
    updateScopeTexts();
    if (m_selected.isEmpty() && isScopeAvailable(Scope::Filter))
        setScope(Scope::Filter);
}

void ExportReferencesDialog::setSearch(const QString &text)
{
    m_search = text.trimmed();
    m_filterIsSet = false;
    updateScopeTexts();
    if (m_selected.isEmpty() && isScopeAvailable(Scope::Filter))
        setScope(Scope::Filter);
}

void ExportReferencesDialog::setIncludeDuplicates(bool include)
{
    m_duplicates->setChecked(include);
}

void ExportReferencesDialog::setScope(Scope scope)
{
    if (QRadioButton *radio = button(scope); radio && radio->isEnabled())
        radio->setChecked(true);
    updateButtons();
}

ExportReferencesDialog::Scope ExportReferencesDialog::scope() const
{
    return Scope(std::max(0, m_scopes->checkedId()));
}

bool ExportReferencesDialog::isScopeAvailable(Scope scope) const
{
    switch (scope) {
    case Scope::Selection:
        return !m_selected.isEmpty();
    case Scope::Filter:
        return m_filterIsSet ? !m_filterIds.isEmpty() : !m_search.isEmpty();
    default:
        return true;
    }
}

void ExportReferencesDialog::setFormat(const QString &formatId)
{
    const int index = m_format->findData(formatId);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportReferencesDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportReferencesDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportReferencesDialog::path() const
{
    return m_path->text().trimmed();
}

ExportSelection ExportReferencesDialog::selection() const
{
    ExportSelection selection;
    selection.includeDuplicates = m_duplicates->isChecked();
    switch (scope()) {
    case Scope::Selection:
        selection.recordIds = m_selected;
        selection.includeDuplicates = true; // what was selected, as it was selected
        break;
    case Scope::Filter:
        if (m_filterIsSet) {
            selection.recordIds = m_filterIds;
            selection.includeDuplicates = true;
        } else {
            selection.searchText = m_search;
        }
        break;
    case Scope::IncludedAbstracts:
        selection.includedAtStage = QStringLiteral("ta");
        break;
    case Scope::IncludedFullText:
        selection.includedAtStage = QStringLiteral("ft");
        break;
    case Scope::All:
        break;
    }
    return selection;
}

void ExportReferencesDialog::updateScopeTexts()
{
    const QLocale locale;
    // The sets the project decides are counted as ExportJob will select them.
    QList<int> counts(scopeCount, -1);
    if (Result<std::unique_ptr<Project>> project =
            Project::open(m_projectPath, Project::Access::ReadOnly)) {
        const auto count = [&](ExportSelection s) {
            s.includeDuplicates = m_duplicates->isChecked();
            Result<QList<qint64>> ids = ExportJob::selectIds(*project.value(), s);
            return ids ? int(ids.value().size()) : -1;
        };
        counts[int(Scope::IncludedAbstracts)] = count({{}, QStringLiteral("ta"), {}, false});
        counts[int(Scope::IncludedFullText)] = count({{}, QStringLiteral("ft"), {}, false});
        counts[int(Scope::All)] = count({});
        if (!m_filterIsSet && !m_search.isEmpty())
            counts[int(Scope::Filter)] = count({m_search, {}, {}, false});
    }
    if (m_filterIsSet)
        counts[int(Scope::Filter)] = int(m_filterIds.size());
    counts[int(Scope::Selection)] = int(m_selected.size());
    const auto withCount = [&](const QString &text, Scope scope) {
        const int n = counts.at(int(scope));
        return n < 0 ? text : tr("%1 (%2)").arg(text, locale.toString(n));
    };
    button(Scope::Selection)->setText(withCount(tr("&Selected records"), Scope::Selection));
    const auto plain = [](QString text) {
        return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
    };
    QString filterText = tr("&Records shown by a filter or search");
    if (m_filterIsSet)
        filterText = tr("&Records of the filter \"%1\"").arg(plain(m_filterName));
    else if (!m_search.isEmpty())
        filterText = tr("&Records found by the search \"%1\"").arg(plain(m_search));
    button(Scope::Filter)->setText(withCount(filterText, Scope::Filter));
    button(Scope::IncludedAbstracts)
        ->setText(withCount(tr("Included at &title and abstract"), Scope::IncludedAbstracts));
    button(Scope::IncludedFullText)
        ->setText(withCount(tr("Included at f&ull text"), Scope::IncludedFullText));
    button(Scope::All)->setText(withCount(tr("&All records"), Scope::All));
    for (int i = 0; i < scopeCount; ++i)
        m_scopes->button(i)->setEnabled(isScopeAvailable(Scope(i)));
    if (!m_scopes->checkedButton() || !m_scopes->checkedButton()->isEnabled())
        setScope(Scope::All);
    updateButtons();
}

void ExportReferencesDialog::updateButtons()
{
    const bool running = isRunning();
    const Scope s = scope();
    // Explicit records are exported as they are; the duplicates setting is for the rest.
    m_duplicates->setEnabled(!running && s != Scope::Selection &&
                             !(s == Scope::Filter && m_filterIsSet));
    m_export->setEnabled(!running && !path().isEmpty() && isScopeAvailable(s));
    m_format->setEnabled(!running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    for (QAbstractButton *radio : m_scopes->buttons())
        radio->setEnabled(!running && isScopeAvailable(Scope(m_scopes->id(radio))));
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel") : tr("&Close"));
}

void ExportReferencesDialog::formatChanged()
{
    // The file keeps its name and takes the format's suffix.
    const QString current = path();
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    const QString known = info.suffix().toLower();
    QStringList suffixes;
    for (const QString &id : ExportFormats::ids())
        suffixes << ExportFormats::extension(id);
    const QString base = suffixes.contains(known)
                             ? current.left(current.size() - info.suffix().size() - 1)
                             : current;
    m_path->setText(base + QLatin1Char('.') + ExportFormats::extension(format()));
}

void ExportReferencesDialog::chooseFile()
{
    const QString suffix = ExportFormats::extension(format());
    const QString filter = tr("%1 (*.%2)").arg(ExportFormats::label(format()), suffix);
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export References"), path(), filter);
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().toLower() != suffix)
        chosen += QLatin1Char('.') + suffix;
    m_path->setText(chosen);
}

void ExportReferencesDialog::startExport()
{
    if (isRunning() || path().isEmpty() || !isScopeAvailable(scope()))
        return;
    const QString projectPath = m_projectPath;
    const ExportSelection chosen = selection();
    const QString formatId = format();
    QString target = path();
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + ExportFormats::extension(formatId);
    m_writtenPath = QFileInfo(target).absoluteFilePath();
    m_written = 0;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    m_result->clear();
    m_openFolder->setVisible(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_watcher.setFuture(QtConcurrent::run(
        [projectPath, chosen, formatId, target, cancelled](QPromise<Outcome> &promise) {
            Outcome outcome;
            Result<std::unique_ptr<Project>> project =
                Project::open(projectPath, Project::Access::ReadOnly);
            if (!project) {
                outcome.error = project.error();
                promise.addResult(outcome);
                return;
            }
            ExportControl control;
            control.cancelled = cancelled.get();
            control.progress = [&promise](int written, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(written);
            };
            const Result<int> written =
                ExportJob::run(*project.value(), chosen, formatId, target, control);
            outcome.ok = written.ok();
            if (written)
                outcome.written = written.value();
            else
                outcome.error = written.error();
            promise.addResult(outcome);
        }));
    updateButtons();
}

bool ExportReferencesDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ExportReferencesDialog::cancelExport()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ExportReferencesDialog::exportDone()
{
    m_progress->setVisible(false);
    Outcome written;
    written.error = failure(tr("the export did not finish"));
    if (m_watcher.future().resultCount() > 0)
        written = m_watcher.future().result();
    if (written.ok) {
        m_written = written.written;
        const QString file = QDir::toNativeSeparators(m_writtenPath);
        m_result->setText(
            m_written == 1 ? tr("Wrote 1 record to %1").arg(file)
                           : tr("Wrote %1 records to %2").arg(QLocale().toString(m_written), file));
        m_openFolder->setVisible(true);
        m_openFolder->setFocus();
        Preferences::lastOpenFolder.setValue(QFileInfo(m_writtenPath).absolutePath());
    } else if (written.error.kind == Error::Kind::Cancelled) {
        m_result->setText(tr("Export cancelled; nothing was written."));
    } else {
        m_result->setText(tr("Not exported: %1").arg(written.error.message));
    }
    updateButtons();
    emit exportFinished(written.ok);
}

QString ExportReferencesDialog::resultText() const
{
    return m_result->text();
}

void ExportReferencesDialog::reject()
{
    // Esc, or the project closing, while writing: the export stops, leaving no file, and the
    // dialog closes. (The Cancel button stops it and keeps the dialog open to say so.)
    if (isRunning()) {
        cancelExport();
        m_watcher.waitForFinished();
    }
    QDialog::reject();
}

void ExportReferencesDialog::exportFromWindow(MainWindow *window)
{
    Project *project = window->project();
    if (!project)
        return;
    ExportReferencesDialog dialog(project->filePath(), window);
    if (const QAction *duplicates =
            window->findChild<QAction *>(QStringLiteral("showDuplicatesAction")))
        dialog.setIncludeDuplicates(duplicates->isChecked());
    if (RecordTableModel *model = window->recordModel())
        dialog.setSearch(model->searchText());
    QList<qint64> selected;
    if (QItemSelectionModel *selection = window->recordTable()->selectionModel()) {
        const QModelIndexList rows = selection->selectedRows();
        for (const QModelIndex &row : rows) {
            if (const qint64 id = window->recordModel()->recordId(row.row()); id > 0)
                selected << id;
        }
    }
    std::sort(selected.begin(), selected.end());
    dialog.setSelectedRecords(selected);
    // A single row is usually where the keyboard is, not a choice of records: offered, not
    // chosen.
    if (selected.size() == 1)
        dialog.setScope(dialog.isScopeAvailable(Scope::Filter) ? Scope::Filter : Scope::All);
    dialog.exec();
}

} // namespace evimap::ui
