// `evimap dedup PROJECT`: find duplicates, merge the certain ones, drive the review queue.
#include "cli/command.h"
#include "dedup/dedupstore.h"
#include "dedup/duplicatefinder.h"
#include "project/reviewers.h"
#include "records/recordstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026);
}

QJsonObject pairToJson(const DedupPair &p, RecordStore &records)
{
    QJsonArray reasons;
    for (const DedupReason &r : p.reasons)
        reasons.append(QJsonObject{{QStringLiteral("field"), r.field},
                                   {QStringLiteral("verdict"), r.verdict},
                                   {QStringLiteral("weight"), r.weight},
                                   {QStringLiteral("detail"), r.detail}});
    QJsonObject o{{QStringLiteral("pair"), p.id},          {QStringLiteral("uuid"), p.uuid},
                  {QStringLiteral("record_a"), p.recordA}, {QStringLiteral("record_b"), p.recordB},
                  {QStringLiteral("score"), p.score},      {QStringLiteral("status"), p.status},
                  {QStringLiteral("reasons"), reasons}};
    if (const std::optional<Record> a = records.record(p.recordA))
        o.insert(QStringLiteral("title_a"), a->title);
    if (const std::optional<Record> b = records.record(p.recordB))
        o.insert(QStringLiteral("title_b"), b->title);
    return o;
}

// The reasons in a line: "+title 1.00, +doi, -year 2019/2021".
QString reasonsText(const DedupPair &p)
{
    QStringList parts;
    for (const DedupReason &r : p.reasons) {
        const QString sign = r.verdict == QLatin1String("agree")      ? QStringLiteral("+")
                             : r.verdict == QLatin1String("disagree") ? QStringLiteral("-")
                             : r.verdict == QLatin1String("partial")  ? QStringLiteral("~")
                                                                      : QStringLiteral("!");
        parts << sign + r.field;
    }
    return parts.join(QLatin1Char(' '));
}

int listPairs(CommandContext &context, Project &project, const QString &status, bool json)
{
    DedupStore store(project);
    RecordStore records(project.database());
    const QList<DedupPair> pairs = store.pairs(status);
    if (json) {
        QJsonArray array;
        for (const DedupPair &p : pairs)
            array.append(pairToJson(p, records));
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("pairs"), array}}));
        return Success;
    }
    if (pairs.isEmpty()) {
        context.out << Tr::tr("No %1 pairs.").arg(status) << '\n';
        return Success;
    }
    context.out << Tr::tr("PAIR   SCORE  RECORDS        TITLES / REASONS") << '\n';
    for (const DedupPair &p : pairs) {
        const std::optional<Record> a = records.record(p.recordA);
        const std::optional<Record> b = records.record(p.recordB);
        context.out << QStringLiteral("%1  %2  %3  %4\n")
                           .arg(p.id, 5)
                           .arg(p.score, 5, 'f', 3)
                           .arg(QStringLiteral("%1/%2").arg(p.recordA).arg(p.recordB), -13)
                           .arg(shortened(a ? a->title : QString(), 70));
        context.out << QStringLiteral("%1%2\n%1%3\n")
                           .arg(QString(29, QLatin1Char(' ')),
                                shortened(b ? b->title : QString(), 70), reasonsText(p));
    }
    return Success;
}

} // namespace

