// Evidence map aggregation over 100,000 coded items (Google Benchmark). The target is under
// 100 ms for the aggregation. Four measurements:
//   BM_AggregateInMemory  the counting alone (items with their codes already read)
//   BM_AggregateWithFilter  the same with a filter on a fourth dimension
//   BM_MapFromProject     the whole query: read codebook, items and codes from the project
//                         file, then count (what `evimap map` and the window do)
//   BM_MapFromProjectNoText  the same without titles and authors (enough for SVG/PNG/CSV)
#include "core/clock.h"
#include "maps/evidencemapquery.h"
#include "maps/mapcodebook.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace evimap;

namespace {

constexpr int itemCount = 100000;

struct Corpus
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    std::optional<MapCodebook> codebook;
    QList<EvidenceMapItem> items;
};

Corpus *corpus = nullptr;

// A codebook shaped like the review's template: 11 approaches, 13 factors (one with two
// sub-codes), 7 designs, 5 settings; every item has 1–2 approaches, 1–3 factors, a design and a
// setting.
bool buildCorpus()
{
    corpus = new Corpus;
    const QString path = corpus->dir.filePath(QStringLiteral("bench.evimap"));
    Result<std::unique_ptr<Project>> created = Project::create(path, QStringLiteral("Bench"));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.errorString()));
        return false;
    }
    corpus->project = std::move(created.value());
    Project &project = *corpus->project;
    QRandomGenerator random(20250101);
    const Status built = project.writeTransaction([&]() -> Status {
        QSqlQuery q(project.database());
        auto code = [&](qint64 parent, const QString &key, int position) {
            q.prepare(QStringLiteral("INSERT INTO code(uuid, parent_id, key, label, position) "
                                     "VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(newUuid());
            q.addBindValue(parent ? QVariant(parent) : QVariant());
            q.addBindValue(key);
            q.addBindValue(key.toUpper());
            q.addBindValue(position);
            q.exec();
            return q.lastInsertId().toLongLong();
        };
        QList<qint64> approaches, factors, designs, settings;
        const qint64 approach = code(0, QStringLiteral("approach"), 0);
        for (int i = 0; i < 11; ++i)
            approaches << code(approach, QStringLiteral("a%1").arg(i), i);
        const qint64 factor = code(0, QStringLiteral("factor"), 1);
        for (int i = 0; i < 13; ++i)
            factors << code(factor, QStringLiteral("f%1").arg(i), i);
        factors << code(factors.at(2), QStringLiteral("f2a"), 0)
                << code(factors.at(2), QStringLiteral("f2b"), 1);
        const qint64 design = code(0, QStringLiteral("design"), 2);
        for (int i = 0; i < 7; ++i)
            designs << code(design, QStringLiteral("d%1").arg(i), i);
        const qint64 setting = code(0, QStringLiteral("setting"), 3);
        for (int i = 0; i < 5; ++i)
            settings << code(setting, QStringLiteral("s%1").arg(i), i);

        QSqlQuery record(project.database()), coding(project.database());
        record.prepare(QStringLiteral("INSERT INTO record(uuid, title, authors, year, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        coding.prepare(QStringLiteral("INSERT INTO coding_result(uuid, record_id, code_id, "
                                      "settled_at) VALUES (?, ?, ?, ?)"));
        const QString now = utcNow();
        for (int i = 0; i < itemCount; ++i) {
            record.addBindValue(newUuid());
            record.addBindValue(
                QStringLiteral("Item %1: a study of loneliness and its psychological "
                               "factors in a community sample")
                    .arg(i));
            record.addBindValue(QStringLiteral("Author, A.\nBauthor, B."));
            record.addBindValue(1990 + int(random.bounded(35)));
            record.addBindValue(now);
            record.addBindValue(now);
            if (!record.exec())
                return failure(QStringLiteral("insert failed"));
            const qint64 id = record.lastInsertId().toLongLong();
            QSet<qint64> codes;
            for (int k = 0, n = 1 + int(random.bounded(2)); k < n; ++k)
                codes << approaches.at(int(random.bounded(approaches.size())));
            for (int k = 0, n = 1 + int(random.bounded(3)); k < n; ++k)
                codes << factors.at(int(random.bounded(factors.size())));
            codes << designs.at(int(random.bounded(designs.size())));
            codes << settings.at(int(random.bounded(settings.size())));
            for (qint64 c : std::as_const(codes)) {
                coding.addBindValue(newUuid());
                coding.addBindValue(id);
                coding.addBindValue(c);
                coding.addBindValue(now);
                if (!coding.exec())
                    return failure(QStringLiteral("insert failed"));
            }
        }
        return {};
    });
    if (!built) {
        std::fprintf(stderr, "%s\n", qPrintable(built.errorString()));
        return false;
    }
    Result<MapCodebook> codebook = MapCodebook::read(project);
    if (!codebook)
        return false;
    corpus->codebook = codebook.value();
    Result<QList<EvidenceMapItem>> items =
        EvidenceMapQuery::loadItems(project, *corpus->codebook, ScreeningScope::All, 0, 0,
                                    CodingSource::ReconciledElseReviewers);
    if (!items)
        return false;
    corpus->items = items.value();
    return true;
}

EvidenceMapQuery query()
{
    EvidenceMapQuery q;
    q.rows = QStringLiteral("approach");
    q.columns = QStringLiteral("factor");
    q.colour = QStringLiteral("design");
    q.scope = ScreeningScope::All;
    return q;
}

void BM_AggregateInMemory(benchmark::State &state)
{
    const EvidenceMapQuery q = query();
    int onMap = 0;
    for (auto _ : state) {
        Result<EvidenceMap> map =
            q.aggregate(*corpus->codebook, corpus->items, ScreeningScope::All);
        onMap = map->itemsOnMap;
        benchmark::DoNotOptimize(map);
    }
    state.counters["items"] = double(corpus->items.size());
    state.counters["on_map"] = onMap;
}
BENCHMARK(BM_AggregateInMemory)->Unit(benchmark::kMillisecond);

void BM_AggregateWithFilter(benchmark::State &state)
{
    EvidenceMapQuery q = query();
    q.filters.append({QStringLiteral("setting"), QStringLiteral("s1")});
    q.filters.append({QStringLiteral("setting"), QStringLiteral("s3")});
    for (auto _ : state) {
        Result<EvidenceMap> map =
            q.aggregate(*corpus->codebook, corpus->items, ScreeningScope::All);
        benchmark::DoNotOptimize(map);
    }
}
BENCHMARK(BM_AggregateWithFilter)->Unit(benchmark::kMillisecond);

void BM_MapFromProject(benchmark::State &state)
{
    const EvidenceMapQuery q = query();
    for (auto _ : state) {
        Result<EvidenceMap> map = q.run(*corpus->project);
        if (!map)
            state.SkipWithError("query failed");
        benchmark::DoNotOptimize(map);
    }
}
BENCHMARK(BM_MapFromProject)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_MapFromProjectNoText(benchmark::State &state)
{
    EvidenceMapQuery q = query();
    q.withItemText = false;
    for (auto _ : state) {
        Result<EvidenceMap> map = q.run(*corpus->project);
        if (!map)
            state.SkipWithError("query failed");
        benchmark::DoNotOptimize(map);
    }
}
BENCHMARK(BM_MapFromProjectNoText)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (!buildCorpus())
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    delete corpus;
    return 0;
}
