#include "ranking/simulationrunner.h"

#include "ranking/relevanceranker.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace evimap {

quint64 SimulationRunner::splitmix64(quint64 x)
{
    quint64 z = x + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int SimulationRunner::batchSize(int screened, int records)
{
    return std::max(1, std::min(screened / 20, records / 200));
}

double ScreeningMetrics::wss(const std::vector<int> &foundAt, int records, double recall)
{
    if (foundAt.empty() || records <= 0)
        return 0;
    const int need = std::max(1, int(std::ceil(recall * double(foundAt.size()) - 1e-9)));
    return double(records - foundAt[need - 1]) / records - (1.0 - recall);
}

ScreeningMetrics ScreeningMetrics::compute(const std::vector<int> &foundAt, int records)
{
    ScreeningMetrics m;
    if (foundAt.empty())
        return m;
    m.wss95 = wss(foundAt, records, 0.95);
    m.wss100 = wss(foundAt, records, 1.0);
    const int top = int(std::ceil(records / 10.0));
    m.rrf10 =
        double(std::count_if(foundAt.begin(), foundAt.end(), [&](int p) { return p <= top; })) /
        double(foundAt.size());
    return m;
}

Result<SimulationResult> SimulationRunner::run(const LabelledDataset &data, const Options &options,
                                               const std::atomic_bool *cancelled,
                                               const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    SimulationResult result;
    result.dataset = data.name;
    result.records = data.size();
    result.relevant = data.relevant();
    result.settings = options.ranking;
    const int n = result.records;
    std::vector<int> includes, excludes;
    for (int i = 0; i < n; ++i)
        (data.labels[i] == 1 ? includes : excludes).push_back(i);
    if (includes.empty() || excludes.empty())
        return Error{
            Error::Kind::InputRefused,
            tr("%1: a simulation needs relevant and irrelevant records (%2 relevant of %3)")
                .arg(data.name)
                .arg(includes.size())
                .arg(n)};
    if (options.seeds < 1)
        return Error{Error::Kind::Usage, tr("at least one seed is needed")};
    result.stopAfter = options.stopAfter > 0 ? options.stopAfter : std::max(50, n / 20);

    Result<SparseMatrix> features =
        RelevanceRanker::features(data.texts, options.ranking, cancelled);
    if (!features)
        return features.error();

    const int total = int(includes.size());
    for (int s = 0; s < options.seeds; ++s) {
        SimulationRun run;
        run.seed = options.firstSeed + s;
        run.priorRelevant = includes[splitmix64(2 * quint64(run.seed)) % includes.size()];
        run.priorIrrelevant = excludes[splitmix64(2 * quint64(run.seed) + 1) % excludes.size()];
        std::vector<qint8> labels(n, Label::Unscreened);
        std::vector<int> order = {run.priorRelevant, run.priorIrrelevant};
        labels[run.priorRelevant] = Label::Relevant;
        labels[run.priorIrrelevant] = Label::Irrelevant;
        run.foundAt.push_back(1);
        Ranking lastRanking;
        while (int(run.foundAt.size()) < total) {
            Result<Ranking> ranking =
                RelevanceRanker::rank(features.value(), labels, options.ranking, int(order.size()),
                                      cancelled, {}, run.trainings > 0 ? &lastRanking : nullptr);
            if (!ranking)
                return ranking.error();
            ++run.trainings;
            const int k = batchSize(int(order.size()), n);
            for (int j = 0; j < k && j < int(ranking->order.size()); ++j) {
                const int record = ranking->order[j];
                order.push_back(record);
                labels[record] = data.labels[record];
                if (data.labels[record] == 1)
                    run.foundAt.push_back(int(order.size()));
            }
            lastRanking = std::move(ranking.value());
            if (progress)
                progress(int((100.0 * s + 100.0 * run.foundAt.size() / total) / options.seeds));
        }
        run.metrics = ScreeningMetrics::compute(run.foundAt, n);

        // The consecutive-irrelevant rule: the first position where the streak reaches
        // stopAfter (after the last relevant record, every record is irrelevant).
        run.stoppedAt = n;
        int previous = 0;
        int found = 0;
        for (int position : run.foundAt) {
            if (position - previous - 1 >= result.stopAfter) {
                run.stoppedAt = previous + result.stopAfter;
                break;
            }
            previous = position;
            ++found;
        }
        if (found == total)
            run.stoppedAt = std::min(n, previous + result.stopAfter);
        run.recallAtStop = double(found) / total;
        result.runs.append(run);
    }

    // Means over seeds.
    const double seeds = double(result.runs.size());
    result.recallCurve.assign(101, 0.0);
    for (const SimulationRun &run : std::as_const(result.runs)) {
        result.mean.wss95 += run.metrics.wss95 / seeds;
        result.mean.wss100 += run.metrics.wss100 / seeds;
        result.mean.rrf10 += run.metrics.rrf10 / seeds;
        result.meanRecallAtStop += run.recallAtStop / seeds;
        result.meanScreenedAtStop += double(run.stoppedAt) / n / seeds;
        for (int p = 0; p <= 100; ++p) {
            const int screened = int(std::floor(p / 100.0 * n + 1e-9));
            const auto found = std::upper_bound(run.foundAt.begin(), run.foundAt.end(), screened) -
                               run.foundAt.begin();
            result.recallCurve[p] += double(found) / total / seeds;
        }
    }
    result.seconds = timer.elapsed() / 1000.0;
    return result;
}

QJsonObject SimulationResult::toJson(bool withRuns) const
{
    QJsonArray curve;
    for (double r : recallCurve)
        curve.append(std::round(r * 10000) / 10000);
    QJsonObject json{
        {QStringLiteral("dataset"), dataset},
        {QStringLiteral("records"), records},
        {QStringLiteral("relevant"), relevant},
        {QStringLiteral("seeds"), int(runs.size())},
        {QStringLiteral("settings"), settings.toJson()},
        {QStringLiteral("wss95"), mean.wss95},
        {QStringLiteral("wss100"), mean.wss100},
        {QStringLiteral("rrf10"), mean.rrf10},
        {QStringLiteral("recall_curve"), curve},
        {QStringLiteral("recall_curve_note"),
         QStringLiteral("mean recall after screening 0%, 1%, ..., 100% of the records")},
        {QStringLiteral("stop_after_irrelevant_in_a_row"), stopAfter},
        {QStringLiteral("recall_at_stop"), meanRecallAtStop},
        {QStringLiteral("screened_at_stop"), meanScreenedAtStop},
        {QStringLiteral("seconds"), seconds},
    };
    if (withRuns) {
        QJsonArray list;
        for (const SimulationRun &run : runs)
            list.append(QJsonObject{{QStringLiteral("seed"), run.seed},
                                    {QStringLiteral("prior_relevant"), run.priorRelevant},
                                    {QStringLiteral("prior_irrelevant"), run.priorIrrelevant},
                                    {QStringLiteral("trainings"), run.trainings},
                                    {QStringLiteral("wss95"), run.metrics.wss95},
                                    {QStringLiteral("wss100"), run.metrics.wss100},
                                    {QStringLiteral("rrf10"), run.metrics.rrf10},
                                    {QStringLiteral("stopped_at"), run.stoppedAt},
                                    {QStringLiteral("recall_at_stop"), run.recallAtStop}});
        json.insert(QStringLiteral("runs"), list);
    }
    return json;
}

QString SimulationResult::toText() const
{
    QString text = SimulationRunner::tr("%1: %2 records, %3 relevant, %4 seeds, model %5\n")
                       .arg(dataset)
                       .arg(records)
                       .arg(relevant)
                       .arg(runs.size())
                       .arg(RankingSettings::modelId(settings.model));
    text += SimulationRunner::tr("  WSS@95 %1   WSS@100 %2   RRF@10 %3   (%4 s)\n")
                .arg(mean.wss95, 0, 'f', 3)
                .arg(mean.wss100, 0, 'f', 3)
                .arg(mean.rrf10, 0, 'f', 3)
                .arg(seconds, 0, 'f', 1);
    text += SimulationRunner::tr("  recall after screening 10%: %1, 25%: %2, 50%: %3\n")
                .arg(recallCurve.at(10), 0, 'f', 3)
                .arg(recallCurve.at(25), 0, 'f', 3)
                .arg(recallCurve.at(50), 0, 'f', 3);
    text += SimulationRunner::tr("  stopping after %1 irrelevant in a row: recall %2 with %3% "
                                 "screened (mean over seeds)\n")
                .arg(stopAfter)
                .arg(meanRecallAtStop, 0, 'f', 3)
                .arg(100 * meanScreenedAtStop, 0, 'f', 1);
    return text;
}

} // namespace evimap
