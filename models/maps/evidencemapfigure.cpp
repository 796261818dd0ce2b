#include "maps/evidencemapfigure.h"

#include "maps/textmetrics.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace evimap {

namespace {

constexpr double margin = 28;
constexpr double titleSize = 20;
constexpr double titleLine = 26;
constexpr double infoSize = 12;
constexpr double infoLine = 17;
constexpr double rowLabelSize = 12;
constexpr double rowLabelLine = 15;
constexpr double columnLabelSize = 11;
constexpr double columnLabelLine = 13.5;
constexpr double indentStep = 16;
constexpr double totalsRowHeight = 30;
constexpr double bandHeight = 24;
constexpr double minWidth = 780;

TextStyle style(double size, bool bold = false, QColor colour = Palette::ink(),
                TextStyle::Anchor anchor = TextStyle::Start)
{
    TextStyle s;
    s.size = size;
    s.bold = bold;
    s.colour = colour;
    s.anchor = anchor;
    return s;
}

} // namespace

EvidenceMapFigure::EvidenceMapFigure(const EvidenceMap &map)
    : m_map(map)
{
    layout();
}

Fill EvidenceMapFigure::colourFill(int index) const
{
    if (!m_map.colour.isValid())
        return Palette::category(0);
    return index >= m_map.colour.size() ? Palette::notCoded() : Palette::category(index);
}

double EvidenceMapFigure::radiusFor(int count) const
{
    const int most = m_map.maxCount();
    if (count <= 0 || most <= 0)
        return 0;
    const double rmax = std::min(m_cellWidth, m_cellHeight) / 2.0 - 6.0;
    // Area proportional to the count; the smallest bubble stays visible.
    return std::max(3.5, rmax * std::sqrt(double(count) / most));
}

