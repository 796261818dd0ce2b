// Blind screening on the command line: `evimap audit --reviewer R` and `evimap stats --reviewer R`
// show a reviewer what their window shows (no one else's vote on an unsettled record, the hidden
// changes counted); without --reviewer, everything, as before.
#include "project/project.h"
#include "project/projectsettings.h"
#include "runcommand.h"
#include "screening/screeningsettings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class CliBlindTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void screen(const QString &reviewer, const QByteArray &csv)
    {
        const test::RunResult r =
            test::runCommand({"screen", m_project, "--reviewer", reviewer, "--stage", "ta",
                              "--decisions", write(reviewer + QStringLiteral(".csv"), csv)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

private slots:
    // Lena (the lead) and Ben include record 1: settled. Ben alone excludes record 2 ("off
    // topic"), which Ann has not screened.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("blind.evimap"));
        QCOMPARE(
            test::runCommand({"new", m_project, "--codebook", "empty", "--no-reasons"}).exitCode,
            0);
        const QString ris = write(QStringLiteral("s.ris"), "TY  - JOUR\nTI  - First\nER  - \n"
                                                           "TY  - JOUR\nTI  - Second\nER  - \n"
                                                           "TY  - JOUR\nTI  - Third\nER  - \n");
        QCOMPARE(test::runCommand({"import", m_project, ris}).exitCode, 0);
        {
            Result<std::unique_ptr<Project>> p = Project::open(m_project);
            QVERIFY(p.ok());
            QVERIFY(ProjectSettings::screeningReviewersRequired.write(*p.value(), 2).ok());
        }
        screen(QStringLiteral("Lena Lead"), "record,decision\n1,include\n");
        screen(QStringLiteral("Ben Best"), "record,decision,reason,note\n1,include,,\n"
                                           "2,exclude,,off topic\n");
        screen(QStringLiteral("Ann Able"), "record,decision\n3,include\n");
    }

    void audit_asAReviewer_hidesOthersOpenVotesAndCountsThem()
    {
        const test::RunResult ann =
            test::runCommand({"audit", m_project, "--record", "2", "--reviewer", "Ann Able"});
        QVERIFY2(ann.exitCode == 0, ann.err.constData());
        QVERIFY2(!ann.out.contains("off topic"), ann.out.constData());
        QVERIFY2(!ann.out.contains("screening.decide"), ann.out.constData());
        QVERIFY2(ann.out.contains("1 change(s) hidden until settled"), ann.out.constData());

        // The whole project, as JSON: Ben's settled vote on record 1 shows, his open one not.
        const test::RunResult json =
            test::runCommand({"audit", m_project, "--reviewer", "AA", "--json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(json.out).array();
        int bensShown = 0;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QVERIFY(
                !e.value(QStringLiteral("after")).toString().contains(QStringLiteral("off topic")));
            bensShown +=
                e.value(QStringLiteral("reviewer")).toString() == QLatin1String("Ben Best");
        }
        QVERIFY(bensShown >= 1);
        QVERIFY2(json.err.contains("1 change(s) hidden until settled"), json.err.constData());

        const QString csv = m_dir.filePath(QStringLiteral("ann-history.csv"));
        const test::RunResult written =
            test::runCommand({"audit", m_project, "--reviewer", "Ann Able", "--csv", csv});
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.out.contains("hidden until settled"));
        QVERIFY(!test::readFile(csv).contains("off topic"));
        QVERIFY(test::readFile(csv).contains("Ben Best"));
    }

    void audit_theLeadAndTheCommandLineSeeAll()
    {
        for (const QStringList &extra : {QStringList{"--reviewer", "Lena Lead"}, QStringList{}}) {
            const test::RunResult r =
                test::runEvimap(QStringList{"audit", m_project, "--record", "2"} + extra);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("off topic"), r.out.constData());
            QVERIFY(!r.out.contains("hidden"));
        }
        const test::RunResult unknown =
            test::runEvimap({"audit", m_project, "--reviewer", "Nobody Known"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("Nobody Known"), unknown.err.constData());
    }

    void stats_asAReviewer_countsOthersVotesOnSettledRecordsOnly()
    {
        auto bens = [](const QByteArray &out) {
            const QJsonArray reviewers = QJsonDocument::fromJson(out)
                                             .object()[QStringLiteral("stages")]
                                             .toObject()[QStringLiteral("ta")]
                                             .toObject()[QStringLiteral("reviewers")]
                                             .toArray();
            for (const QJsonValue &r : reviewers) {
                if (r.toObject()[QStringLiteral("name")].toString() == QLatin1String("Ben Best"))
                    return r.toObject();
            }
            return QJsonObject();
        };
        const test::RunResult all = test::runCommand({"stats", m_project, "--json"});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(bens(all.out)[QStringLiteral("exclude")].toInt(), 1);
        const test::RunResult ann =
            test::runCommand({"stats", m_project, "--reviewer", "Ann Able", "--json"});
        QVERIFY2(ann.exitCode == 0, ann.err.constData());
        QCOMPARE(bens(ann.out)[QStringLiteral("decided")].toInt(), 1); // record 1, settled
        QCOMPARE(bens(ann.out)[QStringLiteral("exclude")].toInt(), 0);
        QVERIFY(QJsonDocument::fromJson(ann.out).object()[QStringLiteral("blindedView")].toBool());
        const test::RunResult text = test::runCommand({"stats", m_project, "--reviewer", "AA"});
        QVERIFY(text.out.contains("Counted from your own decisions"));
    }
};

QTEST_GUILESS_MAIN(CliBlindTest)
#include "tst_cli_blind.moc"
