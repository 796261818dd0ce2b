#include "maps/figurewriter.h"

#include "core/outputfile.h"
#include "maps/canvas.h"
#include "maps/paintercanvas.h"
#include "maps/svgcanvas.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace evimap {

namespace {
constexpr double maxImagePixels = 400.0e6; // a 20,000 x 20,000 image is enough for any poster
}

bool FigureWriter::canPaint()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

std::optional<FigureWriter::Format> FigureWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

Status FigureWriter::writeBytes(const QString &path, const QByteArray &bytes)
{
    return OutputFile::write(path, bytes);
}

Result<QImage> FigureWriter::image(const Figure &figure, double scale)
{
    if (!canPaint())
        return failure(tr("drawing images needs fonts, which need a graphical application"));
    const QSizeF size = figure.size();
    if (!(scale > 0) || size.width() * scale * size.height() * scale > maxImagePixels)
        return Error{Error::Kind::Usage,
                     tr("the image would be too large (%1 × %2 pixels); choose a lower resolution")
                         .arg(std::lround(size.width() * scale))
                         .arg(std::lround(size.height() * scale))};
    QImage image(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return failure(tr("there is not enough memory for a %1 × %2 image")
                           .arg(std::lround(size.width() * scale))
                           .arg(std::lround(size.height() * scale)));
    const int dotsPerMeter = int(std::lround(96.0 * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    PainterCanvas canvas(painter);
    figure.draw(canvas);
    painter.end();
    return image;
}

Status FigureWriter::write(const Figure &figure, const QString &path, Format format,
                           double pngScale)
{
    switch (format) {
    case Format::Svg:
        return writeBytes(path, SvgCanvas::render(figure));
    case Format::Png: {
        Result<QImage> drawn = image(figure, pngScale);
        if (!drawn)
            return drawn.error();
        OutputFile file(path);
        if (Status s = file.open(); !s)
            return s;
        if (!drawn->save(&file.device(), "PNG")) // nothing is put in place
            return failure(
                tr("%1 could not be written as PNG: %2").arg(path, file.device().errorString()));
        return file.commit();
    }
    case Format::Pdf: {
        if (!canPaint())
            return failure(tr("drawing a PDF needs fonts, which need a graphical application"));
        OutputFile file(path);
        if (Status s = file.open(); !s)
            return s;
        const QSizeF size = figure.size();
        {
            QPdfWriter pdf(&file.device());
            pdf.setTitle(figure.title());
            pdf.setCreator(QStringLiteral("EviMap"));
            // One page the size of the figure (CSS pixels are 3/4 of a point).
            pdf.setPageSize(QPageSize(QSizeF(size.width() * 0.75, size.height() * 0.75),
                                      QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setResolution(1200);
            QPainter painter(&pdf);
            if (!painter.isActive())
                return failure(tr("%1 could not be written as PDF").arg(path));
            painter.scale(1200.0 / 96.0, 1200.0 / 96.0);
            PainterCanvas canvas(painter);
            figure.draw(canvas);
        }
        return file.commit();
    }
    }
    return failure(tr("unknown figure format"));
}

} // namespace evimap
