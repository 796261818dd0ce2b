#include "projectwindows.h"

#include "mainwindow.h"
#include "project/project.h"
#include "windowplacement.h"

#include <QAction>
#include <QDialog>
#include <QMessageBox>
#include <QWidget>

namespace evimap::ui {

ProjectWindows::ProjectWindows(MainWindow *window)
    : QObject(window)
    , m_window(window)
{}

std::unique_ptr<Project> ProjectWindows::openProject() const
{
    const Project *shown = m_window->project();
    if (!shown)
        return nullptr;
    Result<std::unique_ptr<Project>> opened =
        Project::open(shown->filePath(),
                      shown->isReadOnly() ? Project::Access::ReadOnly : Project::Access::ReadWrite);
    if (!opened) {
        QMessageBox::warning(m_window, tr("Cannot open the project"), opened.errorString());
        return nullptr;
    }
    return std::move(opened.value());
}

void ProjectWindows::adopt(QWidget *window, const QString &kind)
{
    if (const Project *shown = m_window->project()) {
        const QString name = shown->name();
        if (!window->windowTitle().contains(name))
            window->setWindowTitle(window->windowTitle().isEmpty()
                                       ? name
                                       : tr("%1 — %2").arg(window->windowTitle(), name));
    }
    // It opens inside the screen, where it was last time when that still fits.
    WindowPlacement::apply(window, kind);
    m_owned.removeIf([](const Owned &o) { return o.window.isNull(); });
    m_owned.append({window, kind});
}

void ProjectWindows::closeOnEscape(QWidget *window)
{
    auto *close = new QAction(window);
    close->setObjectName(QStringLiteral("closeOnEscape"));
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    close->setShortcutContext(Qt::WindowShortcut);
    connect(close, &QAction::triggered, window, &QWidget::close);
    window->addAction(close);
}

QWidget *ProjectWindows::find(const QString &kind) const
{
    for (const Owned &o : m_owned) {
        if (o.window && o.kind == kind)
            return o.window;
    }
    return nullptr;
}

bool ProjectWindows::raise(const QString &kind) const
{
    QWidget *window = find(kind);
    if (!window)
        return false;
    window->show();
    window->raise();
    window->activateWindow();
    return true;
}

QList<QWidget *> ProjectWindows::windows() const
{
    QList<QWidget *> list;
    for (const Owned &o : m_owned) {
        if (o.window)
            list << o.window;
    }
    return list;
}

bool ProjectWindows::closeAll()
{
    // Newest first, the reverse of opening.
    while (!m_owned.isEmpty()) {
        const Owned owned = m_owned.takeLast();
        QWidget *window = owned.window;
        if (!window)
            continue;
        auto *dialog = qobject_cast<QDialog *>(window);
        if (dialog && dialog->isModal()) {
            // Run by exec() further up the stack, which owns it: ending it is all we may do.
            dialog->reject();
            continue;
        }
        if (!window->close()) {
            m_owned.append(owned);
            return false;
        }
        if (!window->testAttribute(Qt::WA_DeleteOnClose))
            window->deleteLater();
    }
    return true;
}

} // namespace evimap::ui
