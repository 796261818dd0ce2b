#include "maps/canvas.h"

#include <QLineF>

#include <cmath>

namespace evimap {

void Canvas::arrow(const QPointF &from, const QPointF &to, const QColor &colour, double width)
{
    const QLineF shaft(from, to);
    if (shaft.length() < 1e-6)
        return;
    const double head = 7.0 + width * 2.0;
    const QLineF unit = shaft.unitVector();
    const QPointF dir = unit.p2() - unit.p1();
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = to - dir * head;
    line(from, base + dir * 1.0, colour, width);
    polygon(QPolygonF{to, base + normal * (head * 0.45), base - normal * (head * 0.45)}, colour);
}

} // namespace evimap
