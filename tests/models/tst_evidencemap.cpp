// The evidence gap map: counts per cell, filters, gaps, colour segments, scope, coding source,
// deterministic output, and safe SVG, HTML and CSV.
#include "core/csvrowwriter.h"
#include "mapfixture.h"
#include "maps/evidencemapcsv.h"
#include "maps/evidencemapfigure.h"
#include "maps/evidencemaphtml.h"
#include "maps/evidencemapquery.h"
#include "maps/mapstore.h"
#include "maps/svgcanvas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace evimap;
using evimap::test::MapFixture;

class TestEvidenceMap : public QObject
{
    Q_OBJECT

private:
    // Rows: approach (cbt, mindfulness > mbsr, arts); columns: factor (anxiety, esteem, shame);
    // colour: design (rct, prepost); filters: setting (online, community).
    struct Codes
    {
        qint64 approach, cbt, mindfulness, mbsr, arts;
        qint64 factor, anxiety, esteem, shame, worry;
        qint64 design, rct, prepost;
        qint64 setting, online, community;
    };
    Codes build(MapFixture &f)
    {
        Codes c{};
        // Positions deliberately disagree with ids: output follows positions.
        c.approach =
            f.addCode(0, QStringLiteral("approach"), QStringLiteral("Intervention approach"), 1);
        c.factor =
            f.addCode(0, QStringLiteral("factor"), QStringLiteral("Psychological factor"), 0);
        c.design = f.addCode(0, QStringLiteral("design"), QStringLiteral("Study design"), 2);
        c.setting = f.addCode(0, QStringLiteral("setting"), QStringLiteral("Setting"), 3);
        c.arts = f.addCode(c.approach, QStringLiteral("arts"), QStringLiteral("Arts-based"), 2);
        c.cbt = f.addCode(c.approach, QStringLiteral("cbt"), QStringLiteral("CBT"), 0);
        c.mindfulness =
            f.addCode(c.approach, QStringLiteral("mindfulness"), QStringLiteral("Mindfulness"), 1);
        c.mbsr = f.addCode(c.mindfulness, QStringLiteral("mbsr"), QStringLiteral("MBSR"), 0);
        c.anxiety =
            f.addCode(c.factor, QStringLiteral("anxiety"), QStringLiteral("Social anxiety"), 0);
        c.esteem =
            f.addCode(c.factor, QStringLiteral("esteem"), QStringLiteral("Low self-esteem"), 1);
        c.shame = f.addCode(c.factor, QStringLiteral("shame"), QStringLiteral("Shame"), 2);
        c.worry = f.addCode(c.factor, QStringLiteral("worry"), QStringLiteral("Worry (merged)"), 3);
        f.exec(QStringLiteral("UPDATE code SET retired = 1, merged_into = ? WHERE id = ?"),
               {c.anxiety, c.worry});
        c.rct = f.addCode(c.design, QStringLiteral("rct"), QStringLiteral("RCT"), 0);
        c.prepost = f.addCode(c.design, QStringLiteral("prepost"), QStringLiteral("Pre-post"), 1);
        c.online = f.addCode(c.setting, QStringLiteral("online"), QStringLiteral("Online"), 0);
        c.community =
            f.addCode(c.setting, QStringLiteral("community"), QStringLiteral("Community"), 1);

        const qint64 r1 = f.addRecord(QStringLiteral("One"), 2019);
        f.code(r1, c.cbt), f.code(r1, c.anxiety), f.code(r1, c.rct), f.code(r1, c.online);
        const qint64 r2 = f.addRecord(QStringLiteral("Two"), 2021);
        f.code(r2, c.cbt), f.code(r2, c.anxiety), f.code(r2, c.esteem), f.code(r2, c.prepost),
            f.code(r2, c.community);
        const qint64 r3 = f.addRecord(QStringLiteral("Three"), 2015);
        f.code(r3, c.mbsr), f.code(r3, c.esteem), f.code(r3, c.rct), f.code(r3, c.online);
        const qint64 r4 = f.addRecord(QStringLiteral("Four"), 2023);
        f.code(r4, c.arts), f.code(r4, c.shame), f.code(r4, c.community);
        const qint64 r5 = f.addRecord(QStringLiteral("Five (no factor)"), 2020);
        f.code(r5, c.cbt), f.code(r5, c.rct), f.code(r5, c.online);
        const qint64 r6 = f.addRecord(QStringLiteral("Duplicate of one"), 2019);
        f.code(r6, c.cbt), f.code(r6, c.anxiety);
        f.markDuplicate(r6, r1);
        // Not reconciled yet: the reviewer's codes count.
        const qint64 r7 = f.addRecord(QStringLiteral("Seven (reviewer only)"), 2018);
        f.reviewerCode(r7, c.arts), f.reviewerCode(r7, c.anxiety), f.reviewerCode(r7, c.rct);
        // Coded with a code merged into "anxiety".
        const qint64 r8 = f.addRecord(QStringLiteral("Eight (merged code)"), 2022);
        f.code(r8, c.arts), f.code(r8, c.worry), f.code(r8, c.prepost);
        return c;
    }

