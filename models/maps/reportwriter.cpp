#include "maps/reportwriter.h"

#include "core/outputfile.h"
#include "maps/chartdata.h"
#include "maps/chartfigure.h"
#include "maps/evidencemapfigure.h"
#include "maps/figurewriter.h"
#include "maps/mapcodebook.h"
#include "maps/paintercanvas.h"
#include "maps/prismacounts.h"
#include "maps/prismafigure.h"
#include "project/project.h"
#include "project/projectinfo.h"
#include "project/projectproperties.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <functional>

namespace evimap {

namespace {

constexpr int dpi = 300;
constexpr double mm = dpi / 25.4;

// Text documents size their fonts in points, which the PDF's resolution turns into pixels.
QFont documentFont()
{
    QFont font = PainterCanvas::font(12);
    font.setPointSizeF(10);
    return font;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Writes pages: a header line and page number on each, figures scaled to fit, text flowed.
class ReportPages
{
public:
    ReportPages(QPdfWriter &writer, QPainter &painter, QString footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_footer(std::move(footer))
    {}

    QRectF content() const
    {
        const QRect page = m_writer.pageLayout().fullRectPixels(m_writer.resolution());
        return QRectF(16 * mm, 16 * mm, page.width() - 32 * mm, page.height() - 34 * mm);
    }

    // Starts a page in the orientation given (except for the very first page, which is open).
    void newPage(QPageLayout::Orientation orientation)
    {
        if (m_pages > 0) {
            m_writer.setPageOrientation(orientation);
            m_writer.newPage();
            // The painter keeps the first page's geometry unless told.
            const QRect page = m_writer.pageLayout().fullRectPixels(m_writer.resolution());
            m_painter.setViewport(page);
            m_painter.setWindow(page);
        }
        ++m_pages;
        m_y = content().top();
        m_painter.save();
        m_painter.setFont(PainterCanvas::font(8.5 * dpi / 96.0 * 1.0));
        m_painter.setPen(Palette::mutedInk());
        const QRectF c = content();
        m_painter.drawText(QRectF(c.left(), c.bottom() + 4 * mm, c.width(), 8 * mm),
                           Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter.drawText(QRectF(c.left(), c.bottom() + 4 * mm, c.width(), 8 * mm),
                           Qt::AlignRight | Qt::AlignVCenter,
                           ReportWriter::tr("Page %1").arg(m_pages));
        m_painter.restore();
    }

    double remaining() const { return content().bottom() - m_y; }

    // A short document (it must fit the rest of the page) at the current position.
    void text(QTextDocument &doc)
    {
        const QRectF c = content();
        m_painter.save();
        m_painter.translate(c.left(), m_y);
        doc.drawContents(&m_painter);
        m_painter.restore();
        m_y += doc.size().height() + 6 * mm;
    }

    // A figure scaled to the content width (or less, to fit the page's height).
    void figure(const Figure &figure, double maxHeight = 0)
    {
        const QRectF c = content();
        const QSizeF size = figure.size();
        const double available =
            maxHeight > 0 ? std::min(maxHeight, c.bottom() - m_y) : c.bottom() - m_y;
        const double scale = std::min(c.width() / size.width(), available / size.height());
        m_painter.save();
        m_painter.translate(c.left() + (c.width() - size.width() * scale) / 2, m_y);
        m_painter.scale(scale, scale);
        PainterCanvas canvas(m_painter);
        figure.draw(canvas);
        m_painter.restore();
        m_y += size.height() * scale + 6 * mm;
    }

    // Rich text flowed over as many pages as it needs, starting on the current page.
    // Draws `doc` over as many pages as it needs; false when `stopped` says so between pages.
    bool document(QTextDocument &doc, QPageLayout::Orientation orientation,
                  const std::function<bool()> &stopped)
    {
        const QRectF c = content();
        doc.documentLayout()->setPaintDevice(&m_writer);
        doc.setPageSize(QSizeF(c.width(), c.height()));
        doc.setDocumentMargin(0);
        const double pageHeight = c.height();
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (stopped())
                return false;
            if (i > 0)
                newPage(orientation);
            m_painter.save();
            m_painter.translate(c.left(), c.top() - i * pageHeight);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * pageHeight, c.width(), pageHeight);
            m_painter.setClipRect(context.clip);
            doc.documentLayout()->draw(&m_painter, context);
            m_painter.restore();
        }
        return true;
    }

    void heading(const QString &text)
    {
        m_painter.save();
        m_painter.setFont(PainterCanvas::font(16 * dpi / 96.0, true));
        m_painter.setPen(Palette::ink());
        const QRectF c = content();
        m_painter.drawText(QRectF(c.left(), m_y, c.width(), 10 * mm), Qt::AlignLeft | Qt::AlignTop,
                           text);
        m_painter.restore();
        m_y += 11 * mm;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_footer;
    int m_pages = 0;
    double m_y = 0;
};

// The title page's head: the title, then the front matter (review question, authors, protocol
// registration, funder) from the project's properties.
QString titleHtml(const QString &title, const ProjectProperties &properties)
{
    QString html;
    html += QStringLiteral("<h1 style='font-size:22pt'>%1</h1>").arg(esc(title));
    html += QStringLiteral("<p style='font-size:12pt;color:#5f6368'>%1</p>")
                .arg(esc(ReportWriter::tr("Evidence map report")));
    for (const auto &[label, value] : properties.frontMatter())
        html += QStringLiteral("<p style='font-size:11pt'><b>%1:</b> %2</p>")
                    .arg(esc(label), esc(value));
    return html;
}

QString summaryHtml(const Project &project, const ProjectInfo &info, const PrismaCounts &prisma,
                    const QString &scope)
{
    QString html;
    html += QStringLiteral("<table cellpadding='4' cellspacing='0' style='font-size:10.5pt'>");
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:#5f6368'>%1</td><td><b>%2</b></td></tr>")
                    .arg(esc(label), esc(value));
    };
    row(ReportWriter::tr("Records imported"), QString::number(info.records));
    row(ReportWriter::tr("Duplicates removed"), QString::number(info.duplicates));
    row(ReportWriter::tr("Unique records"), QString::number(info.uniqueRecords));
    row(ReportWriter::tr("Import batches"), QString::number(info.batches));
    row(ReportWriter::tr("Reviewers"), QString::number(info.reviewers));
    row(ReportWriter::tr("Screening decisions"), QString::number(info.decisions));
    row(ReportWriter::tr("Records excluded at title/abstract"),
        QString::number(prisma.databases.screeningExcluded + prisma.other.screeningExcluded));
    row(ReportWriter::tr("Reports assessed at full text"),
        QString::number(prisma.databases.assessed + prisma.other.assessed));
    row(ReportWriter::tr("Studies included"), QString::number(prisma.studiesIncluded));
    row(ReportWriter::tr("Codes in the codebook"), QString::number(info.codes));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='font-size:10pt;color:#5f6368'>%1</p>")
                .arg(esc(ReportWriter::tr("The map, the charts and the table of items count %1. "
                                          "Every number in this report comes from the project "
                                          "file %2.")
                             .arg(scope, project.filePath().section(QLatin1Char('/'), -1))));
    return html;
}

QString itemsHtml(const EvidenceMap &map, const MapCodebook &codebook)
{
    QString html = QStringLiteral("<h2 style='font-size:15pt'>%1</h2>")
                       .arg(esc(ReportWriter::sectionTitle(ReportWriter::Items)));
    html += QStringLiteral("<p style='font-size:9.5pt;color:#5f6368'>%1</p>")
                .arg(esc(ReportWriter::tr("Items: %1, %2.")
                             .arg(map.items.size())
                             .arg(EvidenceMap::scopeDescription(map.scope))));
    html += QStringLiteral("<table width='100%' cellpadding='3' cellspacing='0' border='0' "
                           "style='font-size:8.5pt'>");
    html += QStringLiteral("<tr style='background:#e8eef6'><th align='left' width='4%'>#</th>"
                           "<th align='left' width='46%'>%1</th><th align='left'>%2</th></tr>")
                .arg(esc(ReportWriter::tr("Item")), esc(ReportWriter::tr("Codes")));
    int n = 0;
    for (const EvidenceMapItem &item : map.items) {
        QStringList codes;
        for (const MapDimension &d : codebook.dimensions()) {
            const QString text = codebook.describe(item.codes, d.id);
            if (!text.isEmpty())
                codes << QStringLiteral("<span style='color:#5f6368'>%1:</span> %2")
                             .arg(esc(d.label), esc(text));
        }
        ++n;
        html += QStringLiteral("<tr%1><td valign='top'>%2</td><td valign='top'><b>%3</b> %4%5</td>"
                               "<td valign='top'>%6</td></tr>")
                    .arg(n % 2 == 0 ? QStringLiteral(" style='background:#f7f8fa'") : QString())
                    .arg(n)
                    .arg(esc(item.citation()), esc(item.title),
                         item.container.isEmpty()
                             ? QString()
                             : QStringLiteral("<br><i style='color:#5f6368'>%1</i>")
                                   .arg(esc(item.container)),
                         codes.isEmpty() ? esc(ReportWriter::tr("not coded"))
                                         : codes.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString codebookHtml(const MapCodebook &codebook)
{
    QString html = QStringLiteral("<h2 style='font-size:15pt'>%1</h2>")
                       .arg(esc(ReportWriter::sectionTitle(ReportWriter::Codebook)));
    for (const MapDimension &d : codebook.dimensions()) {
        html += QStringLiteral("<h3 style='font-size:11.5pt'>%1 <span style='color:#5f6368;"
                               "font-weight:normal'>(%2, %3)</span></h3>")
                    .arg(esc(d.label), esc(d.key),
                         esc(d.choice == QLatin1String("single") ? ReportWriter::tr("one code")
                                                                 : ReportWriter::tr("any codes")));
        if (!d.definition.isEmpty())
            html += QStringLiteral("<p style='font-size:9pt'>%1</p>").arg(esc(d.definition));
        html += QStringLiteral("<table width='100%' cellpadding='2' cellspacing='0' "
                               "style='font-size:8.5pt'>");
        for (const MapCode &c : d.codes) {
            html += QStringLiteral("<tr><td width='30%' valign='top' style='padding-left:%1px'>"
                                   "<b>%2</b></td><td valign='top'>%3</td></tr>")
                        .arg(8 + 16 * (c.depth - 1))
                        .arg(esc(c.label), esc(c.definition));
        }
        html += QStringLiteral("</table>");
    }
    if (codebook.dimensions().isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(ReportWriter::tr("The project has no codebook yet.")));
    return html;
}

} // namespace

QStringList ReportWriter::sectionNames()
{
    return {QStringLiteral("summary"), QStringLiteral("prisma"), QStringLiteral("map"),
            QStringLiteral("charts"),  QStringLiteral("items"),  QStringLiteral("codebook")};
}

ReportWriter::Section ReportWriter::sectionOf(const QString &name)
{
    const qsizetype i = sectionNames().indexOf(name.trimmed().toLower());
    return i < 0 ? Section(0) : Section(1 << i);
}

std::optional<ReportWriter::Sections> ReportWriter::parseSections(const QString &list)
{
    Sections sections;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Section section = sectionOf(name);
        if (section == 0)
            return std::nullopt;
        sections |= section;
    }
    if (!sections)
        return std::nullopt;
    return sections;
}

QString ReportWriter::sectionTitle(Section section)
{
    switch (section) {
    case Summary:
        return tr("Summary of the project");
    case Prisma:
        return tr("PRISMA 2020 flow diagram");
    case Map:
        return tr("Evidence map");
    case Charts:
        return tr("Charts");
    case Items:
        return tr("Included items and their codes");
    case Codebook:
        return tr("Appendix: codebook");
    }
    return {};
}

Status ReportWriter::write(const Project &project, const QString &path)
{
    return write(project, path, Options{});
}

Status ReportWriter::write(const Project &project, const QString &path, const Options &options)
{
    if (!FigureWriter::canPaint())
        return failure(tr("writing a PDF report needs fonts, which need a graphical application"));
    const auto stopped = [&options] { return options.cancelled && options.cancelled->load(); };
    const auto reached = [&options](int percent) {
        if (options.progress)
            options.progress(percent);
    };
    const Error cancelled{Error::Kind::Cancelled,
                          tr("the report was cancelled; nothing was written")};
    const Sections sections = options.sections;
    if (!sections)
        return Error{Error::Kind::Usage, tr("choose at least one section of the report")};
    const QString title = options.title.trimmed().isEmpty() ? project.name() : options.title;
    reached(0);
    Result<ProjectInfo> info = ProjectInfo::read(const_cast<Project &>(project));
    if (!info)
        return info.error();
    Result<PrismaCounts> prisma = PrismaCounts::read(project);
    if (!prisma)
        return prisma.error();
    Result<MapCodebook> codebook = MapCodebook::read(project);
    if (!codebook)
        return codebook.error();
    const Blinding viewer(const_cast<Project &>(project), options.viewerId);
    EvidenceMapQuery query = options.map;
    query.codingSource = viewer.codingSource(query.codingSource);
    const EvidenceMapQuery defaults = EvidenceMapQuery::defaults(codebook.value());
    if (query.rows.isEmpty())
        query.rows = defaults.rows;
    if (query.columns.isEmpty())
        query.columns = defaults.columns;
    if (query.colour.isEmpty() && options.map.rows.isEmpty())
        query.colour = defaults.colour;
    std::optional<EvidenceMap> map; // none without two dimensions in the codebook
    if (!query.rows.isEmpty() && !query.columns.isEmpty()) {
        Result<EvidenceMap> built = query.run(project);
        if (!built)
            return built.error();
        map = built.value();
    }
    Result<QList<ChartData>> charts = ProjectCharts::all(project, viewer, query.scope);
    if (!charts)
        return charts.error();
    Result<ScreeningScope> scope = EvidenceMapQuery::resolveScope(project, query.scope);
    if (!scope)
        return scope.error();
    const QString scopeText = EvidenceMap::scopeDescription(scope.value());
    if (stopped())
        return cancelled;
    reached(30);

    OutputFile file(path);
    if (Status s = file.open(); !s)
        return s;
    {
        QPdfWriter writer(&file.device());
        writer.setTitle(tr("%1: evidence map report").arg(title));
        writer.setCreator(QStringLiteral("EviMap"));
        writer.setResolution(dpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageOrientation(QPageLayout::Portrait);
        QPainter painter(&writer);
        if (!painter.isActive())
            return failure(tr("%1 could not be written as PDF").arg(path));
        painter.setRenderHint(QPainter::Antialiasing);
        ReportPages pages(writer, painter, tr("%1 — evidence map report (EviMap)").arg(title));

        // 1. The title, the summary and PRISMA.
        pages.newPage(QPageLayout::Portrait);
        QTextDocument summary;
        summary.setDefaultFont(documentFont());
        summary.documentLayout()->setPaintDevice(&writer);
        summary.setPageSize(QSizeF(pages.content().width(), pages.content().height()));
        summary.setDocumentMargin(0);
        ProjectProperties properties = ProjectProperties::read(project);
        if (!options.authors.isEmpty())
            properties.authors = options.authors;
        QString front = titleHtml(title, properties);
        if (sections & Summary)
            front += summaryHtml(project, info.value(), prisma.value(), scopeText);
        summary.setHtml(front);
        pages.text(summary);
        if (sections & Prisma) {
            const PrismaFigure prismaFigure(prisma.value());
            if (pages.remaining() < pages.content().height() * 0.5)
                pages.newPage(QPageLayout::Portrait);
            pages.heading(sectionTitle(Prisma));
            pages.figure(prismaFigure);
        }

        if (stopped())
            return cancelled;
        reached(40);

        // 2. The evidence map, on a landscape page when it is wide.
        if (map && (sections & Map)) {
            const EvidenceMapFigure mapFigure(*map);
            const bool wide = mapFigure.size().width() > mapFigure.size().height();
            pages.newPage(wide ? QPageLayout::Landscape : QPageLayout::Portrait);
            pages.figure(mapFigure);
        }

        // 3. Charts, two to a page.
        int onPage = 0;
        const QList<ChartData> chartList =
            (sections & Charts) ? charts.value() : QList<ChartData>();
        for (const ChartData &chart : chartList) {
            if (stopped())
                return cancelled;
            const ChartFigure figure(chart);
            if (onPage == 0 || pages.remaining() < pages.content().height() * 0.3) {
                pages.newPage(QPageLayout::Portrait);
                if (onPage == 0)
                    pages.heading(sectionTitle(Charts));
                onPage = 0;
            }
            pages.figure(figure, pages.content().height() * 0.46);
            ++onPage;
        }

        reached(60);

        // 4. Included items; 5. the codebook.
        if (map && (sections & Items)) {
            pages.newPage(QPageLayout::Portrait);
            QTextDocument items;
            items.setDefaultFont(documentFont());
            items.setHtml(itemsHtml(*map, codebook.value()));
            if (!pages.document(items, QPageLayout::Portrait, stopped))
                return cancelled;
        }
        reached(90);
        if (sections & Codebook) {
            pages.newPage(QPageLayout::Portrait);
            QTextDocument appendix;
            appendix.setDefaultFont(documentFont());
            appendix.setHtml(codebookHtml(codebook.value()));
            if (!pages.document(appendix, QPageLayout::Portrait, stopped))
                return cancelled;
        }
        painter.end();
    }
    if (stopped())
        return cancelled;
    if (Status s = file.commit(); !s)
        return s;
    reached(100);
    return {};
}

} // namespace evimap
