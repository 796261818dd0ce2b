#pragma once

#include "core/preferences.h"

#include <QColor>
#include <QFont>

namespace evimap::ui {

// The keyword highlight colours chosen in Edit > Preferences: the pale backgrounds behind matched
// words in the screening text; the PDF viewer multiplies them over the page, like a highlighter.
struct HighlightColours
{
    // The chosen colour (a fallback when the stored value is not a colour).
    static QColor include() { return valid(Preferences::includeHighlight.value(), 0xd9efdc); }
    static QColor exclude() { return valid(Preferences::excludeHighlight.value(), 0xf6dcdc); }

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
