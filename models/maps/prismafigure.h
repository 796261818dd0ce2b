#pragma once

#include "maps/canvas.h"
#include "maps/prismacounts.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

namespace evimap {

// The PRISMA 2020 flow diagram laid out like the official template (Page et al., BMJ 2021):
// phase bars (Identification, Screening, Included) on the left; the "Identification of studies
// via databases and registers" column with its boxes of removed and excluded records on the
// right; and, when records came by other routes, the "via other methods" column beside it,
// joining the included box. Records still awaiting a decision and sums that do not add up are
// printed under the diagram, so a provisional diagram says so.
class PrismaFigure final : public Figure
{
    Q_DECLARE_TR_FUNCTIONS(PrismaFigure)

public:
    explicit PrismaFigure(const PrismaCounts &counts);

    QSizeF size() const override { return m_size; }
    void draw(Canvas &canvas) const override;
    QString title() const override;

    // One line of a box.
    struct Line
    {
        QString text;
        double indent = 0;
        bool muted = false;
    };
    struct Box
    {
        QRectF rect;
        QList<Line> lines; // already wrapped
    };
    // The boxes, for tests and the window: [row][slot], slot 0..3 = databases, databases side,
    // other methods, other methods side; an empty rect where the template has no box.
    const QList<QList<Box>> &boxes() const { return m_boxes; }

private:
    void layout();

    PrismaCounts m_counts;
    QSizeF m_size;
    QList<QList<Box>> m_boxes;
    QList<double> m_rowTops;
    QList<double> m_rowHeights;
    double m_headerTop = 0;
    QStringList m_footLines;
    QList<bool> m_footWarning;
    double m_footTop = 0;
};

} // namespace evimap
