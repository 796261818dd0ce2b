#include "maps/evidencemapcsv.h"

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

QString EvidenceMapCsv::field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
        value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QByteArray EvidenceMapCsv::write(const EvidenceMap &map)
{
    const QString crlf = QStringLiteral("\r\n");
    QString out;
    QStringList header{field(
        QStringLiteral("%1 \\ %2").arg(map.rows.dimension.label, map.columns.dimension.label))};
    for (int c = 0; c < map.columns.size(); ++c)
        header << field(pathLabel(map.columns, c));
    header << field(EvidenceMap::tr("Items in row"));
    out += header.join(QLatin1Char(',')) + crlf;
    for (int r = 0; r < map.rows.size(); ++r) {
        QStringList line{field(pathLabel(map.rows, r))};
        for (int c = 0; c < map.columns.size(); ++c)
            line << QString::number(map.cell(r, c).count());
        line << QString::number(map.rowTotals.value(r));
        out += line.join(QLatin1Char(',')) + crlf;
    }
    QStringList totals{field(EvidenceMap::tr("Items in column"))};
    for (int c = 0; c < map.columns.size(); ++c)
        totals << QString::number(map.columnTotals.value(c));
    totals << QString::number(map.itemsOnMap);
    out += totals.join(QLatin1Char(',')) + crlf;
    // What was counted, below the matrix, so the file explains itself.
    out += crlf + field(map.unitDescription()) + crlf + field(map.filterDescription()) + crlf;
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace evimap
