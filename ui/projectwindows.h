#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QWidget;

namespace evimap {
class Project;
}

namespace evimap::ui {

class MainWindow;

// The windows that belong to the project the main window shows: screening (with its
// prioritised-screening pane), conflicts, statistics, coding, comparison, the codebook editor,
// duplicates review, map, PRISMA, charts, history, merge. They have one owner, this, so that
// closing, switching or reopening the project closes every one of them (each finishing its
// pending writes as it closes), and none is left to write to a project the main window no
// longer shows. Menus open windows through it and ask it for the open one; none keeps its own
// list.
class ProjectWindows final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectWindows(MainWindow *window);

    // A connection of the window's own to the project the main window shows (the same file,
    // read-only when the project is), so the window never depends on the main window's. Null,
    // after telling the user why, when there is no project or it cannot be opened.
    std::unique_ptr<Project> openProject() const;

    // Makes `window` (a top-level window or a dialog) one of the project's, under `kind`
    // ("screening", "conflicts"...): its title names the project, it opens inside the screen
    // (WindowPlacement, its place remembered under `kind`), and it closes with the project. A
    // dialog run modally is rejected then; any other window is closed and deleted.
    void adopt(QWidget *window, const QString &kind);
    // The project's open window of that kind, or null (a window that was closed is not found).
    QWidget *find(const QString &kind) const;
    // Raises and activates the open window of that kind; false when there is none.
    bool raise(const QString &kind) const;
    QList<QWidget *> windows() const;

    // A secondary window (conflicts, the map, PRISMA, charts) closes on Esc, as a dialog does.
    static void closeOnEscape(QWidget *window);

    // Closes the project's windows, each finishing its pending writes in its close event.
    // Stops and returns false when one refuses to close.
    bool closeAll();

private:
    struct Owned
    {
        QPointer<QWidget> window;
        QString kind;
    };

    MainWindow *m_window;
    QList<Owned> m_owned;
};

} // namespace evimap::ui
