#pragma once

#include "maps/canvas.h"
#include "maps/evidencemap.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

#include <optional>

namespace evimap {

// The evidence gap map drawn as a figure (3ie / Campbell style): codes of one dimension down
// the side (sub-codes indented under their parent), codes of another across the top (sub-codes
// grouped under a band with their parent's name), a bubble per cell with area proportional to
// its items, split into segments by the colour dimension, empty cells shaded as gaps, totals,
// the unit counted, the filters in force and legends. The window uses the same layout for
// hovering and clicking.
class EvidenceMapFigure final : public Figure
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceMapFigure)

public:
    explicit EvidenceMapFigure(const EvidenceMap &map);

    QSizeF size() const override { return m_size; }
    void draw(Canvas &canvas) const override;
    QString title() const override { return m_map.title(); }

    const EvidenceMap &map() const { return m_map; }
    // The cell (row, column) under a point, if any.
    std::optional<QPair<int, int>> cellAt(const QPointF &point) const;
    QRectF cellRect(int row, int column) const;
    // The words of a cell's tooltip: its codes, count and split by colour.
    QString cellDescription(int row, int column) const;
    // The fill of colour code `index` (the last index is "not coded").
    Fill colourFill(int index) const;

private:
    void layout();
    void drawHeader(Canvas &canvas) const;
    void drawGrid(Canvas &canvas) const;
    void drawBubble(Canvas &canvas, const QPointF &centre, double radius,
                    const EvidenceMapCell &cell) const;
    void drawLegend(Canvas &canvas) const;
    double radiusFor(int count) const;

    EvidenceMap m_map;
    QSizeF m_size;
    // Layout, computed once.
    QStringList m_titleLines;
    QStringList m_infoLines;
    double m_gridTop = 0;
    double m_gridLeft = 0;
    double m_labelWidth = 0;
    double m_cellWidth = 88;
    double m_cellHeight = 58;
    double m_totalWidth = 60;
    double m_bandHeight = 0;   // the band of parent labels over grouped columns (0: none)
    double m_headerHeight = 0; // column labels
    QList<QStringList> m_columnLabels;
    QList<QStringList> m_rowLabels;
    QList<double> m_rowTops; // top of each row; one more entry for the bottom of the grid
    QList<QPair<int, int>> m_columnGroups; // (first, last) columns under one band label
    double m_sizeLegendHeight = 0;
    double m_legendTop = 0;
    double m_legendHeight = 0;
};

} // namespace evimap
