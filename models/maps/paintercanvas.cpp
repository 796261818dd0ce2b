#include "maps/paintercanvas.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace evimap {

QFont PainterCanvas::font(double pixelSize, bool bold, bool italic)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Verdana"),
                   QStringLiteral("Arial"), QStringLiteral("Helvetica")});
    f.setStyleHint(QFont::SansSerif);
    // Pixels, not points: the layout's units are pixels whatever the device's resolution.
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(false);
    return f;
}

void PainterCanvas::fillPath(const QPainterPath &path, const Fill &fill, const QColor &stroke,
                             double strokeWidth)
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    if (!fill.isNone()) {
        m_painter.fillPath(path, fill.colour);
        if (fill.pattern != Fill::Solid) {
            // The same hatching as the SVG patterns: 6px apart, anchored at the origin.
            m_painter.save();
            m_painter.setClipPath(path, Qt::IntersectClip);
            m_painter.setPen(QPen(fill.hatchColour(), 1.2));
            const QRectF box = path.boundingRect().adjusted(-6, -6, 6, 6);
            const double step = 6.0;
            const bool forward =
                fill.pattern == Fill::ForwardDiagonal || fill.pattern == Fill::Cross;
            const bool backward =
                fill.pattern == Fill::BackwardDiagonal || fill.pattern == Fill::Cross;
            if (forward) { // lines x + y = k * step
                const double from = std::floor((box.left() + box.top()) / step) * step;
                for (double k = from; k <= box.right() + box.bottom(); k += step)
                    m_painter.drawLine(QPointF(k - box.top(), box.top()),
                                       QPointF(k - box.bottom(), box.bottom()));
            }
            if (backward) { // lines x - y = k * step
                const double from = std::floor((box.left() - box.bottom()) / step) * step;
                for (double k = from; k <= box.right() - box.top(); k += step)
                    m_painter.drawLine(QPointF(k + box.top(), box.top()),
                                       QPointF(k + box.bottom(), box.bottom()));
            }
            if (fill.pattern == Fill::Horizontal) {
                for (double y = std::floor(box.top() / step) * step + 3; y <= box.bottom();
                     y += step)
                    m_painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
            }
            if (fill.pattern == Fill::Vertical) {
                for (double x = std::floor(box.left() / step) * step + 3; x <= box.right();
                     x += step)
                    m_painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()));
            }
            m_painter.restore();
        }
    }
    if (stroke.isValid() && strokeWidth > 0) {
        m_painter.setPen(QPen(stroke, strokeWidth));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(path);
    }
    m_painter.restore();
}

void PainterCanvas::rect(const QRectF &r, const Fill &fill, const QColor &stroke,
                         double strokeWidth, double radius)
{
    QPainterPath path;
    if (radius > 0)
        path.addRoundedRect(r, radius, radius);
    else
        path.addRect(r);
    fillPath(path, fill, stroke, strokeWidth);
}

void PainterCanvas::line(const QPointF &from, const QPointF &to, const QColor &colour, double width)
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
    m_painter.drawLine(from, to);
    m_painter.restore();
}

void PainterCanvas::polygon(const QPolygonF &points, const QColor &fill)
{
    QPainterPath path;
    path.addPolygon(points);
    path.closeSubpath();
    fillPath(path, Fill{fill, Fill::Solid}, QColor(), 0);
}

void PainterCanvas::circle(const QPointF &centre, double radius, const Fill &fill,
                           const QColor &stroke, double strokeWidth)
{
    QPainterPath path;
    path.addEllipse(centre, radius, radius);
    fillPath(path, fill, stroke, strokeWidth);
}

void PainterCanvas::wedge(const QPointF &centre, double radius, double startAngle, double spanAngle,
                          const Fill &fill, const QColor &stroke, double strokeWidth)
{
    if (spanAngle >= 359.99) {
        circle(centre, radius, fill, stroke, strokeWidth);
        return;
    }
    // QPainterPath angles run counter-clockwise from three o'clock.
    QPainterPath path(centre);
    const QRectF box(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    path.arcTo(box, 90.0 - startAngle, -spanAngle);
    path.closeSubpath();
    fillPath(path, fill, stroke, strokeWidth);
}

void PainterCanvas::text(const QPointF &position, const QString &text, const TextStyle &style)
{
    const QFont f = font(style.size, style.bold, style.italic);
    m_painter.save();
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    m_painter.setFont(f);
    m_painter.setPen(style.colour);
    m_painter.translate(position);
    if (style.rotation != 0)
        m_painter.rotate(style.rotation);
    double x = 0;
    if (style.anchor != TextStyle::Start) {
        const double w = QFontMetricsF(f, m_painter.device()).horizontalAdvance(text);
        x = style.anchor == TextStyle::Middle ? -w / 2 : -w;
    }
    m_painter.drawText(QPointF(x, 0), text);
    m_painter.restore();
}

} // namespace evimap
