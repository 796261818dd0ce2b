#pragma once

// Runs an `evimap` subcommand inside the test process, through the same cli::CommandLine that
// the binary's main() calls: the same exit code and the same bytes on stdout and stderr, without
// starting a process (the tests that run many commands take a fraction of the time).
//
// Use it like test::runEvimap (it returns the same RunResult), and keep runEvimap where a test
// needs a real process: a signal or a kill, standard input, the window, locks or concurrency
// between processes, limits set on the child (rlimit), or the environment (QT_QPA_PLATFORM,
// EVIMAP_LOCK_WAIT_SECONDS). Each command group keeps at least one test through the binary, so
// that main() itself stays tested.
//
// The commands that draw figures (map, prisma, report, demo: CommandLine::drawsFigures) need a
// QGuiApplication, as main() makes for them: a test running them in-process uses QTEST_MAIN
// (offscreen, as ctest sets QT_QPA_PLATFORM) instead of QTEST_GUILESS_MAIN; under a
// QCoreApplication runCommand refuses them with exit code -3 and says why on `err`.

#include "testsupport.h"

#include "cli/commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace evimap::test {

// The exit code runCommand gives a figure-drawing command under a QCoreApplication.
inline constexpr int NeedsGuiApplication = -3;

inline RunResult runCommand(const QStringList &arguments, const QString &workingDir = {})
{
    RunResult result;
    if (cli::CommandLine::drawsFigures(arguments) &&
        qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr) {
        result.exitCode = NeedsGuiApplication;
        result.err = "runCommand: \"" + arguments.first().toUtf8() +
                     "\" draws figures and needs a QGuiApplication (QTEST_MAIN)\n";
        return result;
    }
    const QString previousDir = QDir::currentPath();
    if (!workingDir.isEmpty() && !QDir::setCurrent(workingDir))
        return result;
    QString out;
    QString err;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        result.exitCode = cli::CommandLine(outStream, errStream).run(arguments);
    }
    if (!workingDir.isEmpty())
        QDir::setCurrent(previousDir);
    result.out = out.toUtf8();
    result.err = err.toUtf8();
    return result;
}

} // namespace evimap::test
