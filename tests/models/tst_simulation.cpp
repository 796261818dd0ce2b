// The screening simulation on data where the answer is known, its metrics on hand-counted
// screening orders, the stopping aid, and reading labelled datasets.
#include "import/formatregistry.h"
#include "ranking/labelleddataset.h"
#include "ranking/simulationrunner.h"
#include "ranking/stoppingaid.h"
#include "testsupport.h"

#include <QtTest>

#include <cmath>

using namespace evimap;

namespace {

// 300 records of filler words; the 15 relevant ones (every 20th) also share "loneliness".
LabelledDataset syntheticSet()
{
    static const char *const filler[] = {"soil",    "river",   "trade",  "policy", "market",
                                         "sample",  "method",  "growth", "survey", "cohort",
                                         "region",  "climate", "income", "school", "network",
                                         "protein", "model",   "energy", "forest", "urban"};
    LabelledDataset data;
    data.name = QStringLiteral("synthetic");
    quint64 state = 42;
    for (int i = 0; i < 300; ++i) {
        QStringList words;
        for (int w = 0; w < 12; ++w) {
            state = SimulationRunner::splitmix64(state);
            words.append(QString::fromLatin1(filler[state % 20]));
        }
        const bool relevant = i % 20 == 7;
        if (relevant)
            words.insert(int(state % 12), QStringLiteral("loneliness"));
        data.texts.append(words.join(QLatin1Char(' ')));
        data.labels.push_back(relevant ? 1 : 0);
    }
    return data;
}

} // namespace

class SimulationTest : public QObject
{
    Q_OBJECT

private slots:
    void metrics_data()
    {
        QTest::addColumn<QList<int>>("foundAt");
        QTest::addColumn<int>("records");
        QTest::addColumn<double>("wss95");
        QTest::addColumn<double>("wss100");
        QTest::addColumn<double>("rrf10");
        QList<int> first20;
        for (int p = 1; p <= 20; ++p)
            first20.append(p);
        // 95% of 20 = 19 found after 19 screened: (100 - 19) / 100 - 0.05.
        QTest::newRow("perfect ranking") << first20 << 100 << 0.76 << 0.80 << 0.5;
        // Relevant spread evenly: no work saved at all.
        QTest::newRow("random-like")
            << QList<int>{20, 40, 60, 80, 100} << 100 << -0.05 << 0.0 << 0.0;
        // ceil(0.95 * 4) = 4: WSS@95 needs all four.
        QTest::newRow("four relevant") << QList<int>{1, 5, 9, 50} << 100 << 0.45 << 0.50 << 0.75;
        QTest::newRow("one relevant") << QList<int>{3} << 10 << 0.65 << 0.70 << 0.0;
    }

    void metrics()
    {
        QFETCH(QList<int>, foundAt);
        QFETCH(int, records);
        QFETCH(double, wss95);
        QFETCH(double, wss100);
        QFETCH(double, rrf10);
        const ScreeningMetrics m =
            ScreeningMetrics::compute(std::vector<int>(foundAt.begin(), foundAt.end()), records);
        QVERIFY2(std::abs(m.wss95 - wss95) < 1e-12, qPrintable(QString::number(m.wss95)));
        QVERIFY2(std::abs(m.wss100 - wss100) < 1e-12, qPrintable(QString::number(m.wss100)));
        QVERIFY2(std::abs(m.rrf10 - rrf10) < 1e-12, qPrintable(QString::number(m.rrf10)));
    }

    void batchSize_data()
    {
        QTest::addColumn<int>("screened");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("expected");
        QTest::newRow("start") << 2 << 2000 << 1;
        QTest::newRow("small set stays at one") << 150 << 300 << 1;
        QTest::newRow("growing") << 100 << 2000 << 5;
        QTest::newRow("capped at N / 200") << 1000 << 2000 << 10;
        QTest::newRow("big set") << 20000 << 100000 << 500;
    }

    void batchSize()
    {
        QFETCH(int, screened);
        QFETCH(int, records);
        QFETCH(int, expected);
        QCOMPARE(SimulationRunner::batchSize(screened, records), expected);
    }

    // Same constants as the reference script's splitmix64.
    void splitmix64_matchesReference()
    {
        QCOMPARE(SimulationRunner::splitmix64(0), Q_UINT64_C(16294208416658607535));
        QCOMPARE(SimulationRunner::splitmix64(1), Q_UINT64_C(10451216379200822465));
    }

    void simulation_findsTheSharedWordFirst()
    {
        const LabelledDataset data = syntheticSet();
        QCOMPARE(data.relevant(), 15);
        SimulationRunner::Options options;
        options.seeds = 3;
        options.ranking.minDf = 1;
        Result<SimulationResult> result = SimulationRunner::run(data, options);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QCOMPARE(result->records, 300);
        QCOMPARE(result->runs.size(), 3);
        // Best possible WSS@95 here is (300 - 15) / 300 - 0.05 = 0.9.
        QVERIFY2(result->mean.wss95 > 0.8, qPrintable(QString::number(result->mean.wss95)));
        QVERIFY(result->mean.wss100 > 0.8);
        for (const SimulationRun &run : std::as_const(result->runs)) {
            QCOMPARE(int(run.foundAt.size()), 15);
            QCOMPARE(run.foundAt.front(), 1); // the first include is screened first
            QCOMPARE(data.labels[run.priorRelevant], qint8(1));
            QCOMPARE(data.labels[run.priorIrrelevant], qint8(0));
            QVERIFY(std::is_sorted(run.foundAt.begin(), run.foundAt.end()));
        }
        // The recall curve rises from 0 to 1 and never falls.
        QCOMPARE(int(result->recallCurve.size()), 101);
        QCOMPARE(result->recallCurve.front(), 0.0);
        QVERIFY(std::abs(result->recallCurve.back() - 1.0) < 1e-12);
        for (int p = 1; p <= 100; ++p)
            QVERIFY(result->recallCurve[p] >= result->recallCurve[p - 1]);
        QVERIFY(result->recallCurve[10] > 0.95);
    }

