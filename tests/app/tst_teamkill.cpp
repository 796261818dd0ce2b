// Crash safety: `evimap import` of 10,000 records killed with SIGKILL at random moments, 20
// times. Every time the file must pass `evimap check`, keep what was committed before, and hold
// either all of the interrupted batch or none of it.
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace evimap;

namespace {

constexpr int batchSize = 10000;
constexpr int kills = 20;

QByteArray risFile(int records, const QByteArray &search)
{
    QByteArray ris;
    ris.reserve(records * 260);
    for (int i = 1; i <= records; ++i) {
        ris += "TY  - JOUR\r\n";
        ris += "TI  - Loneliness and social anxiety in later life, " + search + " cohort " +
               QByteArray::number(i) + "\r\n";
        ris += "AU  - Author" + QByteArray::number(i % 97) + ", A.\r\n";
        ris += "AU  - Second, B.\r\n";
        ris += "PY  - " + QByteArray::number(1990 + i % 35) + "\r\n";
        ris += "JO  - Journal of Social Connection\r\n";
        ris += "AB  - A study of " + QByteArray::number(i) +
               " people who reported feeling lonely, and of what helped them.\r\n";
        ris += "DO  - 10.5555/" + search + "." + QByteArray::number(i) + "\r\n";
        ris += "ER  - \r\n\r\n";
    }
    return ris;
}

qint64 recordCount(const QString &project)
{
    const test::RunResult r = test::runEvimap({"info", project, "--json"});
    if (r.exitCode != 0)
        return -1;
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("records")).toInteger(-1);
}

qint64 batchCount(const QString &project)
{
    const test::RunResult r = test::runEvimap({"info", project, "--json"});
    if (r.exitCode != 0)
        return -1;
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("batches")).toInteger(-1);
}

} // namespace

class TeamKillTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void importKilledAtRandomMoments_leavesAllOrNothing()
    {
        QVERIFY(m_dir.isValid());
        // Two searches: the first is committed before the crashes, the second is the import
        // that gets killed (EviMap refuses to import the same file twice).
        const QString committed = m_dir.filePath(QStringLiteral("first-search.ris"));
        QVERIFY(test::writeFile(committed, risFile(batchSize, "medline")));
        const QString ris = m_dir.filePath(QStringLiteral("second-search.ris"));
        QVERIFY(test::writeFile(ris, risFile(batchSize, "psycinfo")));

        // The starting point: a project with one batch already committed, which every crash
        // must leave in place. Its import also tells how long an import takes here.
        const QString base = m_dir.filePath(QStringLiteral("base.evimap"));
        QCOMPARE(test::runEvimap({"new", base, "--codebook", "empty"}).exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        const test::RunResult first = test::runEvimap({"import", base, committed});
        const qint64 importMs = timer.elapsed();
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(recordCount(base), qint64(batchSize));

        // How long the import to be killed takes when left alone (it is slower than the first:
        // the project already holds records), and what "all of it" looks like.
        const QString calibration = m_dir.filePath(QStringLiteral("calibration.evimap"));
        QVERIFY(QFile::copy(base, calibration));
        timer.restart();
        const test::RunResult alone = test::runEvimap({"import", calibration, ris});
        const qint64 secondImportMs = timer.elapsed();
        QVERIFY2(alone.exitCode == 0, alone.err.constData());
        QCOMPARE(recordCount(calibration), qint64(2 * batchSize));

        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("imports of %d records: %lld ms into an empty project, %lld ms into the one with "
              "%d; kill seed %u",
              batchSize, importMs, secondImportMs, batchSize, seed);

        int killedWhileRunning = 0, whole = 0, none = 0, journals = 0, staleJournals = 0;
        for (int round = 0; round < kills; ++round) {
            const QString project = m_dir.filePath(QStringLiteral("kill-%1.evimap").arg(round));
            QVERIFY(QFile::copy(base, project));
            QProcess import;
            import.start(QStringLiteral(EVIMAP_BINARY), {QStringLiteral("import"), project, ris});
            QVERIFY(import.waitForStarted());
            // Anywhere from start-up to well past the end of a normal import (imports here vary
            // by half their time with the machine's load), so kills land before, during and
            // around the commit, and some imports finish.
            const int delay = int(random.bounded(quint32(secondImportMs * 2 + 1)));
            if (!import.waitForFinished(delay)) {
                import.kill(); // SIGKILL: no handler, no clean-up, like a power cut for the file
                ++killedWhileRunning;
                import.waitForFinished(30000);
            } else {
                // Not killed in time: then it must have finished the import properly.
                QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0,
                         import.readAllStandardError().constData());
            }

            // A kill in the middle of writing leaves a hot journal; `evimap check` must roll it
            // back (it only reads otherwise) before it can judge the file. A kill before the
            // journal's header was written leaves one SQLite rightly ignores (not hot): it stays
            // until the next write, and check warns about it.
            const QString journal = project + QStringLiteral("-journal");
            const bool journalBefore = QFileInfo::exists(journal);
            const test::RunResult check = test::runEvimap({"check", project});
            if (journalBefore)
                ++(QFileInfo::exists(journal) ? staleJournals : journals);
            QVERIFY2(check.exitCode == 0,
                     qPrintable(QStringLiteral("round %1 (kill after %2 ms, seed %3): %4")
                                    .arg(round)
                                    .arg(delay)
                                    .arg(seed)
                                    .arg(QString::fromUtf8(check.err))));
            const qint64 records = recordCount(project);
            const qint64 batches = batchCount(project);
            QVERIFY2(records == batchSize || records == 2 * batchSize,
                     qPrintable(QStringLiteral("round %1: %2 records").arg(round).arg(records)));
            QCOMPARE(batches, records / batchSize);
            records == batchSize ? ++none : ++whole;
            QFile::remove(project);
        }
        qInfo("%d kills: %d during the import (%d left a hot journal that check rolled back, %d "
              "a journal without a header, ignored); afterwards %d files held the whole batch, "
              "%d none of it",
              kills, killedWhileRunning, journals, staleJournals, whole, none);
    }
};

QTEST_GUILESS_MAIN(TeamKillTest)
#include "tst_teamkill.moc"
