// The classifiers of prioritised screening on tiny hand-checked problems (logistic regression
// against scikit-learn's LogisticRegression(tol=1e-10) on the same rows; naive Bayes by hand),
// and how the ranker orders records.
#include "ranking/logisticregression.h"
#include "ranking/naivebayes.h"
#include "ranking/relevanceranker.h"
#include "ranking/retrainingranker.h"

#include <QtTest>

#include <cmath>

using namespace evimap;

namespace {

SparseMatrix dense(const QList<QList<double>> &rows)
{
    SparseMatrix m;
    m.columns = int(rows.first().size());
    for (const QList<double> &row : rows) {
        for (int j = 0; j < row.size(); ++j) {
            if (row[j] != 0) {
                m.index.push_back(j);
                m.value.push_back(float(row[j]));
            }
        }
        m.rowStart.push_back(qint64(m.index.size()));
    }
    return m;
}

std::vector<int> allRows(const SparseMatrix &m)
{
    std::vector<int> rows(m.rows());
    for (int i = 0; i < m.rows(); ++i)
        rows[i] = i;
    return rows;
}

} // namespace

class ClassifierTest : public QObject
{
    Q_OBJECT

private slots:
    void logisticRegression_matchesReference_data()
    {
        QTest::addColumn<QList<QList<double>>>("rows");
        QTest::addColumn<QList<int>>("labels");
        QTest::addColumn<double>("c");
        QTest::addColumn<bool>("balanced");
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<double>("bias");
        const QList<QList<double>> sym = {{1, 0}, {1, 0}, {0, 1}, {0, 1}};
        const QList<int> symLabels = {1, 1, 0, 0};
        // By symmetry b = 0 and w = (a, -a) with a = 2 C σ(-a).
        QTest::newRow("symmetric, C 1")
            << sym << symLabels << 1.0 << true << QList<double>{0.67483161, -0.67483161} << 0.0;
        QTest::newRow("symmetric, C 10")
            << sym << symLabels << 10.0 << true << QList<double>{2.12803452, -2.12803452} << 0.0;
        const QList<QList<double>> imb = {{1, 0, 0},     {0.6, 0.8, 0}, {0, 1, 0},
                                          {0, 0.6, 0.8}, {0, 0, 1},     {0, 0.8, 0.6}};
        const QList<int> imbLabels = {1, 1, 0, 0, 0, 0};
        QTest::newRow("imbalanced, balanced, C 1")
            << imb << imbLabels << 1.0 << true
            << QList<double>{0.85050091, -0.18701538, -0.61791852} << -0.05918774;
        QTest::newRow("imbalanced, not balanced, C 1")
            << imb << imbLabels << 1.0 << false
            << QList<double>{0.7971383, -0.19090448, -0.57057023} << -0.61355863;
        QTest::newRow("imbalanced, balanced, C 10")
            << imb << imbLabels << 10.0 << true
            << QList<double>{3.14391699, -0.46584162, -1.88002789} << -0.40502715;
    }

    void logisticRegression_matchesReference()
    {
        QFETCH(QList<QList<double>>, rows);
        QFETCH(QList<int>, labels);
        QFETCH(double, c);
        QFETCH(bool, balanced);
        QFETCH(QList<double>, weights);
        QFETCH(double, bias);
        const SparseMatrix m = dense(rows);
        LogisticRegression::Options options;
        options.c = c;
        options.balance = balanced ? Balance::Equal : Balance::None;
        options.tolerance = 1e-9;
        options.maxIterations = 1000;
        LogisticRegression lr(options);
        QVERIFY(
            lr.fit(m, allRows(m), std::vector<int>(labels.begin(), labels.end()), nullptr).ok());
        for (int j = 0; j < weights.size(); ++j)
            QVERIFY2(std::abs(lr.weights()[j] - weights[j]) <
                         1e-5 * std::max(1.0, std::abs(weights[j])),
                     qPrintable(QStringLiteral("w%1 = %2").arg(j).arg(lr.weights()[j], 0, 'g', 9)));
        QVERIFY2(std::abs(lr.bias() - bias) < 1e-5 * std::max(1.0, std::abs(bias)),
                 qPrintable(QString::number(lr.bias(), 'g', 9)));
    }

