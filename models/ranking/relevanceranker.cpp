#include "ranking/relevanceranker.h"

#include "ranking/logisticregression.h"
#include "ranking/naivebayes.h"
#include "ranking/parallelparts.h"
#include "ranking/tfidfvectorizer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace evimap {

Result<SparseMatrix> RelevanceRanker::features(const QStringList &texts,
                                               const RankingSettings &settings,
                                               const std::atomic_bool *cancelled)
{
    TfidfVectorizer::Options options;
    options.tokens.bigrams = settings.bigrams;
    options.tokens.stopWords = settings.stopWords;
    options.sublinearTf = settings.sublinearTf;
    options.minDf = settings.minDf;
    TfidfVectorizer vectorizer(options);
    return vectorizer.fitTransform(texts, cancelled);
}

std::unique_ptr<Classifier> RelevanceRanker::makeClassifier(const RankingSettings &settings)
{
    switch (settings.model) {
    case RankingSettings::Model::LogisticRegression: {
        LogisticRegression::Options options;
        options.c = settings.c;
        options.balance = settings.balance;
        return std::make_unique<LogisticRegression>(options);
    }
    case RankingSettings::Model::NaiveBayes:
    case RankingSettings::Model::ComplementNaiveBayes: {
        NaiveBayes::Options options;
        options.variant = settings.model == RankingSettings::Model::NaiveBayes
                              ? NaiveBayes::Variant::Multinomial
                              : NaiveBayes::Variant::Complement;
        options.alpha = settings.alpha;
        options.balance = settings.balance;
        return std::make_unique<NaiveBayes>(options);
    }
    }
    return nullptr;
}

bool RelevanceRanker::isUncertainSlot(qint64 position, double share)
{
    if (share <= 0 || position < 1)
        return false;
    return std::floor(double(position) * share) > std::floor(double(position - 1) * share);
}

Result<Ranking> RelevanceRanker::rank(const SparseMatrix &features,
                                      const std::vector<qint8> &labels,
                                      const RankingSettings &settings, int alreadyScreened,
                                      const std::atomic_bool *cancelled, const Progress &progress,
                                      const Ranking *warmStart)
{
    const int n = features.rows();
    if (int(labels.size()) != n)
        return Error{Error::Kind::Usage, tr("%1 labels for %2 records").arg(labels.size()).arg(n)};
    std::vector<int> rows, classes, pool;
    for (int i = 0; i < n; ++i) {
        if (labels[i] == Label::Unscreened) {
            pool.push_back(i);
        } else if (labels[i] == Label::Relevant || labels[i] == Label::Irrelevant) {
            rows.push_back(i);
            classes.push_back(labels[i] == Label::Relevant ? 1 : 0);
        }
    }
    const int relevant = int(std::count(classes.begin(), classes.end(), 1));
    if (relevant == 0 || relevant == int(classes.size()))
        return Error{Error::Kind::Usage,
                     tr("not enough to learn from yet: the ranking needs at least one included "
                        "and one excluded record")};
    if (alreadyScreened < 0)
        alreadyScreened = int(rows.size());

    Ranking ranking;
    ranking.trainedOn = int(rows.size());
    ranking.relevantInTraining = relevant;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Classifier> classifier = makeClassifier(settings);
    if (warmStart)
        classifier->warmStart(warmStart->weights, warmStart->bias);
    if (Status s = classifier->fit(features, rows, classes, cancelled); !s)
        return s.error();
    ranking.model = classifier->describe();
    ranking.weights = classifier->weights();
    ranking.bias = classifier->bias();
    ranking.trainMs = timer.restart();
    if (progress)
        progress(50);

    // Scores, and how unsure the model is (|decision| small = unsure).
    // Every record's score is its own, so the records are split between the cores.
    ranking.scores.resize(n);
    std::vector<double> margin(n);
    const int parts = partsFor(features.nonZeros());
    const std::vector<int> bounds = splitByCost(features.rowStart, n, parts);
    std::atomic_bool stopped = false;
    forEachPart(parts, [&](int part) {
        for (int i = bounds[part]; i < bounds[part + 1]; ++i) {
            if (cancelled && (i & 4095) == 0 && cancelled->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const double z = classifier->decision(features, i);
            margin[i] = std::abs(z);
            ranking.scores[i] = 1.0 / (1.0 + std::exp(-z));
        }
    });
    if (stopped)
        return Error{Error::Kind::Cancelled, tr("ranking was cancelled")};
    // Most relevant first; ties in record order.
    std::vector<int> byScore = pool;
    std::stable_sort(byScore.begin(), byScore.end(),
                     [&](int a, int b) { return ranking.scores[a] > ranking.scores[b]; });
    std::vector<int> byDoubt;
    if (settings.uncertaintyShare > 0) {
        byDoubt = pool;
        std::stable_sort(byDoubt.begin(), byDoubt.end(),
                         [&](int a, int b) { return margin[a] < margin[b]; });
    }
    std::vector<bool> placed(n, false);
    ranking.order.reserve(pool.size());
    ranking.uncertain.reserve(pool.size());
    std::size_t nextScore = 0, nextDoubt = 0;
    for (std::size_t k = 0; k < pool.size(); ++k) {
        const bool doubtSlot =
            isUncertainSlot(alreadyScreened + qint64(k) + 1, settings.uncertaintyShare);
        const std::vector<int> &source = doubtSlot ? byDoubt : byScore;
        std::size_t &cursor = doubtSlot ? nextDoubt : nextScore;
        while (placed[source[cursor]])
            ++cursor;
        const int record = source[cursor];
        placed[record] = true;
        ranking.order.push_back(record);
        ranking.uncertain.push_back(doubtSlot);
    }
    ranking.scoreMs = timer.elapsed();
    if (progress)
        progress(100);
    return ranking;
}

Result<Ranking> RelevanceRanker::rank(const QStringList &texts, const std::vector<qint8> &labels,
                                      const RankingSettings &settings,
                                      const std::atomic_bool *cancelled, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Result<SparseMatrix> matrix = features(texts, settings, cancelled);
    if (!matrix)
        return matrix.error();
    const qint64 vectoriseMs = timer.elapsed();
    if (progress)
        progress(30);
    Result<Ranking> ranking =
        rank(matrix.value(), labels, settings, -1, cancelled,
             progress ? Progress([&](int p) { progress(30 + p * 70 / 100); }) : Progress());
    if (ranking)
        ranking->vectoriseMs = vectoriseMs;
    return ranking;
}

} // namespace evimap