void EvidenceMapFigure::layout()
{
    const EvidenceMapAxis &rows = m_map.rows;
    const EvidenceMapAxis &columns = m_map.columns;

    // The row labels' column: wide enough for most labels, wrapped beyond that.
    double widest = 0;
    for (const MapCode &code : rows.codes) {
        const double indent = (code.depth - 1) * indentStep;
        widest = std::max(
            widest, indent + TextMetrics::width(code.label, rowLabelSize, code.hasChildren) + 20);
    }
    m_labelWidth = std::clamp(widest, 170.0, 290.0);
    m_rowLabels.clear();
    m_rowTops.clear();
    for (const MapCode &code : rows.codes) {
        const double indent = (code.depth - 1) * indentStep;
        m_rowLabels << TextMetrics::wrap(code.label, m_labelWidth - indent - 20, rowLabelSize,
                                         code.hasChildren, 3);
    }

    // Columns are wide enough for the longest word of their labels (within reason).
    double longestWord = 0;
    for (const MapCode &code : columns.codes) {
        const QStringList words =
            code.label.split(QRegularExpression(QStringLiteral("[\\s-]+")), Qt::SkipEmptyParts);
        for (const QString &word : words)
            longestWord =
                std::max(longestWord, TextMetrics::width(word, columnLabelSize, code.hasChildren));
    }
    m_cellWidth = std::clamp(longestWord + 14, 88.0, 112.0);

    // Column labels wrap inside their column; grouped columns get a band with the parent's name.
    m_columnLabels.clear();
    m_columnGroups.clear();
    int longest = 1;
    for (int c = 0; c < columns.size(); ++c) {
        const MapCode &code = columns.codes.at(c);
        QString text = code.label;
        if (code.hasChildren)
            text = m_map.parentsIncludeSubcodes ? tr("%1 (any)").arg(code.label)
                                                : tr("%1 (general)").arg(code.label);
        m_columnLabels << TextMetrics::wrap(text, m_cellWidth - 10, columnLabelSize,
                                            code.hasChildren, 6);
        longest = std::max(longest, int(m_columnLabels.last().size()));
        if (code.hasChildren && code.depth == 1) {
            int last = c;
            while (last + 1 < columns.size() && columns.codes.at(last + 1).depth > 1)
                ++last;
            m_columnGroups.append({c, last});
        }
    }
    m_bandHeight = m_columnGroups.isEmpty() ? 0 : bandHeight;
    m_headerHeight = longest * columnLabelLine + 14;

    const double gridWidth = m_labelWidth + columns.size() * m_cellWidth + m_totalWidth;
    const double width = std::max(minWidth, 2 * margin + gridWidth);
    m_size.setWidth(width);
    m_gridLeft = margin + std::max(0.0, (width - 2 * margin - gridWidth) / 2.0);

    // Title and the lines that say what is counted.
    m_titleLines = TextMetrics::wrap(m_map.title(), width - 2 * margin, titleSize, true);
    m_infoLines.clear();
    const double infoWidth = width - 2 * margin;
    m_infoLines << TextMetrics::wrap(m_map.unitDescription(), infoWidth, infoSize);
    m_infoLines << TextMetrics::wrap(m_map.filterDescription(), infoWidth, infoSize);
    QString bubbles = tr("Bubble area is proportional to the number of items (largest: %1).")
                          .arg(m_map.maxCount());
    if (m_map.colour.isValid())
        bubbles +=
            QLatin1Char(' ') + tr("Segments show %1 (an item with several codes counts in each).")
                                   .arg(m_map.colour.dimension.label.toLower());
    bubbles += QLatin1Char(' ') + tr("Shaded empty cells are gaps.");
    m_infoLines << TextMetrics::wrap(bubbles, infoWidth, infoSize);

    double y = margin + m_titleLines.size() * titleLine + 4 + m_infoLines.size() * infoLine + 18;
    y += m_bandHeight + m_headerHeight;
    m_gridTop = y;
    for (int r = 0; r < rows.size(); ++r) {
        m_rowTops << y;
        const double needed = m_rowLabels.at(r).size() * rowLabelLine + 12;
        y += std::max(m_cellHeight, needed);
    }
    m_rowTops << y;
    y += totalsRowHeight;

    // Legends: the colour swatches flow across the width; the size legend below them.
    m_legendTop = y + 22;
    double legendY = m_legendTop + 18;
    if (m_map.colour.isValid()) {
        double x = m_gridLeft;
        const int entries = m_map.colour.size() + 1;
        for (int i = 0; i < entries; ++i) {
            const QString label =
                i < m_map.colour.size() ? m_map.colour.codes.at(i).label : tr("Not coded");
            const double w = 20 + TextMetrics::width(label, infoSize) + 18;
            if (x + w > width - margin && x > m_gridLeft) {
                x = m_gridLeft;
                legendY += 22;
            }
            x += w;
        }
        legendY += 40;
    }
    m_sizeLegendHeight = 2 * (std::min(m_cellWidth, m_cellHeight) / 2.0 - 6.0) + 40;
    m_legendHeight = legendY - m_legendTop + m_sizeLegendHeight;
    m_size.setHeight(m_legendTop + m_legendHeight + 34);
}

QRectF EvidenceMapFigure::cellRect(int row, int column) const
{
    return QRectF(m_gridLeft + m_labelWidth + column * m_cellWidth, m_rowTops.at(row), m_cellWidth,
                  m_rowTops.at(row + 1) - m_rowTops.at(row));
}

std::optional<QPair<int, int>> EvidenceMapFigure::cellAt(const QPointF &point) const
{
    const double left = m_gridLeft + m_labelWidth;
    if (m_rowTops.size() < 2 || point.x() < left || point.y() < m_gridTop ||
        point.y() >= m_rowTops.last())
        return std::nullopt;
    const int column = int((point.x() - left) / m_cellWidth);
    if (column < 0 || column >= m_map.columns.size())
        return std::nullopt;
    const auto it = std::upper_bound(m_rowTops.begin(), m_rowTops.end(), point.y());
    const int row = int(it - m_rowTops.begin()) - 1;
    if (row < 0 || row >= m_map.rows.size())
        return std::nullopt;
    return QPair<int, int>(row, column);
}