    // Balancing is what lets one relevant record among many count: unbalanced, the lone
    // relevant record falls below the boundary; balanced, it is above it.
    void logisticRegression_balancingLiftsTheRareClass()
    {
        QList<QList<double>> rows = {{1, 0}};
        for (int i = 0; i < 9; ++i)
            rows.append({0.3, 0.95});
        const SparseMatrix m = dense(rows);
        std::vector<int> labels(10, 0);
        labels[0] = 1;
        LogisticRegression::Options options;
        options.balance = Balance::None;
        LogisticRegression plain(options);
        QVERIFY(plain.fit(m, allRows(m), labels, nullptr).ok());
        options.balance = Balance::Equal;
        LogisticRegression weighted(options);
        QVERIFY(weighted.fit(m, allRows(m), labels, nullptr).ok());
        QVERIFY(plain.decision(m, 0) < 0);
        QVERIFY(weighted.decision(m, 0) > 0);
    }

    void classWeights_data()
    {
        QTest::addColumn<int>("balance");
        QTest::addColumn<int>("relevant");
        QTest::addColumn<int>("irrelevant");
        QTest::addColumn<double>("relevantWeight");
        QTest::addColumn<double>("irrelevantWeight");
        QTest::newRow("none") << int(Balance::None) << 1 << 3 << 1.0 << 1.0;
        // n / (2 n_class): 4 / 2 and 4 / 6.
        QTest::newRow("equal, 1 of 4") << int(Balance::Equal) << 1 << 3 << 2.0 << 4.0 / 6.0;
        // n = 2: o = 2.155, z = 1 - 0.211 / (1 + ln 2) = 0.875380; p = o / (o + z) = 0.711132;
        // weights 2p and 2(1 - p).
        QTest::newRow("double, 1 and 1")
            << int(Balance::Double) << 1 << 1 << 1.42226387 << 0.57773613;
        // n = 4: o = 2.155 × 3^0.94 = 6.0063, z = 1 - 0.211 / (1 + ln 4) = 0.911621;
        // p = o / (o + 3z) = 0.688786; weights 4p and 4(1 - p) / 3.
        QTest::newRow("double, 1 of 4")
            << int(Balance::Double) << 1 << 3 << 2.75514557 << 0.41495148;
        // n = 510: p = 0.637070, a bit above the half that "equal" gives.
        QTest::newRow("double, 10 of 510")
            << int(Balance::Double) << 10 << 500 << 32.4905668 << 0.37018866;
    }

    void classWeights()
    {
        QFETCH(int, balance);
        QFETCH(int, relevant);
        QFETCH(int, irrelevant);
        QFETCH(double, relevantWeight);
        QFETCH(double, irrelevantWeight);
        const ClassWeights w = evimap::classWeights(Balance(balance), relevant, irrelevant);
        QVERIFY2(std::abs(w.relevant - relevantWeight) < 1e-6,
                 qPrintable(QString::number(w.relevant, 'g', 9)));
        QVERIFY2(std::abs(w.irrelevant - irrelevantWeight) < 1e-6,
                 qPrintable(QString::number(w.irrelevant, 'g', 9)));
        // The rows' total weight stays their number, so C means the same with any balance.
        QVERIFY(std::abs(relevant * w.relevant + irrelevant * w.irrelevant -
                         (relevant + irrelevant)) < 1e-9);
        QCOMPARE(w.of(1), w.relevant);
        QCOMPARE(w.of(0), w.irrelevant);
    }

    // Double balance gives the relevant rows more than half the weight, so the lone relevant
    // record's decision is higher than with equal weights.
    void logisticRegression_doubleBalanceLiftsTheRareClassFurther()
    {
        QList<QList<double>> rows = {{1, 0}};
        for (int i = 0; i < 9; ++i)
            rows.append({0.3, 0.95});
        const SparseMatrix m = dense(rows);
        std::vector<int> labels(10, 0);
        labels[0] = 1;
        LogisticRegression::Options options;
        options.balance = Balance::Equal;
        LogisticRegression equal(options);
        QVERIFY(equal.fit(m, allRows(m), labels, nullptr).ok());
        options.balance = Balance::Double;
        LogisticRegression twice(options);
        QVERIFY(twice.fit(m, allRows(m), labels, nullptr).ok());
        QVERIFY(twice.decision(m, 0) > equal.decision(m, 0));
        QVERIFY(twice.decision(m, 1) > equal.decision(m, 1));
        QVERIFY(twice.describe().contains(QStringLiteral("double class balance")));
    }

