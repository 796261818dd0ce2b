#include "ranking/retrainingranker.h"

#include <QElapsedTimer>
#include <QHashFunctions>

namespace evimap {

quint64 RetrainingRanker::fingerprint(const QStringList &texts, const RankingSettings &settings)
{
    // A 64-bit hash of every text, in order, seeded with the settings that shape the rows: a
    // change anywhere makes a ranking of stale rows as unlikely as two random 64-bit numbers
    // being equal, and hashing costs far less than vectorising.
    size_t hash = qHashMulti(1, settings.bigrams, settings.stopWords, settings.sublinearTf,
                             settings.minDf, texts.size());
    for (const QString &text : texts)
        hash = qHash(text, hash);
    return quint64(hash);
}

Result<Ranking> RetrainingRanker::rank(const QStringList &texts, const std::vector<qint8> &labels,
                                       const RankingSettings &settings,
                                       const std::atomic_bool *cancelled,
                                       const RelevanceRanker::Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const quint64 key = fingerprint(texts, settings);
    m_reusedFeatures = m_fingerprint == key;
    if (!m_reusedFeatures) {
        m_fingerprint.reset();
        m_previous.reset(); // its weights belong to the old columns
        Result<SparseMatrix> features = RelevanceRanker::features(texts, settings, cancelled);
        if (!features)
            return features.error();
        m_features = std::move(features.value());
        m_fingerprint = key;
    }
    const qint64 vectoriseMs = timer.elapsed();
    if (progress)
        progress(30);
    m_warmStarted = m_previous.has_value();
    Result<Ranking> ranking = RelevanceRanker::rank(
        m_features, labels, settings, -1, cancelled,
        progress ? RelevanceRanker::Progress([&](int p) { progress(30 + p * 70 / 100); })
                 : RelevanceRanker::Progress(),
        m_previous ? &*m_previous : nullptr);
    if (!ranking)
        return ranking;
    ranking->vectoriseMs = vectoriseMs;
    Ranking model;
    model.weights = ranking->weights;
    model.bias = ranking->bias;
    m_previous = std::move(model);
    return ranking;
}

} // namespace evimap