QString EvidenceMapFigure::cellDescription(int row, int column) const
{
    const EvidenceMapCell &cell = m_map.cell(row, column);
    const QString &rowLabel = m_map.rows.codes.at(row).label;
    const QString &columnLabel = m_map.columns.codes.at(column).label;
    QString text = cell.count() == 1
                       ? tr("%1 × %2: 1 item").arg(rowLabel, columnLabel)
                       : tr("%1 × %2: %3 items").arg(rowLabel, columnLabel).arg(cell.count());
    if (cell.items.isEmpty())
        return text + tr(" (a gap)");
    if (m_map.colour.isValid()) {
        QStringList parts;
        for (int i = 0; i < cell.colourCounts.size(); ++i) {
            if (cell.colourCounts.at(i) == 0)
                continue;
            const QString label =
                i < m_map.colour.size() ? m_map.colour.codes.at(i).label : tr("not coded");
            parts << QStringLiteral("%1 %2").arg(label).arg(cell.colourCounts.at(i));
        }
        text += QStringLiteral(" — ") + parts.join(QStringLiteral(", "));
    }
    return text;
}

void EvidenceMapFigure::draw(Canvas &canvas) const
{
    drawHeader(canvas);
    drawGrid(canvas);
    drawLegend(canvas);
    canvas.text(QPointF(margin, m_size.height() - 14),
                tr("Made with EviMap from the project “%1”.").arg(m_map.projectName),
                style(10, false, Palette::mutedInk()));
}

void EvidenceMapFigure::drawHeader(Canvas &canvas) const
{
    double y = margin + titleSize;
    for (const QString &line : m_titleLines) {
        canvas.text(QPointF(margin, y), line, style(titleSize, true));
        y += titleLine;
    }
    y += 4 - titleLine + infoLine;
    for (const QString &line : m_infoLines) {
        canvas.text(QPointF(margin, y), line, style(infoSize, false, Palette::mutedInk()));
        y += infoLine;
    }
}

