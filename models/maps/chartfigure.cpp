#include "maps/chartfigure.h"

#include "maps/textmetrics.h"

#include <algorithm>
#include <cmath>

namespace evimap {

namespace {

constexpr double margin = 24;
constexpr double barThickness = 20;
constexpr double barGap = 8;
constexpr double verticalPlotHeight = 250;

TextStyle textStyle(double size, bool bold = false, QColor colour = Palette::ink(),
                    TextStyle::Anchor anchor = TextStyle::Start)
{
    TextStyle s;
    s.size = size;
    s.bold = bold;
    s.colour = colour;
    s.anchor = anchor;
    return s;
}

QString number(double v)
{
    return v == std::floor(v) ? QString::number(qint64(v)) : QString::number(v, 'f', 1);
}

} // namespace

double ChartFigure::tickStep(double max, int maxTicks)
{
    if (max <= 0)
        return 1;
    const double raw = max / maxTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return std::max(1.0, m * magnitude);
    }
    return std::max(1.0, 10 * magnitude);
}

ChartFigure::ChartFigure(const ChartData &chart, double width)
    : m_chart(chart)
{
    m_subtitleLines = TextMetrics::wrap(chart.subtitle, width - 2 * margin, 11.5);
    m_plotTop = margin + 22 + m_subtitleLines.size() * 16 + 22;
    double height = 0;
    if (!chart.note.isEmpty() && chart.isEmpty()) {
        height = m_plotTop + 60;
    } else if (chart.orientation == ChartData::Orientation::Vertical) {
        height = m_plotTop + verticalPlotHeight + 70 + legendHeight();
    } else {
        double widest = 0;
        for (const QString &c : chart.categories)
            widest = std::max(widest, TextMetrics::width(c, 11.5));
        m_labelWidth = std::clamp(widest + 14, 90.0, width * 0.4);
        height =
            m_plotTop + chart.categories.size() * (barThickness + barGap) + 56 + legendHeight();
    }
    m_size = QSizeF(width, height + margin);
}

double ChartFigure::legendHeight() const
{
    if (m_chart.series.size() < 2)
        return 0;
    double x = margin, rows = 1;
    for (const ChartSeries &s : m_chart.series) {
        const double w = 20 + TextMetrics::width(s.label, 11.5) + 18;
        if (x + w > m_size.width() - margin && x > margin) {
            x = margin;
            ++rows;
        }
        x += w;
    }
    return rows * 20 + 8;
}

Fill ChartFigure::seriesFill(int series) const
{
    if (m_chart.series.at(series).notCoded)
        return Palette::notCoded();
    return Palette::category(series);
}

void ChartFigure::draw(Canvas &canvas) const
{
    canvas.text(QPointF(margin, margin + 14), m_chart.title, textStyle(16, true));
    double y = margin + 36;
    for (const QString &line : m_subtitleLines) {
        canvas.text(QPointF(margin, y), line, textStyle(11.5, false, Palette::mutedInk()));
        y += 16;
    }
    if (!m_chart.note.isEmpty() && m_chart.isEmpty()) {
        const QRectF box(margin, m_plotTop, m_size.width() - 2 * margin, 44);
        canvas.rect(box, Fill{Palette::gap(), Fill::Solid}, Palette::rule(), 0.8, 4);
        canvas.text(QPointF(box.left() + 12, box.center().y() + 4),
                    TextMetrics::elide(m_chart.note, box.width() - 24, 12), textStyle(12));
        return;
    }
    if (m_chart.orientation == ChartData::Orientation::Vertical)
        drawVertical(canvas);
    else
        drawHorizontal(canvas);
}

