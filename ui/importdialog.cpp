#include "importdialog.h"
#include "windowplacement.h"

#include "core/preferences.h"
#include "csvmappingdialog.h"
#include "import/formatregistry.h"
#include "import/importjob.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

// The PRISMA 2020 wording of each identification route.
QString routeLabel(const QString &route)
{
    if (route == QLatin1String("database"))
        return ImportDialog::tr("Databases");
    if (route == QLatin1String("register"))
        return ImportDialog::tr("Registers");
    if (route == QLatin1String("website"))
        return ImportDialog::tr("Websites");
    if (route == QLatin1String("organisation"))
        return ImportDialog::tr("Organisations");
    if (route == QLatin1String("citation"))
        return ImportDialog::tr("Citation searching");
    if (route == QLatin1String("expert"))
        return ImportDialog::tr("Experts and contacts");
    return ImportDialog::tr("Other methods");
}

// The locale's short date with a four-digit year: 15/01/2025 in the UK, 1/15/2025 in the US.
QString localDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// A date field types as people write dates: QDateEdit moves to the next section by itself once
// a section is full ("15" of 15/01/2025), and would then take the "/" typed after it as a move
// past the month. A separator typed where the field has already moved on is dropped.
class SeparatorAfterFullSection final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const QString typed = static_cast<QKeyEvent *>(event)->text();
        // Separators only: Backspace, Tab and the digits go their usual way.
        if (typed.size() != 1 || !(typed.front().isPunct() || typed.front().isSymbol()))
            return false;
        const auto *edit = watched->findChild<QLineEdit *>();
        if (!edit)
            return false;
        const int at = edit->hasSelectedText() ? edit->selectionStart() : edit->cursorPosition();
        const QString text = edit->text();
        return at > 0 && at <= text.size() && !text.at(at - 1).isDigit();
    }
};

} // namespace

