#pragma once

#include <QDialog>

class QTextBrowser;

namespace evimap {
class Project;
}

namespace evimap::ui {

// The codebook for reading: every dimension, code and definition, as the appendix shows them.
// Coding ▸ Codebook opens it for reviewers and viewers (the lead gets the editor).
class CodebookViewer final : public QDialog
{
    Q_OBJECT

public:
    explicit CodebookViewer(Project &project, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace evimap::ui
