#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <optional>

namespace evimap {

class Figure;

// Writes a figure (evidence map, PRISMA diagram, chart) to SVG, PNG or PDF. PNG and PDF need
// fonts, so a QGuiApplication (the command line runs one offscreen for these commands).
class FigureWriter final
{
    Q_DECLARE_TR_FUNCTIONS(FigureWriter)

public:
    enum class Format
    {
        Svg,
        Png,
        Pdf
    };

    // The format a file name asks for, from its extension.
    static std::optional<Format> formatOf(const QString &path);

    // `scale` 1 draws one image pixel per CSS pixel (96 dpi); 3.125 gives 300 dpi.
    static Result<QImage> image(const Figure &figure, double scale = 2.0);
    static Status write(const Figure &figure, const QString &path, Format format,
                        double pngScale = 2.0);
    // True when fonts can be used (a QGuiApplication exists).
    static bool canPaint();

    // Writes bytes to a file, or says why it could not (OutputFile::write).
    static Status writeBytes(const QString &path, const QByteArray &bytes);
};

} // namespace evimap
