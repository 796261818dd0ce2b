#include "maps/svgcanvas.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace evimap {

namespace {

const char fontFamily[] = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

QString patternPath(Fill::Pattern pattern)
{
    switch (pattern) {
    case Fill::ForwardDiagonal:
        return QStringLiteral("M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5");
    case Fill::BackwardDiagonal:
        return QStringLiteral("M0,0 L6,6 M-1,5 L1,7 M5,-1 L7,1");
    case Fill::Horizontal:
        return QStringLiteral("M0,3 L6,3");
    case Fill::Vertical:
        return QStringLiteral("M3,0 L3,6");
    case Fill::Cross:
        return QStringLiteral("M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5 M0,0 L6,6 M-1,5 L1,7 M5,-1 L7,1");
    case Fill::Solid:
        break;
    }
    return {};
}

QString colourAttribute(const char *name, const QColor &colour)
{
    QString text = QStringLiteral(" %1=\"%2\"").arg(QLatin1String(name), Palette::hex(colour));
    if (colour.alpha() < 255)
        text += QStringLiteral(" %1-opacity=\"%2\"")
                    .arg(QLatin1String(name), SvgCanvas::number(colour.alphaF()));
    return text;
}

QPointF onCircle(const QPointF &centre, double radius, double degreesFromNoon)
{
    const double a = degreesFromNoon * M_PI / 180.0;
    return {centre.x() + radius * std::sin(a), centre.y() - radius * std::cos(a)};
}

} // namespace

SvgCanvas::SvgCanvas(const QSizeF &size, const QString &title)
    : m_size(size)
    , m_title(title)
{}

QString SvgCanvas::number(double value)
{
    if (std::abs(value) < 0.005)
        return QStringLiteral("0");
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString SvgCanvas::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            // XML 1.0 forbids most control characters and the non-characters U+FFFE/U+FFFF.
            if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xFFFE || u == 0xFFFF)
                out += QLatin1Char(' ');
            else
                out += c;
        }
    }
    return out;
}

QString SvgCanvas::strokeAttributes(const QColor &stroke, double width) const
{
    if (!stroke.isValid() || width <= 0)
        return QStringLiteral(" stroke=\"none\"");
    return colourAttribute("stroke", stroke) +
           QStringLiteral(" stroke-width=\"%1\"").arg(number(width));
}

QString SvgCanvas::fillAttributes(const Fill &fill)
{
    if (fill.isNone())
        return QStringLiteral(" fill=\"none\"");
    return colourAttribute("fill", fill.colour);
}

void SvgCanvas::hatch(const Fill &fill, const QString &shapeElement)
{
    if (fill.isNone() || fill.pattern == Fill::Solid)
        return;
    const bool dark = fill.hatchColour().lightness() < 128;
    const QString id = QStringLiteral("hatch%1%2").arg(int(fill.pattern)).arg(dark ? 'd' : 'l');
    m_patterns.insert(id);
    m_body += QString(m_depth * 2, QLatin1Char(' ')) + shapeElement +
              QStringLiteral(" fill=\"url(#%1)\" stroke=\"none\"/>\n").arg(id);
}

void SvgCanvas::rect(const QRectF &r, const Fill &fill, const QColor &stroke, double strokeWidth,
                     double radius)
{
    QString shape = QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"")
                        .arg(number(r.x()), number(r.y()), number(r.width()), number(r.height()));
    if (radius > 0)
        shape += QStringLiteral(" rx=\"%1\"").arg(number(radius));
    m_body += QString(m_depth * 2, QLatin1Char(' ')) + shape + fillAttributes(fill) +
              strokeAttributes(stroke, strokeWidth) + QStringLiteral("/>\n");
    hatch(fill, shape);
}

void SvgCanvas::line(const QPointF &from, const QPointF &to, const QColor &colour, double width)
{
    m_body += QString(m_depth * 2, QLatin1Char(' ')) +
              QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\"")
                  .arg(number(from.x()), number(from.y()), number(to.x()), number(to.y())) +
              strokeAttributes(colour, width) + QStringLiteral("/>\n");
}

void SvgCanvas::polygon(const QPolygonF &points, const QColor &fill)
{
    QStringList coordinates;
    for (const QPointF &p : points)
        coordinates << number(p.x()) + QLatin1Char(',') + number(p.y());
    m_body += QString(m_depth * 2, QLatin1Char(' ')) +
              QStringLiteral("<polygon points=\"%1\"").arg(coordinates.join(QLatin1Char(' '))) +
              colourAttribute("fill", fill) + QStringLiteral("/>\n");
}

void SvgCanvas::circle(const QPointF &centre, double radius, const Fill &fill, const QColor &stroke,
                       double strokeWidth)
{
    const QString shape = QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\"")
                              .arg(number(centre.x()), number(centre.y()), number(radius));
    m_body += QString(m_depth * 2, QLatin1Char(' ')) + shape + fillAttributes(fill) +
              strokeAttributes(stroke, strokeWidth) + QStringLiteral("/>\n");
    hatch(fill, shape);
}

