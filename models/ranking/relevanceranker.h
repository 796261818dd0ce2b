#pragma once

#include "core/result.h"
#include "ranking/rankingsettings.h"
#include "ranking/sparsematrix.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace evimap {

class Classifier;

// Labels of the records so far, one per record.
namespace Label {
constexpr qint8 Unscreened = -1;
constexpr qint8 Irrelevant = 0;
constexpr qint8 Relevant = 1;
constexpr qint8 Unsure = 2; // screened, but neither learnt from nor ranked
} // namespace Label

// The outcome of one training: a score per record and the order to screen the rest in.
struct Ranking
{
    std::vector<double> scores;  // per record: predicted relevance in (0, 1), not a probability
                                 // one could bet on (the classes are reweighted)
    std::vector<int> order;      // the unscreened records, in the order to screen them
    std::vector<bool> uncertain; // per entry of `order`: placed there as an uncertain record
    int trainedOn = 0;           // screened records learnt from
    int relevantInTraining = 0;
    QString model;               // the classifier and its settings, in words
    std::vector<double> weights; // the trained linear model (per feature column) and its bias
    double bias = 0;
    qint64 vectoriseMs = 0;
    qint64 trainMs = 0;
    qint64 scoreMs = 0;
};

// Ranks records by predicted relevance: a pure function of the records' text, the labels so
// far and the settings, with a cancel flag and progress, cheap enough to rerun in the
// background after every few decisions. Vectorising is the costly part and depends on the
// text only, so callers that rank the same records often keep features() and call rank() with
// them.
class RelevanceRanker final
{
    Q_DECLARE_TR_FUNCTIONS(RelevanceRanker)

public:
    using Progress = std::function<void(int percent)>;

    // TF-IDF rows of the texts (one per record) under the settings' feature options.
    static Result<SparseMatrix> features(const QStringList &texts, const RankingSettings &settings,
                                         const std::atomic_bool *cancelled = nullptr);

    // Trains on the screened records (labels Relevant/Irrelevant) and orders the unscreened.
    // `alreadyScreened` is how many records were screened before this ranking is followed: the
    // positions given to uncertain records are counted from there, so the share holds across
    // retrainings. Refuses (Usage) until there is at least one relevant and one irrelevant
    // record.
    static Result<Ranking> rank(const SparseMatrix &features, const std::vector<qint8> &labels,
                                const RankingSettings &settings, int alreadyScreened = -1,
                                const std::atomic_bool *cancelled = nullptr,
                                const Progress &progress = {}, const Ranking *warmStart = nullptr);

    // Both steps in one.
    static Result<Ranking> rank(const QStringList &texts, const std::vector<qint8> &labels,
                                const RankingSettings &settings,
                                const std::atomic_bool *cancelled = nullptr,
                                const Progress &progress = {});

    static std::unique_ptr<Classifier> makeClassifier(const RankingSettings &settings);

    // True when screening position `position` (1-based, over the whole screening) goes to an
    // uncertain record.
    static bool isUncertainSlot(qint64 position, double share);
};

} // namespace evimap
