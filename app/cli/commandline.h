#pragma once

#include <QStringList>
#include <QTextStream>

namespace evimap::cli {

// The headless command line. It links the models layer only, so every subcommand runs without
// a display and can be tested in-process.
class CommandLine final
{
public:
    CommandLine(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    // True when `arguments` (argv without the program name) name a subcommand or a global
    // option (--help, --version) rather than a project to open in the window.
    static bool handles(const QStringList &arguments);

    // True when `arguments` name a subcommand that draws figures (PNG, PDF) and so needs fonts:
    // a QGuiApplication, which main() runs on the offscreen platform, rather than a
    // QCoreApplication.
    static bool drawsFigures(const QStringList &arguments);

    // Runs a subcommand; returns the process exit code (see exitcode.h).
    int run(const QStringList &arguments);

    // The text of `evimap --help`.
    static QString helpText();

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace evimap::cli
