// Every file the command line writes for people (figures, maps, reports, exports, CSV tables,
// codebooks) is complete or absent: on a full disk the command fails with exit 1 and the
// reason, and a file that was there before is left as it was. The disk is made "full" for the
// child process alone with RLIMIT_FSIZE (writes past the limit fail with EFBIG, as they fail
// with ENOSPC on a full disk), so the test needs no root and no mounted file system.
#include "mapfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/resource.h>

using namespace evimap;
using namespace evimap::test;

namespace {

// Runs evimap with file writes limited to `limitBytes` per file.
RunResult runWithFileSizeLimit(const QStringList &arguments, rlim_t limitBytes)
{
    QProcess process;
    process.setChildProcessModifier([limitBytes] {
        // Past the limit a write fails with EFBIG instead of killing the process.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{limitBytes, limitBytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(EVIMAP_BINARY), arguments);
    RunResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestCliOutputs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MapFixture> m_fixture;
    QString m_project;

    QString out(const QString &name) const { return m_fixture->dir() + QLatin1Char('/') + name; }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<MapFixture>(QStringLiteral("CLI outputs test"));
        MapFixture &f = *m_fixture;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const qint64 approach =
            f.addCode(0, QStringLiteral("approach"), QStringLiteral("Intervention approach"), 0);
        const qint64 factor =
            f.addCode(0, QStringLiteral("factor"), QStringLiteral("Psychological factor"), 1);
        const qint64 cbt = f.addCode(approach, QStringLiteral("cbt"), QStringLiteral("CBT"), 0);
        const qint64 arts = f.addCode(approach, QStringLiteral("arts"), QStringLiteral("Arts"), 1);
        const qint64 shame = f.addCode(factor, QStringLiteral("shame"), QStringLiteral("Shame"), 0);
        const qint64 batch = f.addBatch(QStringLiteral("PsycINFO"));
        for (int i = 0; i < 40; ++i) {
            const qint64 r = f.addRecord(
                QStringLiteral("Record %1 about loneliness and a long enough title").arg(i),
                2000 + i % 20, batch);
            f.settle(r, QStringLiteral("ta"), QStringLiteral("include"));
            f.settle(r, QStringLiteral("ft"), QStringLiteral("include"));
            f.code(r, i % 2 ? cbt : arts);
            f.code(r, shame);
        }
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        m_project = f.path();
        f.close();
    }

    void fullDisk_failsWithTheReasonAndLeavesTheOldFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments"); // FILE stands for the output
        const QStringList map = {QStringLiteral("map"),    QStringLiteral("PROJECT"),
                                 QStringLiteral("--rows"), QStringLiteral("approach"),
                                 QStringLiteral("--cols"), QStringLiteral("factor"),
                                 QStringLiteral("-o"),     QStringLiteral("FILE")};
        QTest::newRow("prisma svg")
            << "p.svg"
            << QStringList{QStringLiteral("prisma"), QStringLiteral("PROJECT"),
                           QStringLiteral("-o"), QStringLiteral("FILE")};
        QTest::newRow("prisma png")
            << "p.png"
            << QStringList{QStringLiteral("prisma"), QStringLiteral("PROJECT"),
                           QStringLiteral("-o"), QStringLiteral("FILE")};
        QTest::newRow("map csv") << "m.csv" << map;
        QTest::newRow("map html") << "m.html" << map;
        QTest::newRow("map pdf") << "m.pdf" << map;
        QTest::newRow("report") << "r.pdf"
                                << QStringList{QStringLiteral("report"), QStringLiteral("PROJECT"),
                                               QStringLiteral("-o"), QStringLiteral("FILE")};
        QTest::newRow("export") << "e.ris"
                                << QStringList{QStringLiteral("export"), QStringLiteral("PROJECT"),
                                               QStringLiteral("-o"), QStringLiteral("FILE")};
        QTest::newRow("audit csv")
            << "a.csv"
            << QStringList{QStringLiteral("audit"), QStringLiteral("PROJECT"),
                           QStringLiteral("--csv"), QStringLiteral("FILE")};
        QTest::newRow("codebook json")
            << "c.json"
            << QStringList{QStringLiteral("codebook"), QStringLiteral("PROJECT"),
                           QStringLiteral("--export"), QStringLiteral("FILE")};
        QTest::newRow("coding csv")
            << "k.csv"
            << QStringList{QStringLiteral("coding"), QStringLiteral("PROJECT"),
                           QStringLiteral("--export"), QStringLiteral("FILE")};
    }

    void fullDisk_failsWithTheReasonAndLeavesTheOldFile()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        const QString path = out(file);
        arguments.replaceInStrings(QStringLiteral("PROJECT"), m_project);
        arguments.replaceInStrings(QStringLiteral("FILE"), path);

        // Without a limit the command works, and its output is larger than the limit below.
        const RunResult free = runEvimap(arguments);
        QVERIFY2(free.exitCode == 0, free.err.constData());
        const qint64 size = QFileInfo(path).size();
        QVERIFY2(size > 64, qPrintable(QString::number(size)));

        QVERIFY(writeFile(path, "the old file"));
        const RunResult full = runWithFileSizeLimit(arguments, 32);
        QVERIFY2(full.exitCode == 1, full.err.constData());
        QVERIFY2(full.err.contains(path.toUtf8() +
                                   " could not be written: " + QByteArray(std::strerror(EFBIG))),
                 full.err.constData());
        QCOMPARE(readFile(path), QByteArray("the old file"));
        // No temporary file is left beside it.
        const QStringList left = QDir(m_fixture->dir()).entryList({file + QStringLiteral("*")});
        QCOMPARE(left, QStringList{file});
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
