// Screening speed in a project of 100,000 records: moving to the next record (the session, the
// record and what the reviewer may see of it, the keyword highlights; and the whole screening
// view, HTML and layout included), recording a decision, and building a reviewer's queue.
// The target: moving to the next record takes under 50 ms.
//
//   bench_screening [--records=N] [Google Benchmark options]
#include "project/project.h"
#include "project/projectsettings.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "screening/highlighttermstore.h"
#include "screening/keywordhighlighter.h"
#include "screening/screeningsession.h"
#include "screening/screeningstore.h"
#include "screening/screeningview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace evimap;

namespace {

int recordCount = 100000;
std::unique_ptr<QTemporaryDir> folder;
std::unique_ptr<Project> project;
qint64 reviewerA = 0, reviewerB = 0;

const char *const vocabulary[] = {
    "loneliness",   "social",     "isolation", "older",       "adults",      "intervention",
    "randomised",   "controlled", "trial",     "anxiety",     "depression",  "self-esteem",
    "community",    "group",      "cognitive", "behavioural", "therapy",     "mindfulness",
    "support",      "peer",       "wellbeing", "outcome",     "measured",    "scale",
    "participants", "baseline",   "follow-up", "months",      "significant", "reduction",
    "compared",     "control",    "condition", "primary",     "secondary",   "analysis",
    "qualitative",  "interviews", "themes",    "service",     "evaluation",  "programme",
    "students",     "university", "online",    "digital",     "app",         "feasibility",
    "pilot",        "study",      "results",   "suggest",     "associated",  "with",
    "lower",        "higher",     "levels",    "of",          "the",         "and",
    "in",           "a",          "for",       "was",         "were",        "to",
    "mice",         "rats",       "cost",      "prevalence",  "survey",      "cohort"};
constexpr int vocabularySize = int(sizeof(vocabulary) / sizeof(vocabulary[0]));

QString words(quint32 &seed, int n)
{
    QString text;
    for (int i = 0; i < n; ++i) {
        seed = seed * 1664525U + 1013904223U;
        if (i)
            text += QLatin1Char(' ');
        text += QLatin1String(vocabulary[(seed >> 8) % vocabularySize]);
    }
    return text;
}

void buildProject()
{
    folder = std::make_unique<QTemporaryDir>();
    const QString path = folder->filePath(QStringLiteral("bench.evimap"));
    project = std::move(Project::create(path, QStringLiteral("Screening benchmark")).value());
    Reviewers people(*project);
    reviewerA = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
    reviewerB = people.add(QStringLiteral("Ben Best"), QStringLiteral("BB"))->id;

    QElapsedTimer timer;
    timer.start();
    RecordStore records(project->database());
    quint32 seed = 12345;
    const Status s = project->writeTransaction([&]() -> Status {
        for (int i = 1; i <= recordCount; ++i) {
            Record r;
            r.title = words(seed, 12);
            r.abstract = words(seed, 220);
            r.authors = {QStringLiteral("Able, Ann"), QStringLiteral("Best, Ben"),
                         QStringLiteral("Cole, Cara")};
            r.year = 1990 + i % 35;
            r.container = QStringLiteral("Journal of Social Connection");
            r.keywords = {QStringLiteral("loneliness"), QStringLiteral("intervention")};
            r.doi = QStringLiteral("10.5555/bench.%1").arg(i);
            r.sourceRecordNo = i;
            if (Status st = records.insert(r, 0); !st)
                return st;
        }
        return {};
    });
    if (!s) {
        std::fprintf(stderr, "building the project failed: %s\n", qPrintable(s.errorString()));
        std::exit(1);
    }
    const qint64 insertMs = timer.restart();

    // A review in progress: a third of the records screened by one reviewer, a tenth by both.
    // Two reviewers screen each record: with one, the first decision settles a record and
    // locks it, and the second reviewer's decision would be refused.
    if (Status st = ProjectSettings::screeningReviewersRequired.write(*project, 2); !st) {
        std::fprintf(stderr, "settings failed: %s\n", qPrintable(st.errorString()));
        std::exit(1);
    }
    ScreeningStore store(*project);
    QList<DecisionRequest> requests;
    for (qint64 id = 1; id <= recordCount; ++id) {
        if (id % 3 == 0)
            requests.append(
                {id, ScreeningStage::TitleAbstract, reviewerA,
                 DecisionInput{id % 7 == 0 ? Decision::Include : Decision::Exclude, 0, {}}});
        if (id % 10 == 0)
            requests.append(
                {id, ScreeningStage::TitleAbstract, reviewerB,
                 DecisionInput{id % 5 == 0 ? Decision::Include : Decision::Exclude, 0, {}}});
    }
    if (Status st = store.setDecisions(requests); !st) {
        std::fprintf(stderr, "decisions failed: %s\n", qPrintable(st.errorString()));
        std::exit(1);
    }
    for (const char *term :
         {"lonel*", "social isolation", "intervention", "self-esteem", "mindfulness",
          "cognitive behavio*ral", "peer support", "anxiety", "depress*"})
        (void)HighlightTermStore(store.project())
            .addHighlightTerm(QString::fromLatin1(term), HighlightKind::Include, 0);
    for (const char *term : {"mice", "rat*", "cost*", "prevalence"})
        (void)HighlightTermStore(store.project())
            .addHighlightTerm(QString::fromLatin1(term), HighlightKind::Exclude, 0);
    std::fprintf(stderr, "project: %d records inserted in %lld ms, %lld decisions in %lld ms\n",
                 recordCount, static_cast<long long>(insertMs),
                 static_cast<long long>(requests.size()), static_cast<long long>(timer.elapsed()));
}

// What moving to the next record costs below the widgets.
void BM_NextRecord(benchmark::State &state)
{
    ScreeningSession session(*project, reviewerA, ScreeningStage::TitleAbstract);
    (void)session.load(ScreeningSession::Order::Random);
    const KeywordHighlighter highlighter(HighlightTermStore(*project).highlightRules());
    qsizetype highlights = 0;
    for (auto _ : state) {
        if (!session.next())
            session.setCurrentIndex(0);
        const std::optional<ScreeningItem> item = session.currentItem();
        highlights += highlighter.ranges(item->record.title).size();
        highlights += highlighter.ranges(item->record.abstract).size();
        benchmark::DoNotOptimize(item);
    }
    state.counters["highlights/record"] = double(highlights) / double(state.iterations());
    state.counters["queue"] = session.count();
}
BENCHMARK(BM_NextRecord)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same in the screening view: the record's HTML, the decision panel, the layout.
void BM_NextRecordInView(benchmark::State &state)
{
    ui::ScreeningView view(*project, reviewerA);
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();
    for (auto _ : state) {
        if (!view.session()->next())
            view.session()->setCurrentIndex(0);
        QApplication::processEvents(); // layout and paint, as the user sees it
        benchmark::DoNotOptimize(view.recordBrowser()->document());
    }
    state.counters["queue"] = view.session()->count();
}
BENCHMARK(BM_NextRecordInView)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A decision: saved (one write transaction with the audit log and the settlement), undoable,
// and the move to the next undecided record.
void BM_DecideAndAdvance(benchmark::State &state)
{
    ScreeningSession session(*project, reviewerB, ScreeningStage::TitleAbstract);
    (void)session.load(ScreeningSession::Order::ImportOrder);
    bool include = true;
    for (auto _ : state) {
        const Status s = session.decide(
            DecisionInput{include ? Decision::Include : Decision::Exclude, 0, {}}, true);
        if (!s)
            state.SkipWithError(qPrintable(s.errorString()));
        include = !include;
    }
}
BENCHMARK(BM_DecideAndAdvance)->Unit(benchmark::kMillisecond)->Iterations(200);

// Opening the screening of a stage: the reviewer's queue of 100,000 records in random order.
void BM_LoadQueue(benchmark::State &state)
{
    for (auto _ : state) {
        ScreeningSession session(*project, reviewerA, ScreeningStage::TitleAbstract);
        (void)session.load(ScreeningSession::Order::Random);
        benchmark::DoNotOptimize(session.count());
    }
}
BENCHMARK(BM_LoadQueue)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

// The offscreen platform warns about every window it cannot resize; that is not news here.
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && !message.contains(QLatin1String("propagateSizeHints")))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietHandler);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--records=", 10) == 0)
            recordCount = std::atoi(argv[i] + 10);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    buildProject();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    project.reset();
    return 0;
}
