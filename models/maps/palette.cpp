#include "maps/palette.h"

#include <algorithm>
#include <cmath>

namespace evimap {

namespace {

// Okabe & Ito (2008), ordered so that consecutive colours alternate dark and light, and the
// pairs that are close in greyscale (orange / sky blue, green / vermillion / purple) carry
// different hatching.
struct Entry
{
    QRgb rgb;
    Fill::Pattern pattern;
};
constexpr Entry categories[Palette::categoryCount] = {
    {0x0072B2, Fill::Solid},            // blue
    {0xE69F00, Fill::Solid},            // orange
    {0x009E73, Fill::ForwardDiagonal},  // bluish green
    {0xF0E442, Fill::Solid},            // yellow
    {0xD55E00, Fill::Solid},            // vermillion
    {0x56B4E9, Fill::BackwardDiagonal}, // sky blue
    {0xCC79A7, Fill::Cross},            // reddish purple
    {0x5D5D5D, Fill::Horizontal},       // dark grey (Okabe-Ito black, softened)
};

// Samples of matplotlib's viridis at 0, 0.25, 0.5, 0.75 and 1.
constexpr QRgb viridis[5] = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};

} // namespace

QColor Fill::hatchColour() const
{
    return colour.lightnessF() > 0.45 ? QColor(0, 0, 0, 110) : QColor(255, 255, 255, 170);
}

Fill Palette::category(int index)
{
    const Entry &e = categories[std::max(0, index) % categoryCount];
    Fill fill{QColor::fromRgb(e.rgb), e.pattern};
    if (index >= categoryCount) {
        // A second round keeps the colours and changes the hatching.
        const int round = index / categoryCount;
        fill.pattern = Fill::Pattern((int(e.pattern) + round * 2) % 6);
    }
    return fill;
}

Fill Palette::notCoded()
{
    return Fill{QColor(0xd9, 0xd9, 0xd9), Fill::Solid};
}

QColor Palette::sequential(double t)
{
    t = std::clamp(t, 0.0, 1.0) * 4.0;
    const int i = std::min(3, int(std::floor(t)));
    const double f = t - i;
    const QColor a = QColor::fromRgb(viridis[i]), b = QColor::fromRgb(viridis[i + 1]);
    auto mix = [f](int x, int y) { return int(std::lround(x + (y - x) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QString Palette::hex(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

} // namespace evimap