    void simulation_isRepeatableBySeed()
    {
        const LabelledDataset data = syntheticSet();
        SimulationRunner::Options options;
        options.seeds = 2;
        options.firstSeed = 5;
        Result<SimulationResult> a = SimulationRunner::run(data, options);
        Result<SimulationResult> b = SimulationRunner::run(data, options);
        QVERIFY(a.ok() && b.ok());
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(a->runs[i].seed, 5 + i);
            QCOMPARE(a->runs[i].foundAt, b->runs[i].foundAt);
        }
    }

    void simulation_refusesOneClass()
    {
        LabelledDataset data;
        data.texts = {QStringLiteral("a b"), QStringLiteral("c d")};
        data.labels = {0, 0};
        QVERIFY(!SimulationRunner::run(data, SimulationRunner::Options()).ok());
    }

    void stoppingAid_counts_data()
    {
        QTest::addColumn<QList<int>>("decisions");
        QTest::addColumn<int>("unscreened");
        QTest::addColumn<int>("found");
        QTest::addColumn<int>("since");
        QTest::addColumn<double>("left");
        QTest::newRow("short history") << QList<int>{1, 0, 0, 1, 0, 0, 0} << 70 << 2 << 3 << 20.0;
        QTest::newRow("nothing screened") << QList<int>{} << 100 << 0 << 0 << 0.0;
        QList<int> long300(300, 0);
        long300[0] = 1;
        long300[260] = 1; // within the last 60 (window = 300 / 5)
        QTest::newRow("window of the last fifth") << long300 << 600 << 2 << 39 << 10.0;
    }

    void stoppingAid_counts()
    {
        QFETCH(QList<int>, decisions);
        QFETCH(int, unscreened);
        QFETCH(int, found);
        QFETCH(int, since);
        QFETCH(double, left);
        std::vector<qint8> d;
        for (int v : decisions)
            d.push_back(qint8(v));
        const StoppingAid aid = StoppingAid::fromDecisions(d, unscreened);
        QCOMPARE(aid.relevantFound, found);
        QCOMPARE(aid.sinceLastRelevant, since);
        QVERIFY2(std::abs(aid.estimatedRelevantLeft - left) < 1e-9,
                 qPrintable(QString::number(aid.estimatedRelevantLeft)));
        if (aid.window > 0)
            QVERIFY(aid.summary().contains(QLatin1String("estimate"), Qt::CaseInsensitive));
    }

    void dataset_risLabels()
    {
        Result<LabelledDataset> data = LabelledDataset::read(
            {test::dataPath(QStringLiteral("ranking/labelled.ris"))}, QStringLiteral("LB"));
        QVERIFY2(data.ok(), qPrintable(data.errorString()));
        // Four labelled in LB, one by ASReview's note, one without a label.
        QCOMPARE(data->size(), 5);
        QCOMPARE(data->relevant(), 3);
        QCOMPARE(data->unlabelled, 1);
        QVERIFY(data->texts.first().contains(QLatin1String("Loneliness")));
        QVERIFY(data->texts.first().contains(QLatin1String("social isolation"))); // keywords
    }

    void dataset_csvLabels()
    {
        if (!FormatRegistry::find(QStringLiteral("csv")))
            QSKIP("no CSV reader in this build");
        Result<LabelledDataset> data =
            LabelledDataset::read({test::dataPath(QStringLiteral("ranking/labelled.csv"))});
        QVERIFY2(data.ok(), qPrintable(data.errorString()));
        QCOMPARE(data->size(), 4);
        QCOMPARE(data->relevant(), 2);
        QCOMPARE(data->unlabelled, 1);
    }

    void dataset_poolMatchedByTitle()
    {
        Result<LabelledDataset> data =
            LabelledDataset::read({test::dataPath(QStringLiteral("ranking/search-a.ris")),
                                   test::dataPath(QStringLiteral("ranking/search-b.ris"))},
                                  {}, test::dataPath(QStringLiteral("ranking/screened.ris")));
        QVERIFY2(data.ok(), qPrintable(data.errorString()));
        // a: 3 records, b: 2 (one the same title as in a, in other case and punctuation).
        QCOMPARE(data->size(), 4);
        QCOMPARE(data->mergedByTitle, 1);
        QCOMPARE(data->relevant(), 2);
        // The duplicate with the longer abstract is the one kept.
        bool longer = false;
        for (const QString &text : std::as_const(data->texts))
            longer = longer || text.contains(QLatin1String("longer abstract"));
        QVERIFY(longer);
    }
};

QTEST_GUILESS_MAIN(SimulationTest)
#include "tst_simulation.moc"
