// EviMap: `evimap [PROJECT]` opens the window; `evimap COMMAND ...` works without one.
#include "cli/commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EviMap"));
    QCoreApplication::setApplicationName(QStringLiteral("EviMap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVIMAP_VERSION));
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList list;
    for (int i = 1; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (evimap::cli::CommandLine::handles(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (evimap::cli::CommandLine::drawsFigures(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return evimap::cli::CommandLine(out, err).run(QCoreApplication::arguments().mid(1));
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("EviMap"));
    QApplication::setDesktopFileName(QStringLiteral("org.evimap.EviMap"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.evimap.EviMap"),
                         QIcon(QStringLiteral(":/packaging/icons/org.evimap.EviMap.svg"))));
    evimap::ui::installTranslations(app);
    evimap::ui::MainWindow window;
    window.show();
    // Opened once the event loop runs, so the window is drawn before any question about the
    // reviewer is asked over it.
    const QStringList rest = QApplication::arguments().mid(1);
    if (!rest.isEmpty())
        QTimer::singleShot(
            0, &window, [&window, path = rest.first()] { window.openProjectInteractively(path); });
    return QApplication::exec();
}
