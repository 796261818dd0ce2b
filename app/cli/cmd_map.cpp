// `evimap map`: the evidence gap map of a project as SVG, PNG, PDF, HTML or CSV.
#include "cli/command.h"
#include "cli/figureoptions.h"
#include "maps/evidencemapcsv.h"
#include "maps/evidencemapfigure.h"
#include "maps/evidencemaphtml.h"
#include "maps/evidencemapquery.h"
#include "maps/figurewriter.h"
#include "maps/mapcodebook.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

// "2015-2024", "2015-", "-2024" or "2019".
bool parseYears(const QString &text, int *from, int *to)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})?\\s*(-)?\\s*(\\d{4})?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(3).isEmpty()))
        return false;
    *from = m.captured(1).toInt();
    *to = m.captured(3).toInt();
    if (m.captured(2).isEmpty()) {
        if (!m.captured(3).isEmpty())
            return false;
        *to = *from;
    }
    return *from == 0 || *to == 0 || *from <= *to;
}

// --resolution: dots per inch for PNG (96 is one pixel per unit of the figure).
bool parseResolution(const QString &text, double *scale)
{
    bool ok = false;
    const int dpi = text.toInt(&ok);
    if (!ok || dpi < 24 || dpi > 1200)
        return false;
    *scale = dpi / 96.0;
    return true;
}

int runMap(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  Tr::tr("Dimension for the rows (key or label; default: "
                                         "intervention approach)."),
                                  QStringLiteral("DIM"));
    const QCommandLineOption cols({QStringLiteral("cols"), QStringLiteral("columns")},
                                  Tr::tr("Dimension for the columns (default: psychological "
                                         "factor)."),
                                  QStringLiteral("DIM"));
    const QCommandLineOption colour({QStringLiteral("colour"), QStringLiteral("color")},
                                    Tr::tr("Dimension that colours the bubbles' segments "
                                           "(default: study design; \"none\" for one colour)."),
                                    QStringLiteral("DIM"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    Tr::tr("Keep items coded DIM=CODE (or a sub-code); repeat it: "
                                           "codes of one dimension are alternatives, dimensions "
                                           "all apply."),
                                    QStringLiteral("DIM=CODE"));
    const QCommandLineOption years(QStringLiteral("years"),
                                   Tr::tr("Publication years, e.g. 2015-2024, 2015- or -2020."),
                                   QStringLiteral("A-B"));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   Tr::tr("Records counted: ft (included at full text), ta "
                                          "(included at title/abstract), all, or auto (default: "
                                          "ft if full-text screening has begun, else ta, else "
                                          "all)."),
                                   QStringLiteral("ta|ft|all|auto"), QStringLiteral("auto"));
    const QCommandLineOption coding(QStringLiteral("coding"),
                                    Tr::tr("Codes counted: reconciled (default; reviewers' codes "
                                           "for records not reconciled yet), reconciled-only, "
                                           "reviewers."),
                                    QStringLiteral("SOURCE"), QStringLiteral("reconciled"));
    const QCommandLineOption resolution(QStringLiteral("resolution"),
                                        Tr::tr("PNG resolution in dots per inch (default 192)."),
                                        QStringLiteral("DPI"), QStringLiteral("192"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("File to write: .svg, .png, .pdf, .html or .csv."),
                                    QStringLiteral("FILE"));
    parser.addOptions({rows, cols, colour, filter, years, stage, coding, resolution, output});
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("map")), 1, 1, &code))
        return code;

    const QString path = parser.value(output);
    if (path.isEmpty())
        return context.fail(UsageError, Tr::tr("say where to write the map with -o FILE "
                                               "(.svg, .png, .pdf, .html or .csv)"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QStringList suffixes = {QStringLiteral("svg"), QStringLiteral("png"),
                                  QStringLiteral("pdf"), QStringLiteral("html"),
                                  QStringLiteral("htm"), QStringLiteral("csv")};
    if (!suffixes.contains(suffix))
        return context.fail(UsageError, Tr::tr("%1: the map can be written as .svg, .png, .pdf, "
                                               ".html or .csv")
                                            .arg(path));
    double scale = 2.0;
    if (!parseResolution(parser.value(resolution), &scale))
        return context.fail(UsageError, Tr::tr("--resolution wants dots per inch between 24 and "
                                               "1200, not \"%1\"")
                                            .arg(parser.value(resolution)));

    std::unique_ptr<Project> project = openProject(context, parser.positionalArguments().first(),
                                                   Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    Result<MapCodebook> codebook = MapCodebook::read(*project);
    if (!codebook)
        return context.fail(codebook.error());

    EvidenceMapQuery query = EvidenceMapQuery::defaults(codebook.value());
    if (parser.isSet(rows))
        query.rows = parser.value(rows);
    if (parser.isSet(cols))
        query.columns = parser.value(cols);
    if (parser.isSet(colour)) {
        const QString value = parser.value(colour);
        query.colour =
            value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : value;
    }
    if (query.colour == query.rows || query.colour == query.columns)
        query.colour.clear();
    const QStringList filters = parser.values(filter);
    for (const QString &f : filters) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == f.size() - 1)
            return context.fail(UsageError, Tr::tr("--filter wants DIM=CODE, not \"%1\"").arg(f));
        query.filters.append({f.left(eq).trimmed(), f.mid(eq + 1).trimmed()});
    }
    if (parser.isSet(years) && !parseYears(parser.value(years), &query.yearFrom, &query.yearTo))
        return context.fail(UsageError, Tr::tr("--years wants a range such as 2015-2024, not "
                                               "\"%1\"")
                                            .arg(parser.value(years)));
    const std::optional<ScreeningScope> scope = EvidenceMapQuery::parseScope(parser.value(stage));
    if (!scope)
        return context.fail(
            UsageError,
            Tr::tr("--stage wants ta, ft, all or auto, not \"%1\"").arg(parser.value(stage)));
    query.scope = *scope;
    const QString source = parser.value(coding).toLower();
    if (source == QLatin1String("reconciled"))
        query.codingSource = CodingSource::ReconciledElseReviewers;
    else if (source == QLatin1String("reconciled-only"))
        query.codingSource = CodingSource::ReconciledOnly;
    else if (source == QLatin1String("reviewers"))
        query.codingSource = CodingSource::Reviewers;
    else
        return context.fail(UsageError, Tr::tr("--coding wants reconciled, reconciled-only or "
                                               "reviewers, not \"%1\"")
                                            .arg(parser.value(coding)));

    // Only the HTML page lists items by name.
    query.withItemText = suffix == QLatin1String("html") || suffix == QLatin1String("htm");
    Result<EvidenceMap> map = query.run(*project);
    if (!map)
        return context.fail(map.error());

    Status written;
    if (suffix == QLatin1String("csv")) {
        written = FigureWriter::writeBytes(path, EvidenceMapCsv::write(map.value()));
    } else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        written =
            FigureWriter::writeBytes(path, EvidenceMapHtml::write(map.value(), codebook.value()));
    } else {
        const EvidenceMapFigure figure(map.value());
        written = FigureWriter::write(figure, path, *FigureWriter::formatOf(path), scale);
    }
    if (!written)
        return context.fail(written.error());
    context.out << Tr::tr("Evidence map: %1 (%2 × %3; %4 items on the map of %5 in scope; %6 "
                          "empty cells)")
                       .arg(QFileInfo(path).absoluteFilePath())
                       .arg(map->rows.size())
                       .arg(map->columns.size())
                       .arg(map->itemsOnMap)
                       .arg(map->items.size())
                       .arg(map->emptyCells())
                << '\n';
    return Success;
}

} // namespace evimap::cli
