#pragma once

#include <QColor>
#include <QString>

namespace evimap {

// How a shape is filled: a colour and, so that categories stay apart in greyscale print, a
// hatching pattern drawn over it.
struct Fill
{
    enum Pattern
    {
        Solid = 0,
        ForwardDiagonal,
        BackwardDiagonal,
        Horizontal,
        Cross,
        Vertical
    };

    QColor colour; // invalid: no fill
    Pattern pattern = Solid;

    bool isNone() const { return !colour.isValid(); }
    // Hatch lines: dark on light colours, light on dark ones.
    QColor hatchColour() const;
};

// Colours for figures: Okabe-Ito for categories (safe for colour-blind readers), ordered and
// paired with hatching so that neighbouring categories also differ in greyscale; a viridis-like
// ramp for quantities.
class Palette final
{
public:
    static constexpr int categoryCount = 8;

    // The fill of category `index` (0-based); after eight colours the patterns change.
    static Fill category(int index);
    // Items without a code in the colour dimension.
    static Fill notCoded();
    // A viridis-like colour for t in [0, 1].
    static QColor sequential(double t);
    // #rrggbb of a colour, for SVG and HTML.
    static QString hex(const QColor &colour);

    // Colours of the figures' furniture.
    static QColor ink() { return QColor(0x21, 0x21, 0x21); }
    static QColor mutedInk() { return QColor(0x5f, 0x63, 0x68); }
    static QColor rule() { return QColor(0xc8, 0xcc, 0xd0); }
    static QColor gap() { return QColor(0xf3, 0xf4, 0xf6); }
    static QColor band() { return QColor(0xe8, 0xee, 0xf6); }
};

} // namespace evimap
