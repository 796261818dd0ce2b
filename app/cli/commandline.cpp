#include "cli/commandline.h"

#include "cli/command.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace evimap::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

bool CommandLine::handles(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("--version") || first == QLatin1String("-v") ||
        first == QLatin1String("help"))
        return true;
    for (const Command &command : commands()) {
        if (command.name == first)
            return true;
    }
    // A bare word that is not a file is a mistyped command: answer it on the command line with
    // exit code 2 rather than opening a window that a script would wait on forever.
    static const QRegularExpression bareWord(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return bareWord.match(first).hasMatch() && !QFileInfo::exists(first);
}

bool CommandLine::drawsFigures(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    for (const Command &command : commands()) {
        if (command.name == arguments.first())
            return command.needs == Needs::Fonts;
    }
    return false;
}

QString CommandLine::helpText()
{
    QString text = Tr::tr("Usage: evimap [PROJECT.evimap]        open the window\n"
                          "       evimap COMMAND [ARGUMENTS]      work without a window\n"
                          "\nCommands:\n");
    constexpr int synopsisWidth = 44;
    for (const Command &command : commands()) {
        // A synopsis too long for its column gets a line of its own, the summary indented below.
        if (command.synopsis.size() <= synopsisWidth - 2)
            text += QStringLiteral("  %1%2\n")
                        .arg(command.synopsis.leftJustified(synopsisWidth), command.summary);
        else
            text += QStringLiteral("  %1\n  %2%3\n")
                        .arg(command.synopsis, QString(synopsisWidth, QLatin1Char(' ')),
                             command.summary);
    }
    text += Tr::tr("\n`evimap COMMAND --help` describes a command's options.\n"
                   "\nExit codes (the same for every command):\n"
                   "  0  success (an import may still have skipped unreadable records)\n"
                   "  1  the operation failed\n"
                   "  2  wrong arguments\n"
                   "  3  an input file was refused as a whole\n"
                   "  4  the project file is missing, not an EviMap project, damaged, from a\n"
                   "     newer EviMap, or read-only when a change was asked for\n"
                   "  5  a check found problems\n"
                   "  6  cancelled\n");
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        m_err << helpText();
        m_err.flush();
        return UsageError;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        m_out << helpText();
        m_out.flush();
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        m_out << "evimap " << QStringLiteral(EVIMAP_VERSION) << '\n';
        m_out.flush();
        return Success;
    }
    for (const Command &command : commands()) {
        if (command.name == first) {
            CommandContext context{m_out, m_err, arguments.mid(1)};
            const int code = command.run(context);
            m_out.flush();
            m_err.flush();
            return code;
        }
    }
    m_err << Tr::tr("evimap: unknown command \"%1\"; see evimap --help").arg(first) << '\n';
    m_err.flush();
    return UsageError;
}

int CommandContext::fail(const Error &error)
{
    err << "evimap: " << error.message << '\n';
    err.flush();
    return exitCodeFor(error);
}

int CommandContext::fail(int exitCode, const QString &message)
{
    err << "evimap: " << message << '\n';
    err.flush();
    return exitCode;
}

void CommandContext::printJson(const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

const Command &commandNamed(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return command;
    }
    Q_UNREACHABLE();
}

bool parseArguments(CommandContext &context, QCommandLineParser &parser, const Command &command,
                    int minPositional, int maxPositional, int *exitCode)
{
    parser.setApplicationDescription(command.summary);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("evimap")} + context.arguments)) {
        *exitCode = context.fail(
            UsageError, parser.errorText() + QStringLiteral("; usage: evimap ") + command.synopsis);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser prints "Usage: evimap [options]"; show the subcommand's synopsis.
        text.replace(QRegularExpression(QStringLiteral("^Usage: [^\n]*")),
                     QStringLiteral("Usage: evimap ") + command.synopsis);
        context.out << text;
        context.out.flush();
        *exitCode = Success;
        return false;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        *exitCode = context.fail(UsageError, Tr::tr("usage: evimap %1").arg(command.synopsis));
        return false;
    }
    return true;
}

std::unique_ptr<Project> openProject(CommandContext &context, const QString &path,
                                     Project::Access access, int *exitCode)
{
    Result<std::unique_ptr<Project>> opened = Project::open(path, access);
    if (!opened) {
        *exitCode = context.fail(opened.error());
        return nullptr;
    }
    std::unique_ptr<Project> project = std::move(opened.value());
    for (const QString &notice : project->notices())
        context.err << "evimap: " << notice << '\n';
    context.err.flush();
    return project;
}

std::optional<Reviewer> reviewerNamed(CommandContext &context, Project &project,
                                      const QString &nameOrInitials, IfUnknown ifUnknown,
                                      int *exitCode)
{
    if (nameOrInitials.trimmed().isEmpty()) {
        *exitCode = context.fail(UsageError, Tr::tr("--reviewer needs a name or initials"));
        return std::nullopt;
    }
    Reviewers reviewers(project);
    Result<Reviewer> found = ifUnknown == IfUnknown::Add ? reviewers.ensure(nameOrInitials)
                                                         : reviewers.named(nameOrInitials);
    if (!found) {
        *exitCode = context.fail(found.error());
        return std::nullopt;
    }
    return std::move(found.value());
}

} // namespace evimap::cli
