#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace evimap {
class Figure;
}

namespace evimap::ui {

// The export buttons of the figure windows: asks for a file (and for PNG, a resolution) and
// writes the figure with FigureWriter, telling the user when it fails.
class FigureExporter final
{
    Q_DECLARE_TR_FUNCTIONS(FigureExporter)

public:
    // `format` is "png", "svg" or "pdf". Returns the path written, or empty.
    static QString exportFigure(QWidget *parent, const Figure &figure, const QString &format,
                                const QString &suggestedName);
    // Asks where to save bytes of the given kind ("csv", "html"); writes them.
    static QString exportBytes(QWidget *parent, const QByteArray &bytes, const QString &format,
                               const QString &suggestedName);
    // The PNG resolution dialog: dots per inch, or 0 when cancelled.
    static int askResolution(QWidget *parent);
};

} // namespace evimap::ui
