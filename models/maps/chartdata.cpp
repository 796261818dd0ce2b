#include "maps/chartdata.h"

#include "maps/evidencemapquery.h"
#include "maps/mapstore.h"
#include "project/project.h"
#include "screening/agreement.h"
#include "team/blinding.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace evimap {

namespace {

// The screening decisions the viewer may see, in MapStore::decisions() order.
Result<QList<MapStore::ChartDecision>> visibleDecisions(const Project &project,
                                                        const Blinding &viewer)
{
    Result<QList<MapStore::ChartDecision>> rows = MapStore(project.database()).decisions();
    if (!rows || viewer.seesAllScreening())
        return rows;
    QList<ScreeningDecision> all;
    all.reserve(rows->size());
    for (const MapStore::ChartDecision &row : std::as_const(rows.value()))
        all.append(row.decision);
    QSet<qint64> shown;
    for (const ScreeningDecision &d : viewer.visible(all))
        shown.insert(d.id);
    rows->removeIf(
        [&shown](const MapStore::ChartDecision &row) { return !shown.contains(row.decision.id); });
    return rows;
}

} // namespace

bool ChartData::isEmpty() const
{
    for (const ChartSeries &s : series) {
        for (double v : s.values) {
            if (v != 0)
                return false;
        }
    }
    return true;
}

