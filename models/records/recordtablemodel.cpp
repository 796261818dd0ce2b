#include "records/recordtablemodel.h"

#include "records/recordfields.h"
#include "records/searchquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace evimap {

namespace {

// The record field each column shows (Status is the screening's, no field) and how it sorts.
struct ColumnField
{
    std::size_t field;
    const char *collation;
};
constexpr std::size_t noField = RecordFields::all.size();
constexpr ColumnField columnFields[RecordTableModel::ColumnCount] = {
    {RecordFields::indexOf("title"), " COLLATE NOCASE"},
    {RecordFields::indexOf("authors"), " COLLATE NOCASE"},
    {RecordFields::indexOf("year"), ""},
    {noField, ""},
    {RecordFields::indexOf("container"), " COLLATE NOCASE"},
    {RecordFields::indexOf("type"), ""},
    {RecordFields::indexOf("doi"), ""},
};

} // namespace

RecordTableModel::RecordTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Authors:
        return tr("Authors");
    case Year:
        return tr("Year");
    case Status:
        return tr("Screening");
    case Journal:
        return tr("Journal / source");
    case Type:
        return tr("Type");
    case Doi:
        return tr("DOI");
    default:
        return {};
    }
}

void RecordTableModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    reload();
}

void RecordTableModel::setShowDuplicates(bool show)
{
    if (show == m_showDuplicates)
        return;
    m_showDuplicates = show;
    reload();
}

void RecordTableModel::setRestriction(std::optional<QList<qint64>> ids)
{
    if (ids) {
        m_restriction = QSet<qint64>(ids->begin(), ids->end());
        m_restrictionHasDuplicates = false;
        if (!ids->isEmpty()) {
            // Whether the list holds merged records, so that they are not hidden below.
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (q.exec(QStringLiteral("SELECT id FROM record WHERE duplicate_of IS NOT NULL"))) {
                while (q.next() && !m_restrictionHasDuplicates)
                    m_restrictionHasDuplicates = m_restriction->contains(q.value(0).toLongLong());
            }
        }
    } else {
        m_restriction.reset();
        m_restrictionHasDuplicates = false;
    }
    reload();
}

void RecordTableModel::setViewer(qint64 reviewerId)
{
    if (reviewerId == m_viewerId)
        return;
    m_viewerId = reviewerId;
    m_pages.clear();
    m_pageOrder.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, Status), index(int(m_ids.size()) - 1, Status));
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void RecordTableModel::reload()
{
    // Screening status sorts by how far a record got: included first when descending.
    const auto orderBy = [](int column) {
        const ColumnField &c = columnFields[column];
        if (c.field != noField)
            return QStringLiteral("r.") + QLatin1String(RecordFields::field(c.field).name) +
                   QLatin1String(c.collation);
        return QStringLiteral(
            "(SELECT CASE WHEN ft.result = 'include' THEN 5 WHEN ta.result = 'include' AND "
            "ft.result IS NULL THEN 4 WHEN ft.result IS NOT NULL THEN 3 WHEN ta.result IS NOT "
            "NULL THEN 2 ELSE 1 END FROM (SELECT 1) LEFT JOIN screening_result ta ON "
            "ta.record_id = r.id AND ta.stage = 'ta' LEFT JOIN screening_result ft ON "
            "ft.record_id = r.id AND ft.stage = 'ft')");
    };
    QString sql = QStringLiteral("SELECT r.id FROM record r");
    const Result<QString> parsed = SearchQuery::toFts5(m_searchText);
    m_searchRefusal = parsed ? QString() : parsed.errorString();
    const QString match = parsed ? *parsed : QString();
    QStringList where;
    if (!match.isEmpty())
        where << QStringLiteral("r.id IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ?)");
    if (!m_showDuplicates && !m_restrictionHasDuplicates)
        where << QStringLiteral("r.duplicate_of IS NULL");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (m_sortColumn >= 0 && m_sortColumn < ColumnCount)
        sql += QStringLiteral(" ORDER BY %1 %2, r.id")
                   .arg(orderBy(m_sortColumn), m_sortOrder == Qt::AscendingOrder
                                                   ? QLatin1String("ASC")
                                                   : QLatin1String("DESC"));
    else
        sql += QStringLiteral(" ORDER BY r.id");

    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!match.isEmpty())
        q.addBindValue(match);
    m_lastError.clear();
    if (!m_searchRefusal.isEmpty()) {
        // Nothing is listed rather than records the search did not ask for.
    } else if (q.exec()) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!m_restriction || m_restriction->contains(id))
                ids.append(id);
        }
    } else {
        m_lastError = q.lastError().text();
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
    emit reloaded();
}

QString RecordTableModel::statusText(const QString &titleAbstract, const QString &fullText)
{
    if (fullText == QLatin1String("include"))
        return tr("Included");
    if (fullText == QLatin1String("exclude"))
        return tr("Excluded (full text)");
    if (fullText == QLatin1String("not_retrieved"))
        return tr("Not retrieved");
    if (titleAbstract == QLatin1String("include"))
        return tr("To full text");
    if (titleAbstract == QLatin1String("exclude"))
        return tr("Excluded (title/abstract)");
    return {};
}