int runDedup(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption automatic(
        QStringLiteral("auto"), Tr::tr("Merge the pairs at or above the automatic threshold."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption list(QStringLiteral("list"),
                                  Tr::tr("Print the review queue instead of searching."));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Tr::tr("With --list: the pairs with this status (pending, "
                                           "duplicate, not_duplicate, auto_merged, linked)."),
                                    QStringLiteral("S"), QStringLiteral("pending"));
    const QCommandLineOption decide(QStringLiteral("decide"),
                                    Tr::tr("Decide a pair: --decide PAIR duplicate|not-duplicate."),
                                    QStringLiteral("PAIR"));
    const QCommandLineOption undo(QStringLiteral("undo"),
                                  Tr::tr("Undo the decision on a pair (a merge is split)."),
                                  QStringLiteral("PAIR"));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), Tr::tr("Who decides (name or initials)."), QStringLiteral("R"));
    const QCommandLineOption autoThreshold(
        QStringLiteral("auto-threshold"),
        Tr::tr("Automatic merge threshold for this run (default: the project's setting)."),
        QStringLiteral("X"));
    const QCommandLineOption reviewThreshold(
        QStringLiteral("review-threshold"),
        Tr::tr("Review queue threshold for this run (default: the project's setting)."),
        QStringLiteral("X"));
    const QCommandLineOption save(QStringLiteral("save-thresholds"),
                                  Tr::tr("Store the given thresholds as the project's settings."));
    parser.addOptions({automatic, json, list, status, decide, undo, reviewer, autoThreshold,
                       reviewThreshold, save});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("DECISION"),
                                 Tr::tr("With --decide: duplicate or not-duplicate."),
                                 QStringLiteral("[DECISION]"));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("dedup")), 1, 2, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString path = positional.first();
    const bool deciding = parser.isSet(decide);
    if (positional.size() == 2 && !deciding)
        return context.fail(
            UsageError,
            Tr::tr("usage: evimap %1").arg(commandNamed(QStringLiteral("dedup")).synopsis));
    if (int(deciding) + int(parser.isSet(undo)) + int(parser.isSet(list)) > 1)
        return context.fail(UsageError, Tr::tr("--list, --decide and --undo cannot be combined"));

    const bool readOnly = parser.isSet(list);
    std::unique_ptr<Project> project = openProject(
        context, path, readOnly ? Project::Access::ReadOnly : Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    if (!readOnly && project->isReadOnly())
        return context.fail(ProjectProblem,
                            Tr::tr("%1 is read-only; duplicates cannot be stored").arg(path));

    if (parser.isSet(list)) {
        static const QStringList statuses = {
            QStringLiteral("pending"), QStringLiteral("duplicate"), QStringLiteral("not_duplicate"),
            QStringLiteral("auto_merged"), QStringLiteral("linked")};
        if (!statuses.contains(parser.value(status)))
            return context.fail(UsageError,
                                Tr::tr("unknown status \"%1\"; use one of: %2")
                                    .arg(parser.value(status), statuses.join(QLatin1String(", "))));
        return listPairs(context, *project, parser.value(status), parser.isSet(json));
    }

    qint64 reviewerId = 0;
    if (parser.isSet(reviewer)) {
        const std::optional<Reviewer> who =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Add, &code);
        if (!who)
            return code;
        reviewerId = who->id;
    }
    DedupStore store(*project);

    if (deciding || parser.isSet(undo)) {
        if (reviewerId == 0)
            return context.fail(UsageError, Tr::tr("say who decides with --reviewer"));
        bool ok = false;
        const qint64 pairId = parser.value(deciding ? decide : undo).toLongLong(&ok);
        if (!ok || pairId <= 0)
            return context.fail(UsageError, Tr::tr("a pair is given by its number, as --list "
                                                   "shows it"));
        if (parser.isSet(undo)) {
            if (Status s = store.undo(pairId, reviewerId); !s)
                return context.fail(s.error());
            context.out
                << Tr::tr("Pair %1: decision undone; it is back in the review queue.").arg(pairId)
                << '\n';
            return Success;
        }
        const QString decision = positional.value(1);
        if (decision != QLatin1String("duplicate") && decision != QLatin1String("not-duplicate"))
            return context.fail(UsageError, Tr::tr("--decide PAIR needs duplicate or "
                                                   "not-duplicate after it"));
        Result<MergeResult> result =
            store.decide(pairId, decision == QLatin1String("duplicate"), reviewerId);
        if (!result)
            return context.fail(result.error());
        if (decision == QLatin1String("duplicate"))
            context.out << Tr::tr("Pair %1: record %2 merged into record %3.")
                               .arg(pairId)
                               .arg(result->merged.value(0))
                               .arg(result->kept)
                        << '\n';
        else
            context.out << Tr::tr("Pair %1: not a duplicate.").arg(pairId) << '\n';
        return Success;
    }

    // Detection.
    DedupOptions options;
    options.autoMerge = parser.isSet(automatic);
    options.reviewerId = reviewerId;
    if (parser.isSet(autoThreshold) || parser.isSet(reviewThreshold)) {
        DedupThresholds t = DedupThresholds::fromProject(*project);
        bool ok = true;
        if (parser.isSet(autoThreshold))
            t.autoMerge = parser.value(autoThreshold).toDouble(&ok);
        bool ok2 = true;
        if (parser.isSet(reviewThreshold))
            t.review = parser.value(reviewThreshold).toDouble(&ok2);
        if (!ok || !ok2 || !t.isValid())
            return context.fail(UsageError, Tr::tr("thresholds must be numbers with 0 < review "
                                                   "<= automatic <= 1"));
        options.thresholds = t;
        if (parser.isSet(save)) {
            if (Status s = t.save(*project, reviewerId); !s)
                return context.fail(s.error());
        }
    }
    Result<DedupSummary> result = DuplicateFinder::run(*project, options);
    if (!result)
        return context.fail(result.error());
    const DedupSummary &s = result.value();
    if (parser.isSet(json)) {
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("project"), path},
                                      {QStringLiteral("records"), s.records},
                                      {QStringLiteral("candidates"), s.candidates},
                                      {QStringLiteral("pairs_found"), s.pairsFound},
                                      {QStringLiteral("certain"), s.certain},
                                      {QStringLiteral("merged"), s.merged},
                                      {QStringLiteral("groups"), s.groups},
                                      {QStringLiteral("queued"), s.queued},
                                      {QStringLiteral("linked"), s.linked},
                                      {QStringLiteral("duplicates_removed"), s.duplicatesRemoved},
                                      {QStringLiteral("auto_threshold"), s.thresholds.autoMerge},
                                      {QStringLiteral("review_threshold"), s.thresholds.review},
                                      {QStringLiteral("seconds"), s.seconds}}));
        return Success;
    }
    context.out << Tr::tr("%1: %2 records compared (%3 candidate pairs) in %4 s")
                       .arg(path)
                       .arg(s.records)
                       .arg(s.candidates)
                       .arg(s.seconds, 0, 'f', 1)
                << '\n';
    context.out << Tr::tr("  %1 duplicate pairs found (%2 certain: score >= %3)")
                       .arg(s.pairsFound)
                       .arg(s.certain)
                       .arg(s.thresholds.autoMerge)
                << '\n';
    if (options.autoMerge)
        context.out
            << Tr::tr("  %1 records merged automatically, in %2 groups").arg(s.merged).arg(s.groups)
            << '\n';
    else
        context.out << Tr::tr("  nothing merged (run with --auto to merge the certain pairs)")
                    << '\n';
    context.out << Tr::tr("  %1 pairs queued for review (score >= %2): evimap dedup %3 --list")
                       .arg(s.queued)
                       .arg(s.thresholds.review)
                       .arg(path)
                << '\n';
    if (s.linked > 0)
        context.out << Tr::tr("  %1 preprints linked to their published version").arg(s.linked)
                    << '\n';
    context.out << Tr::tr("Duplicates removed (PRISMA): %1").arg(s.duplicatesRemoved) << '\n';
    return Success;
}

} // namespace evimap::cli
