#include "charts/reportdialog.h"

#include "core/preferences.h"
#include "maps/mapcodebook.h"
#include "project/project.h"
#include "project/projectproperties.h"
#include "windowplacement.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace evimap::ui {

namespace {

QString scopeText(ScreeningScope scope)
{
    switch (scope) {
    case ScreeningScope::Auto:
        return ReportDialog::tr("the furthest stage reached");
    case ScreeningScope::IncludedFullText:
        return ReportDialog::tr("included at full text");
    case ScreeningScope::IncludedTitleAbstract:
        return ReportDialog::tr("included at title/abstract");
    case ScreeningScope::All:
        return ReportDialog::tr("all records");
    }
    return {};
}

} // namespace

ReportDialog::ReportDialog(const QString &projectPath, qint64 viewerId, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_viewerId(viewerId)
    , m_title(new QLineEdit(this))
    , m_authors(new QLineEdit(this))
    , m_rows(new QComboBox(this))
    , m_columns(new QComboBox(this))
    , m_colour(new QComboBox(this))
    , m_useFilters(new QCheckBox(tr("Use the Evidence Map window's &filters"), this))
    , m_filters(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report"));

    // Front matter.
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_authors->setObjectName(QStringLiteral("reportAuthors"));
    m_authors->setPlaceholderText(tr("Names separated by semicolons"));
    auto *front = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    auto *authorsLabel = new QLabel(tr("A&uthors:"), this);
    authorsLabel->setBuddy(m_authors);
    front->addRow(titleLabel, m_title);
    front->addRow(authorsLabel, m_authors);

    // Sections, in the report's order, two columns.
    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionGrid = new QGridLayout(sections);
    const QStringList names = ReportWriter::sectionNames();
    const QStringList mnemonics = {tr("&Summary of the project"),
                                   tr("&PRISMA 2020 flow diagram"),
                                   tr("Evidence &map"),
                                   tr("C&harts"),
                                   tr("Included &items and codes"),
                                   tr("Appendi&x: codebook")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        const ReportWriter::Section section = ReportWriter::sectionOf(names.at(i));
        auto *box = new QCheckBox(mnemonics.value(i), sections);
        box->setObjectName(QStringLiteral("section_") + names.at(i));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ReportDialog::updateButtons);
        m_sections.insert(int(section), box);
        sectionGrid->addWidget(box, int(i % 3), int(i / 3));
    }

    // The map.
    auto *mapBox = new QGroupBox(tr("The map"), this);
    auto *mapForm = new QFormLayout(mapBox);
    m_rows->setObjectName(QStringLiteral("reportRows"));
    m_columns->setObjectName(QStringLiteral("reportColumns"));
    m_colour->setObjectName(QStringLiteral("reportColour"));
    m_colour->addItem(tr("None"), QString());
    if (Result<std::unique_ptr<Project>> project =
            Project::open(projectPath, Project::Access::ReadOnly)) {
        // The title page defaults to the project's properties (File ▸ Project Properties…).
        const ProjectProperties properties = ProjectProperties::read(*project.value());
        m_title->setText(properties.name);
        m_authors->setText(properties.authors.join(QStringLiteral("; ")));
        if (Result<MapCodebook> codebook = MapCodebook::read(*project.value())) {
            for (const MapDimension &d : codebook.value().dimensions()) {
                const QString key = d.key.isEmpty() ? d.label : d.key;
                m_rows->addItem(d.label, key);
                m_columns->addItem(d.label, key);
                m_colour->addItem(d.label, key);
            }
            m_map = EvidenceMapQuery::defaults(codebook.value());
        }
    }
    auto *rowsLabel = new QLabel(tr("&Rows:"), mapBox);
    rowsLabel->setBuddy(m_rows);
    auto *columnsLabel = new QLabel(tr("Colum&ns:"), mapBox);
    columnsLabel->setBuddy(m_columns);
    auto *colourLabel = new QLabel(tr("Co&lour:"), mapBox);
    colourLabel->setBuddy(m_colour);
    mapForm->addRow(rowsLabel, m_rows);
    mapForm->addRow(columnsLabel, m_columns);
    mapForm->addRow(colourLabel, m_colour);
    m_useFilters->setObjectName(QStringLiteral("reportUseFilters"));
    m_useFilters->setChecked(true);
    m_filters->setObjectName(QStringLiteral("reportFilters"));
    m_filters->setWordWrap(true);
    mapForm->addRow(m_useFilters);
    mapForm->addRow(m_filters);

    // Where.
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_browse->setObjectName(QStringLiteral("reportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *where = new QFormLayout;
    auto *pathLabel = new QLabel(tr("Sa&ve as:"), this);
    pathLabel->setBuddy(m_path);
    where->addRow(pathLabel, pathRow);
    const QString folder = Preferences::exportStartFolder();
    m_path->setText(
        QDir(folder.isEmpty() ? QFileInfo(projectPath).absolutePath() : folder)
            .filePath(QFileInfo(projectPath).completeBaseName() + QStringLiteral("-report.pdf")));

    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAccessibleName(tr("Report progress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_result->setObjectName(QStringLiteral("reportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_write = m_buttons->addButton(tr("&Write Report"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("writeReportButton"));
    m_write->setDefault(true);
    // Beside the result, shown once the report is written.
    m_open = new QPushButton(tr("&Open Report"), this);
    m_open->setObjectName(QStringLiteral("openReportButton"));
    m_open->setVisible(false);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_write, &QPushButton::clicked, this, &ReportDialog::startReport);
    connect(close, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelReport();
        else
            reject();
    });
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_written)); });
    connect(m_browse, &QPushButton::clicked, this, &ReportDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportDialog::reportDone);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(front);
    layout->addWidget(sections);
    layout->addWidget(mapBox);
    layout->addLayout(where);
    layout->addWidget(m_progress);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_open, 0, Qt::AlignTop);
    layout->addLayout(resultRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setMap(m_map);
    resize(600, sizeHint().height());
    WindowPlacement::apply(this, QStringLiteral("report"));
}