void EvidenceMapFigure::drawGrid(Canvas &canvas) const
{
    const EvidenceMapAxis &rows = m_map.rows;
    const EvidenceMapAxis &columns = m_map.columns;
    const double left = m_gridLeft + m_labelWidth;
    const double right = left + columns.size() * m_cellWidth;
    const double bottom = m_rowTops.last();
    const double headerTop = m_gridTop - m_headerHeight - m_bandHeight;

    // Axis names: the columns' dimension over the header, the rows' over the row labels.
    canvas.text(QPointF(m_gridLeft, m_gridTop - 10),
                TextMetrics::elide(rows.dimension.label, m_labelWidth - 12, 12, true),
                style(12, true, Palette::mutedInk()));
    canvas.text(QPointF(left, headerTop - 6), columns.dimension.label,
                style(12, true, Palette::mutedInk()));

    // Bands over grouped columns.
    for (const QPair<int, int> &group : m_columnGroups) {
        const QRectF band(left + group.first * m_cellWidth + 1, headerTop + 1,
                          (group.second - group.first + 1) * m_cellWidth - 2, m_bandHeight - 4);
        canvas.rect(band, Fill{Palette::band(), Fill::Solid}, Palette::rule(), 0.8, 3);
        canvas.text(QPointF(band.center().x(), band.top() + 15),
                    TextMetrics::elide(columns.codes.at(group.first).label, band.width() - 8,
                                       columnLabelSize, true),
                    style(columnLabelSize, true, Palette::ink(), TextStyle::Middle));
    }
    // Column labels, bottom-aligned on the grid.
    for (int c = 0; c < columns.size(); ++c) {
        const QStringList &lines = m_columnLabels.at(c);
        const MapCode &code = columns.codes.at(c);
        double y = m_gridTop - 8 - (lines.size() - 1) * columnLabelLine;
        for (const QString &line : lines) {
            canvas.text(
                QPointF(left + (c + 0.5) * m_cellWidth, y), line,
                style(columnLabelSize, code.hasChildren, Palette::ink(), TextStyle::Middle));
            y += columnLabelLine;
        }
    }
    canvas.text(QPointF(right + m_totalWidth / 2, m_gridTop - 8), tr("Items"),
                style(columnLabelSize, true, Palette::mutedInk(), TextStyle::Middle));

    // Rows: label, cells, total.
    for (int r = 0; r < rows.size(); ++r) {
        const MapCode &code = rows.codes.at(r);
        const double top = m_rowTops.at(r);
        const double height = m_rowTops.at(r + 1) - top;
        if (code.hasChildren)
            canvas.rect(QRectF(m_gridLeft, top, m_labelWidth, height),
                        Fill{Palette::band(), Fill::Solid}, QColor());
        const QStringList &lines = m_rowLabels.at(r);
        const double indent = (code.depth - 1) * indentStep;
        double y = top + height / 2 - (lines.size() * rowLabelLine) / 2 + rowLabelLine - 3.5;
        for (const QString &line : lines) {
            canvas.text(QPointF(m_gridLeft + 8 + indent, y), line,
                        style(rowLabelSize, code.hasChildren,
                              code.depth > 1 ? Palette::mutedInk() : Palette::ink()));
            y += rowLabelLine;
        }
        for (int c = 0; c < columns.size(); ++c) {
            const QRectF rect = cellRect(r, c);
            const EvidenceMapCell &cell = m_map.cell(r, c);
            const QString tooltip = cellDescription(r, c);
            if (cell.items.isEmpty()) {
                canvas.beginGroup(QStringLiteral("gap"), tooltip);
                canvas.rect(rect, Fill{Palette::gap(), Fill::Solid}, QColor());
                canvas.endGroup();
                continue;
            }
            canvas.beginGroup(QStringLiteral("cell"), tooltip);
            drawBubble(canvas, QPointF(rect.center().x() - 6, rect.center().y() + 2),
                       radiusFor(cell.count()), cell);
            canvas.text(QPointF(rect.right() - 5, rect.top() + 14), QString::number(cell.count()),
                        style(10.5, true, Palette::mutedInk(), TextStyle::End));
            canvas.endGroup();
        }
        canvas.text(QPointF(right + m_totalWidth / 2, top + height / 2 + 4),
                    QString::number(m_map.rowTotals.value(r)),
                    style(11, false, Palette::mutedInk(), TextStyle::Middle));
    }

    // Column totals.
    canvas.text(QPointF(m_gridLeft + 8, bottom + 19), tr("Items"),
                style(11, true, Palette::mutedInk()));
    for (int c = 0; c < columns.size(); ++c)
        canvas.text(QPointF(left + (c + 0.5) * m_cellWidth, bottom + 19),
                    QString::number(m_map.columnTotals.value(c)),
                    style(11, false, Palette::mutedInk(), TextStyle::Middle));
    canvas.text(QPointF(right + m_totalWidth / 2, bottom + 19), QString::number(m_map.itemsOnMap),
                style(11, true, Palette::mutedInk(), TextStyle::Middle));

    // Rules: thin between cells, stronger around groups and the grid.
    for (int r = 0; r <= rows.size(); ++r) {
        const bool strong = r == 0 || r == rows.size() ||
                            (rows.codes.at(r).depth == 1 && r > 0 &&
                             (rows.codes.at(r).hasChildren || rows.codes.at(r - 1).depth > 1));
        canvas.line(QPointF(m_gridLeft, m_rowTops.at(r)), QPointF(right, m_rowTops.at(r)),
                    strong ? Palette::mutedInk() : Palette::rule(), strong ? 0.9 : 0.6);
    }
    for (int c = 0; c <= columns.size(); ++c) {
        const bool strong =
            c == 0 || c == columns.size() ||
            (columns.codes.at(c).depth == 1 && c > 0 &&
             (columns.codes.at(c).hasChildren || columns.codes.at(c - 1).depth > 1));
        canvas.line(QPointF(left + c * m_cellWidth, m_gridTop),
                    QPointF(left + c * m_cellWidth, bottom),
                    strong ? Palette::mutedInk() : Palette::rule(), strong ? 0.9 : 0.6);
    }
}

