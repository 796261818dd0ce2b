// `evimap attach PROJECT PDF [--record ID|--doi DOI|--title T]`: a PDF for a record already in
// the project.
#include "cli/command.h"
#include "import/attachmentstore.h"
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
} // namespace

int runAttach(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption record(QStringLiteral("record"), Tr::tr("The record's id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption doi(QStringLiteral("doi"), Tr::tr("The record's DOI."),
                                 QStringLiteral("DOI"));
    const QCommandLineOption title(QStringLiteral("title"), Tr::tr("The record's title."),
                                   QStringLiteral("T"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      Tr::tr("Password of an encrypted PDF."), QStringLiteral("P"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Tr::tr("Who attaches it (name or initials)."),
                                      QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({record, doi, title, password, reviewer, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("PDF"),
                                 Tr::tr("The PDF. Without --record, --doi or --title it goes to "
                                        "the record with the DOI, else the title, found in it."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("attach")), 2, 2, &code))
        return code;
    if (int(parser.isSet(record)) + int(parser.isSet(doi)) + int(parser.isSet(title)) > 1)
        return context.fail(UsageError, Tr::tr("give one of --record, --doi and --title"));
    AttachmentStore::Target target;
    if (parser.isSet(record)) {
        bool ok = false;
        target.recordId = parser.value(record).toLongLong(&ok);
        if (!ok || target.recordId <= 0)
            return context.fail(
                UsageError,
                Tr::tr("--record expects a record id, not \"%1\"").arg(parser.value(record)));
    }
    target.doi = parser.value(doi);
    target.title = parser.value(title);

    const QStringList positional = parser.positionalArguments();
    std::unique_ptr<Project> project =
        openProject(context, positional.first(), Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    if (project->isReadOnly())
        return context.fail(
            ProjectProblem,
            Tr::tr("%1 is read-only; nothing was attached").arg(positional.first()));
    qint64 reviewerId = 0;
    if (parser.isSet(reviewer)) {
        const std::optional<Reviewer> who =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Add, &code);
        if (!who)
            return code;
        reviewerId = who->id;
    }
    AttachmentStore store(*project);
    Result<AttachmentStore::Attached> attached =
        store.attachPdf(positional.at(1), target, reviewerId, parser.value(password));
    if (!attached)
        return context.fail(attached.error());
    const AttachmentStore::Attached &a = attached.value();
    QJsonArray issues;
    for (const Issue &issue : a.issues) {
        static const char *const severities[] = {"info", "warning", "error"};
        issues.append(QJsonObject{
            {QStringLiteral("severity"), QLatin1String(severities[int(issue.severity)])},
            {QStringLiteral("message"), issue.message}});
        context.err << issue.toString() << '\n';
    }
    context.err.flush();
    if (parser.isSet(json)) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), positional.at(1)},
                                                    {QStringLiteral("record"), a.recordId},
                                                    {QStringLiteral("attachment"), a.attachmentId},
                                                    {QStringLiteral("file"), a.file.relativePath},
                                                    {QStringLiteral("sha256"), a.file.sha256},
                                                    {QStringLiteral("pages"), a.pageCount},
                                                    {QStringLiteral("matchedBy"), a.matchedBy},
                                                    {QStringLiteral("issues"), issues}}));
    } else {
        context.out << Tr::tr("Attached %1 to record %2 (\"%3\"), matched by %4; %n page(s)",
                              nullptr, a.pageCount)
                           .arg(positional.at(1))
                           .arg(a.recordId)
                           .arg(a.recordTitle.left(80), a.matchedBy)
                    << '\n';
    }
    return Success;
}

} // namespace evimap::cli
