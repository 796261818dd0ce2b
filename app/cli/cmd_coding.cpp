// `evimap coding PROJECT --compare R1 R2 | --reconcile --reviewer LEAD [--from R] | --export
// FILE.csv`
#include "cli/command.h"
#include "coding/codebook.h"
#include "coding/codingcomparison.h"
#include "coding/codingexport.h"
#include "coding/codingstore.h"
#include "project/reviewers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QJsonArray idList(const QList<qint64> &ids)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    return list;
}
} // namespace

int runCoding(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        Tr::tr("Compare the codings of two reviewers: R1 here, R2 after "
               "the project (differences and agreement)."),
        QStringLiteral("R1"));
    const QCommandLineOption reconcile(
        QStringLiteral("reconcile"),
        Tr::tr("Write the final coding where the coders agree (with "
               "--from: take that reviewer's coding where they differ)."));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Tr::tr("The lead who reconciles."), QStringLiteral("LEAD"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Tr::tr("Where coders differ, take this reviewer's coding."),
                                  QStringLiteral("R"));
    const QCommandLineOption again(
        QStringLiteral("again"), Tr::tr("Reconcile records that already have a final coding too."));
    const QCommandLineOption exportOption(
        QStringLiteral("export"), Tr::tr("Write the final coding as CSV (one row per item)."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({compare, reconcile, reviewer, from, again, exportOption, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("R2"), Tr::tr("The second reviewer of --compare."),
                                 QStringLiteral("[R2]"));
    int code = Success;
    const Command &command = commandNamed(QStringLiteral("coding"));
    if (!parseArguments(context, parser, command, 1, 2, &code))
        return code;
    const int modes = (parser.isSet(compare) ? 1 : 0) + (parser.isSet(reconcile) ? 1 : 0) +
                      (parser.isSet(exportOption) ? 1 : 0);
    if (modes != 1)
        return context.fail(UsageError, Tr::tr("give one of --compare, --reconcile or --export; "
                                               "usage: evimap %1")
                                            .arg(command.synopsis));
    const QStringList positional = parser.positionalArguments();
    const QString path = positional.first();
    if (parser.isSet(compare) != (positional.size() == 2))
        return context.fail(UsageError,
                            Tr::tr("--compare takes two reviewers: evimap coding PROJECT "
                                   "--compare R1 R2"));
    const bool writes = parser.isSet(reconcile);
    std::unique_ptr<Project> project = openProject(
        context, path, writes ? Project::Access::ReadWrite : Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    Codebook codebook(*project);

    if (parser.isSet(compare)) {
        const std::optional<Reviewer> a =
            reviewerNamed(context, *project, parser.value(compare), IfUnknown::Refuse, &code);
        if (!a)
            return code;
        const std::optional<Reviewer> b =
            reviewerNamed(context, *project, positional.at(1), IfUnknown::Refuse, &code);
        if (!b)
            return code;
        Result<CodingComparison> result =
            CodingComparison::compare(*project, codebook, a->id, b->id);
        if (!result)
            return context.fail(result.error());
        if (parser.isSet(json))
            context.printJson(QJsonDocument(result->toJson()));
        else
            context.out << result->toText();
        return Success;
    }

    if (parser.isSet(reconcile)) {
        if (project->isReadOnly())
            return context.fail(ProjectProblem,
                                Tr::tr("%1 is read-only; nothing was reconciled").arg(path));
        if (!parser.isSet(reviewer))
            return context.fail(UsageError, Tr::tr("--reconcile needs --reviewer LEAD"));
        const std::optional<Reviewer> lead =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Refuse, &code);
        if (!lead)
            return code;
        qint64 preferred = 0;
        if (parser.isSet(from)) {
            const std::optional<Reviewer> r =
                reviewerNamed(context, *project, parser.value(from), IfUnknown::Refuse, &code);
            if (!r)
                return code;
            preferred = r->id;
        }
        CodingStore store(*project, codebook);
        Result<ReconcileSummary> summary =
            store.reconcileAll(lead->id, preferred, parser.isSet(again));
        if (!summary)
            return context.fail(summary.error());
        if (parser.isSet(json)) {
            context.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("reconciled"), summary->reconciled},
                            {QStringLiteral("agreed"), summary->agreed},
                            {QStringLiteral("resolved_by_preferred"), summary->resolvedByPreferred},
                            {QStringLiteral("already_reconciled"), summary->alreadyReconciled},
                            {QStringLiteral("unresolved"), idList(summary->unresolved)},
                            {QStringLiteral("single_coder"), idList(summary->singleCoder)}}));
        } else {
            context.out
                << Tr::tr("%1 records reconciled (%2 without differences, %3 taking %4's coding "
                          "where coders differed); %5 already reconciled")
                       .arg(QString::number(summary->reconciled), QString::number(summary->agreed),
                            QString::number(summary->resolvedByPreferred),
                            preferred ? parser.value(from) : Tr::tr("the preferred reviewer"),
                            QString::number(summary->alreadyReconciled))
                << '\n';
            if (!summary->unresolved.isEmpty()) {
                QStringList ids;
                for (qint64 id : std::as_const(summary->unresolved))
                    ids << QString::number(id);
                context.out << Tr::tr("%n record(s) with differences left for the lead (ids: %1)",
                                      nullptr, int(ids.size()))
                                   .arg(ids.join(QLatin1String(", ")))
                            << '\n';
            }
            if (!summary->singleCoder.isEmpty())
                context.out << Tr::tr(
                                   "%n record(s) coded by one reviewer only, waiting for a second",
                                   nullptr, int(summary->singleCoder.size()))
                            << '\n';
        }
        return Success;
    }

    const QString target = parser.value(exportOption);
    if (Status s = CodingExport::writeFinalCodingCsv(*project, codebook, target); !s)
        return context.fail(s.error());
    context.out << Tr::tr("Wrote %1 (%n item(s))", nullptr,
                          int(CodingStore(*project, codebook).reconciledRecords().size()))
                       .arg(target)
                << '\n';
    return Success;
}

} // namespace evimap::cli
