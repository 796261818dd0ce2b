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
    const QCommandLineOption title(QStringLiteral("title"),
                                   Tr::tr("The report's title (default: the project's name)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption authors(QStringLiteral("authors"),
                                     Tr::tr("The report's authors, separated by semicolons."),
                                     QStringLiteral("NAMES"));
    const QCommandLineOption sections(
        QStringLiteral("sections"),
        Tr::tr("The sections to write, separated by commas: %1 (default: all).")
            .arg(ReportWriter::sectionNames().join(QStringLiteral(", "))),
        QStringLiteral("LIST"));
    parser.addOptions({output, rows, cols, colour, title, authors, sections});
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("report")), 1, 1, &code))
        return code;
    const QString path = parser.value(output);
    if (path.isEmpty() || QFileInfo(path).suffix().toLower() != QLatin1String("pdf"))
        return context.fail(UsageError, Tr::tr("say where to write the report with -o FILE.pdf"));
    ReportWriter::Options options;
    if (parser.isSet(sections)) {
        const std::optional<ReportWriter::Sections> chosen =
            ReportWriter::parseSections(parser.value(sections));
        if (!chosen)
            return context.fail(UsageError,
                                Tr::tr("--sections wants some of %1, separated by commas, not "
                                       "\"%2\"")
                                    .arg(ReportWriter::sectionNames().join(QStringLiteral(", ")),
                                         parser.value(sections)));
        options.sections = *chosen;
    }
    options.title = parser.value(title).trimmed();
    for (const QString &name : parser.value(authors).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            options.authors << name.trimmed();
    }
    std::unique_ptr<Project> project = openProject(context, parser.positionalArguments().first(),
                                                   Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    options.map.rows = parser.value(rows);
    options.map.columns = parser.value(cols);
    options.map.colour = parser.value(colour);
    if (Status written = ReportWriter::write(*project, path, options); !written)
        return context.fail(written.error());
    context.out << Tr::tr("Report: %1").arg(QFileInfo(path).absoluteFilePath()) << '\n';
    return Success;
}

} // namespace evimap::cli
