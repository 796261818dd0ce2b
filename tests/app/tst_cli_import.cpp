// `evimap import` of CSV and PDF files, `evimap add` and `evimap attach`, as scripts use them:
// the real binary, files the test writes, exit codes and the --json shape.
#include "runcommand.h"
#include "testpdf.h"
#include "testsupport.h"

#include "project/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;
using test::PdfBuilder;

class CliImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.evimap").arg(++m_counter));
        const test::RunResult r = test::runCommand({"new", path});
        if (r.exitCode != 0)
            qFatal("evimap new failed: %s", r.err.constData());
        return path;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray reportPdf()
    {
        PdfBuilder pdf;
        pdf.setInfo("Title", "Connecting communities: an evaluation");
        pdf.setInfo("Author", "Mind Charity");
        pdf.addTextPage({"Connecting communities", "doi:10.5555/cc.2020"});
        pdf.addTextPage({"Second page"});
        return pdf.build();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importCsvAndPdf_jsonShape()
    {
        const QString project = newProject();
        const QString csv =
            write(QStringLiteral("scopus.csv"),
                  "\"Title\",\"Authors\",\"Year\",\"DOI\"\r\n"
                  "\"Befriending, revisited\",\"Lee A.; Chan B.\",\"2019\",\"10.1/a\"\r\n"
                  "\"\",\"\",\"2020\",\"\"\r\n"
                  "\"Group work\",\"Roe C.\",\"2021\",\"\"\r\n");
        const QString pdf = write(QStringLiteral("report.pdf"), reportPdf());
        const test::RunResult r =
            test::runEvimap({"import", project, csv, pdf, "--route", "other", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonArray files = json["files"].toArray();
        QCOMPARE(files.size(), 2);

        const QJsonObject c = files.at(0).toObject();
        QCOMPARE(c["path"].toString(), csv);
        QCOMPARE(c["format"].toString(), QStringLiteral("csv"));
        QCOMPARE(c["imported"].toInt(), 2);
        QCOMPARE(c["skipped"].toInt(), 1);
        const QJsonArray issues = c["issues"].toArray();
        QCOMPARE(issues.size(), 1);
        const QJsonObject issue = issues.first().toObject();
        QCOMPARE(issue["line"].toInt(), 3);
        QCOMPARE(issue["record"].toInt(), 2);
        QVERIFY(issue["message"].toString().contains(QLatin1String("skipped")));

        const QJsonObject p = files.at(1).toObject();
        QCOMPARE(p["format"].toString(), QStringLiteral("pdf"));
        QCOMPARE(p["imported"].toInt(), 1);
        QCOMPARE(p["skipped"].toInt(), 0);
        QVERIFY(p["issues"].isArray());

        const test::RunResult info = test::runEvimap({"info", project, "--json"});
        QCOMPARE(QJsonDocument::fromJson(info.out).object()["records"].toInt(), 3);
        // The PDF was copied beside the project.
        QCOMPARE(QDir(project + QStringLiteral("-files")).entryList(QDir::Files).size(), 1);
    }

    void importWithMap()
    {
        const QString project = newProject();
        const QString csv = write(QStringLiteral("own.csv"), "Heading;Summary\nH1;S1\nH2;S2\n");
        test::RunResult r = test::runCommand({"import", project, csv, "--json"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("--map") && r.err.contains("Heading"), r.err.constData());
        const QJsonObject refused =
            QJsonDocument::fromJson(r.out).object()["files"].toArray().first().toObject();
        QCOMPARE(refused["imported"].toInt(), 0);
        QVERIFY(refused["refused"].toString().contains(QLatin1String("--map")));

        r = test::runCommand(
            {"import", project, csv, "--map", "title=Heading,abstract=Summary", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["imported"].toInt(), 2);

        r = test::runCommand({"import", project, csv, "--again", "--map", "title=Nope"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Nope"));
    }

    void refusedFiles_exitCode3_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        PdfBuilder locked;
        locked.setUserPassword("pw");
        locked.addTextPage({"x"});
        QTest::newRow("encrypted pdf") << "locked.pdf" << locked.build() << "--password";
        QTest::newRow("empty file") << "empty.pdf" << QByteArray() << "empty";
        QTest::newRow("damaged pdf")
            << "damaged.pdf" << QByteArray("%PDF-1.5\n\x01\x02\x03") << "damaged.pdf";
        QTest::newRow("csv without title") << "cols.csv" << QByteArray("A,B\n1,2\n") << "--map";
    }

    void refusedFiles_exitCode3()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString project = newProject();
        const test::RunResult r = test::runCommand({"import", project, write(name, bytes)});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        const test::RunResult info = test::runCommand({"info", project, "--json"});
        QCOMPARE(QJsonDocument::fromJson(info.out).object()["records"].toInt(), 0);
    }

    void fileWithNoRecord_leavesNoBatch()
    {
        // Every record of the file is unreadable: the import says so and keeps no batch, so
        // PRISMA does not count the file and the mended file imports without --again.
        const QString project = newProject();
        const QString ris = write(QStringLiteral("empty-records.ris"),
                                  "TY  - JOUR\nER  - \n\nTY  - JOUR\nER  - \n");
        test::RunResult r = test::runCommand({"import", project, ris, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject file =
            QJsonDocument::fromJson(r.out).object()["files"].toArray().first().toObject();
        QCOMPARE(file["imported"].toInt(), 0);
        QCOMPARE(file["skipped"].toInt(), 2);
        QCOMPARE(file["batch"].toInt(), 0);
        test::RunResult info = test::runCommand({"info", project, "--json"});
        QCOMPARE(QJsonDocument::fromJson(info.out).object()["batches"].toInt(), 0);

        r = test::runCommand({"import", project, ris});
        QVERIFY2(r.out.contains("no record could be imported, 2 skipped"), r.out.constData());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.err.contains("imported before"), r.err.constData());
        info = test::runCommand({"info", project, "--json"});
        QCOMPARE(QJsonDocument::fromJson(info.out).object()["batches"].toInt(), 0);
    }

    void placeholderAbstractsAndMissingTitles_reported()
    {
        // Three records: a placeholder abstract, a record with no title, and a real one.
        const QString project = newProject();
        const QString ris = write(QStringLiteral("hygiene.ris"),
                                  "TY  - JOUR\nTI  - Shame and loneliness\nAB  - [No abstract "
                                  "available]\nPY  - 2020\nER  - \n\n"
                                  "TY  - JOUR\nAU  - Okafor, Ben\nAB  - N/A.\nDO  - 10.1/x\n"
                                  "PY  - 2021\nER  - \n\n"
                                  "TY  - JOUR\nTI  - Befriending\nAB  - We asked 40 people.\n"
                                  "ER  - \n");
        test::RunResult r = test::runCommand({"import", project, ris, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonObject file = json["files"].toArray().first().toObject();
        QCOMPARE(file["imported"].toInt(), 3); // untitled records are imported, and counted
        QCOMPARE(file["untitled"].toInt(), 1);
        QCOMPARE(file["placeholder_abstracts"].toInt(), 2);
        QCOMPARE(json["untitled"].toInt(), 1);
        const QJsonArray issues = file["issues"].toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().toObject()["severity"].toString(), QStringLiteral("warning"));
        QVERIFY2(issues.first().toObject()["message"].toString().contains(
                     QLatin1String("without a title (record 2)")),
                 r.out.constData());

        {
            Result<std::unique_ptr<Project>> opened = Project::open(project);
            QVERIFY(opened);
            QSqlQuery q((*opened)->database());
            QVERIFY(q.exec(QStringLiteral("SELECT title, abstract FROM record ORDER BY id")));
            QStringList abstracts;
            while (q.next())
                abstracts << q.value(1).toString();
            QCOMPARE(abstracts, (QStringList{QString(), QString(), "We asked 40 people."}));
        }

        // The text summary says it too.
        const QString again =
            write(QStringLiteral("hygiene2.ris"), "TY  - JOUR\nAB  - NA\nDO  - 10.1/y\nER  - \n");
        r = test::runCommand({"import", project, again});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 records imported, 0 skipped (ris); 1 of them have no title"),
                 r.out.constData());
        QVERIFY2(r.out.contains("1 placeholder abstracts"), r.out.constData());
        QVERIFY2(r.err.contains("without a title (record 1)"), r.err.constData());
    }

    // What the import dialog shows before importing, from the command line: format, records
    // counted, the database the file names. Nothing is imported.
    void preview_countsAndNamesTheDatabase()
    {
        const QString project = newProject();
        const QString wos = write(QStringLiteral("savedrecs.txt"),
                                  "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n"
                                  "TI Loneliness\nER\n\nPT J\nTI Shame\nER\n\nEF\n");
        const QString plain = write(QStringLiteral("plain.ris"), "TY  - JOUR\nTI  - A\nER  - \n");
        test::RunResult r =
            test::runCommand({"import", project, wos, plain, "--preview", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray files = QJsonDocument::fromJson(r.out).object()["files"].toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject()["format"].toString(), QStringLiteral("wos"));
        QCOMPARE(files.at(0).toObject()["records"].toInt(), 2);
        QCOMPARE(files.at(0).toObject()["source"].toString(), QStringLiteral("Web of Science"));
        QCOMPARE(files.at(1).toObject()["records"].toInt(), 1);
        QCOMPARE(files.at(1).toObject()["source"].toString(), QString());
        r = test::runCommand({"import", project, wos, "--preview"});
        QVERIFY2(r.out.contains("wos, 2 records, source: Web of Science"), r.out.constData());
        const test::RunResult info = test::runCommand({"info", project, "--json"});
        QCOMPARE(QJsonDocument::fromJson(info.out).object()["records"].toInt(), 0);
    }

    void exportSearchThatCannotBeRead_exitCode2()
    {
        // "NOT tumor" alone once exported the tumor records; now it is refused with the reason.
        const QString project = newProject();
        const QString ris =
            write(QStringLiteral("tumor.ris"), "TY  - JOUR\nTI  - A tumor study\nER  - \n\n"
                                               "TY  - JOUR\nTI  - Loneliness\nER  - \n");
        QCOMPARE(test::runCommand({"import", project, ris}).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("found.ris"));
        test::RunResult r =
            test::runCommand({"export", project, "-o", out, "--search", "NOT tumor"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("NOT must come after"), r.err.constData());
        QVERIFY(!QFile::exists(out));
        r = test::runCommand({"export", project, "-o", out, "--search", "loneliness NOT tumor"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 records written"), r.out.constData());
    }

    void encryptedPdf_withPassword()
    {
        PdfBuilder locked;
        locked.setUserPassword("open sesame");
        locked.setInfo("Title", "Locked");
        locked.addTextPage({"inside"});
        const QString project = newProject();
        const test::RunResult r = test::runCommand(
            {"import", project, write("locked2.pdf", locked.build()), "--password", "open sesame"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("1 records imported"));
    }

    void add_initiative()
    {
        const QString project = newProject();
        test::RunResult r = test::runCommand({"add",
                                              project,
                                              "--type",
                                              "initiative",
                                              "--title",
                                              "Chatty benches",
                                              "--organisation",
                                              "Bench Trust",
                                              "--country",
                                              "UK",
                                              "--setting",
                                              "community",
                                              "--description",
                                              "Benches with a sign",
                                              "--contact",
                                              "a@b.org",
                                              "--url",
                                              "https://bench.example",
                                              "--date",
                                              "2019-06",
                                              "--source-type",
                                              "initiative",
                                              "--route",
                                              "expert",
                                              "--reviewer",
                                              "Ann",
                                              "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY(json["record"].toInt() > 0);
        QCOMPARE(json["type"].toString(), QStringLiteral("initiative"));
        QCOMPARE(json["route"].toString(), QStringLiteral("expert"));

        r = test::runCommand({"add", project, "--type", "initiative"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--title"));
        r = test::runCommand({"add", project, "--type", "poem", "--title", "x"});
        QCOMPARE(r.exitCode, 2);
        r = test::runCommand({"add", project, "--title", "x", "--date", "soon"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(
            test::runCommand({"add", m_dir.filePath("missing.evimap"), "--title", "x"}).exitCode,
            4);
    }

    void attach_toImportedRecord()
    {
        const QString project = newProject();
        const QString csv =
            write(QStringLiteral("refs.csv"), "Title,DOI\nConnecting communities,10.5555/CC.2020\n"
                                              "Other,10.5555/other\n");
        QCOMPARE(test::runCommand({"import", project, csv}).exitCode, 0);
        const QString pdf = write(QStringLiteral("cc.pdf"), reportPdf());
        test::RunResult r = test::runCommand({"attach", project, pdf, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json["record"].toInt(), 1);
        QCOMPARE(json["pages"].toInt(), 2);
        QVERIFY(json["file"].toString().endsWith(QLatin1String("-cc.pdf")));

        r = test::runCommand({"attach", project, pdf});
        QCOMPARE(r.exitCode, 3); // already attached
        r = test::runCommand({"attach", project, pdf, "--doi", "10.9/none"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("10.9/none"));
        r = test::runCommand({"attach", project, pdf, "--record", "2", "--doi", "10.5555/other"});
        QCOMPARE(r.exitCode, 2);
        r = test::runCommand({"attach", project, pdf, "--record", "2"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("record 2"));
    }
};

QTEST_GUILESS_MAIN(CliImportTest)
#include "tst_cli_import.moc"
