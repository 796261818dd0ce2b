// PRISMA 2020 counts on a project built for the purpose: each box's number from the data, the
// arithmetic adds up, and what does not add up is reported.
#include "mapfixture.h"
#include "maps/prismacounts.h"
#include "maps/prismafigure.h"
#include "maps/svgcanvas.h"
#include "project/projectsettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace evimap;
using evimap::test::MapFixture;

class TestPrisma : public QObject
{
    Q_OBJECT

private:
    struct Built
    {
        QList<qint64> awaiting; // records left without a title/abstract result
    };

    // Databases: PsycINFO 5, MEDLINE 4 (2 duplicates of PsycINFO records), one register record.
    // Other methods: a website batch of 2 (one a duplicate of a PsycINFO record) and one record
    // from citation searching. Title/abstract: 5 of the 8 unique database records included, 3
    // excluded; the website record included; the citation record went straight to full text.
    // Full text: 1 not retrieved, 2 excluded (reasons A and B), 2 included; other methods: 1
    // excluded (A), 1 included.
    Built build(MapFixture &f, int extraUnscreened = 0)
    {
        Built built;
        const qint64 psyc = f.addBatch(QStringLiteral("PsycINFO"));
        const qint64 medline = f.addBatch(QStringLiteral("MEDLINE"));
        const qint64 registry =
            f.addBatch(QStringLiteral("ClinicalTrials.gov"), QStringLiteral("register"));
        const qint64 web =
            f.addBatch(QStringLiteral("Charity websites"), QStringLiteral("website"));
        const qint64 citation =
            f.addBatch(QStringLiteral("Reference lists"), QStringLiteral("citation"));
        const qint64 reasonB = f.addReason(QStringLiteral("Wrong outcome"), 1);
        const qint64 reasonA = f.addReason(QStringLiteral("Wrong population"), 0);

        QList<qint64> p;
        for (int i = 0; i < 5; ++i)
            p << f.addRecord(QStringLiteral("P%1").arg(i), 2020, psyc);
        QList<qint64> m;
        for (int i = 0; i < 4; ++i)
            m << f.addRecord(QStringLiteral("M%1").arg(i), 2020, medline);
        f.markDuplicate(m.at(0), p.at(0));
        f.markDuplicate(m.at(1), p.at(1));
        const qint64 reg = f.addRecord(QStringLiteral("R0"), 2021, registry);
        const qint64 w0 = f.addRecord(QStringLiteral("W0"), 2022, web);
        const qint64 w1 = f.addRecord(QStringLiteral("W1"), 2022, web);
        f.markDuplicate(w1, p.at(2));
        const qint64 c0 = f.addRecord(QStringLiteral("C0"), 2019, citation);

        // Unique database records: p0..p4, m2, m3, reg = 8.
        for (qint64 id : {p.at(0), p.at(1), p.at(2), p.at(3), m.at(2)})
            f.settle(id, QStringLiteral("ta"), QStringLiteral("include"));
        for (qint64 id : {p.at(4), m.at(3), reg})
            f.settle(id, QStringLiteral("ta"), QStringLiteral("exclude"));
        f.settle(p.at(0), QStringLiteral("ft"), QStringLiteral("not_retrieved"));
        f.settle(p.at(1), QStringLiteral("ft"), QStringLiteral("exclude"), reasonA);
        f.settle(p.at(2), QStringLiteral("ft"), QStringLiteral("exclude"), reasonB);
        f.settle(p.at(3), QStringLiteral("ft"), QStringLiteral("include"));
        f.settle(m.at(2), QStringLiteral("ft"), QStringLiteral("include"));
        // Other methods.
        f.settle(w0, QStringLiteral("ta"), QStringLiteral("include"));
        f.settle(w0, QStringLiteral("ft"), QStringLiteral("exclude"), reasonA);
        f.settle(c0, QStringLiteral("ft"), QStringLiteral("include"));

        for (int i = 0; i < extraUnscreened; ++i)
            built.awaiting << f.addRecord(QStringLiteral("U%1").arg(i), 2023, psyc);
        return built;
    }

