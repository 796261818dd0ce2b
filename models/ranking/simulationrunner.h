#pragma once

#include "core/result.h"
#include "ranking/labelleddataset.h"
#include "ranking/rankingsettings.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <vector>

namespace evimap {

// Work saved and found early, from the screening positions of the relevant records.
struct ScreeningMetrics
{
    double wss95 = 0;  // (N - screened at 95% recall) / N - 0.05
    double wss100 = 0; // (N - screened at 100% recall) / N
    double rrf10 = 0;  // share of the relevant found in the first 10% screened

    // `foundAt`: 1-based screening positions of all relevant records, ascending.
    static ScreeningMetrics compute(const std::vector<int> &foundAt, int records);
    static double wss(const std::vector<int> &foundAt, int records, double recall);
};

// One replay with one seed.
struct SimulationRun
{
    int seed = 0;
    int priorRelevant = -1; // index of the record the replay starts with as the first include
    int priorIrrelevant = -1;
    std::vector<int> foundAt; // screening positions of the relevant records
    int trainings = 0;
    ScreeningMetrics metrics;
    // The stopping aid's rule "stop after `stopAfter` irrelevant in a row": where it stops and
    // the recall reached there.
    int stoppedAt = 0;
    double recallAtStop = 0;
};

struct SimulationResult
{
    QString dataset;
    int records = 0;
    int relevant = 0;
    RankingSettings settings;
    QList<SimulationRun> runs;
    ScreeningMetrics mean;
    std::vector<double> recallCurve; // mean recall after screening 0%, 1%, ..., 100%
    int stopAfter = 0;
    double meanRecallAtStop = 0;
    double meanScreenedAtStop = 0; // share of the records
    double seconds = 0;

    QJsonObject toJson(bool withRuns = true) const;
    QString toText() const;
};

// Replays a labelled dataset as a reviewer would screen it with the ranking: seed s starts
// from one include and one exclude picked by splitmix64 (the first include is
// includes[splitmix64(2s) % #includes], the exclude excludes[splitmix64(2s + 1) % #excludes],
// lists in file order; both count as screened), then trains, screens the next k records in
// ranked order, and retrains, with k = max(1, min(screened / 20, N / 200)) (every record at
// first, growing for big sets), until every relevant record is found. The reference script
// tests/benchmarks/ranking_reference.py follows the same protocol with scikit-learn.
class SimulationRunner final
{
    Q_DECLARE_TR_FUNCTIONS(SimulationRunner)

public:
    struct Options
    {
        RankingSettings ranking;
        int seeds = 5;
        int firstSeed = 0;
        int stopAfter = 0; // 0: max(50, N / 20)
    };
    using Progress = std::function<void(int percent)>;

    static Result<SimulationResult> run(const LabelledDataset &data, const Options &options,
                                        const std::atomic_bool *cancelled = nullptr,
                                        const Progress &progress = {});

    static quint64 splitmix64(quint64 x);
    static int batchSize(int screened, int records);
};

} // namespace evimap
