// `evimap report`: the PDF report of a project (summary, PRISMA, map, charts, items, codebook).
#include "cli/command.h"
#include "maps/reportwriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int runReport(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The PDF file to write."), QStringLiteral("FILE"));
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  Tr::tr("Dimension for the map's rows (default: intervention "
                                         "approach)."),
                                  QStringLiteral("DIM"));
    const QCommandLineOption cols({QStringLiteral("cols"), QStringLiteral("columns")},
                                  Tr::tr("Dimension for the map's columns (default: "
                                         "psychological factor)."),
                                  QStringLiteral("DIM"));
    const QCommandLineOption colour({QStringLiteral("colour"), QStringLiteral("color")},
                                    Tr::tr("Dimension for the map's colours (default: study "
                                           "design)."),
                                    QStringLiteral("DIM"));
    parser.addOptions({output, rows, cols, colour});
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("report")), 1, 1, &code))
        return code;
    const QString path = parser.value(output);
    if (path.isEmpty() || QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
        return context.fail(UsageError, Tr::tr("say where to write the report with -o FILE.pdf"));
    std::unique_ptr<Project> project = openProject(context, parser.positionalArguments().first(),
                                                   Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    ReportWriter::Options options;
    options.map.rows = parser.value(rows);
    options.map.columns = parser.value(cols);
    options.map.colour = parser.value(colour);
    if (Status written = ReportWriter::write(*project, path, options); !written)
        return context.fail(written.error());
    context.out << Tr::tr("Report: %1").arg(QFileInfo(path).absoluteFilePath()) << '\n';
    return Success;
}

} // namespace evimap::cli
