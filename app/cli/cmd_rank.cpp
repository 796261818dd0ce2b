// `evimap rank PROJECT`: ranks the unscreened records by predicted relevance; with --stop or
// --resume, the lead records whether title/abstract screening stopped early on its strength.
#include "cli/command.h"
#include "project/reviewers.h"
#include "ranking/rankingstore.h"
#include "ranking/relevanceranker.h"
#include "ranking/stoppingaid.h"
#include "screening/screeningsettings.h"
#include "team/roles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int runRank(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Tr::tr("Print only the first N records (default: all)."),
                                   QStringLiteral("N"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Tr::tr("Who asks for the ranking (name or initials); "
                                             "recorded in the audit log."),
                                      QStringLiteral("R"));
    const QCommandLineOption blind(QStringLiteral("blind"),
                                   Tr::tr("Learn also from the reviewer's own decisions on records "
                                          "not settled yet, as their screening window does; never "
                                          "from others' unsettled decisions (blind screening)."));
    const QCommandLineOption stop(
        QStringLiteral("stop"),
        Tr::tr("The lead records that title/abstract screening stops here: PRISMA reports the "
               "records not screened as removed by automation, not as excluded."));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    Tr::tr("The lead takes --stop back: screening goes on."));
    parser.addOptions({json, limit, reviewer, blind, stop, resume});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("rank")), 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    std::unique_ptr<Project> project =
        openProject(context, path, Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    int maxRows = -1;
    if (parser.isSet(limit)) {
        bool ok = false;
        maxRows = parser.value(limit).toInt(&ok);
        if (!ok || maxRows < 0)
            return context.fail(UsageError, Tr::tr("--limit expects a number"));
    }
    std::optional<Reviewer> who;
    if (parser.isSet(reviewer)) {
        who = reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Refuse, &code);
        if (!who)
            return code;
    }
    if (parser.isSet(stop) || parser.isSet(resume)) {
        if (parser.isSet(stop) && parser.isSet(resume))
            return context.fail(UsageError, Tr::tr("--stop and --resume exclude each other"));
        if (!who)
            return context.fail(UsageError, Tr::tr("--stop and --resume need --reviewer LEAD"));
        if (Status s = Roles::require(*who, Work::Lead, Tr::tr("decide that screening stops")); !s)
            return context.fail(s.error());
        ScreeningSettings settings = ScreeningSettings::read(*project);
        settings.stoppedEarly = parser.isSet(stop);
        if (Status s = settings.write(*project); !s)
            return context.fail(s.error());
        context.out << (settings.stoppedEarly
                            ? Tr::tr("Title/abstract screening stopped early: PRISMA reports the "
                                     "records not screened as removed by automation.")
                            : Tr::tr("Screening goes on: records not screened are not counted "
                                     "as removed by automation."))
                    << '\n';
        return Success;
    }
    const qint64 reviewerId = who ? who->id : 0;
    if (!who && parser.isSet(blind))
        return context.fail(UsageError, Tr::tr("--blind needs --reviewer"));

    QElapsedTimer timer;
    timer.start();
    RankingStore store(*project);
    const RankingSettings settings = store.settings();
    Result<RankingData> data = store.load(parser.isSet(blind) ? reviewerId : 0);
    if (!data)
        return context.fail(data.error());
    Result<Ranking> ranking = RelevanceRanker::rank(data->texts, data->labels, settings);
    if (!ranking)
        return context.fail(ranking.error());
    const qint64 totalMs = timer.elapsed();
    if (project->isReadOnly()) {
        context.err << Tr::tr("evimap: %1 is read-only; this training was not written to the "
                              "audit log")
                           .arg(path)
                    << '\n';
    } else if (Status s = store.logTraining(ranking.value(), settings, reviewerId, totalMs,
                                            parser.isSet(blind));
               !s) {
        return context.fail(s.error());
    }
    const StoppingAid aid = StoppingAid::fromDecisions(data->history, int(ranking->order.size()));

    const int shown =
        maxRows < 0 ? int(ranking->order.size()) : std::min(maxRows, int(ranking->order.size()));
    if (parser.isSet(json)) {
        QJsonArray records;
        for (int k = 0; k < shown; ++k) {
            const int i = ranking->order[k];
            records.append(
                QJsonObject{{QStringLiteral("rank"), k + 1},
                            {QStringLiteral("id"), data->ids.at(i)},
                            {QStringLiteral("score"), ranking->scores[i]},
                            {QStringLiteral("uncertain_pick"), bool(ranking->uncertain[k])}});
        }
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("model"), ranking->model},
            {QStringLiteral("settings"), settings.toJson()},
            {QStringLiteral("trained_on"), ranking->trainedOn},
            {QStringLiteral("relevant_in_training"), ranking->relevantInTraining},
            {QStringLiteral("unscreened"), int(ranking->order.size())},
            {QStringLiteral("milliseconds"), totalMs},
            {QStringLiteral("stopping_aid"),
             QJsonObject{{QStringLiteral("relevant_found"), aid.relevantFound},
                         {QStringLiteral("irrelevant_since_last_relevant"), aid.sinceLastRelevant},
                         {QStringLiteral("estimated_relevant_left"), aid.estimatedRelevantLeft},
                         {QStringLiteral("estimate_window"), aid.window},
                         {QStringLiteral("note"),
                          QStringLiteral("estimated_relevant_left is an estimate, not a count")}}},
            {QStringLiteral("records"), records}}));
        return Success;
    }
    context.out << Tr::tr("# %1; trained on %2 screened records (%3 relevant) in %4 ms")
                       .arg(ranking->model)
                       .arg(ranking->trainedOn)
                       .arg(ranking->relevantInTraining)
                       .arg(totalMs)
                << '\n';
    const QStringList lines = aid.summary().split(QLatin1Char('\n'));
    for (const QString &line : lines)
        context.out << "# " << line << '\n';
    context.out << "rank\tid\tscore\n";
    for (int k = 0; k < shown; ++k) {
        const int i = ranking->order[k];
        context.out << (k + 1) << '\t' << data->ids.at(i) << '\t'
                    << QString::number(ranking->scores[i], 'f', 4)
                    << (ranking->uncertain[k] ? QStringLiteral("\tuncertain") : QString()) << '\n';
    }
    return Success;
}

} // namespace evimap::cli
