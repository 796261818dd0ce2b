#include "coding/codebookviewer.h"

#include "coding/codebook.h"
#include "coding/codebookhtml.h"
#include "coding/codebooktemplate.h"
#include "project/project.h"
#include "windowplacement.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace evimap::ui {

CodebookViewer::CodebookViewer(Project &project, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("codebookViewer"));
    setWindowTitle(tr("Codebook — %1").arg(project.name()));
    WindowPlacement::apply(this, QStringLiteral("codebook-viewer"));
    auto *intro = new QLabel(tr("The codes to apply and what each means. Only a lead edits the "
                                "codebook."),
                             this);
    intro->setWordWrap(true);
    m_browser->setAccessibleName(tr("Codebook"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(CodebookHtml::render(Codebook(project).toTemplate()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 600);
    m_browser->setFocus();
}

} // namespace evimap::ui
