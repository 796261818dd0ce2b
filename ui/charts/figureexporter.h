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
    // The save dialog for a file of `format` (its suffix added when missing); empty if cancelled.
    static QString askPath(QWidget *parent, const QString &format, const QString &suggestedName);

    // Write to a path chosen already; a failure is shown, a success told (tellSaved).
    static bool saveFigure(QWidget *parent, const Figure &figure, const QString &path, int dpi);
    static bool saveBytes(QWidget *parent, const QByteArray &bytes, const QString &path);
    // "Saved to FILE", with Open (the file, in the program the desktop opens it with) and
    // Close: a message box that does not block (object name "savedNotice"), returned.
    static QWidget *tellSaved(QWidget *parent, const QString &path);
};

} // namespace evimap::ui
