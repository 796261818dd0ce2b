#pragma once

#include "maps/palette.h"

#include <QColor>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace evimap {

struct TextStyle
{
    enum Anchor
    {
        Start,
        Middle,
        End
    };

    double size = 12; // pixels
    bool bold = false;
    bool italic = false;
    QColor colour = Palette::ink();
    Anchor anchor = Start;
    double rotation = 0; // degrees, clockwise, about the anchor point
};

// What figures draw on. The evidence map, the PRISMA diagram and the charts draw themselves
// once, on this interface; SvgCanvas writes SVG text and PainterCanvas paints with QPainter
// (PNG, PDF, the window), so every format shows the same picture. Units are CSS pixels.
class Canvas
{
public:
    virtual ~Canvas() = default;

    virtual void rect(const QRectF &rect, const Fill &fill, const QColor &stroke,
                      double strokeWidth = 1.0, double radius = 0) = 0;
    virtual void line(const QPointF &from, const QPointF &to, const QColor &colour,
                      double width = 1.0) = 0;
    virtual void polygon(const QPolygonF &points, const QColor &fill) = 0;
    virtual void circle(const QPointF &centre, double radius, const Fill &fill,
                        const QColor &stroke, double strokeWidth = 1.0) = 0;
    // A pie slice; angles in degrees, clockwise from twelve o'clock.
    virtual void wedge(const QPointF &centre, double radius, double startAngle, double spanAngle,
                       const Fill &fill, const QColor &stroke, double strokeWidth = 1.0) = 0;
    // Text on a baseline through `position`, anchored there by `style.anchor`.
    virtual void text(const QPointF &position, const QString &text, const TextStyle &style) = 0;

    // Groups what is drawn next (SVG: <g class> with a <title> tooltip). Optional.
    virtual void beginGroup(const QString &cssClass, const QString &tooltip)
    {
        Q_UNUSED(cssClass);
        Q_UNUSED(tooltip);
    }
    virtual void endGroup() {}

    // An arrow from `from` to `to` with its head at `to`.
    void arrow(const QPointF &from, const QPointF &to, const QColor &colour, double width = 1.2);
};

// Something that draws itself on a Canvas at a fixed size: the evidence map, the PRISMA
// diagram, a chart.
class Figure
{
public:
    virtual ~Figure() = default;
    virtual QSizeF size() const = 0;
    virtual void draw(Canvas &canvas) const = 0;
    // Used as the SVG <title> and the PDF title.
    virtual QString title() const = 0;
};

} // namespace evimap
