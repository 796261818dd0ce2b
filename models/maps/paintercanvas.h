#pragma once

#include "maps/canvas.h"

class QFont;
class QPainter;
class QPainterPath;

namespace evimap {

// Paints what is drawn with a QPainter: PNG and PDF files, and the views in the window. Needs a
// QGuiApplication (fonts).
class PainterCanvas final : public Canvas
{
public:
    explicit PainterCanvas(QPainter &painter)
        : m_painter(painter)
    {}

    void rect(const QRectF &rect, const Fill &fill, const QColor &stroke, double strokeWidth = 1.0,
              double radius = 0) override;
    void line(const QPointF &from, const QPointF &to, const QColor &colour,
              double width = 1.0) override;
    void polygon(const QPolygonF &points, const QColor &fill) override;
    void circle(const QPointF &centre, double radius, const Fill &fill, const QColor &stroke,
                double strokeWidth = 1.0) override;
    void wedge(const QPointF &centre, double radius, double startAngle, double spanAngle,
               const Fill &fill, const QColor &stroke, double strokeWidth = 1.0) override;
    void text(const QPointF &position, const QString &text, const TextStyle &style) override;

    // The font figures use, at `pixelSize`.
    static QFont font(double pixelSize, bool bold = false, bool italic = false);

private:
    void fillPath(const QPainterPath &path, const Fill &fill, const QColor &stroke,
                  double strokeWidth);

    QPainter &m_painter;
};

} // namespace evimap
