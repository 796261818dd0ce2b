// Agreement statistics: hand-checked tables, and Cohen's kappa against scikit-learn's
// cohen_kappa_score on the same decisions.
#include "screening/agreement.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

#include <cmath>
#include <optional>

using namespace evimap;

namespace {

// Two raters' ratings from the four cells of a 2×2 table (1 = include, 0 = exclude).
void fromTable(int bothInclude, int onlyA, int onlyB, int bothExclude, QList<int> &a, QList<int> &b)
{
    a.clear();
    b.clear();
    auto add = [&](int n, int x, int y) {
        for (int i = 0; i < n; ++i) {
            a.append(x);
            b.append(y);
        }
    };
    add(bothInclude, 1, 1);
    add(onlyA, 1, 0);
    add(onlyB, 0, 1);
    add(bothExclude, 0, 0);
}

// A deterministic stream of decisions with a given share of inclusions and of disagreement.
QList<int> generated(quint32 seed, int n, int includePercent, int categories)
{
    QList<int> list;
    quint32 x = seed;
    for (int i = 0; i < n; ++i) {
        x = x * 1664525u + 1013904223u;
        const int roll = int((x >> 8) % 100);
        if (categories == 2)
            list.append(roll < includePercent ? 1 : 0);
        else
            list.append(roll < includePercent ? 1 + int((x >> 20) % quint32(categories - 1)) : 0);
    }
    return list;
}

QList<int> flipSome(const QList<int> &source, quint32 seed, int flipPercent, int categories)
{
    QList<int> list = source;
    quint32 x = seed;
    for (int &v : list) {
        x = x * 22695477u + 1u;
        if (int((x >> 8) % 100) < flipPercent)
            v = (v + 1 + int((x >> 16) % quint32(categories - 1))) % categories;
    }
    return list;
}

const QString python = QStringLiteral("/usr/bin/python3");

} // namespace

class AgreementTest : public QObject
{
    Q_OBJECT

private slots:
    void twoRaters_data()
    {
        QTest::addColumn<int>("bothInclude");
        QTest::addColumn<int>("onlyA");
        QTest::addColumn<int>("onlyB");
        QTest::addColumn<int>("bothExclude");
        QTest::addColumn<double>("percent");
        QTest::addColumn<double>("kappa"); // NaN: undefined
        QTest::addColumn<double>("pabak");

        // p_o = 35/50 = 0.7; p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2 / 0.5 = 0.4.
        QTest::newRow("textbook 50 items") << 20 << 5 << 10 << 15 << 0.7 << 0.4 << 0.4;
        // Screening-like: mostly excluded. p_o = 0.94, p_e = 0.07² + 0.93² = 0.8698,
        // κ = 0.0702 / 0.1302 — low although reviewers agree on 94%: PABAK = 0.88 shows it.
        QTest::newRow("exclude-heavy 100 items")
            << 4 << 3 << 3 << 90 << 0.94 << 0.0702 / 0.1302 << 0.88;
        QTest::newRow("perfect agreement") << 6 << 0 << 0 << 4 << 1.0 << 1.0 << 1.0;
        // p_o = 0, p_e = 0.5: κ = −1.
        QTest::newRow("complete disagreement") << 0 << 5 << 5 << 0 << 0.0 << -1.0 << -1.0;
        // Both reviewers excluded everything: p_e = 1, κ is 0/0.
        QTest::newRow("one category only") << 0 << 0 << 0 << 12 << 1.0 << qQNaN() << 1.0;
        // p_o = 0.5; A includes 3/4, B 1/4: p_e = 0.75·0.25 + 0.25·0.75 = 0.375;
        // κ = 0.125 / 0.625 = 0.2.
        QTest::newRow("biased raters") << 1 << 2 << 0 << 1 << 0.5 << 0.2 << 0.0;
    }

