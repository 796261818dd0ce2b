#pragma once

#include "core/result.h"
#include "maps/evidencemap.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace evimap {

class Blinding;
class Project;

struct ChartSeries
{
    QString label;
    QList<double> values;  // one per category
    bool notCoded = false; // the items without a code: drawn in neutral grey
};

// The numbers of one bar chart: categories along one axis, stacked series, and the words
// around them. Drawn by ChartFigure (SVG, PNG, PDF, report) and by the window's Qt Charts view.
struct ChartData
{
    enum class Orientation
    {
        Vertical,
        Horizontal
    };

    QString id; // "items-by-year", "items-by-country", ...
    QString title;
    QString label; // short, for a tab: "By year", "Agreement"
    QString subtitle;
    QString categoryAxis;
    QString valueAxis;
    QStringList categories;
    QList<ChartSeries> series;
    Orientation orientation = Orientation::Vertical;
    // Why the chart is empty or was skipped (shown instead of bars).
    QString note;

    bool isEmpty() const;
    double maxStack() const;
    // The numbers in words, for screen readers: each category's total and, when the bars are
    // stacked, what makes it up ("2019: 3 (RCT 2, Pre-post 1); 2020: 0").
    QString description() const;
};

// The charts of a project: items by year (stacked by study design, or by source type), by
// country, by setting; screening progress per reviewer; agreement over time.
class ProjectCharts final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCharts)

public:
    // Items per publication year, stacked by the codes of `stack` (top-level codes; items
    // without one in "Not coded"). Every year between the first and the last appears, so gaps
    // in time show; items without a year are counted in "n.d.".
    static ChartData itemsByYear(const QList<EvidenceMapItem> &items, const MapDimension *stack,
                                 const QString &scopeText);
    // Items per code of `dimension` (sub-codes count for their parent), as horizontal bars.
    static ChartData itemsByCode(const QList<EvidenceMapItem> &items, const MapDimension &dimension,
                                 const QString &scopeText, const QString &id);
    // Decisions per reviewer and stage, stacked by decision. The charts of screening count the
    // decisions the viewer may see (Blinding), those of items the codes they may see.
    static Result<ChartData> screeningProgress(const Project &project, const Blinding &viewer);
    // Agreement between reviewers at title/abstract per month (of the later decision of each
    // pair), pooled over pairs of reviewers: percent agreement as bars, Cohen's kappa in the
    // labels. "Unsure" counts as include, as in the screening statistics (Agreement).
    static Result<ChartData> agreementOverTime(const Project &project, const Blinding &viewer);

    // All of the above for a project, in the scope given (Auto: as the map's default).
    static Result<QList<ChartData>> all(const Project &project, const Blinding &viewer,
                                        ScreeningScope scope = ScreeningScope::Auto);
};

} // namespace evimap
