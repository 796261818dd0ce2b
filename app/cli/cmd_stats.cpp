// `evimap stats PROJECT [--reviewer R] [--json]`: screening progress, conflicts, agreement and
// PRISMA counts, as a reviewer may see them when one is named.
#include "cli/command.h"
#include "project/reviewers.h"
#include "screening/screeningstats.h"
#include "team/blinding.h"

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
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"),
        Tr::tr("Count what this reviewer may see: their own decisions and the settled records "
               "(blind screening); without it, everything."),
        QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({reviewer, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("stats")), 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    std::unique_ptr<Project> project = openProject(context, path, Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    qint64 viewerId = Blinding::Unrestricted;
    if (parser.isSet(reviewer)) {
        const std::optional<Reviewer> who =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Refuse, &code);
        if (!who)
            return code;
        viewerId = who->id;
    }
    Result<ScreeningStats> stats = ScreeningStats::compute(*project, Blinding(*project, viewerId));
    if (!stats)
        return context.fail(stats.error());
    if (parser.isSet(json))
        context.printJson(QJsonDocument(stats->toJson()));
    else
        context.out << stats->toText();
    return Success;
}

} // namespace evimap::cli