QString RecordTableModel::ownVoteText(const QString &decision, const QString &stage)
{
    const bool ft = stage == QLatin1String("ft");
    if (decision == QLatin1String("include"))
        return ft ? tr("You: included (full text)") : tr("You: included");
    if (decision == QLatin1String("exclude"))
        return ft ? tr("You: excluded (full text)") : tr("You: excluded");
    if (decision == QLatin1String("unsure"))
        return ft ? tr("You: unsure (full text)") : tr("You: unsure");
    return {};
}

QStringList RecordTableModel::statusTexts()
{
    QStringList texts;
    for (const QLatin1String result :
         {QLatin1String("include"), QLatin1String("exclude"), QLatin1String("not_retrieved")}) {
        texts << statusText(result, {});
        texts << statusText({}, result);
    }
    for (const QLatin1String decision :
         {QLatin1String("include"), QLatin1String("exclude"), QLatin1String("unsure")}) {
        texts << ownVoteText(decision, QStringLiteral("ta"));
        texts << ownVoteText(decision, QStringLiteral("ft"));
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

qint64 RecordTableModel::recordId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RecordTableModel::rowOfRecord(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

const RecordTableModel::Row *RecordTableModel::rowAt(int row) const
{
    const int page = row / pageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        const int first = page * pageSize;
        const int count = qMin<int>(pageSize, int(m_ids.size()) - first);
        QHash<qint64, int> slot;
        QStringList marks;
        for (int i = 0; i < count; ++i) {
            slot.insert(m_ids.at(first + i), i);
            marks << QStringLiteral("?");
        }
        QList<Row> rows(count);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QString columns;
        for (const ColumnField &c : columnFields) {
            if (c.field != noField)
                columns += QStringLiteral("r.") + QLatin1String(RecordFields::field(c.field).name) +
                           QStringLiteral(", ");
        }
        // The viewer's own votes (never anyone else's: blinding) for records not settled yet,
        // and what a merged record duplicates.
        q.prepare(QStringLiteral("SELECT r.id, %1ta.result, ft.result, mta.decision, "
                                 "mft.decision, r.duplicate_of FROM record r "
                                 "LEFT JOIN screening_result ta ON ta.record_id = r.id AND "
                                 "ta.stage = 'ta' LEFT JOIN screening_result ft ON "
                                 "ft.record_id = r.id AND ft.stage = 'ft' "
                                 "LEFT JOIN screening_decision mta ON mta.record_id = r.id AND "
                                 "mta.stage = 'ta' AND mta.reviewer_id = ? "
                                 "LEFT JOIN screening_decision mft ON mft.record_id = r.id AND "
                                 "mft.stage = 'ft' AND mft.reviewer_id = ? WHERE r.id IN (%2)")
                      .arg(columns, marks.join(QLatin1Char(','))));
        q.addBindValue(m_viewerId);
        q.addBindValue(m_viewerId);
        for (int i = 0; i < count; ++i)
            q.addBindValue(m_ids.at(first + i));
        if (q.exec()) {
            while (q.next()) {
                Row &r = rows[slot.value(q.value(0).toLongLong())];
                int value = 1;
                for (int column = 0; column < ColumnCount; ++column) {
                    if (columnFields[column].field == noField)
                        continue;
                    const QVariant v = q.value(value++);
                    r.cells[column] = v.isNull() ? QString() : v.toString();
                }
                const QStringList authors =
                    r.cells[Authors].split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                r.cells[Authors] =
                    authors.isEmpty() ? QString()
                    : authors.size() == 1
                        ? authors.first()
                        : authors.first() + (authors.size() == 2
                                                 ? QStringLiteral("; ") + authors.at(1)
                                                 : tr(" et al."));
                const QString ta = q.value(value).toString();
                const QString ft = q.value(value + 1).toString();
                const QString myTa = q.value(value + 2).toString();
                const QString myFt = q.value(value + 3).toString();
                // The settled result, except where the person's own vote is newer: at full
                // text on a record included at title/abstract, or at title/abstract on one
                // not settled yet.
                if (ft.isEmpty() && !myFt.isEmpty() && ta == QLatin1String("include"))
                    r.cells[Status] = ownVoteText(myFt, QStringLiteral("ft"));
                else if (!ft.isEmpty() || !ta.isEmpty())
                    r.cells[Status] = statusText(ta, ft);
                else
                    r.cells[Status] = ownVoteText(myTa, QStringLiteral("ta"));
                // A merged record (shown with View ▸ Show Duplicates) says what it duplicates.
                if (!q.value(value + 4).isNull())
                    r.cells[Status] = tr("Duplicate of #%1").arg(q.value(value + 4).toLongLong());
            }
        }
        if (m_pageOrder.size() >= maxCachedPages)
            m_pages.remove(m_pageOrder.takeFirst());
        m_pageOrder.append(page);
        it = m_pages.insert(page, std::move(rows));
    }
    return &it.value()[row % pageSize];
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    if (role == RecordIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const int column = index.column();
    return column >= 0 && column < ColumnCount ? rowAt(index.row())->cells[column] : QVariant();
}

} // namespace evimap
