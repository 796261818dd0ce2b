// `evimap prisma`: the PRISMA 2020 flow diagram of a project, from its data.
#include "cli/command.h"
#include "cli/figureoptions.h"
#include "maps/figurewriter.h"
#include "maps/prismacounts.h"
#include "maps/prismafigure.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int runPrisma(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("File to write: .svg, .png or .pdf."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the counts of every box as JSON."));
    const QCommandLineOption resolution(QStringLiteral("resolution"),
                                        Tr::tr("PNG resolution in dots per inch (default 192)."),
                                        QStringLiteral("DPI"), QStringLiteral("192"));
    parser.addOptions({output, json, resolution});
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("prisma")), 1, 1, &code))
        return code;
    const QString path = parser.value(output);
    if (path.isEmpty() && !parser.isSet(json))
        return context.fail(UsageError, Tr::tr("say where to write the diagram with -o FILE "
                                               "(.svg, .png or .pdf), or ask for --json"));
    const std::optional<FigureWriter::Format> format = FigureWriter::formatOf(path);
    if (!path.isEmpty() && !format)
        return context.fail(
            UsageError, Tr::tr("%1: the diagram can be written as .svg, .png or .pdf").arg(path));
    double scale = 2.0;
    if (!parseResolution(parser.value(resolution), &scale))
        return context.fail(UsageError, Tr::tr("--resolution wants dots per inch between 24 and "
                                               "1200, not \"%1\"")
                                            .arg(parser.value(resolution)));

    std::unique_ptr<Project> project = openProject(context, parser.positionalArguments().first(),
                                                   Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    Result<PrismaCounts> counts = PrismaCounts::read(*project);
    if (!counts)
        return context.fail(counts.error());

    if (!path.isEmpty()) {
        const PrismaFigure figure(counts.value());
        if (Status written = FigureWriter::write(figure, path, *format, scale); !written)
            return context.fail(written.error());
    }
    if (parser.isSet(json)) {
        context.printJson(QJsonDocument(counts->toJson()));
    } else {
        context.out << Tr::tr("PRISMA diagram: %1 (%2 records identified, %3 screened, %4 "
                              "included)")
                           .arg(QFileInfo(path).absoluteFilePath())
                           .arg(counts->databases.identifiedTotal + counts->other.identifiedTotal)
                           .arg(counts->databases.screened)
                           .arg(counts->reportsIncluded)
                    << '\n';
        for (const QString &problem : counts->check())
            context.out << Tr::tr("  provisional: %1").arg(problem) << '\n';
    }
    return Success;
}

} // namespace evimap::cli
