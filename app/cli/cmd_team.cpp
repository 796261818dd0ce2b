// Team work: `evimap copy` (take a copy to work offline), `evimap merge` (bring it back) and
// `evimap audit` (who changed what, when).
#include "cli/command.h"
#include "core/outputfile.h"
#include "project/reviewers.h"
#include "team/audittrail.h"
#include "team/auditwording.h"
#include "team/blinding.h"
#include "team/projectcopy.h"
#include "team/projectmerge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int runCopy(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), Tr::tr("Who takes the copy (name or initials; added if new)."),
        QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({reviewer, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The main project file."));
    parser.addPositionalArgument(QStringLiteral("OUT"), Tr::tr("The copy to write (OUT.evimap)."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("copy")), 2, 2, &code))
        return code;
    if (!parser.isSet(reviewer))
        return context.fail(UsageError, Tr::tr("--reviewer is required; usage: evimap %1")
                                            .arg(commandNamed(QStringLiteral("copy")).synopsis));
    const QString path = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);
    std::unique_ptr<Project> project =
        openProject(context, path, Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    const std::optional<Reviewer> who =
        reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Add, &code);
    if (!who)
        return code;
    Result<TakenCopy> taken = ProjectCopy::take(*project, out, who->id);
    if (!taken)
        return context.fail(taken.error());
    for (const QString &notice : std::as_const(taken->notices))
        context.err << "evimap: " << notice << '\n';
    if (parser.isSet(json)) {
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("copy"), out},
                                      {QStringLiteral("reviewer"), who->name},
                                      {QStringLiteral("taken_at"), taken->origin.takenAt},
                                      {QStringLiteral("attachments"), taken->attachmentsCopied}}));
        return Success;
    }
    context.out << Tr::tr("Wrote %1 for %2 to work offline (taken at %3, %4 attached files). "
                          "Bring it back with: evimap merge %5 %1")
                       .arg(out, who->name, taken->origin.takenAt)
                       .arg(taken->attachmentsCopied)
                       .arg(path)
                << '\n';
    return Success;
}

int runMerge(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Show what would change and what conflicts; change "
                                           "nothing."));
    const QCommandLineOption prefer(
        QStringLiteral("prefer"),
        Tr::tr("How conflicts are resolved: main (keep the main file's, the default) or copy."),
        QStringLiteral("main|copy"), QStringLiteral("main"));
    const QCommandLineOption takeCopy(
        QStringLiteral("take-copy"),
        Tr::tr("The copy wins this conflict (its id from a dry run); may be repeated."),
        QStringLiteral("ID"));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), Tr::tr("Who merges (for the audit log)."), QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({dryRun, prefer, takeCopy, reviewer, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The main project file."));
    parser.addPositionalArgument(QStringLiteral("COPY"), Tr::tr("The offline copy to bring in."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("merge")), 2, 2, &code))
        return code;
    MergeOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.takeCopy = parser.values(takeCopy);
    const QString preferred = parser.value(prefer).trimmed().toLower();
    if (preferred == QLatin1String("copy"))
        options.prefer = MergeOptions::Prefer::Copy;
    else if (preferred != QLatin1String("main"))
        return context.fail(
            UsageError,
            Tr::tr("--prefer must be main or copy, not \"%1\"").arg(parser.value(prefer)));
    const QString path = parser.positionalArguments().at(0);
    const QString copyPath = parser.positionalArguments().at(1);
    // A dry run opens the project for writing too: it works the merge out inside a transaction
    // that it rolls back.
    std::unique_ptr<Project> project =
        openProject(context, path, Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    if (parser.isSet(reviewer)) {
        const std::optional<Reviewer> who =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Refuse, &code);
        if (!who)
            return code;
        options.reviewerId = who->id;
    }
    Result<MergeReport> report = ProjectMerge::merge(*project, copyPath, options);
    if (!report)
        return context.fail(report.error());
    if (parser.isSet(json))
        context.printJson(QJsonDocument(report->toJson()));
    else
        context.out << report->toText();
    return Success;
}

int runAudit(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption record(QStringLiteral("record"),
                                    Tr::tr("Only the history of this record (its id)."),
                                    QStringLiteral("N"));
    const QCommandLineOption csv(QStringLiteral("csv"), Tr::tr("Write the history as CSV."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"),
        Tr::tr("The history as this reviewer may see it: others' decisions and codings stay "
               "hidden until settled (blind screening and coding); without it, everything."),
        QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({record, reviewer, csv, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("audit")), 1, 1, &code))
        return code;
    qint64 recordId = 0;
    if (parser.isSet(record)) {
        bool ok = false;
        recordId = parser.value(record).toLongLong(&ok);
        if (!ok || recordId <= 0)
            return context.fail(
                UsageError,
                Tr::tr("--record takes a record id, not \"%1\"").arg(parser.value(record)));
    }
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
    const VisibleHistory history =
        Blinding(*project, viewerId).visible(AuditTrail::read(*project, recordId));
    const QList<AuditEntry> &entries = history.entries;
    const QString hidden =
        history.hidden > 0
            ? Tr::tr("%n change(s) hidden until settled (blind screening and coding)", nullptr,
                     history.hidden)
            : QString();
    if (parser.isSet(csv)) {
        if (Status s = OutputFile::write(parser.value(csv), AuditTrail::toCsv(entries)); !s)
            return context.fail(s.error());
        context.out
            << Tr::tr("Wrote %1 audit entries to %2").arg(entries.size()).arg(parser.value(csv))
            << (hidden.isEmpty() ? QString() : QStringLiteral("; ") + hidden) << '\n';
        return Success;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const AuditEntry &e : entries)
            list.append(QJsonObject{{QStringLiteral("at"), e.at},
                                    {QStringLiteral("reviewer"), e.reviewer},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("entity"), e.entity},
                                    {QStringLiteral("entity_uuid"), e.entityUuid},
                                    {QStringLiteral("record"), e.recordId},
                                    {QStringLiteral("before"), e.before},
                                    {QStringLiteral("after"), e.after}});
        context.printJson(QJsonDocument(list));
        if (!hidden.isEmpty())
            context.err << "evimap: " << hidden << '\n';
        return Success;
    }
    // The history as people read it: local time to the minute and a sentence, then each field
    // change on its own line; --json and --csv keep the stored actions and values for scripts.
    const AuditNames names = AuditNames::read(*project);
    for (const AuditEntry &e : entries) {
        context.out << AuditWording::localTime(e.at) << "  " << AuditWording::sentence(e, names)
                    << '\n';
        for (const QString &change : AuditWording::changes(e, names))
            context.out << "    " << change << '\n';
    }
    if (entries.isEmpty())
        context.out << Tr::tr("No audit entries.") << '\n';
    if (!hidden.isEmpty())
        context.out << hidden << '\n';
    return Success;
}

} // namespace evimap::cli