QString ChartData::description() const
{
    QStringList parts;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        double total = 0;
        QStringList split;
        for (const ChartSeries &s : series) {
            const double v = s.values.value(c);
            total += v;
            if (v != 0)
                split << QStringLiteral("%1 %2").arg(s.label, QString::number(v));
        }
        QString part = QStringLiteral("%1: %2").arg(categories.at(c), QString::number(total));
        if (series.size() > 1 && !split.isEmpty())
            part += QStringLiteral(" (%1)").arg(split.join(QStringLiteral(", ")));
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

double ChartData::maxStack() const
{
    double most = 0;
    for (int c = 0; c < categories.size(); ++c) {
        double sum = 0;
        for (const ChartSeries &s : series)
            sum += s.values.value(c);
        most = std::max(most, sum);
    }
    return most;
}

ChartData ProjectCharts::itemsByYear(const QList<EvidenceMapItem> &items, const MapDimension *stack,
                                     const QString &scopeText)
{
    ChartData chart;
    chart.id = QStringLiteral("items-by-year");
    chart.label = tr("By year");
    chart.orientation = ChartData::Orientation::Vertical;
    chart.categoryAxis = tr("Year of publication");
    chart.valueAxis = tr("Items");
    chart.subtitle = scopeText;
    int first = 0, last = 0;
    bool undated = false;
    for (const EvidenceMapItem &item : items) {
        if (item.year <= 0) {
            undated = true;
            continue;
        }
        first = first == 0 ? item.year : std::min(first, item.year);
        last = std::max(last, item.year);
    }
    for (int y = first; first > 0 && y <= last; ++y)
        chart.categories << QString::number(y);
    if (undated)
        chart.categories << tr("n.d.");
    auto categoryOf = [&](const EvidenceMapItem &item) {
        return item.year > 0 ? item.year - first : int(chart.categories.size()) - 1;
    };

    QList<QList<qint64>> groups; // per series: the codes (with sub-codes) it stands for
    if (stack) {
        chart.title = tr("Items by year and %1").arg(stack->label.toLower());
        for (const MapCode &code : stack->topLevelCodes()) {
            // Sub-codes follow their parent in tree order: the run after it.
            QList<qint64> ids{code.id};
            const qsizetype at = std::find_if(stack->codes.begin(), stack->codes.end(),
                                              [&](const MapCode &c) { return c.id == code.id; }) -
                                 stack->codes.begin();
            for (qsizetype i = at + 1; i < stack->codes.size() && stack->codes.at(i).depth > 1; ++i)
                ids << stack->codes.at(i).id;
            groups << ids;
            chart.series.append({code.label, QList<double>(chart.categories.size(), 0)});
        }
        chart.series.append({tr("Not coded"), QList<double>(chart.categories.size(), 0), true});
    } else {
        chart.title = tr("Items by year");
        chart.series.append({tr("Items"), QList<double>(chart.categories.size(), 0)});
    }
    for (const EvidenceMapItem &item : items) {
        const int c = categoryOf(item);
        if (!stack) {
            chart.series[0].values[c] += 1;
            continue;
        }
        bool coded = false;
        for (int s = 0; s < groups.size(); ++s) {
            if (std::any_of(groups.at(s).begin(), groups.at(s).end(),
                            [&](qint64 id) { return item.hasCode(id); })) {
                chart.series[s].values[c] += 1;
                coded = true;
            }
        }
        if (!coded)
            chart.series.last().values[c] += 1;
    }
    // Keep the legend to what occurs.
    chart.series.erase(std::remove_if(chart.series.begin(), chart.series.end(),
                                      [](const ChartSeries &s) {
                                          return std::all_of(s.values.begin(), s.values.end(),
                                                             [](double v) { return v == 0; });
                                      }),
                       chart.series.end());
    if (items.isEmpty())
        chart.note = tr("No items in scope yet.");
    return chart;
}

ChartData ProjectCharts::itemsByCode(const QList<EvidenceMapItem> &items,
                                     const MapDimension &dimension, const QString &scopeText,
                                     const QString &id)
{
    ChartData chart;
    chart.id = id;
    chart.orientation = ChartData::Orientation::Horizontal;
    chart.title = tr("Items by %1").arg(dimension.label.toLower());
    chart.label = tr("By %1").arg(dimension.label.toLower());
    chart.subtitle = scopeText;
    chart.categoryAxis = dimension.label;
    chart.valueAxis = tr("Items");
    ChartSeries series{tr("Items"), {}};
    const QList<MapCode> top = dimension.topLevelCodes();
    QList<bool> anyCode(items.size(), false);
    for (const MapCode &code : top) {
        const qsizetype at = std::find_if(dimension.codes.begin(), dimension.codes.end(),
                                          [&](const MapCode &c) { return c.id == code.id; }) -
                             dimension.codes.begin();
        QList<qint64> ids{code.id};
        for (qsizetype i = at + 1; i < dimension.codes.size() && dimension.codes.at(i).depth > 1;
             ++i)
            ids << dimension.codes.at(i).id;
        double n = 0;
        for (int i = 0; i < items.size(); ++i) {
            if (std::any_of(ids.begin(), ids.end(),
                            [&](qint64 cid) { return items.at(i).hasCode(cid); })) {
                n += 1;
                anyCode[i] = true;
            }
        }
        chart.categories << code.label;
        series.values << n;
    }
    chart.categories << tr("Not coded");
    series.values << double(std::count(anyCode.begin(), anyCode.end(), false));
    chart.series << series;
    if (items.isEmpty())
        chart.note = tr("No items in scope yet.");
    return chart;
}

Result<ChartData> ProjectCharts::screeningProgress(const Project &project, const Blinding &viewer)
{
    Result<QList<MapStore::ChartDecision>> rows = visibleDecisions(project, viewer);
    if (!rows)
        return rows.error();
    ChartData chart;
    chart.id = QStringLiteral("screening-progress");
    chart.orientation = ChartData::Orientation::Horizontal;
    chart.title = tr("Screening progress per reviewer");
    chart.label = tr("Screening progress");
    chart.subtitle = tr("Decisions made by each reviewer at title/abstract (TA) and full-text (FT) "
                        "screening; duplicates left out.");
    if (!viewer.seesAllScreening())
        chart.subtitle += QLatin1Char(' ') + tr("Others' decisions count once a record is "
                                                "settled (blind screening).");
    chart.categoryAxis = tr("Reviewer and stage");
    chart.valueAxis = tr("Decisions");
    const QList<Decision> decisions = {Decision::Include, Decision::Unsure, Decision::Exclude};
    chart.series = {{tr("Include"), {}}, {tr("Unsure"), {}}, {tr("Exclude"), {}}};
    QString lastKey;
    for (const MapStore::ChartDecision &row : std::as_const(rows.value())) {
        const ScreeningDecision &d = row.decision;
        const QString key = QString::number(d.reviewerId) + ScreeningNames::stageKey(d.stage);
        if (key != lastKey) {
            lastKey = key;
            chart.categories << QStringLiteral("%1 — %2").arg(
                row.reviewer, d.stage == ScreeningStage::TitleAbstract ? tr("TA") : tr("FT"));
            for (ChartSeries &s : chart.series)
                s.values << 0;
        }
        chart.series[decisions.indexOf(d.decision)].values.last() += 1;
    }
    if (chart.categories.isEmpty())
        chart.note = tr("No screening decisions yet.");
    return chart;
}

Result<ChartData> ProjectCharts::agreementOverTime(const Project &project, const Blinding &viewer)
{
    Result<QList<MapStore::ChartDecision>> rows = visibleDecisions(project, viewer);
    if (!rows)
        return rows.error();
    ChartData chart;
    chart.id = QStringLiteral("agreement-over-time");
    chart.orientation = ChartData::Orientation::Horizontal;
    chart.title = tr("Agreement between reviewers at title/abstract, by month");
    chart.label = tr("Agreement");
    chart.categoryAxis = tr("Month (of the second decision)");
    chart.valueAxis = tr("Percent agreement");
    // Each record's title/abstract decisions (by reviewer), then every pair of reviewers on it.
    QMap<qint64, QList<ScreeningDecision>> byRecord;
    for (const MapStore::ChartDecision &row : std::as_const(rows.value())) {
        if (row.decision.stage == ScreeningStage::TitleAbstract)
            byRecord[row.decision.recordId].append(row.decision);
    }
    // Month -> the two reviewers' ratings (1: include or unsure, 0: exclude).
    QMap<QString, QPair<QList<int>, QList<int>>> months;
    QList<int> allA, allB;
    for (const QList<ScreeningDecision> &record : std::as_const(byRecord)) {
        for (qsizetype i = 0; i < record.size(); ++i) {
            for (qsizetype j = i + 1; j < record.size(); ++j) {
                const int a = record.at(i).decision == Decision::Exclude ? 0 : 1;
                const int b = record.at(j).decision == Decision::Exclude ? 0 : 1;
                auto &month =
                    months[std::max(record.at(i).decidedAt, record.at(j).decidedAt).left(7)];
                month.first << a;
                month.second << b;
                allA << a;
                allB << b;
            }
        }
    }
    auto kappaText = [](const std::optional<double> &kappa) {
        return kappa ? QString::number(*kappa, 'f', 2) : tr("undefined");
    };
    ChartSeries series{tr("Percent agreement"), {}, false};
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        const std::optional<double> p = Agreement::percentAgreement(it->first, it->second);
        chart.categories << tr("%1 (κ %2, %3 pairs)")
                                .arg(it.key(),
                                     kappaText(Agreement::cohenKappa(it->first, it->second)))
                                .arg(it->first.size());
        series.values << (p ? *p * 100.0 : 0.0);
    }
    chart.series << series;
    if (allA.isEmpty()) {
        chart.note = tr("No record has decisions from two reviewers at title/abstract yet.");
    } else {
        chart.subtitle =
            tr("All months: %1% agreement, Cohen's κ %2, over %3 pairs of decisions; "
               "\"unsure\" counts as include.")
                .arg(QString::number(*Agreement::percentAgreement(allA, allB) * 100.0, 'f', 1),
                     kappaText(Agreement::cohenKappa(allA, allB)))
                .arg(allA.size());
    }
    return chart;
}

