// `evimap map`, `evimap prisma` and `evimap report` through the real binary.
#include "mapfixture.h"
#include "runcommand.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace evimap;
using namespace evimap::test;

class TestCliMap : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MapFixture> m_fixture;
    QString m_project;

    QString out(const QString &name) const { return m_fixture->dir() + QLatin1Char('/') + name; }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<MapFixture>(QStringLiteral("CLI map test"));
        MapFixture &f = *m_fixture;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const qint64 approach =
            f.addCode(0, QStringLiteral("approach"), QStringLiteral("Intervention approach"), 0);
        const qint64 factor =
            f.addCode(0, QStringLiteral("factor"), QStringLiteral("Psychological factor"), 1);
        const qint64 design =
            f.addCode(0, QStringLiteral("design"), QStringLiteral("Study design"), 2);
        const qint64 setting =
            f.addCode(0, QStringLiteral("setting"), QStringLiteral("Setting"), 3);
        const qint64 cbt = f.addCode(approach, QStringLiteral("cbt"), QStringLiteral("CBT"), 0);
        const qint64 arts = f.addCode(approach, QStringLiteral("arts"), QStringLiteral("Arts"), 1);
        const qint64 anxiety =
            f.addCode(factor, QStringLiteral("anxiety"), QStringLiteral("Social anxiety"), 0);
        const qint64 shame = f.addCode(factor, QStringLiteral("shame"), QStringLiteral("Shame"), 1);
        const qint64 rct = f.addCode(design, QStringLiteral("rct"), QStringLiteral("RCT"), 0);
        const qint64 online =
            f.addCode(setting, QStringLiteral("online"), QStringLiteral("Online"), 0);
        const qint64 batch = f.addBatch(QStringLiteral("PsycINFO"));
        const qint64 web = f.addBatch(QStringLiteral("Websites"), QStringLiteral("website"));
        const qint64 reason = f.addReason(QStringLiteral("Wrong population"));
        const qint64 r1 =
            f.addRecord(QStringLiteral("<script>alert(1)</script> CBT online"), 2020, batch);
        const qint64 r2 = f.addRecord(QStringLiteral("Arts and shame"), 2022, batch);
        const qint64 r3 = f.addRecord(QStringLiteral("CBT and shame"), 2018, web);
        const qint64 r4 = f.addRecord(QStringLiteral("Excluded"), 2018, batch);
        for (qint64 r : {r1, r2, r3, r4})
            f.settle(r, QStringLiteral("ta"), QStringLiteral("include"));
        for (qint64 r : {r1, r2, r3})
            f.settle(r, QStringLiteral("ft"), QStringLiteral("include"));
        f.settle(r4, QStringLiteral("ft"), QStringLiteral("exclude"), reason);
        f.code(r1, cbt), f.code(r1, anxiety), f.code(r1, rct), f.code(r1, online);
        f.code(r2, arts), f.code(r2, shame);
        f.code(r3, cbt), f.code(r3, shame), f.code(r3, rct);
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        m_project = f.path();
        f.close();
    }

    void svgIsTheSameEveryTime()
    {
        const RunResult a = runEvimap({QStringLiteral("map"), m_project, QStringLiteral("--rows"),
                                       QStringLiteral("approach"), QStringLiteral("--cols"),
                                       QStringLiteral("Psychological factor"), QStringLiteral("-o"),
                                       out(QStringLiteral("a.svg"))});
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QVERIFY(a.out.contains("2 × 2; 3 items on the map of 3 in scope; 1 empty cells"));
        const RunResult b = runEvimap({QStringLiteral("map"), m_project, QStringLiteral("--rows"),
                                       QStringLiteral("approach"), QStringLiteral("--cols"),
                                       QStringLiteral("factor"), QStringLiteral("-o"),
                                       out(QStringLiteral("b.svg"))});
        QCOMPARE(b.exitCode, 0);
        const QByteArray svg = readFile(out(QStringLiteral("a.svg")));
        QVERIFY(svg.startsWith("<?xml"));
        QCOMPARE(svg, readFile(out(QStringLiteral("b.svg"))));
        QCOMPARE(svg.count("class=\"bubble\""), 3);
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("svg") << "m.svg" << QByteArray("<?xml");
        QTest::newRow("png") << "m.png" << QByteArray("\x89PNG");
        QTest::newRow("pdf") << "m.pdf" << QByteArray("%PDF");
        QTest::newRow("html") << "m.html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("csv") << "m.csv" << QByteArray("\xEF\xBB\xBF");
    }

    void everyFormat()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        const RunResult r =
            runCommand({QStringLiteral("map"), m_project, QStringLiteral("--filter"),
                        QStringLiteral("setting=online"), QStringLiteral("--years"),
                        QStringLiteral("2015-2024"), QStringLiteral("--stage"),
                        QStringLiteral("ft"), QStringLiteral("-o"), out(file)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray bytes = readFile(out(file));
        QVERIFY2(bytes.startsWith(magic), bytes.left(20).constData());
        if (file.endsWith(QLatin1String(".png"))) {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QVERIFY(image.width() > 1000); // 192 dpi by default: twice the figure's pixels
        }
        if (file.endsWith(QLatin1String(".html"))) {
            QVERIFY(!bytes.contains("<script>alert"));
            QVERIFY(bytes.contains("\\u003cscript\\u003ealert(1)"));
        }
        if (file.endsWith(QLatin1String(".svg")) || file.endsWith(QLatin1String(".csv")))
            QVERIFY(bytes.contains("Filters: Setting: Online; years 2015–2024"));
    }

    void pngResolution()
    {
        const RunResult low = runCommand({QStringLiteral("map"), m_project,
                                          QStringLiteral("--resolution"), QStringLiteral("96"),
                                          QStringLiteral("-o"), out(QStringLiteral("low.png"))});
        const RunResult high = runCommand({QStringLiteral("map"), m_project,
                                           QStringLiteral("--resolution"), QStringLiteral("300"),
                                           QStringLiteral("-o"), out(QStringLiteral("high.png"))});
        QCOMPARE(low.exitCode, 0);
        QCOMPARE(high.exitCode, 0);
        const QImage a(out(QStringLiteral("low.png"))), b(out(QStringLiteral("high.png")));
        QVERIFY(!a.isNull() && !b.isNull());
        QVERIFY(qAbs(double(b.width()) / a.width() - 300.0 / 96.0) < 0.01);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown dimension")
            << QStringList{"--rows", "planets", "-o", "x.svg"} << 2 << "no dimension \"planets\"";
        QTest::newRow("unknown format")
            << QStringList{"-o", "x.docx"} << 2 << ".svg, .png, .pdf, .html or .csv";
        QTest::newRow("no output") << QStringList{} << 2 << "-o FILE";
        QTest::newRow("bad filter")
            << QStringList{"--filter", "setting", "-o", "x.svg"} << 2 << "DIM=CODE";
        QTest::newRow("bad years")
            << QStringList{"--years", "2020-2010", "-o", "x.svg"} << 2 << "--years";
        QTest::newRow("bad stage")
            << QStringList{"--stage", "maybe", "-o", "x.svg"} << 2 << "--stage";
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QStringList args{QStringLiteral("map"), m_project};
        for (const QString &a : arguments)
            args << (a.startsWith(QLatin1String("x.")) ? out(a) : a);
        const RunResult r = runCommand(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void missingProject()
    {
        const RunResult r = runCommand({QStringLiteral("map"), out(QStringLiteral("nope.evimap")),
                                        QStringLiteral("-o"), out(QStringLiteral("x.svg"))});
        QCOMPARE(r.exitCode, 4);
    }

    void prisma()
    {
        const RunResult svg = runCommand({QStringLiteral("prisma"), m_project, QStringLiteral("-o"),
                                          out(QStringLiteral("prisma.svg"))});
        QVERIFY2(svg.exitCode == 0, svg.err.constData());
        const QByteArray a = readFile(out(QStringLiteral("prisma.svg")));
        QVERIFY(a.contains("Identification of studies via other methods"));
        QCOMPARE(runCommand({QStringLiteral("prisma"), m_project, QStringLiteral("-o"),
                             out(QStringLiteral("prisma2.svg"))})
                     .exitCode,
                 0);
        QCOMPARE(a, readFile(out(QStringLiteral("prisma2.svg"))));
        for (const QString &name : {QStringLiteral("prisma.png"), QStringLiteral("prisma.pdf")}) {
            const RunResult r =
                runCommand({QStringLiteral("prisma"), m_project, QStringLiteral("-o"), out(name)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(QFileInfo(out(name)).size() > 1000);
        }
        const RunResult json =
            runCommand({QStringLiteral("prisma"), m_project, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("reportsIncluded")).toInt(), 3);
        const QJsonObject db = o.value(QStringLiteral("databasesAndRegisters")).toObject();
        QCOMPARE(db.value(QStringLiteral("identifiedTotal")).toInt(), 3);
        QCOMPARE(db.value(QStringLiteral("excluded")).toInt(), 1);
    }

    void report()
    {
        const RunResult r = runCommand({QStringLiteral("report"), m_project, QStringLiteral("-o"),
                                        out(QStringLiteral("report.pdf"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray pdf = readFile(out(QStringLiteral("report.pdf")));
        QVERIFY(pdf.startsWith("%PDF"));
        // Summary and PRISMA, the map, charts (two to a page), items, codebook.
        const QRegularExpression count(QStringLiteral("/Count (\\d+)"));
        const int pages = count.match(QString::fromLatin1(pdf)).captured(1).toInt();
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
        const RunResult bad = runCommand({QStringLiteral("report"), m_project, QStringLiteral("-o"),
                                          out(QStringLiteral("report.txt"))});
        QCOMPARE(bad.exitCode, 2);
    }

    void reportSections_data()
    {
        QTest::addColumn<QString>("sections");
        QTest::addColumn<int>("minPages");
        QTest::addColumn<int>("maxPages");
        QTest::newRow("prisma alone") << "prisma" << 1 << 1;
        QTest::newRow("summary and map") << "summary,map" << 2 << 2;
        QTest::newRow("codebook") << "Codebook" << 2 << 2;
        QTest::newRow("all") << "summary,prisma,map,charts,items,codebook" << 6 << 99;
    }

    void reportSections()
    {
        QFETCH(QString, sections);
        QFETCH(int, minPages);
        QFETCH(int, maxPages);
        const QString path = out(QStringLiteral("sections.pdf"));
        const RunResult r = runEvimap({QStringLiteral("report"), m_project, QStringLiteral("-o"),
                                       path, QStringLiteral("--sections"), sections});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray pdf = readFile(path);
        const QRegularExpression count(QStringLiteral("/Count (\\d+)"));
        const int pages = count.match(QString::fromLatin1(pdf)).captured(1).toInt();
        QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));
    }

    void reportTitleAndAuthors_andSectionRefusals()
    {
        const QString path = out(QStringLiteral("titled.pdf"));
        const RunResult r =
            runEvimap({QStringLiteral("report"), m_project, QStringLiteral("-o"), path,
                       QStringLiteral("--title"), QStringLiteral("Loneliness map"),
                       QStringLiteral("--authors"), QStringLiteral("Ann Lee; Ben Okafor")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The PDF's title (UTF-16 in the document information) is the one given.
        const QByteArray pdf = readFile(path);
        const QString title = QStringLiteral("Loneliness map: evidence map report");
        QByteArray utf16;
        for (const QChar c : title)
            utf16 += char(c.unicode() >> 8), utf16 += char(c.unicode() & 0xff);
        QVERIFY(pdf.contains(utf16) || pdf.contains(title.toLatin1()));
        for (const QString &bad : {QStringLiteral("prisma,tables"), QStringLiteral(",")}) {
            const RunResult refused =
                runEvimap({QStringLiteral("report"), m_project, QStringLiteral("-o"),
                           out(QStringLiteral("refused.pdf")), QStringLiteral("--sections"), bad});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains("--sections"), refused.err.constData());
            QVERIFY(!QFileInfo::exists(out(QStringLiteral("refused.pdf"))));
        }
    }
};

QTEST_MAIN(TestCliMap)
#include "tst_cli_map.moc"
