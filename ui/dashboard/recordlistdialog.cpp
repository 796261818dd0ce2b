#include "dashboard/recordlistdialog.h"

#include "project/project.h"
#include "records/recordstore.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace evimap::ui {

namespace {

class RecordRows final : public QAbstractTableModel
{
public:
    RecordRows(Project &project, const QList<qint64> &ids, QObject *parent)
        : QAbstractTableModel(parent)
        , m_store(project.database())
        , m_ids(ids)
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_ids.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const qint64 id = m_ids.at(index.row());
        if (index.column() == 0)
            return QStringLiteral("#%1").arg(id);
        auto it = m_rows.find(id);
        if (it == m_rows.end()) {
            const std::optional<Record> r = m_store.record(id);
            it = m_rows.insert(id, {r ? r->title : QString(),
                                    r && r->year > 0 ? QString::number(r->year) : QString()});
        }
        return index.column() == 1 ? it->first : it->second;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        const QStringList names = {RecordListDialog::tr("Record"), RecordListDialog::tr("Title"),
                                   RecordListDialog::tr("Year")};
        return names.value(section);
    }

private:
    RecordStore m_store;
    QList<qint64> m_ids;
    mutable QHash<qint64, QPair<QString, QString>> m_rows;
};

} // namespace

RecordListDialog::RecordListDialog(Project &project, const QList<qint64> &recordIds,
                                   const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_ids(recordIds)
    , m_table(new QTableView(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    m_table->setObjectName(QStringLiteral("recordListTable"));
    m_table->setAccessibleName(title);
    m_table->setModel(new RecordRows(project, m_ids, this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 80);
    auto choose = [this](const QModelIndex &index) {
        if (index.isValid())
            emit recordChosen(m_ids.at(index.row()));
    };
    connect(m_table, &QTableView::activated, this, choose);
    auto *hint = new QLabel(m_ids.isEmpty() ? tr("No records.")
                                            : tr("Enter or a double click shows the record in "
                                                 "the main window."),
                            this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(760, 480);
    if (!m_ids.isEmpty())
        m_table->selectRow(0);
}

} // namespace evimap::ui
