#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

#include <array>

namespace evimap {

// The records of a project as a table that stays smooth with 100,000 rows: filtering (full-text
// search) and sorting run in SQL and yield the ordered list of record ids; the displayed
// columns are fetched a page at a time, only for the rows the view asks for.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Authors,
        Year,
        Status,
        Journal,
        Type,
        Doi,
        ColumnCount
    };
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1
    };

    explicit RecordTableModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Full-text search over title, abstract, keywords and PDF text; empty shows everything.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Why the search text cannot be run (SearchQuery::toFts5), empty when it can; a refused
    // search lists no records.
    QString searchRefusal() const { return m_searchRefusal; }
    // Records merged into another as duplicates are hidden unless asked for.
    void setShowDuplicates(bool show);
    // Only these records (a RecordFilterStore view), or every record for nullopt. A restriction
    // that lists merged duplicates shows them whatever setShowDuplicates() says.
    void setRestriction(std::optional<QList<qint64>> ids);
    bool isRestricted() const { return m_restriction.has_value(); }
    // Whose own votes the Screening column shows until a record is settled ("You: included"):
    // a reviewer's id, 0 for nobody.
    void setViewer(qint64 reviewerId);
    qint64 viewer() const { return m_viewerId; }

    qint64 recordId(int row) const;
    int rowOfRecord(qint64 id) const;
    // Every text the Screening column shows ("Included", "Excluded (title/abstract)"...), so a
    // view can make the column wide enough for all of them.
    static QStringList statusTexts();
    // Re-runs the query (after an import or a change by another reviewer).
    void reload();
    QString lastError() const { return m_lastError; }

signals:
    void reloaded();

private:
    struct Row
    {
        std::array<QString, ColumnCount> cells;
    };
    static constexpr int pageSize = 256;
    static constexpr int maxCachedPages = 64;
    const Row *rowAt(int row) const;
    // "Included", "Excluded (title/abstract)"…, from the settled results of both stages.
    static QString statusText(const QString &titleAbstract, const QString &fullText);
    // The viewer's own vote at a stage not settled yet: "You: included (full text)".
    static QString ownVoteText(const QString &decision, const QString &stage);

    QSqlDatabase m_db;
    QList<qint64> m_ids;
    QString m_searchText;
    QString m_searchRefusal;
    bool m_showDuplicates = false;
    std::optional<QSet<qint64>> m_restriction;
    bool m_restrictionHasDuplicates = false;
    qint64 m_viewerId = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_lastError;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageOrder; // least recently loaded first
};

} // namespace evimap
