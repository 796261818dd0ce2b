// Prioritised screening: ranking 100,000 records (retrain + score), from cached TF-IDF features
// and from text, on synthetic abstracts (a Zipf-like vocabulary of 20,000 words, 150 words per
// record; 2% of the records share topic words). CPU times are the whole process's (training and
// scoring use every core), so compare them with the wall ("Time") column. Run:
//   ninja -C BUILD bench_ranking && BUILD/tests/benchmarks/bench_ranking
#include "project/project.h"
#include "project/reviewers.h"
#include "ranking/rankingstore.h"
#include "ranking/relevanceranker.h"
#include "ranking/retrainingranker.h"
#include "ranking/simulationrunner.h"
#include "records/recordstore.h"
#include "screening/screeningstore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <memory>

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
    state.counters["columns"] = double(features.columns);
}

// What the window does after every few decisions: the records and their rows are those of the
// last training (RetrainingRanker recognises the texts by their fingerprint), the model starts
// from the one trained `range(2)` decisions ago, and every record is scored again. Each
// iteration starts from a copy of the ranker as it was after that earlier training (copying
// it is not timed), so no iteration starts from a model that already knows the new decisions.
// Loading the texts and labels from the project file is not included.
void BM_RetrainAfterDecisions(benchmark::State &state)
{
    const Corpus &c = corpus(int(state.range(0)));
    const int screened = int(state.range(1));
    const int newDecisions = int(state.range(2));
    const RankingSettings settings;
    RetrainingRanker earlier;
    if (!earlier.rank(c.texts, labelsAfter(c, screened - newDecisions), settings))
        state.SkipWithError("the earlier training failed");
    const std::vector<qint8> labels = labelsAfter(c, screened);
    for (auto _ : state) {
        state.PauseTiming();
        RetrainingRanker ranker = earlier;
        state.ResumeTiming();
        Result<Ranking> ranking = ranker.rank(c.texts, labels, settings);
        if (!ranker.reusedFeatures() || !ranker.warmStarted())
            state.SkipWithError("the features were not reused or the fit not warm-started");
        benchmark::DoNotOptimize(ranking.value().order.data());
        state.counters["trainMs"] = double(ranking->trainMs);
        state.counters["scoreMs"] = double(ranking->scoreMs);
    }
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

// A project holding the corpus (the text as abstract), in which one reviewer has decided the
// first `screened` records at title/abstract.
struct ScreenedProject
{
    QTemporaryDir folder;
    QString path;
    qint64 reviewer = 0;
};

void decide(Project &project, const Corpus &c, qint64 reviewer, int first, int last)
{
    QList<DecisionRequest> requests;
    for (int i = first; i < last; ++i)
        requests.append({qint64(i) + 1, ScreeningStage::TitleAbstract, reviewer,
                         DecisionInput{c.truth[i] ? Decision::Include : Decision::Exclude, 0, {}}});
    if (Status s = ScreeningStore(project).setDecisions(requests); !s) {
        std::fprintf(stderr, "decisions failed: %s\n", qPrintable(s.errorString()));
        std::exit(1);
    }
}

// The project BM_WindowRetrain built, for BM_WindowLoad.
std::unique_ptr<ScreenedProject> windowProject;

std::unique_ptr<ScreenedProject> screenedProject(const Corpus &c, int screened)
{
    auto made = std::make_unique<ScreenedProject>();
    made->path = made->folder.filePath(QStringLiteral("ranking.evimap"));
    std::unique_ptr<Project> project = std::move(Project::create(made->path).value());
    made->reviewer = Reviewers(*project).add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
    RecordStore records(project->database());
    const Status s = project->writeTransaction([&]() -> Status {
        for (int i = 0; i < int(c.texts.size()); ++i) {
            Record r;
            r.title = QStringLiteral("Record %1").arg(i + 1);
            r.abstract = c.texts.at(i);
            r.sourceRecordNo = i + 1;
            if (Status st = records.insert(r, 0); !st)
                return st;
        }
        return {};
    });
    if (!s) {
        std::fprintf(stderr, "building the project failed: %s\n", qPrintable(s.errorString()));
        std::exit(1);
    }
    decide(*project, c, made->reviewer, 0, screened);
    return made;
}

// The window's whole retraining after `range(2)` more decisions, as RankingPanel's worker runs
// it: open the project file, read the texts and the reviewer's labels, retrain from the last
// model and score every record, write the training to the audit log. Each iteration starts
// from a copy of the ranker as it was before those decisions (not timed).
void BM_WindowRetrain(benchmark::State &state)
{
    const Corpus &c = corpus(int(state.range(0)));
    const int screened = int(state.range(1));
    const int newDecisions = int(state.range(2));
    std::unique_ptr<ScreenedProject> made = screenedProject(c, screened - newDecisions);
    RetrainingRanker earlier;
    {
        std::unique_ptr<Project> project = std::move(Project::open(made->path).value());
        RankingStore store(*project);
        const RankingData data = store.load(made->reviewer).value();
        if (!earlier.rank(data.texts, data.labels, store.settings()))
            state.SkipWithError("the earlier training failed");
        decide(*project, c, made->reviewer, screened - newDecisions, screened);
    }
    for (auto _ : state) {
        state.PauseTiming();
        RetrainingRanker ranker = earlier;
        state.ResumeTiming();
        std::unique_ptr<Project> project = std::move(Project::open(made->path).value());
        RankingStore store(*project);
        const RankingSettings settings = store.settings();
        const RankingData data = store.load(made->reviewer).value();
        Result<Ranking> ranking = ranker.rank(data.texts, data.labels, settings);
        if (!ranking || !ranker.reusedFeatures() || !ranker.warmStarted() ||
            ranking->trainedOn != screened) {
            state.SkipWithError("not the retraining the window does");
            break;
        }
        (void)store.logTraining(ranking.value(), settings, made->reviewer, 0, true);
        benchmark::DoNotOptimize(ranking->order.data());
    }
    windowProject = std::move(made); // kept for BM_WindowLoad
}

// The part of BM_WindowRetrain that reads the project file: open it, read the settings, the
// texts and the reviewer's labels (on the project BM_WindowRetrain left).
void BM_WindowLoad(benchmark::State &state)
{
    if (!windowProject) {
        state.SkipWithError("run with BM_WindowRetrain");
        return;
    }
    for (auto _ : state) {
        std::unique_ptr<Project> opened = std::move(Project::open(windowProject->path).value());
        RankingStore store(*opened);
        benchmark::DoNotOptimize(store.settings().minDf);
        const RankingData data = store.load(windowProject->reviewer).value();
        benchmark::DoNotOptimize(data.texts.size());
    }
}

// How RetrainingRanker recognises texts it has vectorised already.
void BM_Fingerprint(benchmark::State &state)
{
    const Corpus &c = corpus(int(state.range(0)));
    const RankingSettings settings;
    for (auto _ : state)
        benchmark::DoNotOptimize(RetrainingRanker::fingerprint(c.texts, settings));
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
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);
// {records, screened so far, decisions since the last training}
BENCHMARK(BM_RetrainAfterDecisions)
    ->Args({100000, 1000, 20})
    ->Args({100000, 10000, 20})
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WindowRetrain)
    ->Args({100000, 10000, 20})
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WindowLoad)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Fingerprint)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Vectorise)->Arg(100000)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RankFromText)
    ->Args({100000, 1000})
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
