// `evimap dedup` as scripts use it: the real binary on three searches that found the same study,
// its erratum, a pair a person must judge and an unrelated record; --auto, --json, --list,
// --decide, --undo and their exit codes.
#include "runcommand.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

QJsonObject json(const test::RunResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class CliDedupTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString importedProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.evimap").arg(++m_counter));
        test::RunResult r = test::runCommand({"new", path});
        if (r.exitCode != 0)
            qFatal("evimap new failed: %s", r.err.constData());
        r = test::runCommand({"import", path, test::dataPath("dedup/searches.ris")});
        if (r.exitCode != 0)
            qFatal("evimap import failed: %s", r.err.constData());
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void detectWithoutAuto_mergesNothing()
    {
        const QString project = importedProject();
        const test::RunResult r = test::runCommand({"dedup", project, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value("records").toInt(), 7);
        QCOMPARE(o.value("merged").toInt(), 0);
        QCOMPARE(o.value("pairs_found").toInt(), 4); // three copies pairwise, and the carers pair
        QCOMPARE(o.value("certain").toInt(), 3);
        QCOMPARE(o.value("queued").toInt(), 4);
        QCOMPARE(o.value("duplicates_removed").toInt(), 0);
    }

    void importWithDedup_mergesTheCertainPairsAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("on-import.evimap"));
        QCOMPARE(test::runEvimap({"new", path}).exitCode, 0);
        test::RunResult r = test::runEvimap(
            {"import", path, test::dataPath("dedup/searches.ris"), "--dedup", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject dedup = json(r).value("dedup").toObject();
        QCOMPARE(dedup.value("merged").toInt(), 2);
        QCOMPARE(dedup.value("queued").toInt(), 1);
        QCOMPARE(dedup.value("duplicates_removed").toInt(), 2);
        // The text form says what happened and where the queue is.
        r = test::runEvimap(
            {"import", path, test::dataPath("dedup/searches.ris"), "--again", "--dedup"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Duplicates: 7 records merged automatically"), r.out.constData());
        QVERIFY2(r.out.contains("--list"), r.out.constData());
        // Without --dedup nothing is merged.
        const QString plain = importedProject();
        r = test::runEvimap({"info", plain, "--json"});
        QCOMPARE(json(r).value("duplicates").toInt(), 0);
    }

    void autoMerge_listDecideUndo()
    {
        const QString project = importedProject();
        test::RunResult r = test::runCommand({"dedup", project, "--auto", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = json(r);
        QCOMPARE(o.value("merged").toInt(), 2);
        QCOMPARE(o.value("groups").toInt(), 1);
        QCOMPARE(o.value("queued").toInt(), 1);
        QCOMPARE(o.value("duplicates_removed").toInt(), 2);
        QCOMPARE(o.value("auto_threshold").toDouble(), 0.97);

        // The queue: the carers pair, two years apart.
        r = test::runCommand({"dedup", project, "--list", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray pairs = json(r).value("pairs").toArray();
        QCOMPARE(pairs.size(), 1);
        const QJsonObject pair = pairs.first().toObject();
        QVERIFY(pair.value("title_a").toString().startsWith("Peer support groups"));
        bool yearDisagrees = false;
        for (const QJsonValue &reason : pair.value("reasons").toArray())
            yearDisagrees = yearDisagrees || (reason.toObject().value("field") == "year" &&
                                              reason.toObject().value("verdict") == "disagree");
        QVERIFY(yearDisagrees);
        const QString id = QString::number(pair.value("pair").toInteger());

        // Deciding needs a reviewer and a decision.
        r = test::runCommand({"dedup", project, "--decide", id, "not-duplicate"});
        QCOMPARE(r.exitCode, 2);
        r = test::runCommand({"dedup", project, "--decide", id, "maybe", "--reviewer", "AB"});
        QCOMPARE(r.exitCode, 2);

        r = test::runCommand(
            {"dedup", project, "--decide", id, "not-duplicate", "--reviewer", "AB"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = test::runCommand({"dedup", project, "--list", "--status", "not_duplicate", "--json"});
        QCOMPARE(json(r).value("pairs").toArray().size(), 1);
        r = test::runCommand({"dedup", project, "--decide", id, "duplicate", "--reviewer", "AB"});
        QCOMPARE(r.exitCode, 2); // decided: undo first

        r = test::runCommand({"dedup", project, "--undo", id, "--reviewer", "AB"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = test::runCommand({"dedup", project, "--decide", id, "duplicate", "--reviewer", "AB"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = test::runCommand({"info", project, "--json"});
        QCOMPARE(json(r).value("duplicates").toInt(), 3);

        // Undoing the merge brings the pair back; the erratum was never touched.
        r = test::runCommand({"dedup", project, "--undo", id, "--reviewer", "AB"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = test::runCommand({"info", project, "--json"});
        QCOMPARE(json(r).value("duplicates").toInt(), 2);
        r = test::runCommand({"dedup", project, "--list", "--status", "auto_merged", "--json"});
        for (const QJsonValue &p : json(r).value("pairs").toArray()) {
            QVERIFY(!p.toObject().value("title_a").toString().startsWith("Erratum"));
            QVERIFY(!p.toObject().value("title_b").toString().startsWith("Erratum"));
        }
    }

    void usageErrors()
    {
        const QString project = importedProject();
        QCOMPARE(test::runCommand({"dedup", project, "--list", "--undo", "1"}).exitCode, 2);
        QCOMPARE(test::runCommand(
                     {"dedup", project, "--auto-threshold", "0.2", "--review-threshold", "0.9"})
                     .exitCode,
                 2);
        QCOMPARE(test::runCommand({"dedup", project, "--undo", "999", "--reviewer", "AB"}).exitCode,
                 2);
        QCOMPARE(test::runCommand({"dedup", m_dir.filePath("missing.evimap")}).exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(CliDedupTest)
#include "tst_cli_dedup.moc"