    static qint64 line(const QList<PrismaLine> &lines, const QString &label)
    {
        for (const PrismaLine &l : lines) {
            if (l.label == label)
                return l.count;
        }
        return -1;
    }

private slots:
    void everyBoxFromTheData()
    {
        MapFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        build(f);
        QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
        Result<PrismaCounts> read = PrismaCounts::read(f.project());
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        const PrismaCounts &c = read.value();
        const PrismaFlow &db = c.databases;

        // Identification, per database and register.
        QCOMPARE(line(db.identified, QStringLiteral("PsycINFO")), 5);
        QCOMPARE(line(db.identified, QStringLiteral("MEDLINE")), 4);
        QCOMPARE(line(db.identified, QStringLiteral("ClinicalTrials.gov")), 1);
        QCOMPARE(db.identifiedTotal, 10);
        QCOMPARE(db.duplicatesRemoved, 2);
        QCOMPARE(db.automationRemoved, 0);
        QCOMPARE(db.otherRemoved, 0);
        // Screening.
        QCOMPARE(db.screened, 8);
        QCOMPARE(db.screeningExcluded, 3);
        QCOMPARE(db.awaitingScreening, 0);
        QCOMPARE(db.sought, 5);
        QCOMPARE(db.notRetrieved, 1);
        QCOMPARE(db.assessed, 4);
        QCOMPARE(db.excluded, 2);
        QCOMPARE(db.excludedReasons.size(), 2);
        // Reasons in the lead's order (position), not in id order.
        QCOMPARE(db.excludedReasons.at(0).label, QStringLiteral("Wrong population"));
        QCOMPARE(db.excludedReasons.at(0).count, 1);
        QCOMPARE(db.excludedReasons.at(1).label, QStringLiteral("Wrong outcome"));
        QCOMPARE(db.included, 2);

        // Other methods: per route.
        QVERIFY(c.hasOtherMethods());
        const PrismaFlow &o = c.other;
        QCOMPARE(line(o.identified, QStringLiteral("Websites")), 2);
        QCOMPARE(line(o.identified, QStringLiteral("Citation searching")), 1);
        QCOMPARE(o.identifiedTotal, 3);
        QCOMPARE(o.duplicatesRemoved, 1);
        QCOMPARE(o.sought, 2); // one included at title/abstract, one straight to full text
        QCOMPARE(o.assessed, 2);
        QCOMPARE(o.excluded, 1);
        QCOMPARE(line(o.excludedReasons, QStringLiteral("Wrong population")), 1);
        QCOMPARE(o.included, 1);

        // Included.
        QCOMPARE(c.reportsIncluded, 3);
        QCOMPARE(c.studiesIncluded, 3);

        // And the arithmetic holds.
        QVERIFY2(c.check().isEmpty(), qPrintable(c.check().join(QLatin1Char('\n'))));
        QCOMPARE(db.identifiedTotal - db.duplicatesRemoved - db.automationRemoved - db.otherRemoved,
                 db.screened);
        QCOMPARE(db.screened - db.screeningExcluded, db.sought);
        QCOMPARE(db.sought - db.notRetrieved, db.assessed);
        QCOMPARE(db.assessed - db.excluded, db.included);
    }