void EvidenceMapFigure::drawBubble(Canvas &canvas, const QPointF &centre, double radius,
                                   const EvidenceMapCell &cell) const
{
    canvas.beginGroup(QStringLiteral("bubble"), QString());
    const QColor outline(0x33, 0x33, 0x33);
    int total = 0;
    for (int n : cell.colourCounts)
        total += n;
    if (!m_map.colour.isValid() || total == 0) {
        canvas.circle(centre, radius, colourFill(m_map.colour.isValid() ? m_map.colour.size() : 0),
                      outline, 0.8);
        canvas.endGroup();
        return;
    }
    double angle = 0;
    for (int i = 0; i < cell.colourCounts.size(); ++i) {
        const int n = cell.colourCounts.at(i);
        if (n == 0)
            continue;
        const double span = 360.0 * n / total;
        canvas.wedge(centre, radius, angle, span, colourFill(i), QColor(255, 255, 255), 0.8);
        angle += span;
    }
    canvas.circle(centre, radius, Fill{}, outline, 0.8);
    canvas.endGroup();
}

void EvidenceMapFigure::drawLegend(Canvas &canvas) const
{
    const double width = m_size.width();
    double y = m_legendTop;
    if (m_map.colour.isValid()) {
        canvas.text(QPointF(m_gridLeft, y), tr("Segments: %1").arg(m_map.colour.dimension.label),
                    style(12, true));
        y += 18;
        double x = m_gridLeft;
        const int entries = m_map.colour.size() + 1;
        for (int i = 0; i < entries; ++i) {
            const QString label =
                i < m_map.colour.size() ? m_map.colour.codes.at(i).label : tr("Not coded");
            const double w = 20 + TextMetrics::width(label, infoSize) + 18;
            if (x + w > width - margin && x > m_gridLeft) {
                x = m_gridLeft;
                y += 22;
            }
            canvas.rect(QRectF(x, y - 1, 14, 14), colourFill(i), QColor(0x33, 0x33, 0x33), 0.6);
            canvas.text(QPointF(x + 20, y + 11), label, style(infoSize));
            x += w;
        }
        y += 40;
    }

    // Size legend: bubbles for one item, about half the largest count, and the largest.
    canvas.text(QPointF(m_gridLeft, y), tr("Bubble area: number of items"), style(12, true));
    const int most = m_map.maxCount();
    QList<int> samples;
    for (int v : {1, (most + 1) / 2, most}) {
        if (v > 0 && !samples.contains(v))
            samples << v;
    }
    const double rmax = std::min(m_cellWidth, m_cellHeight) / 2.0 - 6.0;
    double x = m_gridLeft + rmax;
    const double cy = y + 12 + rmax;
    for (int v : std::as_const(samples)) {
        const double r = radiusFor(v);
        canvas.circle(QPointF(x, cy + rmax - r), r, Fill{QColor(0xbd, 0xc3, 0xc9), Fill::Solid},
                      QColor(0x33, 0x33, 0x33), 0.8);
        canvas.text(QPointF(x + rmax + 6, cy + rmax - 2), QString::number(v), style(11));
        x += 2 * rmax + 44;
    }
    if (samples.isEmpty())
        canvas.text(QPointF(m_gridLeft, y + 20), tr("No items are on the map."),
                    style(11, false, Palette::mutedInk()));
}

} // namespace evimap
