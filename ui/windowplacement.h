#pragma once

#include <QMargins>
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>

class QWidget;

namespace evimap::ui {

// Where a top-level window or dialog opens: inside the available area of the screen the main
// window is on, frame included, and never larger than it (the most common laptop screen is
// still 1366×768, and Openbox, Xfce or Windows do not shrink a window that is too big). Where
// the window was the last time it closed on the same screens, when that still fits; otherwise
// its wanted size, bounded, centred over its parent.
//
// Every window goes through it once, when it is first shown: ProjectWindows::adopt() applies it
// to the project's windows, the main window and each dialog apply it to themselves.
class WindowPlacement final : public QObject
{
    Q_OBJECT

public:
    // Places `window` when it is first shown and remembers its place under `kind` when it
    // hides. A window placed already keeps its first kind.
    static void apply(QWidget *window, const QString &kind);

    // The rule, as arithmetic: the client rectangle (global coordinates) of a window that
    // wants `wanted` (or sits at `remembered`, when valid), on a screen whose free area is
    // `available`, with a window-manager frame of `frame`, centred on `centre`.
    static QRect place(QSize wanted, QRect remembered, QRect available, QMargins frame,
                       QPoint centre);
    // The screens as they are now ("1366x768+0+0"), so that places are remembered per
    // arrangement of screens: a laptop on its own, the same laptop beside a monitor.
    static QString screenLayout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WindowPlacement(QWidget *window, const QString &kind);
    void placeOnScreen();

    QWidget *m_window;
    QString m_kind;
    bool m_placed = false;
};

} // namespace evimap::ui
