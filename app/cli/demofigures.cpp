#include "cli/demofigures.h"

#include "maps/evidencemapfigure.h"
#include "maps/evidencemaphtml.h"
#include "maps/evidencemapquery.h"
#include "maps/figurewriter.h"
#include "maps/prismacounts.h"
#include "maps/prismafigure.h"
#include "maps/reportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int writeDemoFigures(CommandContext &context, const Project &project, const QDir &dir)
{
    Result<PrismaCounts> counts = PrismaCounts::read(project);
    if (!counts)
        return context.fail(counts.error());
    const PrismaFigure prisma(counts.value());
    const QString prismaSvg = dir.filePath(QStringLiteral("prisma.svg"));
    const QString prismaPng = dir.filePath(QStringLiteral("prisma.png"));
    if (Status s = FigureWriter::write(prisma, prismaSvg, FigureWriter::Format::Svg); !s)
        return context.fail(s.error());
    if (FigureWriter::canPaint()) {
        if (Status s = FigureWriter::write(prisma, prismaPng, FigureWriter::Format::Png); !s)
            return context.fail(s.error());
    }
    context.out << Tr::tr("PRISMA:       %1").arg(QFileInfo(prismaSvg).absoluteFilePath());
    if (FigureWriter::canPaint())
        context.out << Tr::tr(" and %1").arg(QFileInfo(prismaPng).fileName());
    context.out << '\n';

    Result<MapCodebook> codebook = MapCodebook::read(project);
    if (!codebook)
        return context.fail(codebook.error());
    const EvidenceMapQuery query = EvidenceMapQuery::defaults(codebook.value());
    std::optional<EvidenceMap> map;
    if (!query.rows.isEmpty() && !query.columns.isEmpty()) {
        Result<EvidenceMap> built = query.run(project);
        if (!built)
            return context.fail(built.error());
        if (built->itemsOnMap > 0)
            map = built.value();
    }
    if (!map) {
        context.out << Tr::tr("Evidence map: not drawn, the demo project has no codes yet") << '\n';
        return Success;
    }
    const QString mapSvg = dir.filePath(QStringLiteral("evidence-map.svg"));
    const QString mapPng = dir.filePath(QStringLiteral("evidence-map.png"));
    const QString mapHtml = dir.filePath(QStringLiteral("evidence-map.html"));
    const EvidenceMapFigure mapFigure(*map);
    if (Status s = FigureWriter::write(mapFigure, mapSvg, FigureWriter::Format::Svg); !s)
        return context.fail(s.error());
    if (FigureWriter::canPaint()) {
        if (Status s = FigureWriter::write(mapFigure, mapPng, FigureWriter::Format::Png); !s)
            return context.fail(s.error());
    }
    if (Status s =
            FigureWriter::writeBytes(mapHtml, EvidenceMapHtml::write(*map, codebook.value()));
        !s)
        return context.fail(s.error());
    context.out << Tr::tr("Evidence map: %1, %2 (%3 items on the map)")
                       .arg(QFileInfo(mapSvg).absoluteFilePath(),
                            FigureWriter::canPaint()
                                ? QFileInfo(mapPng).fileName() + QStringLiteral(", ") +
                                      QFileInfo(mapHtml).fileName()
                                : QFileInfo(mapHtml).fileName())
                       .arg(map->itemsOnMap)
                << '\n';

    // The whole report needs a paint device for its PDF.
    if (FigureWriter::canPaint()) {
        const QString reportPdf = dir.filePath(QStringLiteral("report.pdf"));
        if (Status s = ReportWriter::write(project, reportPdf, ReportWriter::Options{}); !s)
            return context.fail(s.error());
        context.out << Tr::tr("Report:       %1").arg(QFileInfo(reportPdf).absoluteFilePath())
                    << '\n';
    }
    return Success;
}

} // namespace evimap::cli