ImportDialog::ImportDialog(Project &project, const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(files.size()), ColumnCount, this))
    , m_detailsTitle(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_route(new QComboBox(this))
    , m_dateGiven(new QCheckBox(tr("Searched &on:"), this))
    , m_date(new QDateEdit(this))
    , m_query(new QPlainTextEdit(this))
    , m_findDuplicates(new QCheckBox(tr("&Find duplicates after importing"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %n File(s)", nullptr, int(files.size())));
    WindowPlacement::apply(this, QStringLiteral("import"));

    // Each file: what it was recognised as, how many records it holds, which database it
    // names. Counting reads the file once, without parsing (see FilePreview).
    bool anyPdf = false;
    int unknown = 0;
    qint64 total = 0;
    for (const QString &path : files) {
        File file;
        file.path = path;
        file.preview = FilePreview::of(path);
        const QString id = file.preview.format;
        file.source = file.preview.source;
        // Reports arrive as PDFs from charities and services; references from databases.
        file.route = id == QLatin1String("pdf") ? QStringLiteral("organisation")
                                                : QStringLiteral("database");
        anyPdf = anyPdf || id == QLatin1String("pdf");
        if (id.isEmpty())
            ++unknown;
        if (file.preview.records > 0)
            total += file.preview.records;
        if (id == QLatin1String("csv") && m_firstCsv.isEmpty())
            m_firstCsv = path;
        m_files.append(file);
    }
    m_table->setObjectName(QStringLiteral("importFiles"));
    m_table->setAccessibleName(tr("Files to import"));
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Records"), tr("Source"), tr("Search date")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RecordsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(SourceColumn, 150);
    m_table->setTabKeyNavigation(false);
    for (int row = 0; row < m_files.size(); ++row) {
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        updateRow(row);
    }
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rowHeight * qMin(5, int(files.size())) + 2 * m_table->frameWidth() + 2);
    auto *totalLabel = new QLabel(
        files.size() > 1 ? tr("%1 records in %2 files, counted before importing.")
                               .arg(QLocale().toString(total))
                               .arg(files.size())
                         : tr("Records counted before importing; unreadable ones are skipped, "
                              "and the summary says which."),
        this);
    totalLabel->setObjectName(QStringLiteral("importTotal"));
    totalLabel->setWordWrap(true);

    // Provenance, for PRISMA: the fields show the file selected above.
    m_detailsTitle->setObjectName(QStringLiteral("importDetailsTitle"));
    m_source->setEditable(true);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->lineEdit()->setPlaceholderText(tr("e.g. PsycINFO (Ovid) — required"));
    QStringList sources = ImportJob::sourcesUsed(project);
    for (const File &file : std::as_const(m_files)) {
        if (!file.preview.source.isEmpty() && !sources.contains(file.preview.source))
            sources.append(file.preview.source);
    }
    for (const char *known : {"PsycINFO", "MEDLINE (PubMed)", "Web of Science", "Scopus", "CINAHL",
                              "Embase", "CAB Abstracts", "Cochrane Library", "Google Scholar"}) {
        if (!sources.contains(QLatin1String(known)))
            sources.append(QLatin1String(known));
    }
    m_source->addItems(sources);
    m_source->setCurrentIndex(-1);
    m_source->setInsertPolicy(QComboBox::NoInsert);

    m_route->setObjectName(QStringLiteral("importRoute"));
    for (const QString &route : ImportJob::routes())
        m_route->addItem(routeLabel(route), route);

    // Dates as the locale writes them (15/01/2025 in the UK), or picked from the calendar.
    m_dateGiven->setObjectName(QStringLiteral("importDateGiven"));
    m_date->setObjectName(QStringLiteral("importDate"));
    m_date->setAccessibleName(tr("Search date"));
    m_date->setDisplayFormat(localDateFormat());
    m_date->setCalendarPopup(true);
    m_date->installEventFilter(new SeparatorAfterFullSection(m_date));
    m_date->setDate(QDate::currentDate());
    m_date->setToolTip(tr("Type the date as %1, or pick it from the calendar (the arrow).")
                           .arg(QLocale().toString(QDate(2025, 1, 15), localDateFormat())));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateGiven);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);

    m_query->setObjectName(QStringLiteral("importQuery"));
    m_query->setPlaceholderText(tr("The search as run, to report it (optional)"));
    m_query->setTabChangesFocus(true);
    m_query->setFixedHeight(m_query->fontMetrics().height() * 3 + 12);

    auto *form = new QFormLayout;
    form->addRow(m_detailsTitle);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Identified &through:"), m_route);
    form->addRow(tr("Search date:"), dateRow);
    form->addRow(tr("Search &query:"), m_query);
    if (files.size() > 1) {
        m_applyToAll = new QPushButton(tr("&Use for All Files"), this);
        m_applyToAll->setObjectName(QStringLiteral("importApplyToAll"));
        m_applyToAll->setToolTip(tr("Give every file this source, route, search date and query."));
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(m_applyToAll);
        form->addRow(row);
        connect(m_applyToAll, &QPushButton::clicked, this, &ImportDialog::applyToAll);
    }
    if (!m_firstCsv.isEmpty()) {
        m_columns = new QPushButton(tr("&Columns…"), this);
        m_columns->setObjectName(QStringLiteral("importColumns"));
        auto *row = new QHBoxLayout;
        auto *note = new QLabel(tr("Named automatically from the header line."), this);
        note->setObjectName(QStringLiteral("columnsNote"));
        row->addWidget(note, 1);
        row->addWidget(m_columns);
        form->addRow(tr("CSV columns:"), row);
        connect(m_columns, &QPushButton::clicked, this, &ImportDialog::editColumns);
    }
    if (anyPdf) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("importPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("Only for PDFs protected by a password"));
        form->addRow(tr("PDF &password:"), m_password);
    }

    m_findDuplicates->setChecked(Preferences::findDuplicatesAfterImport.value());
    m_findDuplicates->setToolTip(
        tr("Merge the certain duplicates by the project's thresholds and queue the rest for "
           "review (Records ▸ Find Duplicates)."));
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(totalLabel);
    if (unknown > 0) {
        auto *hint = new QLabel(tr("Files whose format is not recognised are refused, with the "
                                   "reason, when the others are imported."),
                                this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addLayout(form);
    layout->addWidget(m_findDuplicates);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        storeFields();
        validate();
        if (!importButton()->isEnabled())
            return;
        Preferences::findDuplicatesAfterImport.setValue(m_findDuplicates->isChecked());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showFile(row); });
    const auto changed = [this] {
        storeFields();
        validate();
    };
    connect(m_source, &QComboBox::currentTextChanged, this, changed);
    connect(m_route, &QComboBox::currentIndexChanged, this, changed);
    connect(m_dateGiven, &QCheckBox::toggled, this, [this, changed](bool given) {
        m_date->setEnabled(given);
        changed();
        if (given && !m_loading) {
            // Straight on to typing the date, its first part selected (as Tab selects it).
            m_date->setFocus(Qt::TabFocusReason);
            m_date->setSelectedSection(m_date->sectionAt(0));
        }
    });
    connect(m_date, &QDateEdit::dateChanged, this, changed);
    connect(m_query, &QPlainTextEdit::textChanged, this, changed);
    m_date->setEnabled(false);
    if (!m_files.isEmpty())
        m_table->setCurrentCell(0, FileColumn);
    showFile(m_files.isEmpty() ? -1 : 0);
    validate();
    m_source->setFocus();
    resize(640, sizeHint().height());
}

QPushButton *ImportDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ImportDialog::selectFile(int row)
{
    m_table->setCurrentCell(row, FileColumn);
}

void ImportDialog::showFile(int row)
{
    if (row == m_current && row >= 0)
        return;
    m_current = row;
    const bool valid = row >= 0 && row < m_files.size();
    m_loading = true;
    const File file = valid ? m_files.at(row) : File{};
    m_detailsTitle->setText(
        valid ? tr("<b>%1</b>").arg(QFileInfo(file.path).fileName().toHtmlEscaped()) : QString());
    m_source->setEditText(file.source);
    m_route->setCurrentIndex(qMax(0, m_route->findData(file.route)));
    m_dateGiven->setChecked(file.searchDate.isValid());
    m_date->setEnabled(file.searchDate.isValid());
    m_date->setDate(file.searchDate.isValid() ? file.searchDate : QDate::currentDate());
    m_query->setPlainText(file.query);
    m_loading = false;
}

