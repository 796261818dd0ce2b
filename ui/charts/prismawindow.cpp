#include "charts/prismawindow.h"

#include "charts/figureexporter.h"
#include "charts/figurewidget.h"
#include "maps/prismacounts.h"
#include "maps/prismafigure.h"
#include "project/project.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace evimap::ui {

PrismaWindow::PrismaWindow(const QString &projectPath, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_path(projectPath)
    , m_view(new FigureWidget(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("prismaWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1300, 900);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setBackgroundRole(QPalette::Base);
    scroll->setAccessibleName(tr("PRISMA flow diagram"));
    m_problems->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("prismaProblems"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Export:"), this));
    for (const QString &format :
         {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        auto *button = new QPushButton(format.toUpper() + QStringLiteral("…"), this);
        button->setObjectName(QStringLiteral("export_") + format);
        connect(button, &QPushButton::clicked, this, [this, format] {
            if (m_figure)
                FigureExporter::exportFigure(this, *m_figure, format, QStringLiteral("prisma"));
        });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &PrismaWindow::refresh);
    buttons->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    Result<std::unique_ptr<Project>> opened = Project::open(m_path, Project::Access::ReadOnly);
    if (opened)
        m_project = std::move(opened.value());
    else
        m_problems->setText(opened.errorString());
    setWindowTitle(tr("PRISMA Flow Diagram — %1")
                       .arg(m_project ? m_project->name() : QFileInfo(m_path).fileName()));
    refresh();
}

PrismaWindow::~PrismaWindow() = default;

void PrismaWindow::refresh()
{
    if (!m_project)
        return;
    Result<PrismaCounts> counts = PrismaCounts::read(*m_project);
    if (!counts) {
        m_problems->setText(counts.errorString());
        return;
    }
    m_figure = std::make_shared<PrismaFigure>(counts.value());
    m_view->setFigure(m_figure);
    const QStringList problems = counts->check();
    m_problems->setText(problems.isEmpty()
                            ? tr("Every box adds up: identified − removed = screened, screened − "
                                 "excluded = sought, and so on.")
                            : tr("Provisional — %1").arg(problems.join(QStringLiteral("; "))));
}

} // namespace evimap::ui
