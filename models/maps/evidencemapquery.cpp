#include "maps/evidencemapquery.h"

#include "core/sqlitestatement.h"
#include "maps/mapstore.h"
#include "project/project.h"
#include "project/readerconnection.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <bit>
#include <limits>
#include <thread>
#include <vector>

namespace evimap {

namespace {

// A set of item indices as bits: intersections of whole rows and columns are word operations,
// which keeps a map of 100,000 items well under a tenth of a second.
// Counting bits is most of a cell's work, and x86-64's baseline has no popcount instruction
// (std::popcount becomes a library call): these loops are compiled twice and the loader picks
// the copy this processor can run.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define EVIMAP_POPCOUNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define EVIMAP_POPCOUNT_CLONES
#endif

EVIMAP_POPCOUNT_CLONES int countBits(const quint64 *a, qsizetype n)
{
    int count = 0;
    for (qsizetype i = 0; i < n; ++i)
        count += std::popcount(a[i]);
    return count;
}

EVIMAP_POPCOUNT_CLONES int countBitsAnd(const quint64 *a, const quint64 *b, qsizetype n)
{
    int count = 0;
    for (qsizetype i = 0; i < n; ++i)
        count += std::popcount(a[i] & b[i]);
    return count;
}

EVIMAP_POPCOUNT_CLONES int countBitsAndNot(const quint64 *a, const quint64 *b, qsizetype n)
{
    int count = 0;
    for (qsizetype i = 0; i < n; ++i)
        count += std::popcount(a[i] & ~b[i]);
    return count;
}

class ItemSet
{
public:
    ItemSet() = default;
    explicit ItemSet(int size)
        : m_words((size + 63) / 64, 0)
    {}

    void set(int index) { m_words[index >> 6] |= quint64(1) << (index & 63); }
    ItemSet &operator|=(const ItemSet &other)
    {
        for (qsizetype i = 0; i < m_words.size(); ++i)
            m_words[i] |= other.m_words.at(i);
        return *this;
    }
    ItemSet operator&(const ItemSet &other) const
    {
        ItemSet result = *this;
        for (qsizetype i = 0; i < m_words.size(); ++i)
            result.m_words[i] &= other.m_words.at(i);
        return result;
    }
    int count() const { return countBits(m_words.constData(), m_words.size()); }
    int countAnd(const ItemSet &other) const
    {
        return countBitsAnd(m_words.constData(), other.m_words.constData(), m_words.size());
    }
    int countAndNot(const ItemSet &other) const
    {
        return countBitsAndNot(m_words.constData(), other.m_words.constData(), m_words.size());
    }
    QList<int> indices() const
    {
        QList<int> list;
        list.reserve(count());
        for (qsizetype i = 0; i < m_words.size(); ++i) {
            quint64 w = m_words.at(i);
            while (w) {
                list.append(int(i * 64 + std::countr_zero(w)));
                w &= w - 1;
            }
        }
        return list;
    }
    bool isEmpty() const
    {
        return std::all_of(m_words.begin(), m_words.end(), [](quint64 w) { return w == 0; });
    }

private:
    QList<quint64> m_words;
};

QString unknownDimension(const MapCodebook &codebook, const QString &name)
{
    QStringList names;
    for (const MapDimension &d : codebook.dimensions())
        names << d.displayName();
    if (names.isEmpty())
        return EvidenceMapQuery::tr("the project has no codebook dimensions yet, so there is no "
                                    "dimension \"%1\"")
            .arg(name);
    return EvidenceMapQuery::tr("the codebook has no dimension \"%1\"; it has: %2")
        .arg(name, names.join(QStringLiteral(", ")));
}

Error usage(const QString &message)
{
    return Error{Error::Kind::Usage, message};
}

} // namespace

EvidenceMapQuery EvidenceMapQuery::defaults(const MapCodebook &codebook)
{
    EvidenceMapQuery query;
    const MapDimension *rows = codebook.firstDimension(
        {QStringLiteral("approach"), QStringLiteral("Intervention approach")});
    const MapDimension *columns =
        codebook.firstDimension({QStringLiteral("factor"), QStringLiteral("Psychological factor")});
    const MapDimension *colour =
        codebook.firstDimension({QStringLiteral("design"), QStringLiteral("Study design"),
                                 QStringLiteral("loneliness-outcome")});
    const QList<MapDimension> &all = codebook.dimensions();
    auto firstOther =
        [&](std::initializer_list<const MapDimension *> taken) -> const MapDimension * {
        for (const MapDimension &d : all) {
            if (std::find(taken.begin(), taken.end(), &d) == taken.end())
                return &d;
        }
        return nullptr;
    };
    if (!rows)
        rows = firstOther({columns, colour});
    if (!columns)
        columns = firstOther({rows, colour});
    if (rows)
        query.rows = rows->key.isEmpty() ? rows->label : rows->key;
    if (columns)
        query.columns = columns->key.isEmpty() ? columns->label : columns->key;
    if (colour && colour != rows && colour != columns)
        query.colour = colour->key.isEmpty() ? colour->label : colour->key;
    return query;
}

std::optional<ScreeningScope> EvidenceMapQuery::parseScope(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("ft") || t == QLatin1String("full-text") ||
        t == QLatin1String("fulltext"))
        return ScreeningScope::IncludedFullText;
    if (t == QLatin1String("ta") || t == QLatin1String("title-abstract"))
        return ScreeningScope::IncludedTitleAbstract;
    if (t == QLatin1String("all"))
        return ScreeningScope::All;
    if (t == QLatin1String("auto") || t.isEmpty())
        return ScreeningScope::Auto;
    return std::nullopt;
}