    void twoRaters()
    {
        QFETCH(int, bothInclude);
        QFETCH(int, onlyA);
        QFETCH(int, onlyB);
        QFETCH(int, bothExclude);
        QFETCH(double, percent);
        QFETCH(double, kappa);
        QFETCH(double, pabak);
        QList<int> a, b;
        fromTable(bothInclude, onlyA, onlyB, bothExclude, a, b);

        const std::optional<double> po = Agreement::percentAgreement(a, b);
        QVERIFY(po.has_value());
        QVERIFY(qAbs(*po - percent) < 1e-12);
        const std::optional<double> k = Agreement::cohenKappa(a, b);
        if (std::isnan(kappa)) {
            QVERIFY(!k.has_value());
        } else {
            QVERIFY(k.has_value());
            QVERIFY2(qAbs(*k - kappa) < 1e-12, qPrintable(QString::number(*k, 'g', 17)));
        }
        const std::optional<double> p = Agreement::pabak(a, b);
        QVERIFY(p.has_value());
        QVERIFY(qAbs(*p - pabak) < 1e-12);
        // Kappa does not depend on which reviewer is "A".
        if (k)
            QVERIFY(qAbs(*Agreement::cohenKappa(b, a) - *k) < 1e-12);
    }

    void emptyOrMismatched_isUndefined()
    {
        QVERIFY(!Agreement::percentAgreement({}, {}).has_value());
        QVERIFY(!Agreement::cohenKappa({}, {}).has_value());
        QVERIFY(!Agreement::cohenKappa({1, 0}, {1}).has_value());
        QVERIFY(!Agreement::pabak({}, {}).has_value());
    }

    void pabak_threeCategories()
    {
        // p_o = 2/3 with k = 3: (3·2/3 − 1) / 2 = 0.5.
        const std::optional<double> p = Agreement::pabak({0, 1, 2}, {0, 1, 0}, 3);
        QVERIFY(p.has_value());
        QVERIFY(qAbs(*p - 0.5) < 1e-12);
    }

