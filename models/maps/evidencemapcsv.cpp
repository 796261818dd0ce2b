#include "maps/evidencemapcsv.h"

#include "core/csvrowwriter.h"
#include "maps/evidencemap.h"

namespace evimap {

namespace {

// "Parent › Child" for sub-codes, so a row keeps its meaning when sorted or filtered.
QString pathLabel(const EvidenceMapAxis &axis, int index)
{
    QStringList parts{axis.codes.at(index).label};
    int depth = axis.codes.at(index).depth;
    for (int i = index - 1; i >= 0 && depth > 1; --i) {
        if (axis.codes.at(i).depth < depth) {
            parts.prepend(axis.codes.at(i).label);
            depth = axis.codes.at(i).depth;
        }
    }
    return parts.join(QStringLiteral(" › "));
}

} // namespace

QByteArray EvidenceMapCsv::write(const EvidenceMap &map)
{
    QString out;
    QStringList header{
        QStringLiteral("%1 \\ %2").arg(map.rows.dimension.label, map.columns.dimension.label)};
    for (int c = 0; c < map.columns.size(); ++c)
        header << pathLabel(map.columns, c);
    header << EvidenceMap::tr("Items in row");
    out += CsvRowWriter::row(header);
    for (int r = 0; r < map.rows.size(); ++r) {
        QStringList line{pathLabel(map.rows, r)};
        for (int c = 0; c < map.columns.size(); ++c)
            line << QString::number(map.cell(r, c).count());
        line << QString::number(map.rowTotals.value(r));
        out += CsvRowWriter::row(line);
    }
    QStringList totals{EvidenceMap::tr("Items in column")};
    for (int c = 0; c < map.columns.size(); ++c)
        totals << QString::number(map.columnTotals.value(c));
    totals << QString::number(map.itemsOnMap);
    out += CsvRowWriter::row(totals);
    // What was counted, below the matrix, so the file explains itself.
    out += QLatin1String("\r\n") + CsvRowWriter::row({map.unitDescription()}) +
           CsvRowWriter::row({map.filterDescription()});
    return CsvRowWriter::bom() + out.toUtf8();
}

} // namespace evimap
