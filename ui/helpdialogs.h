#pragma once

#include <QString>

class QMenuBar;
class QWidget;

namespace evimap::ui {

// The Help menu's windows.

// The reviewers' guide (docs/guide.md, built into the program), in a window of its own that
// stays open beside the main window. Returns the window (one per parent).
QWidget *showGuide(QWidget *parent);

// The About box: version, Qt version, and the licences of the libraries EviMap is built on.
void showAbout(QWidget *parent);
QString aboutText();

// Every menu action that has a shortcut, menu by menu, read from the menu bar itself so the list
// is never out of date; shown in a window.
QString shortcutReference(const QMenuBar *menuBar);
void showKeyboardShortcuts(QWidget *parent, const QMenuBar *menuBar);

} // namespace evimap::ui
