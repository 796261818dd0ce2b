#include "maps/prismafigure.h"

#include "maps/textmetrics.h"

#include <algorithm>

namespace evimap {

namespace {

constexpr double margin = 24;
constexpr double phaseWidth = 30;
constexpr double boxWidth = 272;
constexpr double sideGap = 38;
constexpr double columnGap = 46;
constexpr double textSize = 12;
constexpr double lineHeight = 16;
constexpr double padding = 10;
constexpr double rowGap = 36;
constexpr double headerHeight = 42;
constexpr double footSize = 10.5;
constexpr double footLine = 14;

const QColor databasesHeader(0xF6, 0xCF, 0x5F);
const QColor otherHeader(0xD9, 0xD9, 0xD9);
const QColor phaseFill(0xAE, 0xCB, 0xEA);

QString n(qint64 value)
{
    // No-break spaces keep "(n = 12)" on one line.
    return QStringLiteral("(n\u00A0=\u00A0%1)").arg(value);
}

double slotX(int slot)
{
    const double x0 = margin + phaseWidth + 14;
    switch (slot) {
    case 0:
        return x0;
    case 1:
        return x0 + boxWidth + sideGap;
    case 2:
        return x0 + 2 * boxWidth + sideGap + columnGap;
    default:
        return x0 + 3 * boxWidth + 2 * sideGap + columnGap;
    }
}

TextStyle textStyle(double size, bool bold = false, QColor colour = Palette::ink(),
                    TextStyle::Anchor anchor = TextStyle::Start)
{
    TextStyle s;
    s.size = size;
    s.bold = bold;
    s.colour = colour;
    s.anchor = anchor;
    return s;
}

} // namespace

PrismaFigure::PrismaFigure(const PrismaCounts &counts)
    : m_counts(counts)
{
    layout();
}

QString PrismaFigure::title() const
{
    if (!m_counts.registration.isEmpty())
        return tr("PRISMA 2020 flow diagram: %1 (%2)")
            .arg(m_counts.projectName, m_counts.registration);
    return tr("PRISMA 2020 flow diagram: %1").arg(m_counts.projectName);
}

void PrismaFigure::layout()
{
    const PrismaCounts &c = m_counts;
    const bool other = c.hasOtherMethods();
    const int rows = 5;
    // Text of every box, before wrapping: [row][slot] -> (text, indent, muted).
    QList<QList<QList<Line>>> text(rows, QList<QList<Line>>(4));
    auto add = [&](int row, int slot, const QString &t, double indent = 0, bool muted = false) {
        text[row][slot].append({t, indent, muted});
    };

    // Identification.
    const PrismaFlow &db = c.databases;
    add(0, 0, tr("Records identified from:"));
    qint64 databases = 0, registers = 0;
    for (const PrismaLine &line : db.identified)
        (line.route == QLatin1String("register") ? registers : databases) += line.count;
    add(0, 0, tr("Databases %1").arg(n(databases)), 12);
    for (const PrismaLine &line : db.identified) {
        if (line.route != QLatin1String("register"))
            add(0, 0, QStringLiteral("%1 %2").arg(line.label, n(line.count)), 24, true);
    }
    add(0, 0, tr("Registers %1").arg(n(registers)), 12);
    for (const PrismaLine &line : db.identified) {
        if (line.route == QLatin1String("register"))
            add(0, 0, QStringLiteral("%1 %2").arg(line.label, n(line.count)), 24, true);
    }
    add(0, 1, tr("Records removed before screening:"));
    add(0, 1, tr("Duplicate records removed %1").arg(n(db.duplicatesRemoved)), 12);
    add(0, 1,
        tr("Records marked as ineligible by automation tools %1").arg(n(db.automationRemoved)), 12);
    add(0, 1, tr("Records removed for other reasons %1").arg(n(db.otherRemoved)), 12);

    // Screening.
    add(1, 0, tr("Records screened %1").arg(n(db.screened)));
    if (db.awaitingScreening > 0)
        add(1, 0, tr("still awaiting a decision %1").arg(n(db.awaitingScreening)), 12, true);
    add(1, 1, tr("Records excluded %1").arg(n(db.screeningExcluded)));
    add(2, 0, tr("Reports sought for retrieval %1").arg(n(db.sought)));
    add(2, 1, tr("Reports not retrieved %1").arg(n(db.notRetrieved)));
    add(3, 0, tr("Reports assessed for eligibility %1").arg(n(db.assessed)));
    if (db.awaitingAssessment > 0)
        add(3, 0, tr("still awaiting a decision %1").arg(n(db.awaitingAssessment)), 12, true);
    add(3, 1, tr("Reports excluded:"));
    for (const PrismaLine &line : db.excludedReasons)
        add(3, 1, QStringLiteral("%1 %2").arg(line.label, n(line.count)), 12);
    if (db.excludedReasons.isEmpty())
        add(3, 1, tr("none %1").arg(n(0)), 12, true);

    // Included.
    add(4, 0, tr("Studies included in review %1").arg(n(c.studiesIncluded)));
    add(4, 0, tr("Reports of included studies %1").arg(n(c.reportsIncluded)));

    if (other) {
        const PrismaFlow &o = c.other;
        add(0, 2, tr("Records identified from:"));
        for (const PrismaLine &line : o.identified)
            add(0, 2, QStringLiteral("%1 %2").arg(line.label, n(line.count)), 12);
        add(2, 2, tr("Reports sought for retrieval %1").arg(n(o.sought)));
        if (o.duplicatesRemoved > 0)
            add(2, 2, tr("not sought: duplicates %1").arg(n(o.duplicatesRemoved)), 12, true);
        if (o.screeningExcluded > 0)
            add(2, 2, tr("not sought: excluded on title/abstract %1").arg(n(o.screeningExcluded)),
                12, true);
        if (o.awaitingScreening > 0)
            add(2, 2, tr("not sought yet: awaiting a decision %1").arg(n(o.awaitingScreening)), 12,
                true);
        add(2, 3, tr("Reports not retrieved %1").arg(n(o.notRetrieved)));
        add(3, 2, tr("Reports assessed for eligibility %1").arg(n(o.assessed)));
        if (o.awaitingAssessment > 0)
            add(3, 2, tr("still awaiting a decision %1").arg(n(o.awaitingAssessment)), 12, true);
        add(3, 3, tr("Reports excluded:"));
        for (const PrismaLine &line : o.excludedReasons)
            add(3, 3, QStringLiteral("%1 %2").arg(line.label, n(line.count)), 12);
        if (o.excludedReasons.isEmpty())
            add(3, 3, tr("none %1").arg(n(0)), 12, true);
    }

    // Wrap and size the rows.
    const double width = (other ? slotX(3) : slotX(1)) + boxWidth + margin;
    double y = margin + 26; // title
    m_headerTop = y + 8;
    y = m_headerTop + headerHeight + 22;
    m_boxes = QList<QList<Box>>(rows, QList<Box>(4));
    m_rowTops.clear();
    m_rowHeights.clear();
    for (int row = 0; row < rows; ++row) {
        double height = 0;
        for (int slot = 0; slot < 4; ++slot) {
            QList<Line> wrapped;
            for (const Line &line : std::as_const(text[row][slot])) {
                const QStringList parts = TextMetrics::wrap(
                    line.text, boxWidth - 2 * padding - line.indent - 4, textSize);
                for (int i = 0; i < parts.size(); ++i)
                    wrapped.append({parts.at(i), line.indent + (i > 0 ? 10 : 0), line.muted});
            }
            m_boxes[row][slot].lines = wrapped;
            if (!wrapped.isEmpty())
                height = std::max(height, wrapped.size() * lineHeight + 2 * padding);
        }
        if (row == rows - 1) // room for the rotated "Included" of its phase bar
            height = std::max(height, TextMetrics::width(tr("Included"), 13, true) + 24);
        m_rowTops << y;
        m_rowHeights << height;
        for (int slot = 0; slot < 4; ++slot) {
            if (!m_boxes[row][slot].lines.isEmpty())
                m_boxes[row][slot].rect = QRectF(slotX(slot), y, boxWidth, height);
        }
        y += height + rowGap;
    }

    // Notes and problems under the diagram.
    m_footTop = y - rowGap + 28;
    m_footLines.clear();
    m_footWarning.clear();
    const double footWidth = width - 2 * margin;
    const QStringList problems = c.check();
    if (!problems.isEmpty()) {
        for (const QString &line :
             TextMetrics::wrap(tr("Provisional: %1.").arg(problems.join(QStringLiteral("; "))),
                               footWidth, footSize)) {
            m_footLines << line;
            m_footWarning << true;
        }
    }
    for (const QString &note : c.notes) {
        for (const QString &line : TextMetrics::wrap(note, footWidth, footSize)) {
            m_footLines << line;
            m_footWarning << false;
        }
    }
    for (const QString &line : TextMetrics::wrap(
             tr("Counts from the project file; layout after the PRISMA 2020 template: Page MJ, "
                "McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement: an updated guideline "
                "for reporting systematic reviews. BMJ 2021;372:n71."),
             footWidth, footSize)) {
        m_footLines << line;
        m_footWarning << false;
    }
    m_size = QSizeF(width, m_footTop + m_footLines.size() * footLine + margin);
}

void PrismaFigure::draw(Canvas &canvas) const
{
    const bool other = m_counts.hasOtherMethods();
    canvas.text(QPointF(margin, margin + 14), title(), textStyle(16, true));

    // Column headers.
    const QRectF dbHeader(slotX(0), m_headerTop, slotX(1) + boxWidth - slotX(0), headerHeight);
    canvas.rect(dbHeader, Fill{databasesHeader, Fill::Solid}, Palette::ink(), 1.0, 8);
    canvas.text(QPointF(dbHeader.center().x(), dbHeader.center().y() + 5),
                tr("Identification of studies via databases and registers"),
                textStyle(13, true, Palette::ink(), TextStyle::Middle));
    if (other) {
        const QRectF otherRect(slotX(2), m_headerTop, slotX(3) + boxWidth - slotX(2), headerHeight);
        canvas.rect(otherRect, Fill{otherHeader, Fill::Solid}, Palette::ink(), 1.0, 8);
        canvas.text(QPointF(otherRect.center().x(), otherRect.center().y() + 5),
                    tr("Identification of studies via other methods"),
                    textStyle(13, true, Palette::ink(), TextStyle::Middle));
    }

    // Phase bars.
    struct Phase
    {
        QString name;
        int first, last;
    };
    const Phase phases[] = {
        {tr("Identification"), 0, 0}, {tr("Screening"), 1, 3}, {tr("Included"), 4, 4}};
    for (const Phase &phase : phases) {
        const double top = m_rowTops.at(phase.first);
        const double bottom = m_rowTops.at(phase.last) + m_rowHeights.at(phase.last);
        const QRectF bar(margin, top, phaseWidth, bottom - top);
        canvas.rect(bar, Fill{phaseFill, Fill::Solid}, Palette::ink(), 1.0, 8);
        TextStyle s = textStyle(13, true, Palette::ink(), TextStyle::Middle);
        s.rotation = -90;
        canvas.text(QPointF(bar.center().x() + 5, bar.center().y()), phase.name, s);
    }

    // Boxes.
    for (const QList<Box> &row : m_boxes) {
        for (const Box &box : row) {
            if (box.lines.isEmpty())
                continue;
            canvas.rect(box.rect, Fill{QColor(Qt::white), Fill::Solid}, Palette::ink(), 1.2);
            double y = box.rect.top() + padding + lineHeight - 4;
            for (const Line &line : box.lines) {
                canvas.text(
                    QPointF(box.rect.left() + padding + line.indent, y), line.text,
                    textStyle(textSize, false, line.muted ? Palette::mutedInk() : Palette::ink()));
                y += lineHeight;
            }
        }
    }

    // Arrows: down each main column, across to its side boxes, and from other methods into the
    // included box.
    const QColor ink = Palette::ink();
    auto rect = [&](int row, int slot) { return m_boxes.at(row).at(slot).rect; };
    for (int row = 0; row < 4; ++row) {
        canvas.arrow(QPointF(rect(row, 0).center().x(), rect(row, 0).bottom()),
                     QPointF(rect(row + 1, 0).center().x(), rect(row + 1, 0).top()), ink);
        canvas.arrow(QPointF(rect(row, 0).right(), rect(row, 0).center().y()),
                     QPointF(rect(row, 1).left(), rect(row, 0).center().y()), ink);
    }
    if (other) {
        canvas.arrow(QPointF(rect(0, 2).center().x(), rect(0, 2).bottom()),
                     QPointF(rect(2, 2).center().x(), rect(2, 2).top()), ink);
        canvas.arrow(QPointF(rect(2, 2).center().x(), rect(2, 2).bottom()),
                     QPointF(rect(3, 2).center().x(), rect(3, 2).top()), ink);
        for (int row : {2, 3})
            canvas.arrow(QPointF(rect(row, 2).right(), rect(row, 2).center().y()),
                         QPointF(rect(row, 3).left(), rect(row, 2).center().y()), ink);
        const QRectF included = rect(4, 0);
        const double x = rect(3, 2).center().x();
        const double y = included.center().y();
        canvas.line(QPointF(x, rect(3, 2).bottom()), QPointF(x, y), ink, 1.2);
        canvas.arrow(QPointF(x, y), QPointF(included.right(), y), ink);
    }

    double y = m_footTop;
    for (int i = 0; i < m_footLines.size(); ++i) {
        canvas.text(
            QPointF(margin, y), m_footLines.at(i),
            textStyle(footSize, m_footWarning.at(i),
                      m_footWarning.at(i) ? QColor(0xA8, 0x3C, 0x00) : Palette::mutedInk()));
        y += footLine;
    }
}

} // namespace evimap
