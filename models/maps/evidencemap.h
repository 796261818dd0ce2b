#pragma once

#include "maps/mapcodebook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace evimap {

// Which records a map, a chart or a report counts.
enum class ScreeningScope
{
    Auto,                  // included at full text if full-text screening has begun, else
                           // included at title/abstract if that has begun, else all records
    IncludedFullText,      // settled "include" at full text
    IncludedTitleAbstract, // settled "include" at title/abstract
    All,                   // every record that is not a duplicate
};

// Whose codes count.
enum class CodingSource
{
    // The reconciled codes (coding_result) of a record; a record with no reconciled code at all
    // counts every reviewer's codes (coding) instead, so work in progress shows on the map.
    ReconciledElseReviewers,
    ReconciledOnly, // only reconciled codes
    Reviewers,      // every reviewer's codes, reconciled or not
};

// A record counted by a map: what identifies it to a reader, and its codes.
struct EvidenceMapItem
{
    qint64 recordId = 0;
    QString title;
    QString authors; // newline-separated, "Surname, Given"
    int year = 0;    // 0 when unknown
    QString container;
    QString doi;
    QString type;
    QList<qint64> codes; // live code ids (merges followed), ascending, no repeats

    // "Whitfield et al. (2019)", "Kindred Hours Trust (2021)", "Anonymous (n.d.)".
    QString citation() const;
    bool hasCode(qint64 codeId) const;
};

// One axis of the map: a dimension and the codes shown along it, sub-codes after their parent.
struct EvidenceMapAxis
{
    MapDimension dimension;
    QList<MapCode> codes;

    bool isValid() const { return dimension.isValid(); }
    int size() const { return int(codes.size()); }
};

struct EvidenceMapCell
{
    QList<int> items;        // indices into EvidenceMap::items, ascending
    QList<int> colourCounts; // per colour code, then one for items without a colour code

    int count() const { return int(items.size()); }
};

// The aggregated evidence gap map: rows × columns of cells, each with the items coded with both
// the row's and the column's code (a parent code includes its sub-codes), and their split by the
// colour dimension. The unit counted is the item (one record); an item counts in every cell it
// informs. Built by EvidenceMapQuery; drawn by EvidenceMapFigure, EvidenceMapHtml and
// EvidenceMapCsv.
class EvidenceMap final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceMap)

public:
    QString projectName;
    EvidenceMapAxis rows;
    EvidenceMapAxis columns;
    EvidenceMapAxis colour;       // invalid when the map has no colour dimension
    QList<EvidenceMapItem> items; // every item in scope (after the filters), by record id
    QList<EvidenceMapCell> cells; // row-major, rows.size() * columns.size()
    QList<int> rowTotals;         // distinct items per row
    QList<int> columnTotals;      // distinct items per column
    int itemsOnMap = 0;           // distinct items in at least one cell
    ScreeningScope scope = ScreeningScope::All; // the scope in force (Auto resolved)
    CodingSource codingSource = CodingSource::ReconciledElseReviewers;
    QStringList filters; // the filters in force, in words ("Setting: Online")
    int yearFrom = 0;    // 0: no bound
    int yearTo = 0;
    bool parentsIncludeSubcodes = true;

    const EvidenceMapCell &cell(int row, int column) const
    {
        return cells.at(qsizetype(row) * columns.size() + column);
    }
    int maxCount() const;
    int emptyCells() const;

    // "Evidence gap map: Intervention approach × Psychological factor".
    QString title() const;
    // What is counted: "Unit: items (records). 39 records included at full-text screening; 35 on
    // the map. An item counts in every cell it informs."
    QString unitDescription() const;
    // "Filters: Setting: Online; years 2015–2024", or "Filters: none".
    QString filterDescription() const;
    // Why nothing is on the map, in words ("The map is empty: no included records coded
    // yet."); empty when something is.
    QString whyEmpty() const;
    // "records included at full-text screening" and so on.
    static QString scopeDescription(ScreeningScope scope);
    static QString codingSourceDescription(CodingSource source);
};

} // namespace evimap
