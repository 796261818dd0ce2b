#pragma once

class QWidget;

namespace evimap {
class Project;
}

namespace evimap::ui {

class MainWindow;

// The main window's Coding menu: code records (Ctrl+K), the codebook editor (leads), compare
// coders and reconcile (leads), and the exports of the final coding and the codebook appendix.
void addCodingMenu(MainWindow *window);

// Asks which codebook a new project starts from: the loneliness review template (the default),
// an empty codebook, or a template file; and applies it.
void chooseStartingCodebook(QWidget *parent, Project &project);

} // namespace evimap::ui
