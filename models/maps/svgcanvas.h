#pragma once

#include "maps/canvas.h"

#include <QSet>
#include <QSizeF>
#include <QString>

namespace evimap {

// Writes what is drawn as SVG 1.1 text. Every string is escaped (record titles can hold
// markup), numbers are written with two decimals at most, and nothing depends on the time or
// the machine: the same figure gives the same bytes.
class SvgCanvas final : public Canvas
{
public:
    SvgCanvas(const QSizeF &size, const QString &title);

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
    void beginGroup(const QString &cssClass, const QString &tooltip) override;
    void endGroup() override;

    // The whole document, UTF-8.
    QByteArray finish() const;

    // XML-escapes text for element content and attribute values; drops characters XML forbids.
    static QString escape(const QString &text);
    static QString number(double value);
    // Renders a figure as a complete SVG document.
    static QByteArray render(const Figure &figure);

private:
    QString fillAttributes(const Fill &fill);
    QString strokeAttributes(const QColor &stroke, double width) const;
    // Draws the hatching of `fill` over the shape given as SVG element text.
    void hatch(const Fill &fill, const QString &shapeElement);

    QSizeF m_size;
    QString m_title;
    QString m_body;
    QSet<QString> m_patterns;
    int m_depth = 1;
};

} // namespace evimap
