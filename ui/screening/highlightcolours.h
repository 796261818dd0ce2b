#pragma once

#include "core/preferences.h"

#include <QColor>
#include <QFont>

namespace evimap::ui {

// The keyword highlight colours chosen in Edit > Preferences, as the screening text and the PDF
// viewer paint them.
struct HighlightColours
{
    // The chosen colour itself (a fallback when the stored value is not a colour).
    static QColor include() { return valid(Preferences::includeHighlight.value(), 0x2ea043); }
    static QColor exclude() { return valid(Preferences::excludeHighlight.value(), 0xd73a49); }

    // A translucent tint for painting over a PDF page.
    static QColor tint(QColor colour, int alpha = 70)
    {
        colour.setAlpha(alpha);
        return colour;
    }
    // A pale background for text: a quarter of the colour over white, so the ink stays readable.
    static QColor textBackground(const QColor &colour)
    {
        auto mix = [](int c) { return (c + 3 * 255) / 4; };
        return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
    }

private:
    static QColor valid(const QString &name, QRgb fallback)
    {
        const QColor c = QColor::fromString(name);
        return c.isValid() ? c : QColor(fallback);
    }
};

// The screening view's reading font from Edit > Preferences, on top of `base`.
inline QFont screeningReadingFont(QFont base)
{
    const QString family = Preferences::screeningFontFamily.value();
    if (!family.isEmpty())
        base.setFamily(family);
    base.setPointSize(qBound(Preferences::minScreeningFontSize,
                             Preferences::screeningFontSize.value(),
                             Preferences::maxScreeningFontSize));
    return base;
}

} // namespace evimap::ui