void ChartFigure::drawVertical(Canvas &canvas) const
{
    const double max = std::max(1.0, m_chart.maxStack());
    const double step = tickStep(max);
    const double top = std::ceil(max / step) * step;
    const double left = margin + 56;
    const double right = m_size.width() - margin;
    const double plotTop = m_plotTop;
    const double bottom = plotTop + verticalPlotHeight;
    auto yOf = [&](double v) { return bottom - v / top * (bottom - plotTop); };

    for (double v = 0; v <= top + 1e-9; v += step) {
        canvas.line(QPointF(left, yOf(v)), QPointF(right, yOf(v)),
                    v == 0 ? Palette::mutedInk() : Palette::rule(), v == 0 ? 1.0 : 0.6);
        canvas.text(QPointF(left - 6, yOf(v) + 4), number(v),
                    textStyle(11, false, Palette::mutedInk(), TextStyle::End));
    }
    TextStyle axis = textStyle(11.5, false, Palette::mutedInk(), TextStyle::Middle);
    axis.rotation = -90;
    canvas.text(QPointF(margin + 10, (plotTop + bottom) / 2), m_chart.valueAxis, axis);

    const int n = int(m_chart.categories.size());
    const double slot = n > 0 ? (right - left) / n : 0;
    const double barWidth = std::min(46.0, slot * 0.72);
    // Label every k-th category so the labels do not collide.
    double widest = 0;
    for (const QString &c : m_chart.categories)
        widest = std::max(widest, TextMetrics::width(c, 11));
    const int every = std::max(1, int(std::ceil((widest + 8) / std::max(1.0, slot))));
    for (int c = 0; c < n; ++c) {
        const double x = left + (c + 0.5) * slot;
        double base = 0;
        for (int s = 0; s < m_chart.series.size(); ++s) {
            const double v = m_chart.series.at(s).values.value(c);
            if (v <= 0)
                continue;
            canvas.beginGroup(
                QStringLiteral("bar"),
                QStringLiteral("%1, %2: %3")
                    .arg(m_chart.categories.at(c), m_chart.series.at(s).label, number(v)));
            canvas.rect(
                QRectF(x - barWidth / 2, yOf(base + v), barWidth, yOf(base) - yOf(base + v)),
                seriesFill(s), QColor(255, 255, 255), 0.8);
            canvas.endGroup();
            base += v;
        }
        if (base > 0 && slot >= 18)
            canvas.text(QPointF(x, yOf(base) - 4), number(base),
                        textStyle(10, false, Palette::mutedInk(), TextStyle::Middle));
        if (c % every == 0)
            canvas.text(QPointF(x, bottom + 16), m_chart.categories.at(c),
                        textStyle(11, false, Palette::ink(), TextStyle::Middle));
    }
    canvas.text(QPointF((left + right) / 2, bottom + 38), m_chart.categoryAxis,
                textStyle(11.5, false, Palette::mutedInk(), TextStyle::Middle));
    drawLegend(canvas, bottom + 58);
}

void ChartFigure::drawHorizontal(Canvas &canvas) const
{
    const double max = std::max(1.0, m_chart.maxStack());
    const double step = tickStep(max, 5);
    const double top = std::ceil(max / step) * step;
    const double left = margin + m_labelWidth;
    const double right = m_size.width() - margin - 30;
    const double plotTop = m_plotTop;
    const int n = int(m_chart.categories.size());
    const double bottom = plotTop + n * (barThickness + barGap);
    auto xOf = [&](double v) { return left + v / top * (right - left); };

    for (double v = 0; v <= top + 1e-9; v += step) {
        canvas.line(QPointF(xOf(v), plotTop - 4), QPointF(xOf(v), bottom),
                    v == 0 ? Palette::mutedInk() : Palette::rule(), v == 0 ? 1.0 : 0.6);
        canvas.text(QPointF(xOf(v), bottom + 15), number(v),
                    textStyle(11, false, Palette::mutedInk(), TextStyle::Middle));
    }
    canvas.text(QPointF((left + right) / 2, bottom + 34), m_chart.valueAxis,
                textStyle(11.5, false, Palette::mutedInk(), TextStyle::Middle));
    for (int c = 0; c < n; ++c) {
        const double y = plotTop + c * (barThickness + barGap) + barGap / 2;
        canvas.text(QPointF(left - 8, y + barThickness / 2 + 4),
                    TextMetrics::elide(m_chart.categories.at(c), m_labelWidth - 14, 11.5),
                    textStyle(11.5, false, Palette::ink(), TextStyle::End));
        double base = 0;
        for (int s = 0; s < m_chart.series.size(); ++s) {
            const double v = m_chart.series.at(s).values.value(c);
            if (v <= 0)
                continue;
            canvas.beginGroup(
                QStringLiteral("bar"),
                QStringLiteral("%1, %2: %3")
                    .arg(m_chart.categories.at(c), m_chart.series.at(s).label, number(v)));
            canvas.rect(QRectF(xOf(base), y, xOf(base + v) - xOf(base), barThickness),
                        seriesFill(s), QColor(255, 255, 255), 0.8);
            canvas.endGroup();
            base += v;
        }
        canvas.text(QPointF(xOf(base) + 5, y + barThickness / 2 + 4), number(base),
                    textStyle(10.5, false, Palette::mutedInk()));
    }
    drawLegend(canvas, bottom + 52);
}

void ChartFigure::drawLegend(Canvas &canvas, double top) const
{
    if (m_chart.series.size() < 2)
        return;
    double x = margin, y = top;
    for (int s = 0; s < m_chart.series.size(); ++s) {
        const QString &label = m_chart.series.at(s).label;
        const double w = 20 + TextMetrics::width(label, 11.5) + 18;
        if (x + w > m_size.width() - margin && x > margin) {
            x = margin;
            y += 20;
        }
        canvas.rect(QRectF(x, y - 1, 14, 14), seriesFill(s), QColor(0x33, 0x33, 0x33), 0.6);
        canvas.text(QPointF(x + 20, y + 11), label, textStyle(11.5));
        x += w;
    }
}

} // namespace evimap