    static int indexOf(const EvidenceMapAxis &axis, const QString &key)
    {
        for (int i = 0; i < axis.size(); ++i) {
            if (axis.codes.at(i).key == key)
                return i;
        }
        return -1;
    }

    static EvidenceMapQuery baseQuery()
    {
        EvidenceMapQuery q;
        q.rows = QStringLiteral("approach");
        q.columns = QStringLiteral("factor");
        q.colour = QStringLiteral("design");
        return q;
    }

private slots:
    void cellCounts_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<int>("yearFrom");
        QTest::addColumn<int>("yearTo");
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QList<int>>("colours"); // rct, prepost, not coded

        QTest::newRow("two items, duplicate left out")
            << QStringList{} << 0 << 0 << "cbt"
            << "anxiety" << QStringList{"One", "Two"} << QList<int>{1, 1, 0};
        QTest::newRow("parent row counts its sub-code")
            << QStringList{} << 0 << 0 << "mindfulness"
            << "esteem" << QStringList{"Three"} << QList<int>{1, 0, 0};
        QTest::newRow("sub-code row") << QStringList{} << 0 << 0 << "mbsr"
                                      << "esteem" << QStringList{"Three"} << QList<int>{1, 0, 0};
        QTest::newRow("gap") << QStringList{} << 0 << 0 << "mindfulness"
                             << "shame" << QStringList{} << QList<int>{};
        QTest::newRow("filter by another dimension")
            << QStringList{"setting=online"} << 0 << 0 << "cbt"
            << "anxiety" << QStringList{"One"} << QList<int>{1, 0, 0};
        QTest::newRow("filter codes of one dimension are alternatives")
            << QStringList{"setting=online", "setting=Community"} << 0 << 0 << "cbt"
            << "anxiety" << QStringList{"One", "Two"} << QList<int>{1, 1, 0};
        QTest::newRow("filters of two dimensions all apply")
            << QStringList{"setting=online", "design=prepost"} << 0 << 0 << "cbt"
            << "anxiety" << QStringList{} << QList<int>{};
        QTest::newRow("year range") << QStringList{} << 2020 << 2021 << "cbt"
                                    << "anxiety" << QStringList{"Two"} << QList<int>{0, 1, 0};
        QTest::newRow("reviewer's codes where none are reconciled")
            << QStringList{} << 0 << 0 << "arts"
            << "anxiety" << QStringList{"Seven (reviewer only)", "Eight (merged code)"}
            << QList<int>{1, 1, 0};
        QTest::newRow("item without a colour code")
            << QStringList{} << 0 << 0 << "arts"
            << "shame" << QStringList{"Four"} << QList<int>{0, 0, 1};
    }

    void cellCounts()
    {
        QFETCH(QStringList, filters);
        QFETCH(int, yearFrom);
        QFETCH(int, yearTo);
        QFETCH(QString, row);
        QFETCH(QString, column);
        QFETCH(QStringList, titles);
        QFETCH(QList<int>, colours);

        MapFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        build(f);
        EvidenceMapQuery q = baseQuery();
        for (const QString &filter : filters)
            q.filters.append(
                {filter.section(QLatin1Char('='), 0, 0), filter.section(QLatin1Char('='), 1)});
        q.yearFrom = yearFrom;
        q.yearTo = yearTo;
        Result<EvidenceMap> map = q.run(f.project());
        QVERIFY2(map.ok(), qPrintable(map.errorString()));
        const int r = indexOf(map->rows, row), c = indexOf(map->columns, column);
        QVERIFY(r >= 0 && c >= 0);
        const EvidenceMapCell &cell = map->cell(r, c);
        QStringList got;
        for (int i : cell.items)
            got << map->items.at(i).title;
        QCOMPARE(got, titles);
        QCOMPARE(cell.colourCounts, colours);
    }

    void scopeTotalsAndOrder()
    {
        MapFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        build(f);
        Result<EvidenceMap> map = baseQuery().run(f.project());
        QVERIFY2(map.ok(), qPrintable(map.errorString()));
        QCOMPARE(map->scope, ScreeningScope::All); // nothing screened yet
        QCOMPARE(map->items.size(), 7);            // 8 records, one duplicate
        QCOMPARE(map->itemsOnMap, 6);              // "Five" has no factor
        // Rows by position, sub-codes after their parent; the merged code is not a column.
        QStringList rows, columns;
        for (const MapCode &code : map->rows.codes)
            rows << code.key;
        for (const MapCode &code : map->columns.codes)
            columns << code.key;
        QCOMPARE(rows, (QStringList{"cbt", "mindfulness", "mbsr", "arts"}));
        QCOMPARE(columns, (QStringList{"anxiety", "esteem", "shame"}));
        QCOMPARE(map->rowTotals, (QList<int>{2, 1, 1, 3}));
        QCOMPARE(map->columnTotals, (QList<int>{4, 2, 1}));
        QCOMPARE(map->emptyCells(), 6);
        QCOMPARE(map->maxCount(), 2);
        QVERIFY(map->unitDescription().contains(QStringLiteral("Unit: items (records)")));
    }

    void sparseRecordIds_countTheSame()
    {
        // Record ids far apart (one record at id 5,000,000) take the hash path of the join
        // from codes to records; the counts must not change with it.
        MapFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Codes c = build(f);
        Result<EvidenceMap> before = baseQuery().run(f.project());
        QVERIFY(before.ok());
        f.exec(QStringLiteral("INSERT INTO record(id, uuid, title, year, created_at, updated_at) "
                              "VALUES (5000000, 'far', 'Far away', 2020, '', '')"));
        f.code(5000000, c.cbt), f.code(5000000, c.shame);
        Result<EvidenceMap> after = baseQuery().run(f.project());
        QVERIFY2(after.ok(), qPrintable(after.errorString()));
        QCOMPARE(after->items.size(), before->items.size() + 1);
        QCOMPARE(after->items.constLast().recordId, 5000000);
        QCOMPARE(after->items.constLast().codes.size(), 2);
        QCOMPARE(after->itemsOnMap, before->itemsOnMap + 1);
        QCOMPARE(after->rowTotals.value(indexOf(after->rows, QStringLiteral("cbt"))),
                 before->rowTotals.value(indexOf(before->rows, QStringLiteral("cbt"))) + 1);
        QCOMPARE(after->columnTotals, (QList<int>{4, 2, 2}));
    }

    void codingsByRecordRange_partitionTheWhole_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("reconciled else reviewers") << int(CodingSource::ReconciledElseReviewers);
        QTest::newRow("reconciled only") << int(CodingSource::ReconciledOnly);
        QTest::newRow("reviewers") << int(CodingSource::Reviewers);
    }

    void codingsByRecordRange_partitionTheWhole()
    {
        // The map reads its codes in two record ranges on two threads; every split point must
        // give back exactly the codes of one read.
        QFETCH(int, source);
        MapFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        build(f);
        const MapStore store(f.project().database());
        const auto sorted = [](QList<QPair<qint64, qint64>> list) {
            std::sort(list.begin(), list.end());
            return list;
        };
        Result<QList<QPair<qint64, qint64>>> whole = store.codings(CodingSource(source));
        QVERIFY2(whole.ok(), qPrintable(whole.errorString()));
        QVERIFY(!whole->isEmpty());
        const qint64 maxId = store.maxRecordId().value();
        QCOMPARE(maxId, 8);
        for (qint64 split = 0; split <= maxId; ++split) {
            Result<QList<QPair<qint64, qint64>>> low =
                store.codings(CodingSource(source), 0, split);
            Result<QList<QPair<qint64, qint64>>> high =
                store.codings(CodingSource(source), split + 1);
            QVERIFY(low.ok() && high.ok());
            for (const auto &coding : low.value())
                QVERIFY(coding.first <= split);
            QCOMPARE(sorted(low.value() + high.value()), sorted(whole.value()));
        }
    }

    void insideAWriteTransaction_seesItsOwnChanges()
    {
        // The map reads half the records on a second connection, which cannot see this
        // connection's uncommitted changes; inside a transaction it must read them here.
        MapFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Codes c = build(f);
        Result<EvidenceMap> before = baseQuery().run(f.project());
        QVERIFY(before.ok());
        const int cbt = indexOf(before->rows, QStringLiteral("cbt"));
        const int shame = indexOf(before->columns, QStringLiteral("shame"));
        int during = -1;
        const Status s = f.project().writeTransaction([&]() -> Status {
            f.code(1, c.shame); // record "One", in the first half of the ids
            Result<EvidenceMap> map = baseQuery().run(f.project());
            if (!map)
                return map.error();
            during = map->cell(cbt, shame).count();
            return failure(QStringLiteral("roll back"));
        });
        QVERIFY(!s.ok());
        QCOMPARE(during, before->cell(cbt, shame).count() + 1);
        Result<EvidenceMap> after = baseQuery().run(f.project());
        QCOMPARE(after->cell(cbt, shame).count(), before->cell(cbt, shame).count());
    }

    void parentsWithoutSubcodes()
    {
        MapFixture f;
        QVERIFY(f.ok());
        build(f);
        EvidenceMapQuery q = baseQuery();
        q.parentsIncludeSubcodes = false;
        Result<EvidenceMap> map = q.run(f.project());
        QVERIFY(map.ok());
        QCOMPARE(map->cell(indexOf(map->rows, QStringLiteral("mindfulness")),
                           indexOf(map->columns, QStringLiteral("esteem")))
                     .count(),
                 0);
    }

    void screeningScope()
    {
        MapFixture f;
        QVERIFY(f.ok());
        build(f);
        // Title/abstract screening has begun: the map counts its includes.
        QSqlQuery q(f.project().database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, title FROM record ORDER BY id")));
        QHash<QString, qint64> ids;
        while (q.next())
            ids.insert(q.value(1).toString(), q.value(0).toLongLong());
        f.settle(ids.value(QStringLiteral("One")), QStringLiteral("ta"), QStringLiteral("include"));
        f.settle(ids.value(QStringLiteral("Two")), QStringLiteral("ta"), QStringLiteral("include"));
        f.settle(ids.value(QStringLiteral("Three")), QStringLiteral("ta"),
                 QStringLiteral("exclude"));
        Result<EvidenceMap> ta = baseQuery().run(f.project());
        QVERIFY(ta.ok());
        QCOMPARE(ta->scope, ScreeningScope::IncludedTitleAbstract);
        QCOMPARE(ta->items.size(), 2);
        // Full text has begun: only its includes.
        f.settle(ids.value(QStringLiteral("Two")), QStringLiteral("ft"), QStringLiteral("include"));
        Result<EvidenceMap> ft = baseQuery().run(f.project());
        QVERIFY(ft.ok());
        QCOMPARE(ft->scope, ScreeningScope::IncludedFullText);
        QCOMPARE(ft->items.size(), 1);
        QCOMPARE(ft->items.first().title, QStringLiteral("Two"));
        // Asked for all.
        EvidenceMapQuery all = baseQuery();
        all.scope = ScreeningScope::All;
        QCOMPARE(all.run(f.project())->items.size(), 7);
    }

    void codingSources()
    {
        MapFixture f;
        QVERIFY(f.ok());
        build(f);
        EvidenceMapQuery q = baseQuery();
        q.codingSource = CodingSource::ReconciledOnly;
        Result<EvidenceMap> reconciled = q.run(f.project());
        QVERIFY(reconciled.ok());
        const int arts = indexOf(reconciled->rows, QStringLiteral("arts"));
        const int anxiety = indexOf(reconciled->columns, QStringLiteral("anxiety"));
        QCOMPARE(reconciled->cell(arts, anxiety).count(), 1); // "Seven" has no reconciled codes
        q.codingSource = CodingSource::Reviewers;
        Result<EvidenceMap> reviewers = q.run(f.project());
        QVERIFY(reviewers.ok());
        QCOMPARE(reviewers->cell(arts, anxiety).count(), 1); // only "Seven" has reviewer codes
        QCOMPARE(reviewers->items.at(reviewers->cell(arts, anxiety).items.first()).title,
                 QStringLiteral("Seven (reviewer only)"));
    }

    void refusesBadQuestions_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("columns");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown dimension") << "nope"
                                           << "factor"
                                           << ""
                                           << "no dimension \"nope\"";
        QTest::newRow("same dimension twice") << "factor"
                                              << "Psychological factor"
                                              << ""
                                              << "two different dimensions";
        QTest::newRow("unknown filter code") << "approach"
                                             << "factor"
                                             << "setting=moon"
                                             << "has no code \"moon\"";
    }

    void refusesBadQuestions()
    {
        QFETCH(QString, rows);
        QFETCH(QString, columns);
        QFETCH(QString, filter);
        QFETCH(QString, message);
        MapFixture f;
        QVERIFY(f.ok());
        build(f);
        EvidenceMapQuery q;
        q.rows = rows;
        q.columns = columns;
        if (!filter.isEmpty())
            q.filters.append(
                {filter.section(QLatin1Char('='), 0, 0), filter.section(QLatin1Char('='), 1)});
        Result<EvidenceMap> map = q.run(f.project());
        QVERIFY(!map.ok());
        QCOMPARE(map.error().kind, Error::Kind::Usage);
        QVERIFY2(map.errorString().contains(message), qPrintable(map.errorString()));
    }

    void deterministicOutput()
    {
        MapFixture f;
        QVERIFY(f.ok());
        build(f);
        Result<MapCodebook> codebook = MapCodebook::read(f.project());
        QVERIFY(codebook.ok());
        Result<EvidenceMap> a = baseQuery().run(f.project());
        Result<EvidenceMap> b = baseQuery().run(f.project());
        QVERIFY(a.ok() && b.ok());
        const QByteArray svg = SvgCanvas::render(EvidenceMapFigure(a.value()));
        QCOMPARE(svg, SvgCanvas::render(EvidenceMapFigure(b.value())));
        QCOMPARE(EvidenceMapHtml::write(a.value(), codebook.value()),
                 EvidenceMapHtml::write(b.value(), codebook.value()));
        QCOMPARE(EvidenceMapCsv::write(a.value()), EvidenceMapCsv::write(b.value()));
        // No clock inside.
        const QString year = QString::number(QDate::currentDate().year());
        QVERIFY(!svg.contains(QStringLiteral("T%1").arg(year).toUtf8()));
        // One bubble group per filled cell, one gap group per empty cell.
        QCOMPARE(svg.count("class=\"bubble\""), qsizetype(a->cells.size() - a->emptyCells()));
        QCOMPARE(svg.count("class=\"gap\""), qsizetype(a->emptyCells()));
    }

    void colourSegmentsInSvg()
    {
        MapFixture f;
        QVERIFY(f.ok());
        build(f);
        Result<EvidenceMap> map = baseQuery().run(f.project());
        QVERIFY(map.ok());
        const QByteArray svg = SvgCanvas::render(EvidenceMapFigure(map.value()));
        // CBT × anxiety has one RCT and one pre-post item: two half-circle wedges, blue and
        // orange (Okabe-Ito), and the legend names them.
        QVERIFY(svg.contains("<path d=\"M"));
        QVERIFY(svg.contains("fill=\"#0072b2\""));
        QVERIFY(svg.contains("fill=\"#e69f00\""));
        QVERIFY(svg.contains(">Segments: Study design</text>"));
        QVERIFY(svg.contains(">Not coded</text>"));
        // The tooltip of that cell states the split.
        QVERIFY(svg.contains("<title>CBT × Social anxiety: 2 items — RCT 1, Pre-post 1</title>"));
    }

    void escapesRecordText()
    {
        MapFixture f;
        QVERIFY(f.ok());
        const Codes c = build(f);
        const QString hostile = QStringLiteral("<script>alert('x')</script> & \"quotes\"");
        const qint64 r = f.addRecord(hostile, 2024, 0, QStringLiteral("</script><b>Evil, E."));
        f.code(r, c.cbt), f.code(r, c.shame);
        const qint64 label = f.addCode(c.factor, QStringLiteral("x"),
                                       QStringLiteral("<img src=x onerror=alert(1)>"), 9);
        f.code(r, label);
        Result<MapCodebook> codebook = MapCodebook::read(f.project());
        Result<EvidenceMap> map = baseQuery().run(f.project());
        QVERIFY(map.ok() && codebook.ok());

        const QByteArray svg = SvgCanvas::render(EvidenceMapFigure(map.value()));
        QVERIFY(!svg.contains("<script"));
        QVERIFY(!svg.contains("<img"));
        QVERIFY(svg.contains("&lt;img src=x onerror=alert(1)&gt;"));
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));

        const QByteArray html = EvidenceMapHtml::write(map.value(), codebook.value());
        QCOMPARE(html.count("<script"), 2); // the data block and the page's own script
        QVERIFY(!html.contains("<script>alert"));
        QVERIFY(!html.contains("</script><b>"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(html.contains("\\u003cscript\\u003ealert"));
        // The data block is JSON that still holds the title as it was.
        const QRegularExpression block(
            QStringLiteral("<script type=\"application/json\" id=\"evimap-data\">(.*)</script>"));
        const QRegularExpressionMatch m = block.match(QString::fromUtf8(html));
        QVERIFY(m.hasMatch());
        const QJsonDocument data = QJsonDocument::fromJson(m.captured(1).toUtf8());
        QVERIFY(data.isObject());
        bool found = false;
        for (const QJsonValue &item : data.object().value(QStringLiteral("items")).toArray())
            found = found || item.toObject().value(QStringLiteral("t")).toString() == hostile;
        QVERIFY(found);
        // No network: no external URL is loaded.
        QVERIFY(!html.contains("src=\"http"));
        QVERIFY(!html.contains("href=\"http"));
    }

    void csvNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("field");
        QTest::newRow("equals") << "=HYPERLINK(\"x\")"
                                << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("plus") << "+cmd"
                              << "'+cmd";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("comma quoted") << "a, b"
                                      << "\"a, b\"";
        QTest::newRow("plain") << "Shame"
                               << "Shame";
    }

    void csvNeutralisesFormulas()
    {
        QFETCH(QString, label);
        QFETCH(QString, field);
        QCOMPARE(CsvRowWriter::cell(label), field);

        MapFixture f;
        QVERIFY(f.ok());
        const Codes c = build(f);
        f.exec(QStringLiteral("UPDATE code SET label = ? WHERE id = ?"), {label, c.shame});
        Result<EvidenceMap> map = baseQuery().run(f.project());
        QVERIFY(map.ok());
        const QByteArray csv = EvidenceMapCsv::write(map.value());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\n"));
        const QStringList header = QString::fromUtf8(csv.mid(3))
                                       .split(QStringLiteral("\r\n"))
                                       .first()
                                       .split(QLatin1Char(','));
        QVERIFY2(QString::fromUtf8(csv).contains(field), qPrintable(QString::fromUtf8(csv)));
        QVERIFY(header.size() >= 5);
        // The matrix: CBT row has 2 under Social anxiety.
        QVERIFY(csv.contains("\r\nCBT,2,1,0,2\r\n"));
        QVERIFY(csv.contains("\r\nMindfulness › MBSR,0,1,0,1\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceMap)
#include "tst_evidencemap.moc"