void SvgCanvas::wedge(const QPointF &centre, double radius, double startAngle, double spanAngle,
                      const Fill &fill, const QColor &stroke, double strokeWidth)
{
    if (spanAngle >= 359.99) {
        circle(centre, radius, fill, stroke, strokeWidth);
        return;
    }
    const QPointF a = onCircle(centre, radius, startAngle);
    const QPointF b = onCircle(centre, radius, startAngle + spanAngle);
    const QString shape =
        QStringLiteral("<path d=\"M%1,%2 L%3,%4 A%5,%5 0 %6 1 %7,%8 Z\"")
            .arg(number(centre.x()), number(centre.y()), number(a.x()), number(a.y()),
                 number(radius), spanAngle > 180 ? QStringLiteral("1") : QStringLiteral("0"),
                 number(b.x()), number(b.y()));
    m_body += QString(m_depth * 2, QLatin1Char(' ')) + shape + fillAttributes(fill) +
              strokeAttributes(stroke, strokeWidth) + QStringLiteral("/>\n");
    hatch(fill, shape);
}

void SvgCanvas::text(const QPointF &position, const QString &text, const TextStyle &style)
{
    QString element = QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\"")
                          .arg(number(position.x()), number(position.y()), number(style.size));
    if (style.bold)
        element += QStringLiteral(" font-weight=\"bold\"");
    if (style.italic)
        element += QStringLiteral(" font-style=\"italic\"");
    if (style.anchor == TextStyle::Middle)
        element += QStringLiteral(" text-anchor=\"middle\"");
    else if (style.anchor == TextStyle::End)
        element += QStringLiteral(" text-anchor=\"end\"");
    if (style.rotation != 0)
        element += QStringLiteral(" transform=\"rotate(%1 %2 %3)\"")
                       .arg(number(style.rotation), number(position.x()), number(position.y()));
    if (style.colour != Palette::ink())
        element += colourAttribute("fill", style.colour);
    m_body += QString(m_depth * 2, QLatin1Char(' ')) + element + QLatin1Char('>') + escape(text) +
              QStringLiteral("</text>\n");
}

void SvgCanvas::beginGroup(const QString &cssClass, const QString &tooltip)
{
    QString element = QStringLiteral("<g");
    if (!cssClass.isEmpty())
        element += QStringLiteral(" class=\"%1\"").arg(escape(cssClass));
    m_body += QString(m_depth * 2, QLatin1Char(' ')) + element + QStringLiteral(">\n");
    ++m_depth;
    if (!tooltip.isEmpty())
        m_body += QString(m_depth * 2, QLatin1Char(' ')) + QStringLiteral("<title>") +
                  escape(tooltip) + QStringLiteral("</title>\n");
}

void SvgCanvas::endGroup()
{
    if (m_depth > 1)
        --m_depth;
    m_body += QString(m_depth * 2, QLatin1Char(' ')) + QStringLiteral("</g>\n");
}

QByteArray SvgCanvas::finish() const
{
    QString out;
    out += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                          "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" font-family=\"%3\" "
                          "fill=\"%4\">\n")
               .arg(number(m_size.width()), number(m_size.height()), QLatin1String(fontFamily),
                    Palette::hex(Palette::ink()));
    out += QStringLiteral("  <title>%1</title>\n").arg(escape(m_title));
    if (!m_patterns.isEmpty()) {
        QList<QString> ids(m_patterns.begin(), m_patterns.end());
        std::sort(ids.begin(), ids.end());
        out += QStringLiteral("  <defs>\n");
        for (const QString &id : std::as_const(ids)) {
            const auto pattern = Fill::Pattern(id.mid(5, 1).toInt());
            const bool dark = id.endsWith(QLatin1Char('d'));
            out += QStringLiteral("    <pattern id=\"%1\" patternUnits=\"userSpaceOnUse\" "
                                  "width=\"6\" height=\"6\"><path d=\"%2\" stroke=\"%3\" "
                                  "stroke-opacity=\"%4\" stroke-width=\"1.2\" fill=\"none\"/>"
                                  "</pattern>\n")
                       .arg(id, patternPath(pattern),
                            dark ? QStringLiteral("#000000") : QStringLiteral("#ffffff"),
                            dark ? QStringLiteral("0.43") : QStringLiteral("0.67"));
        }
        out += QStringLiteral("  </defs>\n");
    }
    out += QStringLiteral("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    out += m_body;
    out += QStringLiteral("</svg>\n");
    return out.toUtf8();
}

QByteArray SvgCanvas::render(const Figure &figure)
{
    SvgCanvas canvas(figure.size(), figure.title());
    figure.draw(canvas);
    return canvas.finish();
}

} // namespace evimap
