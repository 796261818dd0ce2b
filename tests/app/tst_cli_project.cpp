// `evimap new/info/check/import/demo` as scripts use them: the real binary, real files, exit codes.
#include "project/schema.h"
#include "runcommand.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cctype>

using namespace evimap;

class CliProjectTest : public QObject
{
    Q_OBJECT

private slots:
    void help_listsCommandsAndExitCodes()
    {
        const test::RunResult r = test::runEvimap({"--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char *word :
             {"new FILE", "info FILE", "check FILE", "import PROJECT", "Exit codes"})
            QVERIFY2(r.out.contains(word), word);
        // Every command's synopsis stands apart from its summary, however long it is: two or
        // more spaces between them, or the summary on the next line, indented.
        const QList<QByteArray> lines = r.out.split('\n');
        const QByteArray indent(46, ' ');
        int commandLines = 0;
        for (int i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (!line.startsWith("  ") || line.size() < 3 || !std::islower(uchar(line.at(2))))
                continue;
            ++commandLines;
            const bool twoParts = line.mid(2).trimmed().contains("  ");
            QVERIFY2(twoParts || lines.at(i + 1).startsWith(indent), line.constData());
        }
        QVERIFY(commandLines >= 20);
        QCOMPARE(test::runEvimap({"--version"}).exitCode, 0);
        QCOMPARE(test::runEvimap({"frobnicate"}).exitCode, 2);
        QCOMPARE(test::runEvimap({"info"}).exitCode, 2);
        QCOMPARE(test::runEvimap({"info", "a", "b"}).exitCode, 2);
    }

    void newInfoCheck_onAGoodProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("good.evimap");
        test::RunResult r = test::runEvimap({"new", path, "--name", "Loneliness review"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(test::runEvimap({"new", path}).exitCode, 2); // exists already

        r = test::runEvimap({"import", path, test::sourcePath("resources/demo/loneliness-demo.ris"),
                             "--source", "PsycINFO", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject imported = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(imported["files"].toArray().first().toObject()["imported"].toInt(), 66);

        r = test::runEvimap({"info", path, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info["name"].toString(), QStringLiteral("Loneliness review"));
        QCOMPARE(info["records"].toInt(), 66);
        QCOMPARE(info["batches"].toInt(), 1);
        QCOMPARE(info["schema_version"].toInt(), Schema::currentVersion());

        r = test::runEvimap({"check", path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("no problems found"));
    }

    // `evimap new` starts as the window's New Project does: two reviewers per record at each
    // stage and the standard exclusion reasons, each changeable.
    void new_startsWithReviewersPerStageAndStandardReasons()
    {
        QTemporaryDir dir;
        const QString standard = dir.filePath("standard.evimap");
        test::RunResult r = test::runCommand({"new", standard});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("2 reviewers per record at title/abstract, 2 at full text; 8 "
                                "exclusion reasons"),
                 r.out.constData());
        r = test::runCommand({"stats", standard, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject stats = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(stats["reviewersRequired"].toInt(), 2);
        QCOMPARE(stats["reviewersRequiredFullText"].toInt(), 2);
        r = test::runCommand({"reasons", standard});
        for (const char *reason :
             {"Wrong population", "Wrong intervention", "Wrong comparator", "Wrong outcome",
              "Wrong study design", "Wrong publication type", "Not retrievable", "Duplicate"})
            QVERIFY2(r.out.contains(reason), reason);

        const QString own = dir.filePath("own.evimap");
        r = test::runCommand({"new", own, "--reviewers-title-abstract", "2",
                              "--reviewers-full-text", "1", "--reason", "Not about loneliness",
                              "--reason", "Children only"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        stats = QJsonDocument::fromJson(test::runCommand({"stats", own, "--json"}).out).object();
        QCOMPARE(stats["reviewersRequired"].toInt(), 2);
        QCOMPARE(stats["reviewersRequiredFullText"].toInt(), 1);
        r = test::runCommand({"reasons", own});
        QVERIFY2(r.out.contains("Not about loneliness") && r.out.contains("Children only"),
                 r.out.constData());
        QVERIFY(!r.out.contains("Wrong population"));

        const QString solo = dir.filePath("solo.evimap");
        QCOMPARE(test::runCommand({"new", solo, "--reviewers", "1", "--no-reasons"}).exitCode, 0);
        stats = QJsonDocument::fromJson(test::runCommand({"stats", solo, "--json"}).out).object();
        QCOMPARE(stats["reviewersRequired"].toInt(), 1);
        QCOMPARE(stats["reviewersRequiredFullText"].toInt(), 1);
        QVERIFY(!test::runCommand({"reasons", solo}).out.contains("Duplicate"));

        QCOMPARE(test::runCommand({"new", dir.filePath("x.evimap"), "--reviewers", "0"}).exitCode,
                 2);
        QVERIFY(!QFile::exists(dir.filePath("x.evimap")));
    }

    void infoAndCheck_refuseBadFilesWithExitCode4_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing") << "missing";
        QTest::newRow("not sqlite") << "text";
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("foreign sqlite") << "foreign";
        QTest::newRow("newer") << "newer";
    }

    void infoAndCheck_refuseBadFilesWithExitCode4()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.evimap");
        if (kind == "text") {
            QVERIFY(test::writeFile(path, "hello"));
        } else if (kind != "missing") {
            QCOMPARE(test::runCommand({"new", path}).exitCode, 0);
            if (kind == "truncated") {
                const QByteArray bytes = test::readFile(path);
                QVERIFY(test::writeFile(path, bytes.left(4096)));
            } else {
                QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", kind);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(kind == "foreign" ? QString("PRAGMA application_id = 7")
                                                 : QString("PRAGMA user_version = 99")));
                q.finish();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(kind);
            }
        }
        const QByteArray before = test::readFile(path);
        for (const char *command : {"info", "check"}) {
            const test::RunResult r = test::runCommand({QString::fromLatin1(command), path});
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
        }
        QCOMPARE(test::readFile(path), before);
    }

    void check_findsDamageInsideAnOpenableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("dangling.evimap");
        QCOMPARE(test::runCommand({"new", path}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "dangling");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Foreign keys are off on this raw connection: make a row point nowhere.
            QVERIFY(
                q.exec("INSERT INTO attachment(uuid, record_id, file_path, file_sha256, added_at) "
                       "VALUES ('a', 999, 'x.pdf', 'y', 'z')"));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase("dangling");
        const test::RunResult r = test::runCommand({"check", path, "--json"});
        QCOMPARE(r.exitCode, 5);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result["ok"].toBool(), false);
        QVERIFY(result["problems"].toArray().first().toString().contains("foreign key"));
    }

    void info_readOnlyProjectOpensAndImportIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("ro.evimap");
        QCOMPARE(test::runCommand({"new", path}).exitCode, 0);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        QCOMPARE(test::runCommand({"info", path}).exitCode, 0);
        const test::RunResult r = test::runCommand(
            {"import", path, test::sourcePath("resources/demo/loneliness-demo.ris")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("read-only"));
    }

    void import_refusedFileGivesExitCode3AndJsonStillPrinted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("p.evimap");
        QCOMPARE(test::runCommand({"new", path}).exitCode, 0);
        const QString prose = dir.filePath("letter.txt");
        QVERIFY(test::writeFile(prose, "Dear colleague, here is nothing bibliographic.\n"));
        const test::RunResult r = test::runCommand({"import", path, prose, "--json"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("letter.txt"));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json["files"].toArray().first().toObject()["imported"].toInt(), 0);
        // Importing the same file twice is refused unless --again.
        const QString ris = test::sourcePath("resources/demo/loneliness-demo.ris");
        QCOMPARE(test::runCommand({"import", path, ris}).exitCode, 0);
        QCOMPARE(test::runCommand({"import", path, ris}).exitCode, 3);
        QCOMPARE(test::runCommand({"import", path, ris, "--again"}).exitCode, 0);
        const QJsonObject info =
            QJsonDocument::fromJson(test::runCommand({"info", path, "--json"}).out).object();
        QCOMPARE(info["records"].toInt(), 132);
        QCOMPARE(info["batches"].toInt(), 2);
    }

    void demo_writesProjectAndSummary()
    {
        QTemporaryDir dir;
        const test::RunResult r = test::runEvimap({"demo", "--output", dir.filePath("out")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath("out/demo.evimap")));
        QVERIFY(QFile::exists(dir.filePath("out/summary.txt")));
        QVERIFY(r.out.contains("summary.txt"));
        const QJsonObject summary =
            QJsonDocument::fromJson(test::readFile(dir.filePath("out/summary.json"))).object();
        QVERIFY(summary["records"].toInt() >= 60);
        // The worked review ran: duplicates merged, two reviewers screened, the lead coded, so
        // the map and the report are drawn from the data.
        QCOMPARE(summary["duplicates"].toInt(), 5);
        QCOMPARE(summary["reviewers"].toInt(), 2);
        QVERIFY(summary["decisions"].toInt() > 2 * 60);
        QVERIFY(summary["codings"].toInt() > 0);
        for (const char *file : {"out/prisma.svg", "out/evidence-map.svg", "out/evidence-map.html"})
            QVERIFY2(QFile::exists(dir.filePath(QLatin1String(file))), file);
        QVERIFY(r.out.contains("3 disagreements settled"));
        const test::RunResult check = test::runEvimap({"check", dir.filePath("out/demo.evimap")});
        QCOMPARE(check.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(CliProjectTest)
#include "tst_cli_project.moc"
