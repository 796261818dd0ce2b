// `evimap stats PROJECT [--json]`: screening progress, conflicts, agreement and PRISMA counts.
#include "cli/command.h"
#include "screening/screeningstats.h"

#include <QCoreApplication>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int runStats(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("stats")), 1, 1, &code))
        return code;
    std::unique_ptr<Project> project = openProject(context, parser.positionalArguments().first(),
                                                   Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    Result<ScreeningStats> stats = ScreeningStats::compute(*project);
    if (!stats)
        return context.fail(stats.error());
    if (parser.isSet(json))
        context.printJson(QJsonDocument(stats->toJson()));
    else
        context.out << stats->toText();
    return Success;
}

} // namespace evimap::cli