QString EvidenceMapQuery::scopeName(ScreeningScope scope)
{
    switch (scope) {
    case ScreeningScope::IncludedFullText:
        return QStringLiteral("ft");
    case ScreeningScope::IncludedTitleAbstract:
        return QStringLiteral("ta");
    case ScreeningScope::All:
        return QStringLiteral("all");
    case ScreeningScope::Auto:
        break;
    }
    return QStringLiteral("auto");
}

Result<ScreeningScope> EvidenceMapQuery::resolveScope(const Project &project, ScreeningScope scope)
{
    if (scope != ScreeningScope::Auto)
        return scope;
    const MapStore store(project.database());
    Result<bool> ft = store.hasScreeningResults(QStringLiteral("ft"));
    if (!ft)
        return ft.error();
    if (ft.value())
        return ScreeningScope::IncludedFullText;
    Result<bool> ta = store.hasScreeningResults(QStringLiteral("ta"));
    if (!ta)
        return ta.error();
    return ta.value() ? ScreeningScope::IncludedTitleAbstract : ScreeningScope::All;
}

Result<QList<EvidenceMapItem>> EvidenceMapQuery::loadItems(const Project &project,
                                                           const MapCodebook &codebook,
                                                           ScreeningScope resolvedScope,
                                                           int yearFrom, int yearTo,
                                                           CodingSource source, bool withText)
{
    const MapStore store(project.database());
    Result<qint64> maxId = store.maxRecordId();
    if (!maxId)
        return maxId.error();
    // Reading the items and their codes (half a million rows for 100,000 items) is most of a
    // map's time, so the records are read in two halves by id, the first on a second thread
    // with a connection of its own. See Maps in docs/performance.md.
    struct Part
    {
        Result<QList<EvidenceMapItem>> items = QList<EvidenceMapItem>();
        Result<QList<QPair<qint64, qint64>>> codings = QList<QPair<qint64, qint64>>();
    };
    auto read = [&](const MapStore &from, qint64 first, qint64 last, Part &part) {
        part.items = from.items(resolvedScope, yearFrom, yearTo, withText, first, last);
        if (part.items)
            part.codings = from.codings(source, first, last);
    };
    const qint64 split = maxId.value() / 2;
    const qint64 lowest = std::numeric_limits<qint64>::min();
    const qint64 highest = std::numeric_limits<qint64>::max();
    Part low, high;
    if (SqliteStatement::inTransaction(project.database())) {
        // Another connection would not see this one's uncommitted changes (and could wait on
        // its lock): read both halves here.
        read(store, lowest, split, low);
        read(store, split + 1, highest, high);
    } else {
        const QString path = project.filePath();
        std::thread worker([&] {
            const ReaderConnection connection(path);
            if (Status s = connection.status(); !s)
                low.items = s.error();
            else
                read(MapStore(connection.database()), lowest, split, low);
        });
        read(store, split + 1, highest, high);
        worker.join();
    }
    for (const Part *part : {&low, &high}) {
        if (!part->items)
            return part->items.error();
        if (!part->codings)
            return part->codings.error();
    }
    Result<QList<EvidenceMapItem>> items = std::move(low.items);
    items->append(std::move(high.items.value()));
    const auto &early = low.codings;
    const auto &late = high.codings;

    QList<EvidenceMapItem> &list = items.value();
    // Record id -> position in `list`: a plain array when the ids are dense enough (they are
    // row ids, so nearly always), a hash otherwise. Half a million lookups.
    const qint64 lastId = list.isEmpty() ? 0 : list.constLast().recordId;
    const bool dense = lastId <= 8 * qint64(list.size()) + 4096;
    std::vector<int> slot;
    QHash<qint64, int> hashed;
    if (dense) {
        slot.assign(size_t(lastId) + 1, -1);
        for (int i = 0; i < list.size(); ++i)
            slot[size_t(list.at(i).recordId)] = i;
    } else {
        hashed.reserve(list.size());
        for (int i = 0; i < list.size(); ++i)
            hashed.insert(list.at(i).recordId, i);
    }
    auto position = [&](qint64 recordId) {
        if (dense)
            return recordId >= 0 && recordId <= lastId ? slot[size_t(recordId)] : -1;
        return hashed.value(recordId, -1);
    };
    // Code ids are row ids of a codebook (hundreds): their live codes in an array, filled as
    // they are met.
    constexpr qint64 unknown = -1;
    std::vector<qint64> live;
    auto canonical = [&](qint64 code) {
        if (code < 0 || code >= 65536)
            return codebook.canonical(code);
        if (size_t(code) >= live.size())
            live.resize(size_t(code) + 1, unknown);
        if (live[size_t(code)] == unknown)
            live[size_t(code)] = codebook.canonical(code);
        return live[size_t(code)];
    };
    for (const auto *codings : {&early.value(), &late.value()}) {
        for (const QPair<qint64, qint64> &coding : *codings) {
            const int at = position(coding.first);
            if (at < 0)
                continue;
            if (const qint64 code = canonical(coding.second))
                list[at].codes.append(code);
        }
    }
    for (EvidenceMapItem &item : list) {
        std::sort(item.codes.begin(), item.codes.end());
        item.codes.erase(std::unique(item.codes.begin(), item.codes.end()), item.codes.end());
    }
    return items;
}

