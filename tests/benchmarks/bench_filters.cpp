// The record list's views in a project of 100,000 records: asking RecordFilterStore for a view's
// records (a reviewer's own includes, the settled includes, a tag, the conflicts) and applying
// it to the record table (RecordTableModel::setRestriction: the sorted list of ids again, kept
// to the view's, and the first page of rows fetched, as the table shows them).
//
//   bench_filters [--records=N] [Google Benchmark options]
#include "core/clock.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordfilterstore.h"
#include "records/recordstore.h"
#include "records/recordtablemodel.h"
#include "records/tagstore.h"
#include "screening/screeningsettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace evimap;

namespace {

int recordCount = 100000;
std::unique_ptr<QTemporaryDir> folder;
std::unique_ptr<Project> project;
qint64 lead = 0, ann = 0, ben = 0;

bool build()
{
    folder = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Project>> created =
        Project::create(folder->filePath(QStringLiteral("bench.evimap")), QStringLiteral("Bench"));
    if (!created)
        return false;
    project = std::move(created.value());
    Reviewers people(*project);
    lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
    ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
    ben = people.add(QStringLiteral("Ben Okafor"), QStringLiteral("BO"))->id;
    ScreeningSettings settings = ScreeningSettings::read(*project);
    settings.reviewersRequired = 2;
    if (!settings.write(*project))
        return false;
    QElapsedTimer timer;
    timer.start();
    RecordStore records(project->database());
    Status s = project->writeTransaction([&]() -> Status {
        for (int i = 0; i < recordCount; ++i) {
            Record r;
            r.title = QStringLiteral("Loneliness in later life, study %1").arg(i);
            r.authors = {QStringLiteral("Able, A."), QStringLiteral("Okafor, B.")};
            r.year = 1990 + i % 35;
            r.container = QStringLiteral("Journal %1").arg(i % 300);
            r.sourceRecordNo = i + 1;
            if (Status st = records.insert(r, 0); !st)
                return st;
        }
        // A review in progress: Ann decided 60% (2 of 3 includes), Ben 40%; where both agree
        // the record is settled. Rows written directly: the store's path is not measured here.
        QSqlQuery d(project->database());
        d.prepare(
            QStringLiteral("INSERT INTO screening_decision (uuid, record_id, stage, "
                           "reviewer_id, decision, decided_at) VALUES (?, ?, 'ta', ?, ?, ?)"));
        QSqlQuery r(project->database());
        r.prepare(QStringLiteral("INSERT INTO screening_result (uuid, record_id, stage, result, "
                                 "settled_at) VALUES (?, ?, 'ta', ?, ?)"));
        const QString now = utcNow();
        for (int i = 1; i <= recordCount; ++i) {
            const bool annVotes = i % 5 < 3, benVotes = i % 5 < 2;
            const QString annSays = i % 3 ? QStringLiteral("include") : QStringLiteral("exclude");
            const QString benSays = i % 7 ? annSays : QStringLiteral("unsure");
            for (const auto &[votes, who, says] :
                 {std::tuple{annVotes, ann, annSays}, std::tuple{benVotes, ben, benSays}}) {
                if (!votes)
                    continue;
                d.addBindValue(newUuid());
                d.addBindValue(i);
                d.addBindValue(who);
                d.addBindValue(says);
                d.addBindValue(now);
                if (!d.exec())
                    return failure(QStringLiteral("decision"));
            }
            if (annVotes && benVotes && annSays == benSays) {
                r.addBindValue(newUuid());
                r.addBindValue(i);
                r.addBindValue(annSays);
                r.addBindValue(now);
                if (!r.exec())
                    return failure(QStringLiteral("result"));
            }
        }
        return {};
    });
    if (!s)
        return false;
    QList<qint64> tagged;
    for (int i = 1; i <= recordCount; i += 20)
        tagged << i;
    if (!TagStore(*project, ann).add(tagged, QStringLiteral("pilot")).ok())
        return false;
    std::fprintf(stderr, "fixture: %d records, decisions and a tag on %lld in %.1f s\n",
                 recordCount, qlonglong(tagged.size()), timer.elapsed() / 1000.0);
    return true;
}

RecordFilter view(RecordView v)
{
    RecordFilter f;
    f.view = v;
    f.text = QStringLiteral("pilot");
    return f;
}

void storeIds(benchmark::State &state, RecordView v, qint64 viewer)
{
    const RecordFilterStore store(*project, viewer);
    qsizetype n = 0;
    for (auto _ : state) {
        Result<QList<qint64>> ids = store.ids(view(v));
        n = ids ? ids->size() : -1;
        benchmark::DoNotOptimize(n);
    }
    // A refused or empty view would time nothing worth a figure.
    if (n <= 0)
        state.SkipWithError("the view listed no records");
    state.counters["records"] = double(n);
}

void BM_StoreMyIncluded(benchmark::State &state)
{
    storeIds(state, RecordView::MyIncluded, ann);
}
void BM_StoreSettledIncluded(benchmark::State &state)
{
    storeIds(state, RecordView::Included, ann);
}
void BM_StoreTag(benchmark::State &state)
{
    storeIds(state, RecordView::Tagged, ann);
}
void BM_StoreConflicts(benchmark::State &state)
{
    storeIds(state, RecordView::Conflicts, lead);
}

// What a click on a view costs in the window: the store, the table's ids kept to the view's,
// and the first screen of rows (the Screening column with the viewer's own votes).
void applyToTable(benchmark::State &state, RecordView v, qint64 viewer)
{
    RecordTableModel model(project->database());
    model.setViewer(viewer);
    int rows = 0;
    for (auto _ : state) {
        const Result<QList<qint64>> ids = RecordFilterStore(*project, viewer).ids(view(v));
        model.setRestriction(ids ? std::optional(*ids) : std::nullopt);
        rows = model.rowCount();
        for (int row = 0; row < qMin(rows, 40); ++row)
            benchmark::DoNotOptimize(model.index(row, RecordTableModel::Status).data());
    }
    if (rows <= 0)
        state.SkipWithError("the view listed no records");
    state.counters["rows"] = rows;
}

void BM_TableMyIncluded(benchmark::State &state)
{
    applyToTable(state, RecordView::MyIncluded, ann);
}
void BM_TableTag(benchmark::State &state)
{
    applyToTable(state, RecordView::Tagged, ann);
}
void BM_TableAll(benchmark::State &state)
{
    applyToTable(state, RecordView::All, ann);
}

} // namespace

BENCHMARK(BM_StoreMyIncluded)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreSettledIncluded)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreTag)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreConflicts)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TableMyIncluded)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TableTag)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TableAll)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--records=", 10) == 0)
            recordCount = std::atoi(argv[i] + 10);
    }
    if (!build()) {
        std::fprintf(stderr, "could not build the fixture\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    project.reset();
    return 0;
}
