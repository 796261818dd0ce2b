#pragma once

#include "maps/canvas.h"
#include "maps/chartdata.h"

#include <QCoreApplication>

namespace evimap {

// A bar chart drawn as a figure: title, subtitle, axes with labelled ticks, stacked bars in the
// category palette (with hatching, so the series stay apart in greyscale) and a legend. A chart
// with nothing to show prints its note instead.
class ChartFigure final : public Figure
{
    Q_DECLARE_TR_FUNCTIONS(ChartFigure)

public:
    explicit ChartFigure(const ChartData &chart, double width = 760);

    QSizeF size() const override { return m_size; }
    void draw(Canvas &canvas) const override;
    QString title() const override { return m_chart.title; }

    // Round steps (1, 2, 5 × 10^k) for an axis from 0 to `max`, at most `maxTicks` of them.
    static double tickStep(double max, int maxTicks = 6);

private:
    void drawVertical(Canvas &canvas) const;
    void drawHorizontal(Canvas &canvas) const;
    void drawLegend(Canvas &canvas, double top) const;
    double legendHeight() const;
    Fill seriesFill(int series) const;

    ChartData m_chart;
    QSizeF m_size;
    QStringList m_subtitleLines;
    double m_plotTop = 0;
    double m_labelWidth = 0; // horizontal charts: the category labels
};

} // namespace evimap