Result<QList<ChartData>> ProjectCharts::all(const Project &project, const Blinding &viewer,
                                            ScreeningScope scope)
{
    Result<MapCodebook> codebook = MapCodebook::read(project);
    if (!codebook)
        return codebook.error();
    Result<ScreeningScope> resolved = EvidenceMapQuery::resolveScope(project, scope);
    if (!resolved)
        return resolved.error();
    Result<QList<EvidenceMapItem>> items = EvidenceMapQuery::loadItems(
        project, codebook.value(), resolved.value(), 0, 0,
        viewer.codingSource(CodingSource::ReconciledElseReviewers), false);
    if (!items)
        return items.error();
    const QString scopeText =
        tr("%1 %2.").arg(items->size()).arg(EvidenceMap::scopeDescription(resolved.value()));

    QList<ChartData> charts;
    const MapDimension *stack =
        codebook->firstDimension({QStringLiteral("design"), QStringLiteral("Study design"),
                                  QStringLiteral("source-type"), QStringLiteral("Source type")});
    charts << itemsByYear(items.value(), stack, scopeText);
    for (const auto &[key, label, id] :
         {std::tuple{QStringLiteral("country"), QStringLiteral("Country"),
                     QStringLiteral("items-by-country")},
          std::tuple{QStringLiteral("setting"), QStringLiteral("Setting"),
                     QStringLiteral("items-by-setting")}}) {
        if (const MapDimension *d = codebook->firstDimension({key, label})) {
            charts << itemsByCode(items.value(), *d, scopeText, id);
        } else {
            ChartData missing;
            missing.id = id;
            missing.title = tr("Items by %1").arg(label.toLower());
            missing.label = tr("By %1").arg(label.toLower());
            missing.note = tr("Not drawn: the codebook has no \"%1\" dimension.").arg(key);
            charts << missing;
        }
    }
    Result<ChartData> progress = screeningProgress(project, viewer);
    if (!progress)
        return progress.error();
    Result<ChartData> agreement = agreementOverTime(project, viewer);
    if (!agreement)
        return agreement.error();
    charts << progress.value() << agreement.value();
    return charts;
}

} // namespace evimap
