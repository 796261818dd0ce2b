// What the import dialog shows of a file before importing it: the database the file names and
// how many records it holds, from small snippets written here.
#include "import/filepreview.h"
#include "import/formatregistry.h"

#include <QBuffer>
#include <QtTest>

using namespace evimap;

class FilePreviewTest : public QObject
{
    Q_OBJECT

private slots:
    void sourceNamedIn_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("source");

        QTest::newRow("WoS plain text")
            << "wos"
            << QByteArray("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Lee, A\n"
                          "TI Loneliness\nUT WOS:000123\nER\n\nEF\n")
            << "Web of Science";
        QTest::newRow("WoS plain text, Thomson Reuters")
            << "wos" << QByteArray("FN Thomson Reuters Web of Science™\nVR 1.0\nPT J\nER\n")
            << "Web of Science";
        QTest::newRow("WoS as RIS (accession number)")
            << "ris" << QByteArray("TY  - JOUR\nTI  - Loneliness\nAN  - WOS:000456789\nER  - \n")
            << "Web of Science";
        QTest::newRow("WoS BibTeX") << "bibtex"
                                    << QByteArray("@article{ WOS:000123,\nTitle = {Loneliness},\n"
                                                  "Unique-ID = {WOS:000123},\n}\n")
                                    << "Web of Science";
        QTest::newRow("WoS tab-delimited")
            << "csv" << QByteArray("PT\tAU\tTI\tUT\nJ\tLee, A\tLoneliness\tWOS:000123\n")
            << "Web of Science";
        QTest::newRow("Scopus RIS (DB)")
            << "ris" << QByteArray("TY  - JOUR\nTI  - Loneliness\nDB  - Scopus\nER  - \n")
            << "Scopus";
        QTest::newRow("Scopus RIS (link only)")
            << "ris"
            << QByteArray("TY  - JOUR\nTI  - Loneliness\nUR  - https://www.scopus.com/inward/"
                          "record.uri?eid=2-s2.0-1\nER  - \n")
            << "Scopus";
        QTest::newRow("Scopus BibTeX")
            << "bibtex"
            << QByteArray("@ARTICLE{Lee2020,\ntitle = {Loneliness},\nsource = {Scopus}\n}\n")
            << "Scopus";
        QTest::newRow("Scopus CSV")
            << "csv"
            << QByteArray("Authors,Title,Year,Source title,Document Type,Source,EID\r\n"
                          "\"Lee A.\",\"Loneliness\",2020,\"J\",\"Article\",\"Scopus\","
                          "2-s2.0-1\r\n")
            << "Scopus";
        QTest::newRow("Embase via Ovid (RIS)")
            << "ris"
            << QByteArray("TY  - JOUR\nDB  - Embase\nDP  - Ovid Technologies\nTI  - Shame\n"
                          "ER  - \n")
            << "Embase (Ovid)";
        QTest::newRow("Embase.com RIS")
            << "ris" << QByteArray("TY  - JOUR\nTI  - Shame\nDB  - Embase\nER  - \n") << "Embase";
        QTest::newRow("Embase.com link")
            << "ris"
            << QByteArray("TY  - JOUR\nTI  - Shame\nUR  - https://www.embase.com/search/results"
                          "?id=L1\nER  - \n")
            << "Embase";
        QTest::newRow("PsycINFO via Ovid")
            << "ris"
            << QByteArray("TY  - JOUR\nDB  - APA PsycInfo\nDP  - Ovid Technologies\n"
                          "TI  - Shame\nER  - \n")
            << "PsycINFO (Ovid)";
        QTest::newRow("Ovid MEDLINE")
            << "ris" << QByteArray("TY  - JOUR\nDB  - Ovid MEDLINE(R) ALL\nTI  - Shame\nER  - \n")
            << "MEDLINE (Ovid)";
        QTest::newRow("Ovid text header")
            << "ris"
            << QByteArray("Database: Embase <1974 to 2025 January 14>\nSearch Strategy:\n"
                          "TY  - JOUR\nTI  - Shame\nER  - \n")
            << "Embase (Ovid)";
        QTest::newRow("CAB Abstracts via Ovid")
            << "ris"
            << QByteArray("TY  - JOUR\nDB  - CAB Abstracts\nDP  - Ovid Technologies\n"
                          "TI  - Sheep\nER  - \n")
            << "CAB Abstracts (Ovid)";
        QTest::newRow("CAB Direct")
            << "ris" << QByteArray("TY  - JOUR\nDB  - CAB Direct\nTI  - Sheep\nER  - \n")
            << "CAB Abstracts";
        QTest::newRow("CINAHL via EBSCO")
            << "ris"
            << QByteArray("TY  - JOUR\nDB  - cin20\nDP  - EBSCOhost\nTI  - Shame\nER  - \n")
            << "CINAHL (EBSCO)";
        QTest::newRow("PubMed nbib")
            << "medline" << QByteArray("PMID- 31234567\nOWN - NLM\nTI  - Loneliness\n")
            << "MEDLINE (PubMed)";
        QTest::newRow("PubMed XML")
            << "pubmed-xml"
            << QByteArray("<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle>"
                          "</PubmedArticle></PubmedArticleSet>\n")
            << "MEDLINE (PubMed)";
        QTest::newRow("Zotero RIS names nothing")
            << "ris" << QByteArray("TY  - JOUR\nTI  - Shame\nAU  - Lee, A\nER  - \n") << "";
        QTest::newRow("plain BibTeX names nothing")
            << "bibtex" << QByteArray("@article{a,\ntitle = {Scopus and its rivals}\n}\n") << "";
        QTest::newRow("a title about Web of Science is not one")
            << "ris" << QByteArray("TY  - JOUR\nTI  - Searching Web of Science\nER  - \n") << "";
    }

    void sourceNamedIn()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, head);
        QFETCH(QString, source);
        QCOMPARE(FilePreview::sourceNamedIn(head, format), source);
    }

    void countRecords_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("records");

        QTest::newRow("RIS") << "ris"
                             << QByteArray(
                                    "TY  - JOUR\nTI  - A\nER  - \n\nTY  - JOUR\nTI  - B\nER  - \n")
                             << qint64(2);
        QTest::newRow("RIS, CRLF and BOM")
            << "ris"
            << QByteArray("\xef\xbb\xbfTY  - JOUR\r\nTI  - A\r\nER  -\r\nTY  - JOUR\r\nER  - \r\n")
            << qint64(2);
        QTest::newRow("RIS, final ER missing")
            << "ris" << QByteArray("TY  - JOUR\nTI  - A\nER  - \nTY  - JOUR\nTI  - B\n")
            << qint64(2);
        QTest::newRow("RIS, ER in an abstract is not a record")
            << "ris" << QByteArray("TY  - JOUR\nAB  - The ER  - emergency room\nER  - \n")
            << qint64(1);
        QTest::newRow("WoS")
            << "wos"
            << QByteArray("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI A\nER\n\n"
                          "PT J\nTI B\nER\n\nEF\n")
            << qint64(2);
        QTest::newRow("MEDLINE") << "medline"
                                 << QByteArray("PMID- 1\nTI  - A\n\nPMID- 2\nTI  - B\n\nPMID- 3\n")
                                 << qint64(3);
        QTest::newRow("BibTeX") << "bibtex"
                                << QByteArray(
                                       "@string{j = {J}}\n@comment{x}\n@article{a,\n title={A}\n}\n"
                                       "  @Book{b, title={B}}\n@preamble{\"x\"}\nemail me @ home\n")
                                << qint64(2);
        QTest::newRow("PubMed XML")
            << "pubmed-xml"
            << QByteArray("<PubmedArticleSet><PubmedArticle><X/></PubmedArticle>\n"
                          "<PubmedBookArticle></PubmedBookArticle><PubmedArticle>"
                          "</PubmedArticle></PubmedArticleSet>")
            << qint64(3);
        QTest::newRow("EndNote XML")
            << "endnote-xml"
            << QByteArray("<xml><records><record><title>A</title></record><record>"
                          "</record></records></xml>")
            << qint64(2);
        QTest::newRow("CSV with a quoted line break")
            << "csv" << QByteArray("Title,Abstract\nA,\"line one\nline two\"\nB,x\n\n")
            << qint64(2);
        QTest::newRow("CSV without a final newline")
            << "csv" << QByteArray("Title\r\nA\r\nB") << qint64(2);
        QTest::newRow("CSL-JSON")
            << "csljson"
            << QByteArray("[{\"id\":\"a\",\"author\":[{\"family\":\"Lee\"}],\"title\":\"{x\"},\n"
                          "{\"id\":\"b\"}]")
            << qint64(2);
        QTest::newRow("UTF-16 is not counted")
            << "ris" << QByteArray("\xff\xfeT\0Y\0", 6) << qint64(-1);
    }

    void countRecords()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, records);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(FilePreview::countRecords(buffer, format), records);
    }

    // A marker split across the 1 MiB reads is still counted once.
    void countRecords_acrossChunks()
    {
        QByteArray bytes("<xml><records>");
        const QByteArray record("<record><title>A loneliness study</title></record>\n");
        while (bytes.size() < 3 * 1024 * 1024)
            bytes += record;
        const qint64 expected = bytes.count("<record>");
        bytes += "</records></xml>";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(FilePreview::countRecords(buffer, QStringLiteral("endnote-xml")), expected);

        QByteArray ris;
        const QByteArray entry("TY  - JOUR\nTI  - Loneliness and shame in later life\nER  - \n");
        int n = 0;
        while (ris.size() < 3 * 1024 * 1024) {
            ris += entry;
            ++n;
        }
        QBuffer risBuffer(&ris);
        QVERIFY(risBuffer.open(QIODevice::ReadOnly));
        QCOMPARE(FilePreview::countRecords(risBuffer, QStringLiteral("ris")), qint64(n));
    }
};

QTEST_GUILESS_MAIN(FilePreviewTest)
#include "tst_filepreview.moc"