void ImportDialog::storeFields()
{
    if (m_loading || m_current < 0 || m_current >= m_files.size())
        return;
    File &file = m_files[m_current];
    file.source = m_source->currentText().trimmed();
    file.route = m_route->currentData().toString();
    file.searchDate = m_dateGiven->isChecked() ? m_date->date() : QDate();
    file.query = m_query->toPlainText().trimmed();
    updateRow(m_current);
}

void ImportDialog::updateRow(int row)
{
    const File &file = m_files.at(row);
    const FormatRegistry::Format *format = FormatRegistry::find(file.preview.format);
    const QString name = QFileInfo(file.path).fileName();
    QTableWidgetItem *item = m_table->item(row, FileColumn);
    item->setToolTip(file.path);
    if (!format) {
        item->setText(tr("%1 — format not recognised").arg(name));
        item->setForeground(QColor(0xa4, 0x00, 0x00));
    } else {
        item->setText(QStringLiteral("%1 — %2").arg(name, format->name));
    }
    QTableWidgetItem *records = m_table->item(row, RecordsColumn);
    records->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    records->setText(!format                    ? QString()
                     : file.preview.records < 0 ? QStringLiteral("?")
                                                : QLocale().toString(file.preview.records));
    QTableWidgetItem *source = m_table->item(row, SourceColumn);
    const bool missing = format && file.source.isEmpty();
    source->setText(missing ? tr("(not given)") : file.source);
    source->setForeground(missing ? QColor(0xa4, 0x00, 0x00) : QColor());
    source->setToolTip(!file.preview.source.isEmpty() && file.preview.source == file.source
                           ? tr("Named by the file")
                           : QString());
    m_table->item(row, DateColumn)
        ->setText(file.searchDate.isValid() ? QLocale().toString(file.searchDate, localDateFormat())
                                            : QString());
}

void ImportDialog::applyToAll()
{
    storeFields();
    if (m_current < 0)
        return;
    const File model = m_files.at(m_current);
    for (int row = 0; row < m_files.size(); ++row) {
        m_files[row].source = model.source;
        m_files[row].route = model.route;
        m_files[row].searchDate = model.searchDate;
        m_files[row].query = model.query;
        updateRow(row);
    }
    validate();
}

QList<QPair<QString, ImportOptions>> ImportDialog::fileOptions() const
{
    QList<QPair<QString, ImportOptions>> list;
    for (int i = 0; i < m_files.size(); ++i)
        list.append({m_files.at(i).path, options(i)});
    return list;
}

ImportOptions ImportDialog::options(int index) const
{
    ImportOptions options;
    if (index < 0 || index >= m_files.size())
        return options;
    const File &file = m_files.at(index);
    options.source = file.source;
    options.route = file.route;
    options.searchDate =
        file.searchDate.isValid() ? file.searchDate.toString(Qt::ISODate) : QString();
    options.searchQuery = file.query;
    options.formatOptions = m_csvOptions;
    if (m_password)
        options.password = m_password->text();
    return options;
}

bool ImportDialog::findDuplicatesAfterwards() const
{
    return m_findDuplicates->isChecked();
}

void ImportDialog::validate()
{
    // A batch without a source cannot be counted in PRISMA's "records from databases (n per
    // database)": every file the importer can read must say where it came from.
    QStringList missing;
    for (const File &file : std::as_const(m_files)) {
        if (!file.preview.format.isEmpty() && file.source.isEmpty())
            missing << QFileInfo(file.path).fileName();
    }
    QStringList future;
    for (const File &file : std::as_const(m_files)) {
        // Not a maximum on the field: typing 15/01/2025 over today's date passes through
        // 15/12/2026, which a maximum would refuse half-way.
        if (file.searchDate.isValid() && file.searchDate > QDate::currentDate())
            future << QFileInfo(file.path).fileName();
    }
    QString problem;
    if (!future.isEmpty())
        problem = tr("The search date of %1 lies in the future.")
                      .arg(QLocale().createSeparatedList(future));
    else if (!missing.isEmpty())
        problem = tr("Say where %1 came from (Source): PRISMA counts records per source.")
                      .arg(QLocale().createSeparatedList(missing));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    importButton()->setEnabled(problem.isEmpty());
}

void ImportDialog::editColumns()
{
    CsvMappingDialog dialog(m_firstCsv, m_csvOptions, this);
    if (!dialog.isValid()) {
        QMessageBox::warning(this, tr("CSV columns"), dialog.errorText());
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_csvOptions = dialog.formatOptions();
    if (QLabel *note = findChild<QLabel *>(QStringLiteral("columnsNote")))
        note->setText(tr("Chosen by you (applies to every CSV file of this import)."));
}

} // namespace evimap::ui