    // Weighted counts: with "equal", one relevant row among three counts as much as the two
    // irrelevant ones (weights 1.5 and 0.75): N_1 = (1.5, 0), N_0 = (0, 1.5), α = 1, d = 2, so
    // θ_1 = (2.5, 1) / 3.5, θ_0 = (1, 2.5) / 3.5, w_0 = ln 2.5 and w_1 = -w_0.
    void naiveBayes_weighsTheClasses()
    {
        const SparseMatrix m = dense({{1, 0}, {0, 1}, {0, 1}});
        NaiveBayes::Options options;
        options.alpha = 1;
        options.balance = Balance::Equal;
        NaiveBayes nb(options);
        QVERIFY(nb.fit(m, {0, 1, 2}, {1, 0, 0}, nullptr).ok());
        QVERIFY(std::abs(nb.weights()[0] - std::log(2.5)) < 1e-12);
        QVERIFY(std::abs(nb.weights()[1] + std::log(2.5)) < 1e-12);
        QCOMPARE(nb.bias(), 0.0);
    }

    void logisticRegression_needsBothClasses()
    {
        const SparseMatrix m = dense({{1, 0}, {0, 1}});
        LogisticRegression lr;
        QVERIFY(!lr.fit(m, {0, 1}, {1, 1}, nullptr).ok());
    }

    void naiveBayes_weights_data()
    {
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("expected"); // weight of the relevant record's term
        // N_1 = (1, 0), N_0 = (0, 1), d = 2: θ_1 = ((1+α)/(1+2α), α/(1+2α)) and mirrored, so
        // w_0 = ln((1+α)/α) and w_1 = -w_0.
        QTest::newRow("alpha 1") << 1.0 << std::log(2.0);
        QTest::newRow("alpha 0.5") << 0.5 << std::log(3.0);
        QTest::newRow("alpha 3.822") << 3.822 << std::log(4.822 / 3.822);
    }

    void naiveBayes_weights()
    {
        QFETCH(double, alpha);
        QFETCH(double, expected);
        const SparseMatrix m = dense({{1, 0}, {0, 1}});
        NaiveBayes::Options options;
        options.alpha = alpha;
        NaiveBayes nb(options);
        QVERIFY(nb.fit(m, {0, 1}, {1, 0}, nullptr).ok());
        QVERIFY(std::abs(nb.weights()[0] - expected) < 1e-12);
        QVERIFY(std::abs(nb.weights()[1] + expected) < 1e-12);
        QCOMPARE(nb.bias(), 0.0);
        QVERIFY(std::abs(nb.probability(m, 0) - (1 + alpha) / (1 + 2 * alpha)) < 1e-12);
    }

    void naiveBayes_priorWhenNotBalanced()
    {
        const SparseMatrix m = dense({{1, 0}, {0, 1}, {0, 1}, {0, 1}});
        NaiveBayes::Options options;
        options.balance = Balance::None;
        NaiveBayes nb(options);
        QVERIFY(nb.fit(m, {0, 1, 2, 3}, {1, 0, 0, 0}, nullptr).ok());
        QVERIFY(std::abs(nb.bias() - std::log(1.0 / 3.0)) < 1e-12);
    }

    void complementNaiveBayes_ranksTheRelevantTermHigher()
    {
        const SparseMatrix m =
            dense({{1, 0, 0}, {0.8, 0, 0.6}, {0, 1, 0}, {0, 0.6, 0.8}, {0, 0, 1}});
        NaiveBayes::Options options;
        options.variant = NaiveBayes::Variant::Complement;
        NaiveBayes nb(options);
        QVERIFY(nb.fit(m, {0, 2, 3}, {1, 0, 0}, nullptr).ok());
        QVERIFY(nb.decision(m, 1) > nb.decision(m, 4));
        QVERIFY(nb.decision(m, 0) > nb.decision(m, 2));
    }

