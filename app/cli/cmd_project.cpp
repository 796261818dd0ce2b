// `evimap new`, `evimap info`, `evimap check`.
#include "cli/command.h"
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "project/projectinfo.h"
#include "screening/newprojectsetup.h"
#include "team/foldersafety.h"

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

int runNew(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"),
                                  Tr::tr("Project name (default: the file name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption codebook(QStringLiteral("codebook"),
                                      Tr::tr("Starting codebook: default (the loneliness review "
                                             "template), empty, or a JSON template file."),
                                      QStringLiteral("default|empty|FILE.json"),
                                      QStringLiteral("default"));
    const QCommandLineOption reviewers(
        QStringLiteral("reviewers"),
        Tr::tr("Reviewers who screen each record, at both stages (default: 2)."),
        QStringLiteral("N"));
    const QCommandLineOption reviewersTitleAbstract(
        QStringLiteral("reviewers-title-abstract"),
        Tr::tr("Reviewers who screen each record at title/abstract (default: 2)."),
        QStringLiteral("N"));
    const QCommandLineOption reviewersFullText(
        QStringLiteral("reviewers-full-text"),
        Tr::tr("Reviewers who screen each record at full text (default: 2)."), QStringLiteral("N"));
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        Tr::tr("A full-text exclusion reason (repeatable); replaces the standard list: %1.")
            .arg(NewProjectSetup::standardExclusionReasons().join(QLatin1String(", "))),
        QStringLiteral("LABEL"));
    const QCommandLineOption noReasons(QStringLiteral("no-reasons"),
                                       Tr::tr("Start without exclusion reasons."));
    parser.addOptions(
        {name, codebook, reviewers, reviewersTitleAbstract, reviewersFullText, reason, noReasons});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("The project file to create (NAME.evimap)."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("new")), 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    NewProjectSetup setup;
    const auto count = [&](const QCommandLineOption &option, int *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < 1 || n > 10)
            return false;
        *value = n;
        return true;
    };
    int both = 0;
    if (!count(reviewers, &both))
        return context.fail(UsageError, Tr::tr("--reviewers expects a number from 1 to 10"));
    if (both > 0)
        setup.reviewersTitleAbstract = setup.reviewersFullText = both;
    if (!count(reviewersTitleAbstract, &setup.reviewersTitleAbstract) ||
        !count(reviewersFullText, &setup.reviewersFullText))
        return context.fail(UsageError, Tr::tr("--reviewers-title-abstract and "
                                               "--reviewers-full-text expect a number from 1 "
                                               "to 10"));
    if (parser.isSet(noReasons) && parser.isSet(reason))
        return context.fail(UsageError, Tr::tr("--reason and --no-reasons cannot go together"));
    if (parser.isSet(noReasons))
        setup.exclusionReasons.clear();
    else if (parser.isSet(reason))
        setup.exclusionReasons = parser.values(reason);
    // The template is read first, so a bad one leaves no half-made project behind.
    std::optional<CodebookTemplate> startingCodebook;
    if (parser.value(codebook) != QLatin1String("empty")) {
        Result<CodebookTemplate> loaded = parser.value(codebook) == QLatin1String("default")
                                              ? CodebookTemplate::builtIn()
                                              : CodebookTemplate::fromFile(parser.value(codebook));
        if (!loaded)
            return context.fail(loaded.error());
        startingCodebook = *loaded;
    }
    Result<std::unique_ptr<Project>> created = Project::create(path, parser.value(name));
    if (!created)
        return context.fail(created.error());
    context.out << Tr::tr("Created %1 (project \"%2\")").arg(path, created.value()->name()) << '\n';
    if (Status s = setup.apply(*created.value()); !s)
        return context.fail(s.error());
    context.out << Tr::tr("Screening: %1 reviewers per record at title/abstract, %2 at full text; "
                          "%3 exclusion reasons (evimap reasons to edit them)")
                       .arg(setup.reviewersTitleAbstract)
                       .arg(setup.reviewersFullText)
                       .arg(setup.exclusionReasons.size())
                << '\n';
    if (startingCodebook) {
        Codebook projectCodebook(*created.value());
        if (Result<CodebookImportSummary> applied =
                projectCodebook.applyTemplate(*startingCodebook, 0);
            !applied)
            return context.fail(applied.error());
        context.out << Tr::tr("Codebook: %1 (%2 dimensions, %3 codes, %4 extraction fields)")
                           .arg(startingCodebook->name,
                                QString::number(startingCodebook->dimensions.size()),
                                QString::number(startingCodebook->codeCount()),
                                QString::number(startingCodebook->fields.size()))
                    << '\n';
    }
    return Success;
}

int runInfo(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("info")), 1, 1, &code))
        return code;
    std::unique_ptr<Project> project = openProject(context, parser.positionalArguments().first(),
                                                   Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    Result<ProjectInfo> info = ProjectInfo::read(*project);
    if (!info)
        return context.fail(info.error());
    const QList<FolderHazard> hazards = FolderSafety::inspect(project->filePath());
    if (parser.isSet(json)) {
        QJsonObject object = info->toJson();
        object.insert(QStringLiteral("warnings"), FolderSafety::toJson(hazards));
        context.printJson(QJsonDocument(object));
    } else {
        context.out << info->toText();
        for (const FolderHazard &h : hazards)
            context.out << Tr::tr("Warning:        %1").arg(h.message) << '\n';
    }
    return Success;
}

int runCheck(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("check")), 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    std::unique_ptr<Project> project = openProject(context, path, Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    ProjectCheck check = ProjectCheck::run(*project);
    check.problems << ProjectCheck::attachmentProblems(*project);
    // Hazards of the folder are warnings: the file itself may be sound.
    const QList<FolderHazard> hazards = FolderSafety::inspect(project->filePath());
    if (parser.isSet(json)) {
        context.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("path"), path},
                        {QStringLiteral("ok"), check.problems.isEmpty()},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(check.problems)},
                        {QStringLiteral("warnings"), FolderSafety::toJson(hazards)}}));
    } else if (check.problems.isEmpty()) {
        context.out << Tr::tr("%1: no problems found (integrity, foreign keys, schema version %2, "
                              "links between records and codes, attached files)")
                           .arg(path)
                           .arg(project->schemaVersion())
                    << '\n';
    } else {
        for (const QString &problem : check.problems)
            context.err << path << ": " << problem << '\n';
    }
    if (!parser.isSet(json)) {
        for (const FolderHazard &h : hazards)
            context.err << "evimap: warning: " << h.message << '\n';
    }
    return check.problems.isEmpty() ? Success : CheckFailed;
}

} // namespace evimap::cli
