// The coding workflow through the real binary: a new project with the default codebook, the
// demo references imported, two reviewers coding through CSV, the comparison showing their
// differences with agreement figures, the lead reconciling, and the exports.
#include "core/csvrowreader.h"
#include "runcommand.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace evimap;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QJsonObject codeEntry(const QJsonObject &comparison, const QString &path)
{
    const QJsonArray codes = comparison.value(QLatin1String("codes")).toArray();
    for (const QJsonValue &code : codes) {
        if (code.toObject().value(QLatin1String("code")).toString() == path)
            return code.toObject();
    }
    return {};
}

// Ana's and Ben's codings of four demo records (by DOI, id-free), as reviewers would write them.
const char anaCsv[] =
    "record,code,quote,page,note\n"
    "10.5555/evimap.demo.001,Intervention approach/Cognitive behavioural therapy,"
    "\"eight weekly sessions of group CBT, \"\"challenging lonely thoughts\"\"\",3,\n"
    "10.5555/evimap.demo.001,format/group,,,\n"
    "10.5555/evimap.demo.001,design/rct,,,\n"
    "10.5555/evimap.demo.001,country/united-kingdom,,,\n"
    "10.5555/evimap.demo.002,Psychological factor/Social anxiety,,,\n"
    "10.5555/evimap.demo.002,design/pre-post,,,first thought pre-post\n"
    "10.5555/evimap.demo.004,approach/mindfulness-based,,,\n"
    "10.5555/evimap.demo.004,design/rct,randomised controlled trial,1,\n"
    "10.5555/evimap.demo.004,setting/online,,,\n"
    "10.5555/evimap.demo.010,approach/act,,,\n"
    "10.5555/evimap.demo.010,design/rct,,,\n"
    "10.5555/evimap.demo.010,country/australia,,,\n"
    "10.5555/evimap.demo.010,factor/telepathy,,,\n";

const char benCsv[] = "record,code,value,page\n"
                      "10.5555/evimap.demo.001,approach/cbt,,\n"
                      "10.5555/evimap.demo.001,format/group,,\n"
                      "10.5555/evimap.demo.001,design/rct,,\n"
                      "10.5555/evimap.demo.001,country/united-kingdom,,\n"
                      "10.5555/evimap.demo.001,Sample size,112,\n"
                      "10.5555/evimap.demo.002,factor/social-anxiety,,\n"
                      "10.5555/evimap.demo.004,approach/mindfulness-based,,\n"
                      "10.5555/evimap.demo.004,approach/digital-app-based,,\n"
                      "10.5555/evimap.demo.004,design/pre-post,,\n"
                      "10.5555/evimap.demo.004,setting/online,,\n"
                      "10.5555/evimap.demo.010,approach/act,,\n"
                      "10.5555/evimap.demo.010,design/rct,,\n"
                      "10.5555/evimap.demo.010,country/australia,,\n";

} // namespace

class CliCodeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void demoProject_codedByTwoReviewers_comparedAndReconciled()
    {
        const QString project = path(QStringLiteral("demo.evimap"));
        test::RunResult r = test::runCommand({QStringLiteral("new"), project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(text(r.out).contains(
                     QLatin1String("Codebook: Loneliness and mental health review (11 dimensions")),
                 r.out.constData());
        r = test::runCommand(
            {QStringLiteral("import"), project,
             test::sourcePath(QStringLiteral("resources/demo/loneliness-demo.ris")),
             QStringLiteral("--reviewer"), QStringLiteral("Lena Lead")});
        QCOMPARE(r.exitCode, 0);

        // Ana's CSV: telepathy is not in the codebook; extraction values come in a second file.
        QVERIFY(test::writeFile(path(QStringLiteral("ana.csv")), anaCsv));
        QVERIFY(test::writeFile(path(QStringLiteral("ana-values.csv")),
                                "record,code,value\n10.5555/evimap.demo.001,sample-size,120\n"));
        r = test::runCommand({QStringLiteral("code"), project, QStringLiteral("--reviewer"),
                              QStringLiteral("Ana Alves"), QStringLiteral("--codings"),
                              path(QStringLiteral("ana.csv"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(text(r.err).contains(QLatin1String("ana.csv:14: no code \"factor/telepathy\"")),
                 r.err.constData());
        QVERIFY2(text(r.out).contains(
                     QLatin1String("12 codes and 0 extraction values applied for Ana Alves "
                                   "(1 rows skipped)")),
                 r.out.constData());
        r = test::runCommand({QStringLiteral("code"), project, QStringLiteral("--reviewer"),
                              QStringLiteral("Ana Alves"), QStringLiteral("--codings"),
                              path(QStringLiteral("ana-values.csv"))});
        QCOMPARE(r.exitCode, 0);
        // Ana changes her mind on record 2: the single-choice design takes the new code.
        QVERIFY(test::writeFile(path(QStringLiteral("ana-fix.csv")),
                                "record,code\n10.5555/evimap.demo.002,Study design/RCT\n"
                                "10.5555/evimap.demo.002,Study design/Qualitative\n"));
        r = test::runCommand({QStringLiteral("code"), project, QStringLiteral("--reviewer"),
                              QStringLiteral("AA"), QStringLiteral("--codings"),
                              path(QStringLiteral("ana-fix.csv")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(text(r.err).contains(
                     QLatin1String("ana-fix.csv:3: \"Study design\" is single-choice and line 2 "
                                   "already gave record 10.5555/evimap.demo.002 \"RCT\"")),
                 r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("codes")).toInt(), 1);

        QVERIFY(test::writeFile(path(QStringLiteral("ben.csv")), benCsv));
        r = test::runCommand({QStringLiteral("code"), project, QStringLiteral("--reviewer"),
                              QStringLiteral("Ben Brook"), QStringLiteral("--codings"),
                              path(QStringLiteral("ben.csv"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());

        // The comparison: items both coded, the differences code by code, agreement.
        r = test::runCommand({QStringLiteral("coding"), project, QStringLiteral("--compare"),
                              QStringLiteral("Ana Alves"), QStringLiteral("Ben Brook"),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject comparison = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(comparison.value(QLatin1String("items")).toArray().size(), 4);
        const QJsonArray differences = comparison.value(QLatin1String("differences")).toArray();
        QStringList shown;
        for (const QJsonValue &d : differences) {
            const QJsonObject o = d.toObject();
            shown << QStringLiteral("%1|%2|%3|%4")
                         .arg(o.value(QLatin1String("title")).toString().left(20),
                              o.value(QLatin1String("path")).toString(),
                              o.value(QLatin1String("a")).toVariant().toString(),
                              o.value(QLatin1String("b")).toVariant().toString());
        }
        QCOMPARE(shown,
                 QStringList({
                     "Group cognitive beha|Sample size|120|112",
                     "Social anxiety and l|Study design/RCT|true|false",
                     "Effects of a smartph|Intervention approach/Digital or app-based|false|true",
                     "Effects of a smartph|Study design/RCT|true|false",
                     "Effects of a smartph|Study design/Pre-post|false|true",
                 }));
        // RCT over the 4 items: both on 1 and 10, Ana only on 2 and 4: p_o = 2/4, p_e = (4*2 +
        // 0*2)/16 = 0.5, so kappa = 0.
        const QJsonObject rct = codeEntry(comparison, QStringLiteral("Study design/RCT"));
        QCOMPARE(rct.value(QLatin1String("items")).toInt(), 4);
        QCOMPARE(rct.value(QLatin1String("both")).toInt(), 2);
        QCOMPARE(rct.value(QLatin1String("only_a")).toInt(), 2);
        QCOMPARE(rct.value(QLatin1String("percent_agreement")).toDouble(), 50.0);
        QCOMPARE(rct.value(QLatin1String("kappa")).toDouble(), 0.0);
        // Mindfulness: both on record 4, neither elsewhere: p_o = 1, p_e = (1*1 + 3*3)/16, kappa 1.
        const QJsonObject mindfulness =
            codeEntry(comparison, QStringLiteral("Intervention approach/Mindfulness-based"));
        QCOMPARE(mindfulness.value(QLatin1String("kappa")).toDouble(), 1.0);
        const int codes = comparison.value(QLatin1String("codes")).toArray().size();
        const QJsonObject overall = comparison.value(QLatin1String("overall")).toObject();
        QCOMPARE(overall.value(QLatin1String("items")).toInt(), 4 * codes);
        QCOMPARE(overall.value(QLatin1String("only_a")).toInt(), 2);
        QCOMPARE(overall.value(QLatin1String("only_b")).toInt(), 2);
        QCOMPARE(overall.value(QLatin1String("both")).toInt(), 10);

        r = test::runCommand({QStringLiteral("coding"), project, QStringLiteral("--compare"),
                              QStringLiteral("AA"), QStringLiteral("BB")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(text(r.out).contains(QLatin1String("Differences: 5")), r.out.constData());
        QVERIFY(text(r.out).contains(QLatin1String("Study design/Pre-post: A no, B yes")));

        // Only the lead reconciles.
        r = test::runCommand({QStringLiteral("coding"), project, QStringLiteral("--reconcile"),
                              QStringLiteral("--reviewer"), QStringLiteral("Ana Alves")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(text(r.err).contains(QLatin1String("only a lead can reconcile")));
        r = test::runCommand({QStringLiteral("coding"), project, QStringLiteral("--reconcile"),
                              QStringLiteral("--reviewer"), QStringLiteral("Lena Lead"),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QLatin1String("reconciled")).toInt(), 1); // record 10
        QCOMPARE(summary.value(QLatin1String("unresolved")).toArray().size(), 3);
        r = test::runCommand({QStringLiteral("coding"), project, QStringLiteral("--reconcile"),
                              QStringLiteral("--reviewer"), QStringLiteral("LL"),
                              QStringLiteral("--from"), QStringLiteral("Ben Brook")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(text(r.out).startsWith(
                     QLatin1String("3 records reconciled (0 without differences, 3 taking "
                                   "Ben Brook's coding")),
                 r.out.constData());

        // The final coding: one row per item, a column per code and field.
        const QString csvPath = path(QStringLiteral("final.csv"));
        r = test::runCommand(
            {QStringLiteral("coding"), project, QStringLiteral("--export"), csvPath});
        QCOMPARE(r.exitCode, 0);
        const QByteArray csv = test::readFile(csvPath);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            text(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        const QStringList header =
            lines.first().split(QLatin1Char(',')); // no commas in labels used
        const int rctColumn = int(header.indexOf(QStringLiteral("Study design/RCT")));
        const int prePostColumn = int(header.indexOf(QStringLiteral("Study design/Pre-post")));
        const int sizeColumn = int(header.indexOf(QStringLiteral("Sample size")));
        QVERIFY(rctColumn > 0 && prePostColumn > 0 && sizeColumn > 0);
        const QList<CsvRowReader::TextRow> table =
            CsvRowReader::readText(csv, csvPath, 1000).value();
        QCOMPARE(table.size(), 5);
        QHash<QString, QStringList> rows; // by DOI
        for (const CsvRowReader::TextRow &row : table.mid(1)) {
            const QStringList &cells = row.cells;
            QCOMPARE(cells.size(), header.size());
            rows.insert(cells.at(2), cells);
        }
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.value(QStringLiteral("10.5555/evimap.demo.004")).at(rctColumn),
                 QStringLiteral("0"));
        QCOMPARE(rows.value(QStringLiteral("10.5555/evimap.demo.004")).at(prePostColumn),
                 QStringLiteral("1"));
        QCOMPARE(rows.value(QStringLiteral("10.5555/evimap.demo.010")).at(rctColumn),
                 QStringLiteral("1"));
        QCOMPARE(rows.value(QStringLiteral("10.5555/evimap.demo.001")).at(sizeColumn),
                 QStringLiteral("112"));
    }

    void codebookExportImportAndHtml()
    {
        const QString project = path(QStringLiteral("codebook.evimap"));
        QCOMPARE(test::runEvimap({QStringLiteral("new"), project, QStringLiteral("--codebook"),
                                  QStringLiteral("empty")})
                     .exitCode,
                 0);
        test::RunResult r = test::runEvimap({QStringLiteral("codebook"), project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(text(r.out).contains(QLatin1String("has no codebook yet")));
        QVERIFY(
            test::writeFile(path(QStringLiteral("codes.csv")), "record,code\n1,factor/shame\n"));
        r = test::runEvimap({QStringLiteral("code"), project, QStringLiteral("--reviewer"),
                             QStringLiteral("Ana"), QStringLiteral("--codings"),
                             path(QStringLiteral("codes.csv"))});
        QCOMPARE(r.exitCode, 2);

        // Import the shipped template from a file, export it again: the same JSON.
        const QString shipped =
            test::sourcePath(QStringLiteral("resources/codebook/loneliness-review.json"));
        r = test::runEvimap(
            {QStringLiteral("codebook"), project, QStringLiteral("--import"), shipped});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(text(r.out).contains(
                     QLatin1String("11 dimensions, 74 codes and 6 fields added, 0 updated")),
                 r.out.constData());
        const QString exported = path(QStringLiteral("exported.json"));
        const QString html = path(QStringLiteral("appendix.html"));
        r = test::runEvimap({QStringLiteral("codebook"), project, QStringLiteral("--export"),
                             exported, QStringLiteral("--html"), html});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject original = QJsonDocument::fromJson(test::readFile(shipped)).object();
        const QJsonObject back = QJsonDocument::fromJson(test::readFile(exported)).object();
        QCOMPARE(back.value(QLatin1String("dimensions")),
                 original.value(QLatin1String("dimensions")));
        QCOMPARE(back.value(QLatin1String("extraction_fields")),
                 original.value(QLatin1String("extraction_fields")));
        const QString page = text(test::readFile(html));
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(page.contains(QLatin1String("<strong>Hypervigilance to social threat</strong>")));
        QVERIFY(page.contains(
                    QLatin1String("predicting &#39;nobody will talk to me at the club&#39;")) ||
                page.contains(QLatin1String("predicting 'nobody will talk to me at the club'")));

        r = test::runEvimap({QStringLiteral("codebook"), project});
        QVERIFY(text(r.out).contains(QLatin1String("Study design  [design, choose one]")));
        QVERIFY(text(r.out).contains(
            QLatin1String("    Negative social expectations  (negative-social-expectations)")));
    }

    void newProject_refusesABadTemplateAndLeavesNoFile()
    {
        QVERIFY(test::writeFile(path(QStringLiteral("bad.json")),
                                R"({"format": "evimap-codebook", "version": 1,
            "dimensions": [{"label": "A", "choice": "several"}]})"));
        const QString project = path(QStringLiteral("bad.evimap"));
        test::RunResult r =
            test::runCommand({QStringLiteral("new"), project, QStringLiteral("--codebook"),
                              path(QStringLiteral("bad.json"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(text(r.err).contains(QLatin1String("bad.json: dimensions[0]: \"choice\" must be")),
                 r.err.constData());
        QVERIFY(!QFile::exists(project));
    }
};

QTEST_GUILESS_MAIN(CliCodeTest)
#include "tst_cli_code.moc"
