#include "importdialog.h"
#include "windowplacement.h"

#include "core/preferences.h"
#include "csvmappingdialog.h"
#include "import/formatregistry.h"
#include "project/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
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

QString detectedFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return FormatRegistry::detect(file.read(64 * 1024), QFileInfo(path).fileName());
}

} // namespace

ImportDialog::ImportDialog(Project &project, const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_files(files)
    , m_source(new QComboBox(this))
    , m_route(new QComboBox(this))
    , m_date(new QLineEdit(this))
    , m_query(new QPlainTextEdit(this))
    , m_findDuplicates(new QCheckBox(tr("&Find duplicates after importing"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %n File(s)", nullptr, int(files.size())));
    WindowPlacement::apply(this, QStringLiteral("import"));

    // The files and what each was recognised as.
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("importFiles"));
    list->setAccessibleName(tr("Files to import"));
    bool allPdfs = true;
    int unknown = 0;
    for (const QString &path : files) {
        const QString id = detectedFormat(path);
        const FormatRegistry::Format *format = FormatRegistry::find(id);
        auto *item = new QListWidgetItem(list);
        item->setToolTip(path);
        if (!format) {
            ++unknown;
            item->setText(tr("%1 — format not recognised").arg(QFileInfo(path).fileName()));
            item->setForeground(QColor(0xa4, 0x00, 0x00));
        } else {
            item->setText(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), format->name));
        }
        allPdfs = allPdfs && id == QLatin1String("pdf");
        if (id == QLatin1String("csv") && m_firstCsv.isEmpty())
            m_firstCsv = path;
    }
    list->setMaximumHeight(qMin(6, int(files.size()) + 1) * list->fontMetrics().height() * 3 / 2);

    // Provenance, for PRISMA.
    m_source->setEditable(true);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->lineEdit()->setPlaceholderText(tr("e.g. PsycINFO (Ovid)"));
    QStringList sources = ImportJob::sourcesUsed(project);
    for (const char *known : {"PsycINFO", "MEDLINE (PubMed)", "Web of Science", "Scopus", "CINAHL",
                              "Embase", "Cochrane Library", "Google Scholar"}) {
        if (!sources.contains(QLatin1String(known)))
            sources.append(QLatin1String(known));
    }
    m_source->addItems(sources);
    m_source->setCurrentIndex(-1);
    m_source->setInsertPolicy(QComboBox::NoInsert);

    m_route->setObjectName(QStringLiteral("importRoute"));
    for (const QString &route : ImportJob::routes())
        m_route->addItem(routeLabel(route), route);
    // Reports arrive as PDFs from charities and services; references from databases.
    m_route->setCurrentIndex(
        m_route->findData(allPdfs ? QStringLiteral("organisation") : QStringLiteral("database")));

    m_date->setObjectName(QStringLiteral("importDate"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_date->setMaxLength(10);
    m_query->setObjectName(QStringLiteral("importQuery"));
    m_query->setPlaceholderText(tr("The search as run, to report it (optional)"));
    m_query->setTabChangesFocus(true);
    m_query->setFixedHeight(m_query->fontMetrics().height() * 4 + 12);

    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Identified &through:"), m_route);
    form->addRow(tr("Search &date:"), m_date);
    form->addRow(tr("Search &query:"), m_query);
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

    bool anyPdf = false;
    for (const QString &path : files)
        anyPdf = anyPdf || detectedFormat(path) == QLatin1String("pdf");
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
    layout->addWidget(list);
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
        Preferences::findDuplicatesAfterImport.setValue(m_findDuplicates->isChecked());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QLineEdit::textChanged, this, &ImportDialog::validate);
    validate();
    m_source->setFocus();
    resize(560, sizeHint().height());
}

QPushButton *ImportDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.source = m_source->currentText().trimmed();
    options.route = m_route->currentData().toString();
    options.searchDate = m_date->text().trimmed();
    options.searchQuery = m_query->toPlainText().trimmed();
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
    QString problem;
    const QString text = m_date->text().trimmed();
    if (!text.isEmpty()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            problem = tr("The search date is not a date like 2026-03-31.");
        else if (date > QDate::currentDate())
            problem = tr("The search date lies in the future.");
    }
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
