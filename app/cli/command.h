#pragma once

#include "cli/exitcode.h"
#include "project/project.h"
#include "project/reviewers.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace evimap::cli {

// What a subcommand gets: its arguments (after the subcommand name) and the two streams.
struct CommandContext
{
    QTextStream &out;
    QTextStream &err;
    QStringList arguments;

    // Prints "evimap: message" on stderr and returns the exit code of the error's kind.
    int fail(const Error &error);
    int fail(int exitCode, const QString &message);
    void printJson(const QJsonDocument &document);
};

// What a subcommand needs of the application object main() makes for it.
enum class Needs
{
    Core,  // a QCoreApplication
    Fonts, // it draws figures (PNG, PDF): a QGuiApplication, on the offscreen platform
};

// One subcommand: `evimap NAME ...`.
struct Command
{
    QString name;
    QString synopsis; // "import PROJECT FILE... [options]"
    QString summary;  // one line for --help
    int (*run)(CommandContext &context);
    Needs needs = Needs::Core;
};

// Every subcommand, in the order --help lists them (commands.cpp).
const QList<Command> &commands();

// Parses `context.arguments` with the options the command declared. On a parse error or
// --help it prints and returns false with `exitCode` set.
bool parseArguments(CommandContext &context, QCommandLineParser &parser, const Command &command,
                    int minPositional, int maxPositional, int *exitCode);

// Opens a project, printing its notices (read-only, upgraded) to stderr; null after printing
// the error, with `exitCode` set.
std::unique_ptr<Project> openProject(CommandContext &context, const QString &path,
                                     Project::Access access, int *exitCode);

const Command &commandNamed(const QString &name);

// What --reviewer does with a person the project does not know yet.
enum class IfUnknown
{
    Add,    // their own work (screening, coding, importing): the person is added
    Refuse, // the lead's work, or reading as someone: only people the project knows
};

// The person a --reviewer value names (a name or initials); null after printing why not, with
// `exitCode` set. Every command looks reviewers up here, and an unknown one is refused with the
// models' one message (Reviewers::unknown).
std::optional<Reviewer> reviewerNamed(CommandContext &context, Project &project,
                                      const QString &nameOrInitials, IfUnknown ifUnknown,
                                      int *exitCode);

} // namespace evimap::cli
