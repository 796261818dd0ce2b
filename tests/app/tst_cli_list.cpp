// `evimap list` (the record list's views) and `evimap tag` on the command line: a reviewer's own
// votes, the lead's conflicts refused to a reviewer while blind, tags put on and listed, and
// the usage errors.
#include "project/project.h"
#include "project/projectsettings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class CliListTest : public QObject
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
            test::runEvimap({"screen", m_project, "--reviewer", reviewer, "--stage", "ta",
                             "--decisions", write(reviewer + QStringLiteral(".csv"), csv)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    static QList<qint64> ids(const QByteArray &json)
    {
        QList<qint64> list;
        const QJsonArray records =
            QJsonDocument::fromJson(json).object().value("records").toArray();
        for (const QJsonValue &v : records)
            list << v.toObject().value("id").toInteger();
        return list;
    }

private slots:
    // Lena (lead) and Ben include record 1: settled. Ben excludes 2 and Ann includes it: a
    // conflict. Ann includes 3 alone.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("list.evimap"));
        QCOMPARE(
            test::runEvimap({"new", m_project, "--codebook", "empty", "--no-reasons"}).exitCode, 0);
        const QString ris = write(QStringLiteral("s.ris"), "TY  - JOUR\nTI  - First\nER  - \n"
                                                           "TY  - JOUR\nTI  - Second\nER  - \n"
                                                           "TY  - JOUR\nTI  - Third\nER  - \n");
        QCOMPARE(test::runEvimap({"import", m_project, ris}).exitCode, 0);
        {
            Result<std::unique_ptr<Project>> p = Project::open(m_project);
            QVERIFY(p.ok());
            QVERIFY(ProjectSettings::screeningReviewersRequired.write(*p.value(), 2).ok());
        }
        screen(QStringLiteral("Lena Lead"), "record,decision\n1,include\n");
        screen(QStringLiteral("Ben Best"), "record,decision\n1,include\n2,exclude\n");
        screen(QStringLiteral("Ann Able"), "record,decision\n2,include\n3,include\n");
    }

    void list_views_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("all") << QStringList{} << QList<qint64>{1, 2, 3};
        QTest::newRow("ann's includes")
            << QStringList{"--filter", "my-included", "--reviewer", "Ann Able"}
            << QList<qint64>{2, 3};
        QTest::newRow("ben's excludes")
            << QStringList{"--filter", "my-excluded", "--reviewer", "BB"} << QList<qint64>{2};
        QTest::newRow("ann awaiting")
            << QStringList{"--filter", "awaiting", "--reviewer", "AA"} << QList<qint64>{2, 3};
        QTest::newRow("lead's conflicts")
            << QStringList{"--filter", "conflicts", "--reviewer", "Lena Lead"} << QList<qint64>{2};
        QTest::newRow("settled included")
            << QStringList{"--filter", "included", "--stage", "ta"} << QList<qint64>{1};
        QTest::newRow("lead: Ben's decisions")
            << QStringList{"--filter", "decided-by", "--value", "Ben Best", "--reviewer", "LL"}
            << QList<qint64>{1, 2};
    }

    void list_views()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QList<qint64>, expected);
        const test::RunResult r =
            test::runEvimap(QStringList{"list", m_project, "--json"} + arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ids(r.out), expected);
    }

    void list_conflictsAsAReviewer_isRefusedWhileBlind()
    {
        const test::RunResult r =
            test::runEvimap({"list", m_project, "--filter", "conflicts", "--reviewer", "AA"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Only the lead"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void list_unknownFilter_namesTheViews()
    {
        const test::RunResult r = test::runEvimap({"list", m_project, "--filter", "mine"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("my-included"), r.err.constData());
    }

    void tag_putOnListedAndTakenOff()
    {
        test::RunResult r = test::runEvimap(
            {"tag", m_project, "--records", "1,3", "--add", "pilot", "--reviewer", "Ann Able"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("tagged 2 records"), r.out.constData());
        r = test::runEvimap({"list", m_project, "--filter", "tag", "--value", "pilot", "--json",
                             "--reviewer", "AA"});
        QCOMPARE(ids(r.out), (QList<qint64>{1, 3}));
        // Ben does not see Ann's tags while screening is blind; the lead does.
        r = test::runEvimap({"list", m_project, "--filter", "tag", "--value", "pilot", "--json",
                             "--reviewer", "BB"});
        QCOMPARE(ids(r.out), QList<qint64>{});
        r = test::runEvimap({"list", m_project, "--tags", "--reviewer", "LL"});
        QCOMPARE(r.out.trimmed(), QByteArray("2\tpilot"));
        r = test::runEvimap(
            {"tag", m_project, "--records", "3", "--remove", "pilot", "--reviewer", "AA"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = test::runEvimap({"list", m_project, "--filter", "tag", "--value", "pilot", "--json"});
        QCOMPARE(ids(r.out), QList<qint64>{1});
        r = test::runEvimap({"audit", m_project, "--record", "3", "--json"});
        QVERIFY2(r.out.contains("record.untag") && r.out.contains("pilot"), r.out.constData());
    }

    void tag_needsAnActionAndRecords()
    {
        QCOMPARE(test::runEvimap({"tag", m_project, "--records", "1"}).exitCode, 2);
        QCOMPARE(test::runEvimap({"tag", m_project, "--add", "x"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(CliListTest)
#include "tst_cli_list.moc"
