// The RIS reader on every quirk of the dialects reviewers bring, from inline text.
#include "core/issuelog.h"
#include "import/recordfile.h"
#include "import/risreader.h"

#include <QBuffer>
#include <QtTest>

using namespace evimap;

namespace {

Result<RecordFile> readRis(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return RecordFile::read(buffer, QStringLiteral("test.ris"), QStringLiteral("ris"));
}

} // namespace

class RisReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void read_countsAndTitles_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<int>("skipped");

        QTest::newRow("two records")
            << QByteArray("TY  - JOUR\nTI  - One\nER  - \n\nTY  - JOUR\nTI  - Two\nER  - \n")
            << QStringList{"One", "Two"} << 0;
        QTest::newRow("missing final ER")
            << QByteArray("TY  - JOUR\nTI  - One\nER  - \nTY  - JOUR\nTI  - Two\n")
            << QStringList{"One", "Two"} << 0;
        QTest::newRow("record without TY")
            << QByteArray("TI  - No type\nAU  - Doe, J\nER  - \n") << QStringList{"No type"} << 0;
        QTest::newRow("ER with no trailing space")
            << QByteArray("TY  - JOUR\nTI  - One\nER  -\n") << QStringList{"One"} << 0;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFTY  - JOUR\nTI  - Bom\nER  - \n")
                             << QStringList{"Bom"} << 0;
        QTest::newRow("CRLF") << QByteArray("TY  - JOUR\r\nTI  - Crlf\r\nER  - \r\n")
                              << QStringList{"Crlf"} << 0;
        QTest::newRow("starting blank lines")
            << QByteArray("\n\n\nTY  - JOUR\nTI  - Late\nER  - \n") << QStringList{"Late"} << 0;
        QTest::newRow("continuation joins title")
            << QByteArray("TY  - JOUR\nTI  - First part\n   second part\nER  - \n")
            << QStringList{"First part second part"} << 0;
        QTest::newRow("'ER then' is text, not a tag")
            << QByteArray("TY  - JOUR\nTI  - T\nN2  - first line,\nER then more\nER  - \n")
            << QStringList{"T"} << 0;
        QTest::newRow("repeated TY lines stay one record (broken export)")
            << QByteArray("TY  - BOOK\nTY  - JOUR\nTY  - THES\nT1  - Editorial\nT1  - "
                          "Editorial?\nER  - \n")
            << QStringList{"Editorial"} << 0;
        QTest::newRow("new TY after blank line closes a record missing its ER")
            << QByteArray("TY  - JOUR\nTI  - A\n\nTY  - JOUR\nTI  - B\nER  - \n")
            << QStringList{"A", "B"} << 0;
        QTest::newRow("empty record skipped")
            << QByteArray("TY  - JOUR\nER  - \nTY  - JOUR\nTI  - Kept\nER  - \n")
            << QStringList{"Kept"} << 1;
        QTest::newRow("single-space tags (some exporters)")
            << QByteArray("TY - JOUR\nTI - Spaced\nER - \n") << QStringList{"Spaced"} << 0;
    }

    void read_countsAndTitles()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, titles);
        QFETCH(int, skipped);
        Result<RecordFile> file = readRis(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QStringList got;
        for (const Record &r : file->records)
            got << r.title;
        QCOMPARE(got, titles);
        QCOMPARE(file->skipped, skipped);
    }

    void read_mapsFields_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const QByteArray base = "TY  - JOUR\nTI  - T\n";
        QTest::newRow("abstract from AB") << base + "AB  - The abstract\nER  - \n"
                                          << "abstract"
                                          << "The abstract";
        QTest::newRow("abstract from N2") << base + "N2  - From N2\nER  - \n"
                                          << "abstract"
                                          << "From N2";
        QTest::newRow("multi-line abstract")
            << base + "AB  - Line one\nline two\n   line three\nER  - \n"
            << "abstract"
            << "Line one line two line three";
        QTest::newRow("year from PY with slashes") << base + "PY  - 2001/09/01/\nER  - \n"
                                                   << "year"
                                                   << "2001";
        QTest::newRow("bogus PY then good Y1")
            << base + "PY  - YEAR/MONTH/DAY/\nY1  - 1999///\nER  - \n"
            << "year"
            << "1999";
        QTest::newRow("pages SP+EP") << base + "SP  - 10\nEP  - 19\nER  - \n"
                                     << "pages"
                                     << "10-19";
        QTest::newRow("pages range in SP") << base + "SP  - 10-19\nEP  - 19\nER  - \n"
                                           << "pages"
                                           << "10-19";
        QTest::newRow("journal T2 (Zotero)") << base + "T2  - Journal of Loneliness\nER  - \n"
                                             << "container"
                                             << "Journal of Loneliness";
        QTest::newRow("journal JF over JO")
            << base + "JO  - J Lonel\nJF  - Journal of Loneliness\nER  - \n"
            << "container"
            << "Journal of Loneliness";
        QTest::newRow("DOI plain") << base + "DO  - 10.1000/xyz\nER  - \n"
                                   << "doi"
                                   << "10.1000/xyz";
        QTest::newRow("DOI with resolver") << base + "DO  - https://doi.org/10.1000/xyz\nER  - \n"
                                           << "doi"
                                           << "10.1000/xyz";
        QTest::newRow("DOI from UR")
            << base + "UR  - http://dx.doi.org/10.1023/A:1017379030770\nER  - \n"
            << "doi"
            << "10.1023/A:1017379030770";
        QTest::newRow("DOI from M3 with [doi]") << base + "M3  - 10.1000/abc [doi]\nER  - \n"
                                                << "doi"
                                                << "10.1000/abc";
        QTest::newRow("PubMed AN is PMID") << base + "AN  - 12345678\nDB  - PubMed\nER  - \n"
                                           << "pmid"
                                           << "12345678";
        QTest::newRow("type report") << QByteArray("TY  - RPRT\nTI  - R\nER  - \n") << "type"
                                     << "report";
        QTest::newRow("type thesis") << QByteArray("TY  - THES\nTI  - R\nER  - \n") << "type"
                                     << "thesis";
        QTest::newRow("type conference abstract")
            << QByteArray("TY  - ABST\nTI  - R\nER  - \n") << "type"
            << "conference-abstract";
        QTest::newRow("type unknown") << QByteArray("TY  - XYZ\nTI  - R\nER  - \n") << "type"
                                      << "other";
        QTest::newRow("no TY, a journal: article")
            << QByteArray("JF  - J Lonel\nT1  - R\nER  - \n") << "type"
            << "journal-article";
        QTest::newRow("no TY, no journal: other")
            << QByteArray("T1  - R\nAU  - Doe, J\nER  - \n") << "type"
            << "other";
        QTest::newRow("authors AU and A1") << base + "AU  - Doe, J.\nA1  - Roe, R.\nER  - \n"
                                           << "authors"
                                           << "Doe, J.|Roe, R.";
        QTest::newRow("keywords repeated") << base + "KW  - a\nKW  - b\nER  - \n"
                                           << "keywords"
                                           << "a|b";
        QTest::newRow("notes joined by newline") << base + "N1  - one\nN1  - two\nER  - \n"
                                                 << "notes"
                                                 << "one\ntwo";
        QTest::newRow("unknown tag kept raw") << base + "ZZ  - kept\nER  - \n"
                                              << "raw"
                                              << "ZZ=kept";
        QTest::newRow("second title kept raw") << base + "T1  - other title\nER  - \n"
                                               << "raw"
                                               << "T1=other title";
        QTest::newRow("utf-8 author")
            << base + QStringLiteral("AU  - Sørensen, Åse\nER  - \n").toUtf8() << "authors"
            << QStringLiteral("Sørensen, Åse");
        QTest::newRow("cp1252 author") << base + QByteArray("AU  - M\xFCller, J\xFCrgen\nER  - \n")
                                       << "authors" << QStringLiteral("Müller, Jürgen");
    }

    void read_mapsFields()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Result<RecordFile> file = readRis(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        const Record &r = file->records.first();
        QString got;
        if (field == QLatin1String("abstract"))
            got = r.abstract;
        else if (field == QLatin1String("year"))
            got = QString::number(r.year);
        else if (field == QLatin1String("pages"))
            got = r.pages;
        else if (field == QLatin1String("container"))
            got = r.container;
        else if (field == QLatin1String("doi"))
            got = r.doi;
        else if (field == QLatin1String("pmid"))
            got = r.pmid;
        else if (field == QLatin1String("type"))
            got = r.type;
        else if (field == QLatin1String("authors"))
            got = r.authors.join(QLatin1Char('|'));
        else if (field == QLatin1String("keywords"))
            got = r.keywords.join(QLatin1Char('|'));
        else if (field == QLatin1String("notes"))
            got = r.notes;
        else if (field == QLatin1String("raw")) {
            QStringList pairs;
            for (const RawField &f : r.rawFields)
                pairs << f.first + QLatin1Char('=') + f.second;
            got = pairs.join(QLatin1Char('|'));
        }
        QCOMPARE(got, expected);
    }

    void read_badInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<int>("records");
        QTest::newRow("empty") << QByteArray() << true << 0;
        QTest::newRow("binary garbage")
            << QByteArray("\x00\x01\x02\xFF\xFE\x89PNG\r\n\x1A\n", 12) << true << 0;
        QTest::newRow("prose") << QByteArray("Dear reviewer,\nplease find attached.\n") << true
                               << 0;
        QTest::newRow("truncated mid-record")
            << QByteArray("TY  - JOUR\nTI  - Cut off here\nAU  - Do") << false << 1;
        QTest::newRow("invalid utf-8 only")
            << QByteArray("TY  - JOUR\nTI  - \xC3\x28 broken\nER  - \n") << false << 1;
        // The line is cut at 4 MiB, which is still a field over 1 MiB: the record is skipped.
        QTest::newRow("10 MB single line")
            << QByteArray("TY  - JOUR\nTI  - ") + QByteArray(10 * 1024 * 1024, 'x') + "\nER  - \n"
            << false << 0;
    }

    void read_badInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, refused);
        QFETCH(int, records);
        Result<RecordFile> file = readRis(input);
        QCOMPARE(!file.ok(), refused);
        if (refused) {
            QCOMPARE(file.error().kind, Error::Kind::InputRefused);
            QVERIFY(file.errorString().contains(QStringLiteral("test.ris")));
            return;
        }
        QCOMPARE(file->records.size(), records);
    }

    void read_overlongLineIsReportedWithItsLine()
    {
        Result<RecordFile> file = readRis(QByteArray("TY  - JOUR\nTI  - ") +
                                          QByteArray(5 * 1024 * 1024, 'x') + "\nER  - \n");
        QVERIFY(file.ok());
        bool found = false;
        for (const Issue &issue : file->issues)
            found =
                found || (issue.line == 2 && issue.message.contains(QStringLiteral("longer than")));
        QVERIFY(found);
    }

    void read_recordWithoutTypeIsKeptWithAWarning()
    {
        // A BOM, a blank line, and a record whose TY line is missing (JabRef's
        // RisImporterCorrupted.ris has this shape): the record is kept, and the reviewer told.
        Result<RecordFile> file =
            readRis("\xEF\xBB\xBF\nJF  - Empirical Software Engineering\nT1  - Editorial\n"
                    "AU  - Harrison, Warren\nER  -\n  \n");
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().type, QStringLiteral("journal-article"));
        QCOMPARE(file->issues.size(), 1);
        const Issue &issue = file->issues.first();
        QCOMPARE(issue.severity, Issue::Severity::Warning);
        QCOMPARE(issue.line, 2);
        QCOMPARE(issue.record, 1);
        QVERIFY2(issue.message.contains(QStringLiteral("no TY line")), qPrintable(issue.message));
    }

    void read_oversizedFieldAndRecordAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("big"); // a record that is too large
        QTest::addColumn<QString>("reason");
        // A field grows past 1 MiB through continuation lines (no line is long).
        QByteArray field = "TY  - JOUR\nTI  - Long abstract\nAB  - start\n";
        const QByteArray line(1000, 'a');
        for (int i = 0; i < 1100; ++i)
            field += line + '\n';
        field += "ER  - \n";
        QTest::newRow("field over 1 MiB") << field << "the field AB (line";
        // A record grows past 8 MiB in fields of 0.5 MiB.
        QByteArray record = "TY  - JOUR\nTI  - Many notes\n";
        const QByteArray half(512 * 1024, 'n');
        for (int i = 0; i < 17; ++i)
            record += "N1  - " + half + '\n';
        record += "ER  - \n";
        QTest::newRow("record over 8 MiB") << record << "longer than 8 MiB";
    }

    void read_oversizedFieldAndRecordAreSkipped()
    {
        QFETCH(QByteArray, big);
        QFETCH(QString, reason);
        Result<RecordFile> file = readRis("TY  - JOUR\nTI  - Before\nER  - \n\n" + big +
                                          "\nTY  - JOUR\nTI  - After\nER  - \n");
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QStringList titles;
        for (const Record &r : std::as_const(file->records))
            titles << r.title;
        QCOMPARE(titles, (QStringList{"Before", "After"}));
        QCOMPARE(file->skipped, 1);
        const Issue &issue = file->issues.first();
        QCOMPARE(issue.severity, Issue::Severity::Error);
        QCOMPARE(issue.record, 2);
        QCOMPARE(issue.line, 5);
        QVERIFY2(issue.message.contains(reason), qPrintable(issue.message));
    }

    void read_skippedRecordsAreCountedNotKept()
    {
        // 5,000 records with nothing in them: all counted as skipped, the first 1,000 listed,
        // the rest summed up in one more issue.
        QByteArray input;
        for (int i = 0; i < 5000; ++i)
            input += "TY  - JOUR\nER  - \n";
        input += "TY  - JOUR\nTI  - Real\nER  - \n";
        Result<RecordFile> file = readRis(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->skipped, 5000);
        QCOMPARE(file->issues.size(), IssueLog::maxKept + 1);
        const Issue &last = file->issues.last();
        QCOMPARE(last.record, 0);
        QVERIFY2(last.message.contains(QLatin1String("4000 more problem")),
                 qPrintable(last.message));
        QVERIFY2(last.message.contains(QLatin1String("4000 of them errors")),
                 qPrintable(last.message));
    }

    void read_issuesNameFileLineAndRecord()
    {
        Result<RecordFile> file = readRis("TY  - JOUR\nTI  - ok\nER  - \n\nTY  - JOUR\nER  - \n");
        QVERIFY(file.ok());
        QCOMPARE(file->skipped, 1);
        const Issue &issue = file->issues.first();
        QCOMPARE(issue.file, QStringLiteral("test.ris"));
        QCOMPARE(issue.line, 5);
        QCOMPARE(issue.record, 2);
        QVERIFY(issue.toString().startsWith(QStringLiteral("test.ris:5: record 2: ")));
    }
};

QTEST_GUILESS_MAIN(RisReaderTest)
#include "tst_risreader.moc"
