// The Web of Science plain-text reader, from inline text.
#include "import/wosreader.h"
#include "recordfields.h"

#include <QtTest>

using namespace evimap;
using evimap::test::readBytes;
using evimap::test::recordField;

namespace {

Result<RecordFile> readWos(const QByteArray &bytes)
{
    return readBytes(bytes, QStringLiteral("wos"), QStringLiteral("savedrecs.txt"));
}

const QByteArray header = "FN Clarivate Analytics Web of Science\nVR 1.0\n";

const QByteArray fullRecord =
    "PT J\n"
    "AU Parkes-Loach, PS\n"
    "   Majeed, AP\n"
    "AF Parkes-Loach, Pamela S.\n"
    "   Majeed, Ali P.\n"
    "CA Loneliness Consortium\n"
    "TI Interactions stabilizing the structure of the core light-harvesting\n"
    "   complex of photosynthetic bacteria\n"
    "SO BIOCHEMISTRY\n"
    "LA English\n"
    "DT Article\n"
    "DE loneliness; social anxiety\n"
    "ID CHEMICALLY SYNTHESIZED POLYPEPTIDES; IN-VITRO\n"
    "   RECONSTITUTION; ANTENNA COMPLEX\n"
    "AB Reconstitution experiments with a chemically synthesized\n"
    "   analogue.\n"
    "C1 Northwestern Univ, Dept Biochem, Evanston, IL 60208 USA.\n"
    "   Kansas State Univ, Manhattan, KS 66506 USA.\n"
    "CR ALLEN JP, 1986, P NATL ACAD SCI USA, V83, P8589\n"
    "   BARRICK D, 1994, BIOCHEMISTRY-US, V33, P6546\n"
    "NR 59\n"
    "PU AMER CHEMICAL SOC\n"
    "SN 0006-2960\n"
    "PD JUN 8\n"
    "PY 2004\n"
    "VL 43\n"
    "IS 22\n"
    "BP 7003\n"
    "EP 7016\n"
    "DI 10.1021/bi049798f\n"
    "UT WOS:000221807500019\n"
    "PM 15170338\n"
    "ER\n";

} // namespace

class WosReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void read_countsRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<int>("skipped");

        QTest::newRow("header, two records, EF")
            << header + "PT J\nTI One\nER\n\nPT J\nTI Two\nER\n\nEF\n"
            << QStringList{"One", "Two"} << 0;
        QTest::newRow("no header")
            << QByteArray("PT J\nTI One\nER\nPT J\nTI Two\nER\n") << QStringList{"One", "Two"} << 0;
        QTest::newRow("missing ER before the next PT")
            << header + "PT J\nTI One\nPT J\nTI Two\nER\nEF\n"
            << QStringList{"One", "Two"} << 0;
        QTest::newRow("missing final ER and EF (truncated)")
            << header + "PT J\nTI One\nER\nPT J\nTI Tw" << QStringList{"One", "Tw"} << 0;
        QTest::newRow("text after EF is ignored")
            << header + "PT J\nTI One\nER\nEF\nPT J\nTI Ghost\nER\n"
            << QStringList{"One"} << 0;
        QTest::newRow("empty record is skipped")
            << header + "PT J\nNR 0\nER\nPT J\nTI Kept\nER\nEF\n"
            << QStringList{"Kept"} << 1;
        QTest::newRow("CRLF") << QByteArray(
                                     "FN x\r\nVR 1.0\r\nPT J\r\nTI Crlf\r\n   more\r\nER\r\nEF\r\n")
                              << QStringList{"Crlf more"} << 0;
        QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF" + header + "PT J\nTI Bom\nER\nEF\n"
                                   << QStringList{"Bom"} << 0;
        QTest::newRow("header-only export has no records") << header + "EF\n" << QStringList{} << 0;
    }

    void read_countsRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, titles);
        QFETCH(int, skipped);
        Result<RecordFile> file = readWos(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QStringList got;
        for (const Record &r : std::as_const(file->records))
            got << r.title;
        QCOMPARE(got, titles);
        QCOMPARE(file->skipped, skipped);
    }

    void read_mapsFields_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const QByteArray full = header + fullRecord + "EF\n";

        QTest::newRow("full names (AF) preferred, one per line, group author after")
            << full << "authors"
            << "Parkes-Loach, Pamela S. | Majeed, Ali P. | Loneliness Consortium";
        QTest::newRow("AU when there is no AF")
            << QByteArray("PT J\nAU Doe, J\n   Roe, R\nTI T\nER\n") << "authors"
            << "Doe, J | Roe, R";
        QTest::newRow("title joins continuation lines")
            << full << "title"
            << "Interactions stabilizing the structure of the core light-harvesting complex of "
               "photosynthetic bacteria";
        QTest::newRow("source as container") << full << "container"
                                             << "BIOCHEMISTRY";
        QTest::newRow("language") << full << "language"
                                  << "English";
        QTest::newRow("DE and ID keywords split on ';' across lines")
            << full << "keywords"
            << "loneliness | social anxiety | CHEMICALLY SYNTHESIZED POLYPEPTIDES | IN-VITRO "
               "RECONSTITUTION | ANTENNA COMPLEX";
        QTest::newRow("abstract")
            << full << "abstract"
            << "Reconstitution experiments with a chemically synthesized analogue.";
        QTest::newRow("DOI") << full << "doi"
                             << "10.1021/bi049798f";
        QTest::newRow("year") << full << "year"
                              << "2004";
        QTest::newRow("date from PY and PD") << full << "date"
                                             << "2004-06-08";
        QTest::newRow("volume") << full << "volume"
                                << "43";
        QTest::newRow("issue") << full << "issue"
                               << "22";
        QTest::newRow("pages from BP and EP") << full << "pages"
                                              << "7003-7016";
        QTest::newRow("article number when there are no pages")
            << QByteArray("PT J\nTI T\nAR e0123\nER\n") << "pages"
            << "e0123";
        QTest::newRow("accession from UT") << full << "accession"
                                           << "WOS:000221807500019";
        QTest::newRow("PMID") << full << "pmid"
                              << "15170338";
        QTest::newRow("publisher") << full << "publisher"
                                   << "AMER CHEMICAL SOC";
        QTest::newRow("journal article type") << full << "type"
                                              << "journal-article";
        QTest::newRow("proceedings paper")
            << QByteArray("PT C\nTI T\nDT Proceedings Paper\nER\n") << "type"
            << "conference-paper";
        QTest::newRow("meeting abstract")
            << QByteArray("PT J\nTI T\nDT Meeting Abstract\nER\n") << "type"
            << "conference-abstract";
        QTest::newRow("book chapter")
            << QByteArray("PT B\nTI T\nDT Article; Book Chapter\nBN 978-0-12\nER\n") << "type"
            << "chapter";
        QTest::newRow("book ISBN")
            << QByteArray("PT B\nTI T\nDT Book\nBN 978-0-12-345678-9\nER\n") << "isbn"
            << "978-0-12-345678-9";
        QTest::newRow("book review is a journal article")
            << QByteArray("PT J\nTI T\nDT Book Review\nER\n") << "type"
            << "journal-article";
        QTest::newRow("addresses, cited references, ISSN and unknown tags kept raw, one per line")
            << full << "raw"
            << "PT=J | DT=Article | C1=Northwestern Univ, Dept Biochem, Evanston, IL 60208 USA. | "
               "C1=Kansas State "
               "Univ, Manhattan, KS 66506 USA. | CR=ALLEN JP, 1986, P NATL ACAD SCI USA, V83, "
               "P8589 | CR=BARRICK D, "
               "1994, BIOCHEMISTRY-US, V33, P6546 | NR=59 | SN=0006-2960 | PD=JUN 8";
    }

    void read_mapsFields()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Result<RecordFile> file = readWos(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(recordField(file->records.first(), field), expected);
    }

    void read_refusesWhatIsNotWos_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("free text") << QByteArray("Dear reviewer,\nhere are the references.\n");
        QTest::newRow("binary garbage")
            << QByteArray("\x01\x02\x03\xFF\xFE\x00\x10garbage\x80\x81", 16);
        QTest::newRow("invalid UTF-8 only") << QByteArray("\xC3\x28\xA0\xA1\n\xFF\n");
        QTest::newRow("two-letter words are not records") << QByteArray("OK then\nNO way\n");
    }

    void read_refusesWhatIsNotWos()
    {
        QFETCH(QByteArray, input);
        Result<RecordFile> file = readWos(input);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().kind, Error::Kind::InputRefused);
        QVERIFY2(file.errorString().contains(QLatin1String("savedrecs.txt")),
                 qPrintable(file.errorString()));
    }

    void read_oversizedRecordIsSkipped()
    {
        QByteArray input = header + "PT J\nTI Huge\nAB ";
        input += QByteArray(2 * 1024 * 1024, 'a');
        input += "\nER\nPT J\nTI After\nER\nEF\n";
        Result<RecordFile> file = readWos(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("After"));
        QCOMPARE(file->skipped, 1);
        QCOMPARE(file->issues.first().line, 3);
        QCOMPARE(file->issues.first().record, 1);
    }

    void read_windows1252()
    {
        Result<RecordFile> file = readWos("PT J\nAU M\xFCller, K\nTI Caf\xE9 \x96 study\nER\n");
        QVERIFY(file.ok());
        QCOMPARE(file->records.first().title, QStringLiteral("Café – study"));
        QCOMPARE(file->records.first().authors, QStringList{QStringLiteral("Müller, K")});
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::newRow("savedrecs.txt") << header + fullRecord << "savedrecs.txt"
                                       << "wos";
        QTest::newRow("saved as .ris: content beats the extension")
            << header + fullRecord << "example_wos.ris"
            << "wos";
        QTest::newRow("no header, PT and ER") << fullRecord << "x.ris"
                                              << "wos";
        QTest::newRow("WoS RIS export stays RIS")
            << QByteArray(
                   "\xEF\xBB\xBFTY  - JOUR\nAU  - Larsen, LJ\nTI  - Micro\nPT  - x\nER  - \n")
            << "wos.ris"
            << "ris";
    }

    void detect()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QCOMPARE(test::detectFormat(input, fileName), format);
    }
};

QTEST_GUILESS_MAIN(WosReaderTest)
#include "tst_wosreader.moc"
