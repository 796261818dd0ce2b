// `evimap import PROJECT FILE...`
#include "cli/command.h"
#include "dedup/duplicatefinder.h"
#include "import/filepreview.h"
#include "import/formatregistry.h"
#include "import/importjob.h"
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

QJsonObject issueToJson(const Issue &issue)
{
    static const char *const severities[] = {"info", "warning", "error"};
    return QJsonObject{{QStringLiteral("line"), issue.line},
                       {QStringLiteral("record"), issue.record},
                       {QStringLiteral("severity"), QLatin1String(severities[int(issue.severity)])},
                       {QStringLiteral("message"), issue.message}};
}
} // namespace

int runImport(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("Format of the files (default: detected): %1.")
                                        .arg(FormatRegistry::ids().join(QLatin1String(", "))),
                                    QStringLiteral("F"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    Tr::tr("Database or website searched, e.g. PsycINFO."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption route(QStringLiteral("route"),
                                   Tr::tr("PRISMA identification route: %1 (default: database).")
                                       .arg(ImportJob::routes().join(QLatin1String(", "))),
                                   QStringLiteral("R"), QStringLiteral("database"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Tr::tr("Date of the search (YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption query(QStringLiteral("query"), Tr::tr("The search query."),
                                   QStringLiteral("Q"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 Tr::tr("CSV column mapping, e.g. title=Title,abstract=Abstract."),
                                 QStringLiteral("MAP"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      Tr::tr("Password of encrypted PDFs."), QStringLiteral("P"));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), Tr::tr("Who imports (name or initials)."), QStringLiteral("R"));
    const QCommandLineOption again(QStringLiteral("again"),
                                   Tr::tr("Import a file even if it was imported before."));
    const QCommandLineOption dedup(
        QStringLiteral("dedup"),
        Tr::tr("Then find duplicates: merge the certain ones, queue the rest (as dedup --auto)."));
    const QCommandLineOption preview(
        QStringLiteral("preview"),
        Tr::tr("Import nothing: show each file's format, record count and the database it "
               "names, as the import dialog does (the project is not opened)."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions(
        {format, source, route, date, query, map, password, reviewer, again, dedup, preview, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Files to import."),
                                 QStringLiteral("FILE..."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("import")), 2, -1, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(preview)) {
        QJsonArray previews;
        for (const QString &path : positional.mid(1)) {
            const FilePreview p = FilePreview::of(path);
            previews.append(QJsonObject{{QStringLiteral("path"), path},
                                        {QStringLiteral("format"), p.format},
                                        {QStringLiteral("records"), p.records},
                                        {QStringLiteral("source"), p.source}});
            if (parser.isSet(json))
                continue;
            context.out << Tr::tr("%1: %2, %3 records, source: %4")
                               .arg(path,
                                    p.format.isEmpty() ? Tr::tr("format not recognised") : p.format,
                                    p.records < 0 ? QStringLiteral("?")
                                                  : QString::number(p.records),
                                    p.source.isEmpty() ? Tr::tr("not named in the file") : p.source)
                        << '\n';
        }
        if (parser.isSet(json))
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("files"), previews}}));
        return Success;
    }
    std::unique_ptr<Project> project =
        openProject(context, positional.first(), Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    if (project->isReadOnly())
        return context.fail(
            ProjectProblem,
            Tr::tr("%1 is read-only; nothing was imported").arg(positional.first()));

    ImportOptions options;
    options.format = parser.value(format);
    options.source = parser.value(source);
    options.route = parser.value(route);
    options.searchDate = parser.value(date);
    options.searchQuery = parser.value(query);
    options.again = parser.isSet(again);
    options.password = parser.value(password);
    if (parser.isSet(map)) {
        const QStringList pairs = parser.value(map).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return context.fail(
                    UsageError, Tr::tr("--map expects field=Column pairs, not \"%1\"").arg(pair));
            options.formatOptions.insert(QStringLiteral("map.") + pair.left(eq).trimmed(),
                                         pair.mid(eq + 1).trimmed());
        }
    }
    if (parser.isSet(reviewer)) {
        const std::optional<Reviewer> who =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Add, &code);
        if (!who)
            return code;
        options.reviewerId = who->id;
    }

    QJsonArray files;
    int worst = Success;
    int totalImported = 0, totalSkipped = 0, totalUntitled = 0;
    for (const QString &path : positional.mid(1)) {
        Result<ImportSummary> result = ImportJob::run(*project, path, options);
        QJsonObject entry{{QStringLiteral("path"), path}};
        if (!result) {
            const int fileCode = exitCodeFor(result.error());
            worst = worst == Success ? fileCode : qMax(worst, fileCode);
            context.err << "evimap: " << result.error().message << '\n';
            entry.insert(QStringLiteral("format"), options.format);
            entry.insert(QStringLiteral("imported"), 0);
            entry.insert(QStringLiteral("skipped"), 0);
            entry.insert(QStringLiteral("untitled"), 0);
            entry.insert(QStringLiteral("placeholder_abstracts"), 0);
            entry.insert(QStringLiteral("refused"), result.error().message);
            entry.insert(QStringLiteral("issues"), QJsonArray());
            files.append(entry);
            continue;
        }
        const ImportSummary &s = result.value();
        totalImported += s.imported;
        totalSkipped += s.skipped;
        totalUntitled += s.untitled;
        QJsonArray issues;
        for (const Issue &issue : s.issues) {
            issues.append(issueToJson(issue));
            if (!parser.isSet(json) || issue.severity != Issue::Severity::Info)
                context.err << issue.toString() << '\n';
        }
        entry.insert(QStringLiteral("format"), s.format);
        entry.insert(QStringLiteral("imported"), s.imported);
        entry.insert(QStringLiteral("skipped"), s.skipped);
        entry.insert(QStringLiteral("untitled"), s.untitled);
        entry.insert(QStringLiteral("placeholder_abstracts"), s.placeholderAbstracts);
        entry.insert(QStringLiteral("batch"), s.batchId);
        entry.insert(QStringLiteral("issues"), issues);
        files.append(entry);
        if (!parser.isSet(json) && s.imported == 0)
            context.out << Tr::tr("%1: no record could be imported, %2 skipped (%3); nothing "
                                  "was stored")
                               .arg(path)
                               .arg(s.skipped)
                               .arg(s.format)
                        << '\n';
        else if (!parser.isSet(json)) {
            context.out << Tr::tr("%1: %2 records imported, %3 skipped (%4)")
                               .arg(path)
                               .arg(s.imported)
                               .arg(s.skipped)
                               .arg(s.format);
            if (s.untitled > 0)
                context.out << Tr::tr("; %1 of them have no title (imported, listed above)")
                                   .arg(s.untitled);
            if (s.placeholderAbstracts > 0)
                context.out << Tr::tr("; %1 placeholder abstracts (\"NA\", \"No abstract\"...) "
                                      "stored as empty")
                                   .arg(s.placeholderAbstracts);
            context.out << '\n';
        }
    }
    context.err.flush();
    QJsonObject result{{QStringLiteral("files"), files},
                       {QStringLiteral("imported"), totalImported},
                       {QStringLiteral("skipped"), totalSkipped},
                       {QStringLiteral("untitled"), totalUntitled}};
    if (parser.isSet(dedup) && totalImported > 0) {
        DedupOptions dedupOptions;
        dedupOptions.autoMerge = true;
        dedupOptions.reviewerId = options.reviewerId;
        Result<DedupSummary> found = DuplicateFinder::run(*project, dedupOptions);
        if (!found)
            return context.fail(found.error());
        result.insert(
            QStringLiteral("dedup"),
            QJsonObject{{QStringLiteral("merged"), found->merged},
                        {QStringLiteral("queued"), found->queued},
                        {QStringLiteral("duplicates_removed"), found->duplicatesRemoved}});
        if (!parser.isSet(json))
            context.out << Tr::tr("Duplicates: %1 records merged automatically, %2 pairs queued "
                                  "for review (evimap dedup %3 --list)")
                               .arg(found->merged)
                               .arg(found->queued)
                               .arg(positional.first())
                        << '\n';
    }
    if (parser.isSet(json))
        context.printJson(QJsonDocument(result));
    return worst;
}

} // namespace evimap::cli
