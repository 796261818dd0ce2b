#include "ranking/retrainingranker.h"

#include <QElapsedTimer>
#include <QHashFunctions>

namespace evimap {

quint64 RetrainingRanker::fingerprint(const QStringList &texts, const RankingSettings &settings)
{
    // Two independent 64-bit hashes over the texts make an accidental match (and with it a
    // ranking of stale rows) practically impossible; hashing is far cheaper than vectorising.
    size_t a = qHashMulti(1, settings.bigrams, settings.stopWords, settings.sublinearTf,
                          settings.minDf, texts.size());
    size_t b = a ^ 0x9E3779B97F4A7C15ULL;
    for (const QString &text : texts) {
        a = qHash(text, a);
        b = qHash(text, b + 1);
    }
    return quint64(a) ^ (quint64(b) << 1 | quint64(b) >> 63);
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