    void fleiss_data()
    {
        QTest::addColumn<QList<QList<int>>>("counts");
        QTest::addColumn<double>("kappa"); // NaN: undefined

        // Fleiss (1971) as reproduced on Wikipedia: 10 subjects, 14 raters, 5 categories;
        // P̄ = 0.378, P̄e = 0.2128, κ = 0.2099.
        QTest::newRow("fleiss 14 raters")
            << QList<QList<int>>{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6},
                                 {0, 3, 9, 2, 0},  {2, 2, 8, 1, 1}, {7, 7, 0, 0, 0},
                                 {3, 2, 6, 3, 0},  {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0},
                                 {0, 2, 2, 3, 7}}
            << 0.20993070442195522;
        // Three reviewers, four records, unanimous but mixed: κ = 1.
        QTest::newRow("unanimous") << QList<QList<int>>{{3, 0}, {0, 3}, {3, 0}, {0, 3}} << 1.0;
        // Three reviewers, two records: P_i = 1/3 each, P̄ = 1/3; p = (0.5, 0.5), P̄e = 0.5;
        // κ = (1/3 − 1/2) / (1/2) = −1/3.
        QTest::newRow("split") << QList<QList<int>>{{2, 1}, {1, 2}} << -1.0 / 3.0;
        QTest::newRow("all one category") << QList<QList<int>>{{3, 0}, {3, 0}} << qQNaN();
        QTest::newRow("unequal raters") << QList<QList<int>>{{3, 0}, {2, 0}} << qQNaN();
        QTest::newRow("no items") << QList<QList<int>>{} << qQNaN();
    }

    void fleiss()
    {
        QFETCH(QList<QList<int>>, counts);
        QFETCH(double, kappa);
        const std::optional<double> k = Agreement::fleissKappa(counts);
        if (std::isnan(kappa)) {
            QVERIFY(!k.has_value());
            return;
        }
        QVERIFY(k.has_value());
        QVERIFY2(qAbs(*k - kappa) < 1e-12, qPrintable(QString::number(*k, 'g', 17)));
    }

    void fleiss_twoRatersEqualsScottsPi()
    {
        // With two raters Fleiss' kappa is Scott's pi: p_e from the pooled marginals.
        QList<int> a, b;
        fromTable(20, 5, 10, 15, a, b);
        QList<QList<int>> counts;
        for (qsizetype i = 0; i < a.size(); ++i)
            counts.append({(a[i] == 0) + (b[i] == 0), (a[i] == 1) + (b[i] == 1)});
        // Pooled include share = (25 + 30) / 100 = 0.55; p_e = 0.55² + 0.45² = 0.505;
        // π = (0.7 − 0.505) / 0.495.
        QVERIFY(qAbs(*Agreement::fleissKappa(counts) - (0.7 - 0.505) / 0.495) < 1e-12);
    }

    // The same decisions through scikit-learn's cohen_kappa_score (Debian's python3-sklearn).
    void cohenKappa_matchesScikitLearn()
    {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import sklearn.metrics")});
        if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit ||
            probe.exitCode() != 0)
            QSKIP("scikit-learn is missing: install the Debian package python3-sklearn "
                  "(packaging/install-deps.sh lists it)");

        struct Case
        {
            const char *name;
            QList<int> a, b;
        };
        QList<Case> cases;
        QList<int> a, b;
        fromTable(20, 5, 10, 15, a, b);
        cases.append({"textbook", a, b});
        fromTable(4, 3, 3, 90, a, b);
        cases.append({"exclude-heavy", a, b});
        fromTable(1, 2, 0, 1, a, b);
        cases.append({"biased", a, b});
        for (int prevalence : {3, 10, 30, 50, 80}) {
            for (int flip : {2, 10, 35}) {
                const QList<int> x =
                    generated(quint32(prevalence * 131 + flip), 997, prevalence, 2);
                cases.append(
                    {"generated binary", x, flipSome(x, quint32(prevalence * 7 + flip), flip, 2)});
            }
        }
        // Three categories (include, exclude, unsure kept apart) exercise the general formula.
        const QList<int> x3 = generated(4242u, 500, 40, 3);
        cases.append({"generated three categories", x3, flipSome(x3, 99u, 20, 3)});

        QJsonArray input;
        for (const Case &c : std::as_const(cases)) {
            QJsonArray ja, jb;
            for (int v : c.a)
                ja.append(v);
            for (int v : c.b)
                jb.append(v);
            input.append(QJsonArray{ja, jb});
        }
        const QString script = QStringLiteral("import json, math, sys\n"
                                              "from sklearn.metrics import cohen_kappa_score\n"
                                              "out = []\n"
                                              "for a, b in json.load(sys.stdin):\n"
                                              "    k = float(cohen_kappa_score(a, b))\n"
                                              "    out.append(None if math.isnan(k) else repr(k))\n"
                                              "print(json.dumps(out))\n");
        QProcess process;
        process.start(python, {QStringLiteral("-c"), script});
        QVERIFY(process.waitForStarted());
        process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray expected =
            QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(expected.size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const std::optional<double> mine = Agreement::cohenKappa(cases[i].a, cases[i].b);
            const QJsonValue theirs = expected.at(i);
            if (theirs.isNull()) {
                QVERIFY2(!mine.has_value(), cases[i].name);
                continue;
            }
            QVERIFY2(mine.has_value(), cases[i].name);
            const double reference = theirs.toString().toDouble();
            QVERIFY2(qAbs(*mine - reference) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2 vs scikit-learn %3")
                                    .arg(QLatin1String(cases[i].name))
                                    .arg(*mine, 0, 'g', 17)
                                    .arg(reference, 0, 'g', 17)));
        }
    }
};

QTEST_GUILESS_MAIN(AgreementTest)
#include "tst_agreement.moc"
