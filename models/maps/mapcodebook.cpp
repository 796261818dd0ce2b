#include "maps/mapcodebook.h"

#include "maps/mapstore.h"
#include "project/project.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace evimap {

const MapCode *MapDimension::code(const QString &keyOrLabel) const
{
    const QString wanted = keyOrLabel.trimmed();
    for (const MapCode &c : codes) {
        if (c.key.compare(wanted, Qt::CaseInsensitive) == 0)
            return &c;
    }
    for (const MapCode &c : codes) {
        if (c.label.compare(wanted, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QList<MapCode> MapDimension::topLevelCodes() const
{
    QList<MapCode> list;
    for (const MapCode &c : codes) {
        if (c.depth == 1)
            list << c;
    }
    return list;
}

QString MapDimension::displayName() const
{
    return key.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(key, label);
}

Result<MapCodebook> MapCodebook::read(const Project &project)
{
    Result<QList<Row>> rows = MapStore(project.database()).codeRows();
    if (!rows)
        return rows.error();
    return fromRows(rows.value());
}

MapCodebook MapCodebook::fromRows(const QList<Row> &rows)
{
    MapCodebook book;
    QHash<qint64, QList<const Row *>> children;
    QHash<qint64, const Row *> byId;
    for (const Row &row : rows) {
        byId.insert(row.id, &row);
        children[row.parentId].append(&row);
    }
    for (auto it = children.begin(); it != children.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const Row *a, const Row *b) {
            return a->position != b->position ? a->position < b->position : a->id < b->id;
        });
    }

    // Walk each dimension's tree depth first; merged and retired codes are not shown.
    const QList<const Row *> tops = children.value(0);
    for (const Row *top : tops) {
        if (top->retired || top->mergedInto != 0)
            continue;
        MapDimension dimension;
        dimension.id = top->id;
        dimension.key = top->key;
        dimension.label = top->label;
        dimension.choice = top->choice;
        dimension.definition = top->definition;
        QSet<qint64> seen{top->id};
        std::function<void(qint64, qint64, int)> walk = [&](qint64 parentId, qint64 shownParent,
                                                            int depth) {
            const QList<const Row *> kids = children.value(parentId);
            for (const Row *row : kids) {
                if (seen.contains(row->id)) // a cycle in a damaged file
                    continue;
                seen.insert(row->id);
                if (row->retired || row->mergedInto != 0)
                    continue;
                MapCode code;
                code.id = row->id;
                code.parentId = shownParent == dimension.id ? 0 : shownParent;
                code.dimensionId = dimension.id;
                code.key = row->key;
                code.label = row->label;
                code.colour = row->colour;
                code.definition = row->definition;
                code.depth = depth;
                const qsizetype index = dimension.codes.size();
                dimension.codes.append(code);
                walk(row->id, row->id, depth + 1);
                dimension.codes[index].hasChildren = dimension.codes.size() > index + 1;
            }
        };
        walk(top->id, top->id, 1);
        book.m_dimensionIndex.insert(dimension.id, int(book.m_dimensions.size()));
        book.m_dimensions.append(dimension);
    }
    for (int d = 0; d < book.m_dimensions.size(); ++d) {
        const QList<MapCode> &codes = book.m_dimensions.at(d).codes;
        for (int c = 0; c < codes.size(); ++c) {
            book.m_codeIndex.insert(codes.at(c).id, {d, c});
            book.m_canonical.insert(codes.at(c).id, codes.at(c).id);
        }
    }
    // Merged codes count for the live code at the end of their merge chain.
    for (const Row &row : rows) {
        if (book.m_canonical.contains(row.id))
            continue;
        qint64 target = row.mergedInto;
        int hops = 0;
        while (target != 0 && !book.m_codeIndex.contains(target) && hops++ < 64) {
            const Row *next = byId.value(target);
            target = next ? next->mergedInto : 0;
        }
        book.m_canonical.insert(row.id, book.m_codeIndex.contains(target) ? target : 0);
    }
    return book;
}

const MapDimension *MapCodebook::dimension(const QString &keyOrLabel) const
{
    const QString wanted = keyOrLabel.trimmed();
    for (const MapDimension &d : m_dimensions) {
        if (!d.key.isEmpty() && d.key.compare(wanted, Qt::CaseInsensitive) == 0)
            return &d;
    }
    for (const MapDimension &d : m_dimensions) {
        if (d.label.compare(wanted, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

const MapDimension *MapCodebook::dimensionById(qint64 id) const
{
    const auto it = m_dimensionIndex.constFind(id);
    return it == m_dimensionIndex.constEnd() ? nullptr : &m_dimensions.at(*it);
}

const MapDimension *MapCodebook::firstDimension(const QStringList &keysOrLabels) const
{
    for (const QString &name : keysOrLabels) {
        if (const MapDimension *d = dimension(name))
            return d;
    }
    return nullptr;
}

const MapCode *MapCodebook::code(qint64 id) const
{
    const auto it = m_codeIndex.constFind(id);
    if (it == m_codeIndex.constEnd())
        return nullptr;
    return &m_dimensions.at(it->first).codes.at(it->second);
}

qint64 MapCodebook::canonical(qint64 codeId) const
{
    return m_canonical.value(codeId, 0);
}

QList<qint64> MapCodebook::subtree(qint64 codeId) const
{
    const auto it = m_codeIndex.constFind(codeId);
    if (it == m_codeIndex.constEnd())
        return {};
    const QList<MapCode> &codes = m_dimensions.at(it->first).codes;
    QList<qint64> ids{codeId};
    const int depth = codes.at(it->second).depth;
    for (qsizetype i = it->second + 1; i < codes.size() && codes.at(i).depth > depth; ++i)
        ids << codes.at(i).id;
    return ids;
}

QString MapCodebook::describe(const QList<qint64> &codeIds, qint64 dimensionId) const
{
    QStringList labels;
    const MapDimension *d = dimensionById(dimensionId);
    if (!d)
        return {};
    // In codebook order, not in id order.
    for (const MapCode &c : d->codes) {
        if (std::binary_search(codeIds.begin(), codeIds.end(), c.id))
            labels << c.label;
    }
    return labels.join(QStringLiteral("; "));
}

} // namespace evimap
