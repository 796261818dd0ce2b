#include "maps/evidencemap.h"

#include <algorithm>

namespace evimap {

QString EvidenceMapItem::citation() const
{
    const QStringList names = authors.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString who;
    if (names.isEmpty()) {
        who = EvidenceMap::tr("Anonymous");
    } else {
        who = names.first().section(QLatin1Char(','), 0, 0).trimmed();
        if (names.size() == 2)
            who += EvidenceMap::tr(" and %1").arg(
                names.at(1).section(QLatin1Char(','), 0, 0).trimmed());
        else if (names.size() > 2)
            who += EvidenceMap::tr(" et al.");
    }
    const QString when = year > 0 ? QString::number(year) : EvidenceMap::tr("n.d.");
    return QStringLiteral("%1 (%2)").arg(who, when);
}

bool EvidenceMapItem::hasCode(qint64 codeId) const
{
    return std::binary_search(codes.begin(), codes.end(), codeId);
}

int EvidenceMap::maxCount() const
{
    int most = 0;
    for (const EvidenceMapCell &c : cells)
        most = std::max(most, c.count());
    return most;
}

int EvidenceMap::emptyCells() const
{
    return int(std::count_if(cells.begin(), cells.end(),
                             [](const EvidenceMapCell &c) { return c.items.isEmpty(); }));
}

QString EvidenceMap::title() const
{
    return tr("Evidence gap map: %1 × %2").arg(rows.dimension.label, columns.dimension.label);
}

QString EvidenceMap::scopeDescription(ScreeningScope scope)
{
    switch (scope) {
    case ScreeningScope::IncludedFullText:
        return tr("records included at full-text screening");
    case ScreeningScope::IncludedTitleAbstract:
        return tr("records included at title/abstract screening");
    case ScreeningScope::All:
    case ScreeningScope::Auto:
        break;
    }
    return tr("all records (duplicates left out)");
}

QString EvidenceMap::codingSourceDescription(CodingSource source)
{
    switch (source) {
    case CodingSource::ReconciledOnly:
        return tr("reconciled codes only");
    case CodingSource::Reviewers:
        return tr("every reviewer's codes");
    case CodingSource::ReconciledElseReviewers:
        break;
    }
    return tr("reconciled codes (reviewers' codes where none are reconciled yet)");
}

QString EvidenceMap::unitDescription() const
{
    return tr("Unit: items (records); an item counts in every cell it informs. %1 %2; %3 on the "
              "map; %4.")
        .arg(items.size())
        .arg(scopeDescription(scope))
        .arg(itemsOnMap)
        .arg(codingSourceDescription(codingSource));
}

QString EvidenceMap::whyEmpty() const
{
    if (itemsOnMap > 0)
        return {};
    const bool filtered = !filters.isEmpty() || yearFrom > 0 || yearTo > 0;
    if (items.isEmpty() && filtered)
        return tr("The map is empty: no %1 match the filters (%2).")
            .arg(scopeDescription(scope), filterDescription());
    int coded = 0;
    for (const EvidenceMapItem &item : items)
        coded += item.codes.isEmpty() ? 0 : 1;
    if (items.isEmpty())
        return tr("The map is empty: no included records coded yet (there are no %1).")
            .arg(scopeDescription(scope));
    if (coded == 0)
        return tr("The map is empty: no included records coded yet (%1 %2, none coded).")
            .arg(items.size())
            .arg(scopeDescription(scope));
    return tr("The map is empty: none of the %1 coded records has a code in both %2 and %3.")
        .arg(coded)
        .arg(rows.dimension.label, columns.dimension.label);
}

QString EvidenceMap::filterDescription() const
{
    QStringList parts = filters;
    if (yearFrom > 0 && yearTo > 0)
        parts << tr("years %1–%2").arg(yearFrom).arg(yearTo);
    else if (yearFrom > 0)
        parts << tr("years from %1").arg(yearFrom);
    else if (yearTo > 0)
        parts << tr("years up to %1").arg(yearTo);
    return parts.isEmpty() ? tr("Filters: none")
                           : tr("Filters: %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace evimap