    void recordsAwaitingScreeningAreReported()
    {
        MapFixture f;
        QVERIFY(f.ok());
        build(f, 2);
        Result<PrismaCounts> c = PrismaCounts::read(f.project());
        QVERIFY(c.ok());
        QCOMPARE(c->databases.identifiedTotal, 12);
        QCOMPARE(c->databases.screened, 10);
        QCOMPARE(c->databases.awaitingScreening, 2);
        const QStringList problems = c->check();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("awaiting title/abstract screening: 2")),
                 qPrintable(problems.first()));
    }

    void stoppedEarlyCountsAsAutomation()
    {
        MapFixture f;
        QVERIFY(f.ok());
        build(f, 3);
        QVERIFY(ProjectSettings::screeningStoppedEarly.write(f.project(), true).ok());
        Result<PrismaCounts> c = PrismaCounts::read(f.project());
        QVERIFY(c.ok());
        QCOMPARE(c->databases.automationRemoved, 3);
        QCOMPARE(c->databases.screened, 8);
        QCOMPARE(c->databases.awaitingScreening, 0);
        QVERIFY2(c->check().isEmpty(), qPrintable(c->check().join(QLatin1Char('\n'))));
        QVERIFY(c->notes.join(QLatin1Char(' ')).contains(QStringLiteral("stopped early")));
    }

    void automationSettingWins()
    {
        MapFixture f;
        QVERIFY(f.ok());
        build(f, 3);
        QVERIFY(ProjectSettings::screeningStoppedEarly.write(f.project(), true).ok());
        QVERIFY(ProjectSettings::prismaAutomationExcluded.write(f.project(), 2).ok());
        Result<PrismaCounts> c = PrismaCounts::read(f.project());
        QVERIFY(c.ok());
        QCOMPARE(c->databases.automationRemoved, 2);
        QCOMPARE(c->databases.screened, 9);
        // One record is neither screened nor counted as removed: the check says so.
        QCOMPARE(c->databases.awaitingScreening, 1);
        QCOMPARE(c->check().size(), 1);
    }

    void checkCatchesBoxesThatDoNotAddUp_data()
    {
        QTest::addColumn<QString>("box");
        QTest::addColumn<QString>("message");
        QTest::newRow("screened") << "screened"
                                  << "≠ screened";
        QTest::newRow("assessed") << "assessed"
                                  << "≠ assessed";
        QTest::newRow("reasons") << "reasons"
                                 << "exclusion reasons add up to";
        QTest::newRow("included") << "included"
                                  << "not the sum of the two columns";
        QTest::newRow("sources") << "sources"
                                 << "the sources add up to";
    }

    void checkCatchesBoxesThatDoNotAddUp()
    {
        QFETCH(QString, box);
        QFETCH(QString, message);
        MapFixture f;
        QVERIFY(f.ok());
        build(f);
        Result<PrismaCounts> read = PrismaCounts::read(f.project());
        QVERIFY(read.ok());
        PrismaCounts c = read.value();
        if (box == QLatin1String("screened"))
            c.databases.screened += 1;
        else if (box == QLatin1String("assessed"))
            c.databases.assessed -= 1;
        else if (box == QLatin1String("reasons"))
            c.databases.excludedReasons.first().count += 1;
        else if (box == QLatin1String("included"))
            c.reportsIncluded += 1;
        else if (box == QLatin1String("sources"))
            c.databases.identified.first().count += 1;
        const QString problems = c.check().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(message), qPrintable(problems));
    }

    void json()
    {
        MapFixture f;
        QVERIFY(f.ok());
        build(f);
        Result<PrismaCounts> c = PrismaCounts::read(f.project());
        QVERIFY(c.ok());
        const QJsonObject o = c->toJson();
        const QJsonObject db = o.value(QStringLiteral("databasesAndRegisters")).toObject();
        QCOMPARE(db.value(QStringLiteral("screened")).toInt(), 8);
        QCOMPARE(db.value(QStringLiteral("identified")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("reportsIncluded")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
    }

    void diagramShowsTheNumbers()
    {
        MapFixture f;
        QVERIFY(f.ok());
        build(f);
        Result<PrismaCounts> c = PrismaCounts::read(f.project());
        QVERIFY(c.ok());
        const PrismaFigure figure(c.value());
        auto firstLine = [&](int row, int slot) {
            const auto &lines = figure.boxes().at(row).at(slot).lines;
            return lines.isEmpty() ? QString() : lines.first().text;
        };
        const QChar nbsp(0x00A0);
        auto n = [&](int v) { return QStringLiteral("(n%1=%1%2)").arg(nbsp).arg(v); };
        QCOMPARE(firstLine(1, 0), QStringLiteral("Records screened ") + n(8));
        QCOMPARE(firstLine(1, 1), QStringLiteral("Records excluded ") + n(3));
        QCOMPARE(firstLine(2, 0), QStringLiteral("Reports sought for retrieval ") + n(5));
        QCOMPARE(firstLine(2, 1), QStringLiteral("Reports not retrieved ") + n(1));
        QCOMPARE(firstLine(3, 0), QStringLiteral("Reports assessed for eligibility ") + n(4));
        QCOMPARE(firstLine(4, 0), QStringLiteral("Studies included in review ") + n(3));
        QCOMPARE(firstLine(2, 2), QStringLiteral("Reports sought for retrieval ") + n(2));
        // The boxes sit in rows: each row's boxes share a top edge, rows go down the page.
        for (int row = 1; row < 5; ++row)
            QVERIFY(figure.boxes().at(row).at(0).rect.top() >
                    figure.boxes().at(row - 1).at(0).rect.bottom());
        QCOMPARE(figure.boxes().at(2).at(0).rect.top(), figure.boxes().at(2).at(2).rect.top());
        const QByteArray svg = SvgCanvas::render(figure);
        QVERIFY(svg.contains("Identification of studies via databases and registers"));
        QVERIFY(svg.contains("Identification of studies via other methods"));
        QVERIFY(svg.contains(">Identification</text>"));
        QVERIFY(svg.contains(">Screening</text>"));
        QVERIFY(svg.contains(">Included</text>"));
    }

    void noOtherMethodsColumnWithoutOtherRoutes()
    {
        MapFixture f;
        QVERIFY(f.ok());
        const qint64 batch = f.addBatch(QStringLiteral("Scopus"));
        const qint64 r = f.addRecord(QStringLiteral("Only"), 2020, batch);
        f.settle(r, QStringLiteral("ta"), QStringLiteral("include"));
        f.settle(r, QStringLiteral("ft"), QStringLiteral("include"));
        Result<PrismaCounts> c = PrismaCounts::read(f.project());
        QVERIFY(c.ok());
        QVERIFY(!c->hasOtherMethods());
        QVERIFY(c->check().isEmpty());
        const PrismaFigure figure(c.value());
        QVERIFY(figure.boxes().at(0).at(2).lines.isEmpty());
        QVERIFY(!SvgCanvas::render(figure).contains("via other methods"));
    }

    void emptyProject()
    {
        MapFixture f;
        QVERIFY(f.ok());
        Result<PrismaCounts> c = PrismaCounts::read(f.project());
        QVERIFY(c.ok());
        QCOMPARE(c->databases.identifiedTotal, 0);
        QVERIFY(c->check().isEmpty());
        QVERIFY(!SvgCanvas::render(PrismaFigure(c.value())).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrisma)
#include "tst_prisma.moc"
