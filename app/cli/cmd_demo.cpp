// `evimap demo`: the program's main job on the bundled demo data, without a window.
#include "cli/command.h"
#include "cli/demofigures.h"
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "core/outputfile.h"
#include "dedup/duplicatefinder.h"
#include "demo/demoproject.h"
#include "import/importjob.h"
#include "project/projectinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

int runDemo(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"),
                                    Tr::tr("Folder for the demo project and its outputs "
                                           "(default: evimap-demo)."),
                                    QStringLiteral("DIR"), QStringLiteral("evimap-demo"));
    parser.addOption(output);
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("demo")), 0, 0, &code))
        return code;
    const QDir dir(parser.value(output));
    if (!QDir().mkpath(dir.path()))
        return context.fail(Failure, Tr::tr("the folder %1 cannot be made").arg(dir.path()));

    // The demo data ship inside the program; a copy beside the project shows what was imported.
    const QString risPath = dir.filePath(QStringLiteral("loneliness-demo.ris"));
    const QString projectPath = dir.filePath(QStringLiteral("demo.evimap"));
    Result<DemoProject::Summary> built = DemoProject::build(projectPath, risPath);
    if (!built)
        return context.fail(built.error());
    Result<std::unique_ptr<Project>> opened = Project::open(projectPath);
    if (!opened)
        return context.fail(opened.error());
    Project &project = *opened.value();
    const ImportSummary *imported = &built->imported;
    const DedupSummary *deduplicated = &built->deduplicated;
    const DemoReviewSummary *reviewed = &built->reviewed;

    Result<ProjectInfo> info = ProjectInfo::read(project);
    if (!info)
        return context.fail(info.error());
    const QString summaryText = dir.filePath(QStringLiteral("summary.txt"));
    const QString summaryJson = dir.filePath(QStringLiteral("summary.json"));
    if (Status s = OutputFile::write(summaryText, info->toText().toUtf8()); !s)
        return context.fail(s.error());
    if (Status s = OutputFile::write(summaryJson, QJsonDocument(info->toJson()).toJson()); !s)
        return context.fail(s.error());

    context.out << Tr::tr("Demo project: %1 (%2 records imported from %3)")
                       .arg(QFileInfo(projectPath).absoluteFilePath())
                       .arg(imported->imported)
                       .arg(QFileInfo(risPath).fileName())
                << '\n';
    context.out << Tr::tr(
                       "Review:       %1 duplicates merged, %2 queued for a person; %3 screening "
                       "decisions by %4 reviewers, %5 disagreements settled; %6 codes applied")
                       .arg(deduplicated->merged)
                       .arg(deduplicated->queued)
                       .arg(reviewed->decisions)
                       .arg(reviewed->reviewers)
                       .arg(reviewed->settled)
                       .arg(reviewed->codings)
                << '\n';
    context.out << Tr::tr("Summary:      %1").arg(QFileInfo(summaryText).absoluteFilePath())
                << '\n';
    if (const int figures = writeDemoFigures(context, project, dir); figures != Success)
        return figures;
    context.out << '\n' << info->toText();
    return Success;
}

} // namespace evimap::cli
