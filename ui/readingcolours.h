#pragma once

#include <QApplication>
#include <QPalette>
#include <QString>

namespace evimap::ui {

// Calm colours for a whole day of reading: warm off-white paper and dark grey ink on a light
// desktop, warm charcoal and soft white on a dark one. The window palette decides, so the
// reading area follows the desktop's light or dark theme with the rest of the window.
struct ReadingColours
{
    QString paper;   // behind the record's text
    QString ink;     // the text
    QString quiet;   // secondary text: authors, hints, labels
    QString pdfDesk; // around the PDF's pages

    static bool desktopIsDark()
    {
        return QApplication::palette().color(QPalette::Window).lightness() < 128;
    }

    static ReadingColours current()
    {
        if (desktopIsDark())
            return {QStringLiteral("#22211e"), QStringLiteral("#e4e1d8"), QStringLiteral("#a19d93"),
                    QStringLiteral("#3a3935")};
        return {QStringLiteral("#fbfaf7"), QStringLiteral("#26251f"), QStringLiteral("#6b6860"),
                QStringLiteral("#e9e8e4")};
    }
};

} // namespace evimap::ui
