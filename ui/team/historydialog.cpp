#include "team/historydialog.h"

#include "core/outputfile.h"
#include "core/preferences.h"
#include "project/project.h"
#include "team/auditwording.h"
#include "team/blinding.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace evimap::ui {

namespace {

// Audit entries as rows, in words (AuditWording): a plain list model, so a project's 100,000
// decisions load at once; each row is put into words when first shown or filtered.
class AuditTableModel final : public QAbstractTableModel
{
public:
    enum Column
    {
        When,
        Who,
        What,
        Record,
        Changes,
        ColumnCount
    };

    AuditTableModel(const QList<AuditEntry> &entries, AuditNames names, QObject *parent)
        : QAbstractTableModel(parent)
        , m_entries(entries)
        , m_names(std::move(names))
        , m_words(entries.size())
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_entries.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const AuditEntry &e = m_entries.at(index.row());
        const bool tip = role == Qt::ToolTipRole;
        switch (index.column()) {
        case When:
            return tip ? HistoryDialog::tr("%1 (UTC)").arg(e.at) : words(index.row()).when;
        case Who:
            return e.reviewer.isEmpty() ? QVariant() : QVariant(e.reviewer);
        case What:
            return tip ? words(index.row()).sentence + QLatin1Char('\n') + e.action
                       : words(index.row()).sentence;
        case Record:
            return e.recordId > 0 ? QVariant(e.recordId) : QVariant();
        case Changes:
            return words(index.row())
                .changes.join(tip ? QStringLiteral("\n") : QStringLiteral("; "));
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        static const char *const names[] = {QT_TRANSLATE_NOOP("HistoryDialog", "When"),
                                            QT_TRANSLATE_NOOP("HistoryDialog", "Who"),
                                            QT_TRANSLATE_NOOP("HistoryDialog", "What"),
                                            QT_TRANSLATE_NOOP("HistoryDialog", "Record"),
                                            QT_TRANSLATE_NOOP("HistoryDialog", "Changes")};
        return HistoryDialog::tr(names[section]);
    }

private:
    struct Words
    {
        bool done = false;
        QString when;
        QString sentence;
        QStringList changes;
    };
    const Words &words(int row) const
    {
        Words &w = m_words[row];
        if (!w.done) {
            const AuditEntry &e = m_entries.at(row);
            w.when = AuditWording::localTime(e.at);
            w.sentence = AuditWording::sentence(e, m_names);
            w.changes = AuditWording::changes(e, m_names);
            w.done = true;
        }
        return w;
    }

    QList<AuditEntry> m_entries;
    AuditNames m_names;
    mutable QList<Words> m_words;
};

} // namespace

HistoryDialog::HistoryDialog(Project &project, qint64 recordId, qint64 viewerId, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    const VisibleHistory history =
        Blinding(project, viewerId).visible(AuditTrail::read(project, recordId));
    m_entries = history.entries;
    std::reverse(m_entries.begin(), m_entries.end());
    m_names = AuditNames::read(project);
    setWindowTitle(recordId > 0 ? tr("History of Record %1").arg(recordId)
                                : tr("History of %1").arg(project.name()));

    m_proxy->setSourceModel(new AuditTableModel(m_entries, m_names, this));
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    // The sentence reads whole in its tooltip; the changes column takes what is left.
    m_table->setColumnWidth(2, qMin(m_table->columnWidth(2), 520));

    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter: a name, an action such as screening, a date…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    QString counted =
        tr("%n change(s), newest first, in local time.", nullptr, int(m_entries.size()));
    if (history.hidden > 0) {
        counted += QLatin1Char(' ') + tr("%n change(s) hidden until settled: other reviewers' "
                                         "decisions and codings stay blind until then.",
                                         nullptr, history.hidden);
    }
    auto *count = new QLabel(counted, this);
    count->setObjectName(QStringLiteral("historyCount"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton =
        buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this, recordId] {
        const QString suggested =
            QDir(Preferences::exportStartFolder())
                .filePath(recordId > 0 ? QStringLiteral("record-%1-history.csv").arg(recordId)
                                       : QStringLiteral("project-history.csv"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export History"), suggested,
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export History"), error);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    resize(960, 560);
}

bool HistoryDialog::exportCsv(const QString &path, QString *error) const
{
    QList<AuditEntry> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_entries.at(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    std::reverse(shown.begin(), shown.end()); // oldest first, as `evimap audit --csv`
    if (Status s = OutputFile::write(path, AuditTrail::toCsv(shown, m_names)); !s) {
        *error = s.errorString();
        return false;
    }
    return true;
}

} // namespace evimap::ui
