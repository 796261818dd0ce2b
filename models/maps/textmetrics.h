#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace evimap {

// Text widths for laying out figures, from the advance widths of DejaVu Sans (the font the
// renderers ask for first; Verdana has nearly the same metrics). Layouts therefore do not
// depend on the fonts of the machine, so the same project gives the same SVG bytes everywhere.
class TextMetrics final
{
public:
    // Width in pixels of `text` at `pixelSize`.
    static double width(QStringView text, double pixelSize, bool bold = false);
    // Breaks `text` into lines no wider than `maxWidth` at spaces (or inside a word that is
    // longer than a line). With `maxLines` > 0 the last line is elided with "…".
    static QStringList wrap(const QString &text, double maxWidth, double pixelSize,
                            bool bold = false, int maxLines = 0);
    // `text` shortened with "…" to fit `maxWidth`.
    static QString elide(const QString &text, double maxWidth, double pixelSize, bool bold = false);
};

} // namespace evimap
