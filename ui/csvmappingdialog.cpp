#include "csvmappingdialog.h"
#include "windowplacement.h"

#include "import/csvreader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace evimap::ui {

CsvMappingDialog::CsvMappingDialog(const QString &csvPath,
                                   const QHash<QString, QString> &formatOptions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QString fileName = QFileInfo(csvPath).fileName();
    setWindowTitle(tr("Columns of %1").arg(fileName));
    WindowPlacement::apply(this, QStringLiteral("csv-columns"));
    auto *intro = new QLabel(
        tr("Choose the record field each column becomes. Columns kept as raw fields are stored "
           "with the record and exported again, but not searched or matched."),
        this);
    intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->setWordWrap(true);

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Imports as")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 480);

    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be read: %2").arg(fileName, file.errorString());
        return;
    }
    Result<CsvReader::Preview> preview = CsvReader::preview(file, fileName, formatOptions);
    if (!preview) {
        m_error = preview.error().message;
        return;
    }
    m_valid = true;
    m_headers = preview->headers;
    const QStringList fields = CsvReader::fieldNames();
    m_table->setRowCount(int(m_headers.size()));
    for (int row = 0; row < m_headers.size(); ++row) {
        auto *name = new QTableWidgetItem(m_headers.at(row));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        QString example;
        for (const QStringList &sample : std::as_const(preview->samples)) {
            example = sample.value(row);
            if (!example.isEmpty())
                break;
        }
        auto *exampleItem = new QTableWidgetItem(example.left(200));
        exampleItem->setFlags(Qt::ItemIsEnabled);
        exampleItem->setToolTip(example.left(1000));
        m_table->setItem(row, 1, exampleItem);
        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("— raw field —"), QString());
        for (const QString &field : fields)
            combo->addItem(field, field);
        combo->setCurrentIndex(qMax(0, combo->findData(preview->fields.value(row))));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::validate);
        m_table->setCellWidget(row, 2, combo);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    validate();
}

QComboBox *CsvMappingDialog::comboAt(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
}

QString CsvMappingDialog::fieldOf(int column) const
{
    QComboBox *combo = comboAt(column);
    return combo ? combo->currentData().toString() : QString();
}

void CsvMappingDialog::setFieldOf(int column, const QString &field)
{
    if (QComboBox *combo = comboAt(column))
        combo->setCurrentIndex(qMax(0, combo->findData(field)));
}

QHash<QString, QString> CsvMappingDialog::formatOptions() const
{
    QHash<QString, QString> options;
    for (const QString &field : CsvReader::fieldNames())
        options.insert(QStringLiteral("map.") + field, QString());
    for (int row = 0; row < m_headers.size(); ++row) {
        const QString field = fieldOf(row);
        if (!field.isEmpty())
            options.insert(QStringLiteral("map.") + field, m_headers.at(row));
    }
    return options;
}

void CsvMappingDialog::validate()
{
    QStringList problems;
    QHash<QString, int> uses;
    for (int row = 0; row < m_headers.size(); ++row) {
        const QString field = fieldOf(row);
        if (!field.isEmpty() && ++uses[field] == 2)
            problems << tr("%1 is chosen for more than one column.").arg(field);
    }
    if (!uses.contains(QStringLiteral("title")) && !uses.contains(QStringLiteral("doi")))
        problems << tr("Choose the column that holds the title (or the DOI).");
    if (!m_valid)
        problems = QStringList{m_error};
    m_problem->setText(problems.join(QLatin1Char(' ')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace evimap::ui