Result<EvidenceMap> EvidenceMapQuery::run(const Project &project) const
{
    Result<MapCodebook> codebook = MapCodebook::read(project);
    if (!codebook)
        return codebook.error();
    // Check the question before reading the records.
    if (rows.isEmpty() || columns.isEmpty())
        return usage(tr("a map needs a dimension for its rows and one for its columns"));
    for (const QString &name : {rows, columns, colour}) {
        if (!name.isEmpty() && !codebook->dimension(name))
            return usage(unknownDimension(codebook.value(), name));
    }
    Result<ScreeningScope> resolved = resolveScope(project, scope);
    if (!resolved)
        return resolved.error();
    Result<QList<EvidenceMapItem>> items = loadItems(project, codebook.value(), resolved.value(),
                                                     yearFrom, yearTo, codingSource, withItemText);
    if (!items)
        return items.error();
    Result<EvidenceMap> map =
        aggregate(codebook.value(), std::move(items.value()), resolved.value());
    if (map)
        map->projectName = project.name();
    return map;
}

Result<EvidenceMap> EvidenceMapQuery::aggregate(const MapCodebook &codebook,
                                                QList<EvidenceMapItem> items,
                                                ScreeningScope resolvedScope) const
{
    const MapDimension *rowDimension = codebook.dimension(rows);
    const MapDimension *columnDimension = codebook.dimension(columns);
    const MapDimension *colourDimension = colour.isEmpty() ? nullptr : codebook.dimension(colour);
    if (!rowDimension)
        return usage(unknownDimension(codebook, rows));
    if (!columnDimension)
        return usage(unknownDimension(codebook, columns));
    if (!colour.isEmpty() && !colourDimension)
        return usage(unknownDimension(codebook, colour));
    if (rowDimension == columnDimension)
        return usage(tr("the rows and the columns need two different dimensions (both are %1)")
                         .arg(rowDimension->label));

    EvidenceMap map;
    map.scope = resolvedScope;
    map.codingSource = codingSource;
    map.yearFrom = yearFrom;
    map.yearTo = yearTo;
    map.parentsIncludeSubcodes = parentsIncludeSubcodes;
    map.rows = {*rowDimension, rowDimension->codes};
    map.columns = {*columnDimension, columnDimension->codes};
    if (colourDimension)
        map.colour = {*colourDimension, colourDimension->topLevelCodes()};

    // Filters: the allowed codes (with their sub-codes) of each filtered dimension.
    QList<qint64> filterOrder;
    QHash<qint64, QSet<qint64>> allowed;
    QHash<qint64, QStringList> filterLabels;
    for (const Filter &filter : filters) {
        const MapDimension *d = codebook.dimension(filter.dimension);
        if (!d)
            return usage(unknownDimension(codebook, filter.dimension));
        const MapCode *code = d->code(filter.code);
        if (!code) {
            QStringList names;
            for (const MapCode &c : d->codes)
                names << c.key;
            return usage(tr("the dimension %1 has no code \"%2\"; it has: %3")
                             .arg(d->label, filter.code, names.join(QStringLiteral(", "))));
        }
        if (!allowed.contains(d->id))
            filterOrder << d->id;
        const QList<qint64> subtree = codebook.subtree(code->id);
        allowed[d->id].unite(QSet<qint64>(subtree.begin(), subtree.end()));
        if (!filterLabels[d->id].contains(code->label))
            filterLabels[d->id] << code->label;
    }
    for (qint64 id : std::as_const(filterOrder))
        map.filters << tr("%1: %2").arg(codebook.dimensionById(id)->label,
                                        filterLabels.value(id).join(tr(" or ")));
    if (!allowed.isEmpty()) {
        // Per filtered dimension, its allowed codes as flags indexed by code id.
        std::vector<std::vector<bool>> allowedFlags;
        for (const QSet<qint64> &codes : std::as_const(allowed)) {
            std::vector<bool> &flags = allowedFlags.emplace_back();
            for (qint64 code : codes) {
                if (code < 0)
                    continue;
                if (size_t(code) >= flags.size())
                    flags.resize(size_t(code) + 1, false);
                flags[size_t(code)] = true;
            }
        }
        auto passes = [&](const EvidenceMapItem &item) {
            return std::all_of(allowedFlags.begin(), allowedFlags.end(), [&](const auto &flags) {
                return std::any_of(item.codes.begin(), item.codes.end(), [&](qint64 code) {
                    return code >= 0 && size_t(code) < flags.size() && flags[size_t(code)];
                });
            });
        };
        // Copies share their text with `items` (implicit sharing), so this is cheap even when
        // the caller keeps its list.
        QList<EvidenceMapItem> kept;
        kept.reserve(items.size());
        for (const EvidenceMapItem &item : std::as_const(items)) {
            if (passes(item))
                kept.append(item);
        }
        items = std::move(kept);
    }

    // One set of items per code of the three dimensions, found through an array indexed by
    // code id (code ids are row ids of the codebook: hundreds, not millions).
    const int n = int(items.size());
    std::vector<ItemSet> sets;
    std::vector<int> setOfCode;
    for (const MapDimension *d : {rowDimension, columnDimension, colourDimension}) {
        if (!d)
            continue;
        for (const MapCode &c : d->codes) {
            if (size_t(c.id) >= setOfCode.size())
                setOfCode.resize(size_t(c.id) + 1, -1);
            setOfCode[size_t(c.id)] = int(sets.size());
            sets.emplace_back(n);
        }
    }
    for (int i = 0; i < n; ++i) {
        for (qint64 code : std::as_const(items.at(i).codes)) {
            if (code >= 0 && size_t(code) < setOfCode.size() && setOfCode[size_t(code)] >= 0)
                sets[size_t(setOfCode[size_t(code)])].set(i);
        }
    }
    const ItemSet none(n);
    auto byCode = [&](qint64 id) -> const ItemSet & {
        const bool known = id >= 0 && size_t(id) < setOfCode.size() && setOfCode[size_t(id)] >= 0;
        return known ? sets[size_t(setOfCode[size_t(id)])] : none;
    };
    auto setOf = [&](const MapCode &code, bool rollUp) {
        ItemSet set = byCode(code.id);
        if (rollUp && code.hasChildren) {
            for (qint64 id : codebook.subtree(code.id))
                set |= byCode(id);
        }
        return set;
    };
    QList<ItemSet> rowSets, columnSets, colourSets;
    ItemSet anyRow(n), anyColumn(n), anyColour(n);
    for (const MapCode &c : std::as_const(map.rows.codes)) {
        rowSets << setOf(c, parentsIncludeSubcodes);
        anyRow |= rowSets.last();
    }
    for (const MapCode &c : std::as_const(map.columns.codes)) {
        columnSets << setOf(c, parentsIncludeSubcodes);
        anyColumn |= columnSets.last();
    }
    for (const MapCode &c : std::as_const(map.colour.codes)) {
        colourSets << setOf(c, true);
        anyColour |= colourSets.last();
    }

    map.cells.reserve(qsizetype(rowSets.size()) * columnSets.size());
    for (const ItemSet &rowSet : std::as_const(rowSets)) {
        map.rowTotals << rowSet.countAnd(anyColumn);
        for (const ItemSet &columnSet : std::as_const(columnSets)) {
            const ItemSet both = rowSet & columnSet;
            EvidenceMapCell cell;
            cell.items = both.indices();
            if (!cell.items.isEmpty() && colourDimension) {
                for (const ItemSet &colourSet : std::as_const(colourSets))
                    cell.colourCounts << both.countAnd(colourSet);
                cell.colourCounts << both.countAndNot(anyColour);
            }
            map.cells.append(std::move(cell));
        }
    }
    for (const ItemSet &columnSet : std::as_const(columnSets))
        map.columnTotals << columnSet.countAnd(anyRow);
    map.itemsOnMap = anyRow.countAnd(anyColumn);
    map.items = std::move(items);
    return map;
}

} // namespace evimap
