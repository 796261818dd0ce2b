// Prioritised screening: ranking 100,000 records (retrain + score), from cached TF-IDF features
// and from text, on synthetic abstracts (a Zipf-like vocabulary of 20,000 words, 150 words per
// record; 2% of the records share topic words). Run:
//   ninja -C BUILD bench_ranking && BUILD/tests/benchmarks/bench_ranking
#include "ranking/relevanceranker.h"
#include "ranking/simulationrunner.h"

#include <benchmark/benchmark.h>

#include <cmath>

using namespace evimap;

namespace {

struct Corpus
{
    QStringList texts;
    std::vector<qint8> truth;
};

const Corpus &corpus(int records)
{
    static QHash<int, Corpus *> cache;
    if (Corpus *c = cache.value(records))
        return *c;
    auto *c = new Corpus;
    QStringList vocabulary;
    for (int w = 0; w < 20000; ++w) {
        // Pronounceable pseudo-words of 4 to 10 letters.
        QString word;
        quint64 h = SimulationRunner::splitmix64(quint64(w) + 1000);
        const int length = 4 + int(h % 7);
        for (int i = 0; i < length; ++i) {
            h = SimulationRunner::splitmix64(h);
            word += QLatin1Char(i % 2 ? "aeiou"[h % 5] : "bcdfghklmnprstvz"[h % 16]);
        }
        vocabulary.append(word);
    }
    const QStringList topic = {QStringLiteral("loneliness"), QStringLiteral("isolation"),
                               QStringLiteral("befriending"), QStringLiteral("compassion")};
    quint64 state = 7;
    for (int r = 0; r < records; ++r) {
        const bool relevant = r % 50 == 3;
        QString text;
        text.reserve(1200);
        for (int i = 0; i < 150; ++i) {
            state = SimulationRunner::splitmix64(state);
            // Zipf-like: rank = floor(20000^u) - 1
            const double u = double(state >> 11) / double(1ULL << 53);
            const int rank = std::min(19999, int(std::pow(20000.0, u)) - 1);
            if (relevant && i % 15 == 0)
                text += topic.at(i / 15 % topic.size());
            else
                text += vocabulary.at(rank);
            text += QLatin1Char(' ');
        }
        c->texts.append(text);
        c->truth.push_back(relevant ? 1 : 0);
    }
    cache.insert(records, c);
    return *c;
}

// The first `screened` records are labelled (as after screening that many).
std::vector<qint8> labelsAfter(const Corpus &c, int screened)
{
    std::vector<qint8> labels(c.truth.size(), Label::Unscreened);
    for (int i = 0; i < screened; ++i)
        labels[i] = c.truth[i];
    return labels;
}

void BM_RankCachedFeatures(benchmark::State &state)
{
    const Corpus &c = corpus(int(state.range(0)));
    const RankingSettings settings;
    const SparseMatrix features = RelevanceRanker::features(c.texts, settings).value();
    const std::vector<qint8> labels = labelsAfter(c, int(state.range(1)));
    for (auto _ : state) {
        Result<Ranking> ranking = RelevanceRanker::rank(features, labels, settings);
        benchmark::DoNotOptimize(ranking.value().order.data());
    }
    state.counters["records"] = double(c.texts.size());
    state.counters["nonzeros"] = double(features.nonZeros());
}

void BM_RankFromText(benchmark::State &state)
{
    const Corpus &c = corpus(int(state.range(0)));
    const RankingSettings settings;
    const std::vector<qint8> labels = labelsAfter(c, int(state.range(1)));
    for (auto _ : state) {
        Result<Ranking> ranking = RelevanceRanker::rank(c.texts, labels, settings);
        benchmark::DoNotOptimize(ranking.value().order.data());
    }
}

void BM_Vectorise(benchmark::State &state)
{
    const Corpus &c = corpus(int(state.range(0)));
    const RankingSettings settings;
    for (auto _ : state) {
        Result<SparseMatrix> m = RelevanceRanker::features(c.texts, settings);
        benchmark::DoNotOptimize(m.value().index.data());
    }
}

} // namespace

// {records, screened so far}
BENCHMARK(BM_RankCachedFeatures)
    ->Args({100000, 1000})
    ->Args({100000, 10000})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Vectorise)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RankFromText)->Args({100000, 1000})->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