    void ranker_uncertainSlots_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<QList<int>>("positions"); // positions 1..40 that are uncertain
        QTest::newRow("none") << 0.0 << QList<int>{};
        QTest::newRow("one in ten") << 0.1 << QList<int>{10, 20, 30, 40};
        QTest::newRow("one in twenty") << 0.05 << QList<int>{20, 40};
        QTest::newRow("a quarter") << 0.25 << QList<int>{4, 8, 12, 16, 20, 24, 28, 32, 36, 40};
    }

    void ranker_uncertainSlots()
    {
        QFETCH(double, share);
        QFETCH(QList<int>, positions);
        QList<int> found;
        for (int p = 1; p <= 40; ++p) {
            if (RelevanceRanker::isUncertainSlot(p, share))
                found.append(p);
        }
        QCOMPARE(found, positions);
    }

    void ranker_ordersUnscreenedByRelevance()
    {
        const QStringList texts = {
            QStringLiteral("loneliness intervention older adults"), // screened: relevant
            QStringLiteral("soil erosion in river basins"),         // screened: irrelevant
            QStringLiteral("river basin sediment"),                 // unscreened
            QStringLiteral("loneliness in older adults: a trial"),  // unscreened
            QStringLiteral("an intervention for loneliness"),       // unscreened
        };
        const std::vector<qint8> labels = {Label::Relevant, Label::Irrelevant, Label::Unscreened,
                                           Label::Unscreened, Label::Unscreened};
        RankingSettings settings;
        settings.minDf = 1;
        settings.uncertaintyShare = 0;
        Result<Ranking> ranking = RelevanceRanker::rank(texts, labels, settings);
        QVERIFY2(ranking.ok(), qPrintable(ranking.errorString()));
        QCOMPARE(int(ranking->order.size()), 3);
        QCOMPARE(ranking->order.back(), 2); // the river record last
        QVERIFY(ranking->scores[3] > ranking->scores[2]);
        QVERIFY(ranking->scores[4] > ranking->scores[2]);
        QCOMPARE(ranking->trainedOn, 2);
        QCOMPARE(ranking->relevantInTraining, 1);
        QVERIFY(!ranking->model.isEmpty());
    }

    void ranker_uncertainRecordTakesItsSlot()
    {
        // Three unscreened records; with alreadyScreened = 1 and share 0.5, position 2 (the
        // first of this ranking) is an uncertain slot.
        const QStringList texts = {QStringLiteral("alpha beta"), QStringLiteral("gamma delta"),
                                   QStringLiteral("alpha beta"), QStringLiteral("gamma delta"),
                                   QStringLiteral("alpha delta")};
        const std::vector<qint8> labels = {Label::Relevant, Label::Irrelevant, Label::Unscreened,
                                           Label::Unscreened, Label::Unscreened};
        RankingSettings settings;
        settings.minDf = 1;
        settings.bigrams = false;
        settings.uncertaintyShare = 0.5;
        Result<SparseMatrix> features = RelevanceRanker::features(texts, settings);
        QVERIFY(features.ok());
        Result<Ranking> ranking = RelevanceRanker::rank(features.value(), labels, settings, 1);
        QVERIFY(ranking.ok());
        QCOMPARE(ranking->order, (std::vector<int>{4, 2, 3}));
        QCOMPARE(ranking->uncertain, (std::vector<bool>{true, false, true}));
    }

    // The window's retraining: the rows are reused while the texts stay the same, the fit
    // starts from the last model, and the ranking is the one a fresh ranker would give.
    void retrainingRanker_reusesRowsAndModel()
    {
        QStringList texts;
        std::vector<qint8> labels;
        for (int i = 0; i < 40; ++i) {
            const bool lonely = i % 4 == 1;
            texts.append(lonely ? QStringLiteral("loneliness intervention older adults %1").arg(i)
                                : QStringLiteral("soil erosion in river basins %1").arg(i));
            labels.push_back(i < 10 ? (lonely ? Label::Relevant : Label::Irrelevant)
                                    : Label::Unscreened);
        }
        RankingSettings settings;
        settings.uncertaintyShare = 0;
        RetrainingRanker ranker;
        QVERIFY(ranker.rank(texts, labels, settings).ok());
        QVERIFY(!ranker.reusedFeatures());
        QVERIFY(!ranker.warmStarted());

        labels[10] = Label::Irrelevant;
        labels[13] = Label::Relevant;
        Result<Ranking> again = ranker.rank(texts, labels, settings);
        QVERIFY(again.ok());
        QVERIFY(ranker.reusedFeatures());
        QVERIFY(ranker.warmStarted());
        Result<Ranking> fresh = RelevanceRanker::rank(texts, labels, settings);
        QVERIFY(fresh.ok());
        QCOMPARE(again->order, fresh->order);
        for (std::size_t i = 0; i < fresh->scores.size(); ++i)
            QVERIFY(std::abs(again->scores[i] - fresh->scores[i]) < 1e-3);

        // An edited record means new rows, and a model over the old columns is of no use.
        texts[20] = QStringLiteral("loneliness and befriending");
        QVERIFY(ranker.rank(texts, labels, settings).ok());
        QVERIFY(!ranker.reusedFeatures());
        QVERIFY(!ranker.warmStarted());
        settings.bigrams = false;
        QVERIFY(ranker.rank(texts, labels, settings).ok());
        QVERIFY(!ranker.reusedFeatures());
    }

    void ranker_refusesWithoutBothClasses_data()
    {
        QTest::addColumn<QList<int>>("labels");
        QTest::newRow("nothing screened") << QList<int>{-1, -1, -1};
        QTest::newRow("only includes") << QList<int>{1, 1, -1};
        QTest::newRow("only excludes") << QList<int>{0, -1, -1};
        QTest::newRow("unsure does not count") << QList<int>{1, 2, -1};
    }

    void ranker_refusesWithoutBothClasses()
    {
        QFETCH(QList<int>, labels);
        std::vector<qint8> l;
        for (int v : labels)
            l.push_back(qint8(v));
        Result<Ranking> ranking = RelevanceRanker::rank(
            {QStringLiteral("a b"), QStringLiteral("c d"), QStringLiteral("e f")}, l,
            RankingSettings());
        QVERIFY(!ranking.ok());
        QCOMPARE(ranking.error().kind, Error::Kind::Usage);
    }

    void settings_roundTripThroughJson()
    {
        RankingSettings s;
        s.model = RankingSettings::Model::ComplementNaiveBayes;
        s.c = 3.5;
        s.bigrams = false;
        s.uncertaintyShare = 0.1;
        Result<RankingSettings> back = RankingSettings::fromJson(s.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), s.toJson());
        QJsonObject bad = s.toJson();
        bad.insert(QStringLiteral("model"), QStringLiteral("svm"));
        QVERIFY(!RankingSettings::fromJson(bad).ok());
        s.balance = Balance::None;
        QCOMPARE(RankingSettings::fromJson(s.toJson())->balance, Balance::None);
        s.balance = Balance::Double;
        QCOMPARE(s.toJson().value(QStringLiteral("balance")).toString(), QStringLiteral("double"));
        QCOMPARE(RankingSettings::fromJson(s.toJson())->balance, Balance::Double);
        QJsonObject unknown = s.toJson();
        unknown.insert(QStringLiteral("balance"), QStringLiteral("triple"));
        QVERIFY(!RankingSettings::fromJson(unknown).ok());
    }

    // Settings stored in audit logs before "balance" had "balanced" true or false.
    void settings_readTheOlderBalancedFlag()
    {
        QJsonObject old = RankingSettings().toJson();
        old.remove(QStringLiteral("balance"));
        old.insert(QStringLiteral("balanced"), false);
        QCOMPARE(RankingSettings::fromJson(old)->balance, Balance::None);
        old.insert(QStringLiteral("balanced"), true);
        QCOMPARE(RankingSettings::fromJson(old)->balance, Balance::Equal);
    }
};

QTEST_GUILESS_MAIN(ClassifierTest)
#include "tst_classifier.moc"
