#pragma once

#include "ranking/relevanceranker.h"

#include <optional>

namespace evimap {

// Ranks the same records again and again as screening goes on (the window retrains after
// every few decisions), keeping what one ranking can hand to the next:
// - the TF-IDF rows: they depend on the texts and the feature settings only, and vectorising
//   100,000 records costs more than training on them;
// - the last model, from which the next training starts (warm start): a few more decisions
//   move the optimum a little, so L-BFGS needs a few iterations instead of dozens.
// Any change to the records, their texts or the feature settings starts afresh.
// One ranking at a time: callers serialise rank() (the window runs one training at a time).
class RetrainingRanker final
{
public:
    Result<Ranking> rank(const QStringList &texts, const std::vector<qint8> &labels,
                         const RankingSettings &settings,
                         const std::atomic_bool *cancelled = nullptr,
                         const RelevanceRanker::Progress &progress = {});

    // Whether the last rank() reused the rows, and started from the previous model.
    bool reusedFeatures() const { return m_reusedFeatures; }
    bool warmStarted() const { return m_warmStarted; }

    // A fingerprint of the texts and of the settings that shape their rows.
    static quint64 fingerprint(const QStringList &texts, const RankingSettings &settings);

private:
    std::optional<quint64> m_fingerprint;
    SparseMatrix m_features;
    std::optional<Ranking> m_previous; // its model only
    bool m_reusedFeatures = false;
    bool m_warmStarted = false;
};

} // namespace evimap