ReportDialog::~ReportDialog()
{
    // The worker paints with the application's fonts: it must end before the dialog does.
    cancelReport();
    m_watcher.waitForFinished();
}

void ReportDialog::setReportTitle(const QString &title)
{
    m_title->setText(title);
}

QString ReportDialog::reportTitle() const
{
    return m_title->text().trimmed();
}

void ReportDialog::setAuthors(const QStringList &authors)
{
    m_authors->setText(authors.join(QStringLiteral("; ")));
}

QStringList ReportDialog::authors() const
{
    QStringList names;
    for (const QString &name : m_authors->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    }
    return names;
}

void ReportDialog::setSections(ReportWriter::Sections sections)
{
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setChecked(sections.testFlag(ReportWriter::Section(it.key())));
}

ReportWriter::Sections ReportDialog::sections() const
{
    ReportWriter::Sections chosen;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            chosen |= ReportWriter::Section(it.key());
    }
    return chosen;
}

QCheckBox *ReportDialog::sectionBox(ReportWriter::Section section) const
{
    return m_sections.value(int(section));
}

void ReportDialog::setMap(const EvidenceMapQuery &query)
{
    m_map = query;
    const auto select = [](QComboBox *box, const QString &key) {
        const int i = box->findData(key);
        if (i >= 0)
            box->setCurrentIndex(i);
        else if (key.isEmpty() && box->findData(QString()) >= 0)
            box->setCurrentIndex(box->findData(QString()));
    };
    select(m_rows, query.rows);
    select(m_columns, query.columns);
    select(m_colour, query.colour);
    QStringList parts;
    parts << tr("Records: %1").arg(scopeText(query.scope));
    if (query.yearFrom > 0 || query.yearTo > 0)
        parts << tr("years %1 to %2")
                     .arg(query.yearFrom > 0 ? QString::number(query.yearFrom)
                                             : QStringLiteral("…"),
                          query.yearTo > 0 ? QString::number(query.yearTo) : QStringLiteral("…"));
    for (const EvidenceMapQuery::Filter &f : query.filters)
        parts << QStringLiteral("%1 = %2").arg(f.dimension, f.code);
    m_filters->setText(parts.join(QStringLiteral("; ")));
    const bool any = query.scope != ScreeningScope::Auto || query.yearFrom > 0 ||
                     query.yearTo > 0 || !query.filters.isEmpty();
    m_mapHasFilters = any;
    m_useFilters->setEnabled(any);
    m_useFilters->setChecked(any);
}

void ReportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ReportDialog::path() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
        path += QStringLiteral(".pdf");
    return path;
}

ReportWriter::Options ReportDialog::options() const
{
    ReportWriter::Options options;
    options.title = reportTitle();
    options.authors = authors();
    options.sections = sections();
    options.viewerId = m_viewerId;
    if (m_useFilters->isChecked())
        options.map = m_map;
    options.map.rows = m_rows->currentData().toString();
    options.map.columns = m_columns->currentData().toString();
    options.map.colour = m_colour->currentData().toString();
    if (options.map.colour == options.map.rows || options.map.colour == options.map.columns)
        options.map.colour.clear();
    return options;
}

void ReportDialog::chooseFile()
{
    QString chosen =
        QFileDialog::getSaveFileName(this, tr("Save Report"), path(), tr("PDF (*.pdf)"));
    if (chosen.isEmpty())
        return;
    if (QFileInfo(chosen).suffix().toLower() != QLatin1String("pdf"))
        chosen += QStringLiteral(".pdf");
    m_path->setText(chosen);
}

void ReportDialog::updateButtons()
{
    const bool running = isRunning();
    m_write->setEnabled(!running && !path().isEmpty() && sections().toInt() != 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_authors, m_rows, m_columns,
                                                       m_colour, m_useFilters, m_path, m_browse})
        w->setEnabled(!running);
    for (QCheckBox *box : std::as_const(m_sections))
        box->setEnabled(!running);
    if (!running)
        m_useFilters->setEnabled(m_mapHasFilters);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel") : tr("&Close"));
    if (sections().toInt() == 0 && !running)
        m_result->setText(tr("Choose at least one section."));
    else if (m_result->text() == tr("Choose at least one section."))
        m_result->clear();
}

void ReportDialog::startReport()
{
    if (isRunning() || path().isEmpty() || sections().toInt() == 0)
        return;
    const QString projectPath = m_projectPath;
    const QString target = QFileInfo(path()).absoluteFilePath();
    const ReportWriter::Options chosen = options();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto cancelled = m_cancelled;
    m_written.clear();
    m_result->clear();
    m_open->setVisible(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    // A report of thousands of items takes seconds: it is written on a worker thread, over a
    // read-only connection of its own; a cancelled or failed report leaves no file.
    m_watcher.setFuture(
        QtConcurrent::run([projectPath, target, chosen, cancelled](QPromise<Status> &promise) {
            promise.setProgressRange(0, 100);
            Result<std::unique_ptr<Project>> project =
                Project::open(projectPath, Project::Access::ReadOnly);
            if (!project) {
                promise.addResult(Status(project.error()));
                return;
            }
            ReportWriter::Options options = chosen;
            options.cancelled = cancelled.get();
            options.progress = [&promise](int percent) { promise.setProgressValue(percent); };
            promise.addResult(ReportWriter::write(*project.value(), target, options));
        }));
    m_result->setProperty("target", target);
    updateButtons();
}

bool ReportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ReportDialog::cancelReport()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ReportDialog::reportDone()
{
    m_progress->setVisible(false);
    const Status written = m_watcher.future().resultCount() > 0
                               ? m_watcher.future().result()
                               : Status(failure(tr("the report was not written")));
    const QString target = m_result->property("target").toString();
    if (written) {
        m_written = target;
        m_result->setText(tr("Report saved to %1").arg(QDir::toNativeSeparators(target)));
        m_open->setVisible(true);
        m_open->setFocus();
        Preferences::lastOpenFolder.setValue(QFileInfo(target).absolutePath());
    } else if (written.error().kind == Error::Kind::Cancelled) {
        m_result->setText(tr("Report cancelled; nothing was written."));
    } else {
        m_result->setText(tr("Report not written: %1").arg(written.errorString()));
    }
    updateButtons();
    emit reportFinished(bool(written));
}

QString ReportDialog::resultText() const
{
    return m_result->text();
}

void ReportDialog::reject()
{
    // Esc, or the project closing, while writing: the report stops, leaving no file, and the
    // dialog closes. (The Cancel button stops it and keeps the dialog open to say so.)
    if (isRunning()) {
        cancelReport();
        m_watcher.waitForFinished();
    }
    QDialog::reject();
}

} // namespace evimap::ui
