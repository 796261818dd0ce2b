// The MEDLINE / .nbib reader on the quirks of PubMed and ERIC exports, from inline text.
#include "import/medlinereader.h"
#include "recordfields.h"

#include <QStringEncoder>
#include <QtTest>

using namespace evimap;
using evimap::test::readBytes;
using evimap::test::recordField;

namespace {

Result<RecordFile> readMedline(const QByteArray &bytes)
{
    return readBytes(bytes, QStringLiteral("medline"), QStringLiteral("test.nbib"));
}

int countIssues(const RecordFile &file, Issue::Severity severity)
{
    int n = 0;
    for (const Issue &issue : file.issues)
        n += issue.severity == severity ? 1 : 0;
    return n;
}

const QByteArray fullRecord =
    "PMID- 20481061\n"
    "OWN - NLM\n"
    "STAT- MEDLINE\n"
    "IS  - 0955-2359 (Print)\n"
    "VI  - 20\n"
    "IP  - 4\n"
    "DP  - 2009 Sep 15\n"
    "TI  - From danger and motherhood to health and beauty: health advice\n"
    "      for the factory girl.\n"
    "PG  - 454-81\n"
    "LID - 10.1093/tcbh/hwp043 [doi]\n"
    "AB  - Lorem ipsum abstract\n"
    "      continued here.\n"
    "FAU - Long, Vicky\n"
    "AU  - Long V\n"
    "AD  - Centre for the History of Science, University of\n"
    "      Manchester.\n"
    "FAU - Marland, Hilary\n"
    "AU  - Marland H\n"
    "CN  - Loneliness Study Group\n"
    "LA  - eng\n"
    "PT  - Historical Article\n"
    "PT  - Journal Article\n"
    "PL  - England\n"
    "TA  - 20 Century Br Hist\n"
    "JT  - Twentieth century British history\n"
    "MH  - Humans\n"
    "MH  - Occupational Health/*history\n"
    "OTO - NOTNLM\n"
    "OT  - factory work\n"
    "AID - hwp043 [pii]\n"
    "AID - 10.1093/tcbh/hwp043 [doi]\n"
    "SO  - 20 Century Br Hist. 2009;20(4):454-81.\n";

} // namespace

class MedlineReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void read_countsRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("infos");

        QTest::newRow("blank line between records")
            << QByteArray("PMID- 1\nTI  - One\n\nPMID- 2\nTI  - Two\n") << QStringList{"One", "Two"}
            << 0 << 0;
        QTest::newRow("PMID starts a record without a blank line")
            << QByteArray("PMID- 1\nTI  - One\nPMID- 2\nTI  - Two\n") << QStringList{"One", "Two"}
            << 0 << 0;
        QTest::newRow("several blank lines and leading blank lines")
            << QByteArray("\n\nPMID- 1\nTI  - One\n\n\n\nPMID- 2\nTI  - Two\n\n")
            << QStringList{"One", "Two"} << 0 << 0;
        QTest::newRow("PMID without a space after the hyphen")
            << QByteArray("PMID-22664220\nPT  - Technical Report\nTI  - Glued\n")
            << QStringList{"Glued"} << 0 << 0;
        QTest::newRow("record without PMID still counts")
            << QByteArray(
                   "OWN - ERIC\nTI  - No pmid\nAU  - Doe, Jane\n\nOWN - ERIC\nTI  - Second\n")
            << QStringList{"No pmid", "Second"} << 0 << 0;
        QTest::newRow("PMID-only record counts (it identifies the article)")
            << QByteArray("PMID-96578310\nPT  - Overall\nMH  - Female\n") << QStringList{""} << 0
            << 0;
        QTest::newRow("free-text line between records is skipped with an Info issue")
            << QByteArray("PMID- 1\nTI  - One\n\nThis line should be omitted by the "
                          "importer.\n\nPMID- 2\nTI  - Two\n")
            << QStringList{"One", "Two"} << 0 << 1;
        QTest::newRow("empty tags are fine")
            << QByteArray("PMC -22664230\nTI-\nBTI -    \nFAU -\nJT  - Test Journal\nPG  -\nAB  - "
                          "Old\nAB  - new\n")
            << QStringList{""} << 0 << 0;
        QTest::newRow("a block without title, authors or identifiers is skipped")
            << QByteArray("OWN - NLM\nSTAT- MEDLINE\n\nPMID- 2\nTI  - Kept\n")
            << QStringList{"Kept"} << 1 << 0;
        QTest::newRow("untagged line inside a record continues the previous field")
            << QByteArray("PMID- 27433151\nSO  invalid line\nTI  - This is a test title\n")
            << QStringList{"This is a test title"} << 0 << 1;
        QTest::newRow("CRLF line ends")
            << QByteArray("PMID- 1\r\nTI  - Crlf\r\n      more\r\n\r\nPMID- 2\r\nTI  - Two\r\n")
            << QStringList{"Crlf more", "Two"} << 0 << 0;
        QTest::newRow("CR line ends") << QByteArray("PMID- 1\rTI  - Cr\r\rPMID- 2\rTI  - Two\r")
                                      << QStringList{"Cr", "Two"} << 0 << 0;
        QTest::newRow("UTF-8 BOM")
            << QByteArray("\xEF\xBB\xBFPMID- 1\nTI  - Bom\n") << QStringList{"Bom"} << 0 << 0;
        QTest::newRow("truncated in the middle of a record")
            << QByteArray("PMID- 1\nTI  - One\n\nPMID- 2\nTI  - Two cut he")
            << QStringList{"One", "Two cut he"} << 0 << 0;
        QTest::newRow("ISSN tag padded past column five (ERIC)")
            << QByteArray("OWN - ERIC\nTI  - Eric\nISSN - EISSN-2375-5636\n") << QStringList{"Eric"}
            << 0 << 0;
    }

    void read_countsRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, titles);
        QFETCH(int, skipped);
        QFETCH(int, infos);
        Result<RecordFile> file = readMedline(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QStringList got;
        for (const Record &r : std::as_const(file->records))
            got << r.title;
        QCOMPARE(got, titles);
        QCOMPARE(file->skipped, skipped);
        QCOMPARE(countIssues(*file, Issue::Severity::Info), infos);
    }

    void read_mapsFields_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");

        QTest::newRow("title joins its continuation line")
            << fullRecord << "title"
            << "From danger and motherhood to health and beauty: health advice for the factory "
               "girl.";
        QTest::newRow("full author names (FAU) preferred, corporate author kept")
            << fullRecord << "authors"
            << "Long, Vicky | Marland, Hilary | Loneliness Study Group";
        QTest::newRow("short author names when there is no FAU")
            << QByteArray("PMID- 1\nTI  - T\nAU  - Long V\nAU  - Strachan MW\nAU  - Selvamani\n")
            << "authors"
            << "Long, V | Strachan, MW | Selvamani";
        QTest::newRow("ERIC authors already in 'Surname, Given' form")
            << QByteArray("OWN - ERIC\nTI  - T\nAU  - van Groen, Maaike M.\n") << "authors"
            << "van Groen, Maaike M.";
        QTest::newRow("empty FAU is ignored")
            << QByteArray("PMID- 1\nTI  - T\nFAU -\nFAU - Doe, Jane\n") << "authors"
            << "Doe, Jane";
        QTest::newRow("abstract joins continuation lines")
            << fullRecord << "abstract"
            << "Lorem ipsum abstract continued here.";
        QTest::newRow("repeated AB tags are kept as paragraphs")
            << QByteArray("PMID- 1\nAB  - Old Abstract\nAB  - new abstract\n") << "abstract"
            << "Old Abstract\nnew abstract";
        QTest::newRow("repeated TI tags are joined")
            << QByteArray("PMCR- 20481061\nTI  - This is a Testtitle\nTI  - appended\nPT  - Book\n")
            << "title"
            << "This is a Testtitle appended";
        QTest::newRow("JT full journal name preferred over TA")
            << fullRecord << "container"
            << "Twentieth century British history";
        QTest::newRow("TA when there is no JT")
            << QByteArray("PMID- 1\nTI  - T\nTA  - Adv Biomed Res\n") << "container"
            << "Adv Biomed Res";
        QTest::newRow("year from DP") << fullRecord << "year"
                                      << "2009";
        QTest::newRow("date from DP") << fullRecord << "date"
                                      << "2009-09-15";
        QTest::newRow("DP with numeric month and day")
            << QByteArray("PMID- 1\nTI  - T\nDP  - 2013 06 10\n") << "date"
            << "2013-06-10";
        QTest::newRow("DP with extra spaces")
            << QByteArray("PMID- 1\nTI  - T\nDP  - 2010   06\n") << "date"
            << "2010-06";
        QTest::newRow("DP season") << QByteArray("PMID- 1\nTI  - T\nDP  - 2005 Spring\n") << "date"
                                   << "2005";
        QTest::newRow("DP month range")
            << QByteArray("PMID- 1\nTI  - T\nDP  - 1998 Dec-1999 Jan\n") << "date"
            << "1998-12";
        QTest::newRow("ERIC DP with text before the year")
            << QByteArray("OWN - ERIC\nTI  - T\nDP  - Article 10 2019\n") << "year"
            << "2019";
        QTest::newRow("volume") << fullRecord << "volume"
                                << "20";
        QTest::newRow("issue") << fullRecord << "issue"
                               << "4";
        QTest::newRow("pages") << fullRecord << "pages"
                               << "454-81";
        QTest::newRow("DOI from LID [doi]") << fullRecord << "doi"
                                            << "10.1093/tcbh/hwp043";
        QTest::newRow("DOI from AID [doi], not from the pii")
            << QByteArray(
                   "PMID- 1\nTI  - T\nAID - ABR-5-67 [pii]\nAID - 10.4103/2277-9175.180636 [doi]\n")
            << "doi"
            << "10.4103/2277-9175.180636";
        QTest::newRow("DOI written as doi:")
            << QByteArray("PMID-22664220\nAID - doi:10.1016/j.cpr.2005.02.002\n") << "doi"
            << "10.1016/j.cpr.2005.02.002";
        QTest::newRow("ERIC DOI link")
            << QByteArray(
                   "OWN - ERIC\nTI  - T\nAID - http://dx.doi.org/10.1186/s40468-019-0086-7\n")
            << "doi"
            << "10.1186/s40468-019-0086-7";
        QTest::newRow("ERIC link becomes the URL")
            << QByteArray("OWN - ERIC\nTI  - T\nLID - http://eric.ed.gov/?id=EJ1227990\n") << "url"
            << "http://eric.ed.gov/?id=EJ1227990";
        QTest::newRow("PMID") << fullRecord << "pmid"
                              << "20481061";
        QTest::newRow("PMID with trailing text keeps the number")
            << QByteArray("PMID- 27433151\nSO  invalid line\nTI  - T\n") << "pmid"
            << "27433151";
        QTest::newRow("MeSH and other terms as keywords")
            << fullRecord << "keywords"
            << "Humans | Occupational Health/*history | factory work";
        QTest::newRow("language") << fullRecord << "language"
                                  << "eng";
        QTest::newRow("journal article type") << fullRecord << "type"
                                              << "journal-article";
        QTest::newRow("technical report type")
            << QByteArray("PMID-1\nPT  - Technical Report\nTI  - T\n") << "type"
            << "report";
        QTest::newRow("book type") << QByteArray("PMID-1\nPT  - Book\nTI  - T\n") << "type"
                                   << "book";
        QTest::newRow("congress type")
            << QByteArray("PMID-1\nPT  - Journal Article\nPT  - Congress\nTI  - T\n") << "type"
            << "conference-paper";
        QTest::newRow("preprint beats journal article")
            << QByteArray("PMID-1\nPT  - Journal Article\nPT  - Preprint\nTI  - T\n") << "type"
            << "preprint";
        QTest::newRow("ERIC journal article that reports research")
            << QByteArray("OWN - ERIC\nTI  - T\nPT  - Journal Articles\nPT  - Reports - Research\n")
            << "type"
            << "journal-article";
        QTest::newRow("ERIC report")
            << QByteArray(
                   "OWN - ERIC\nTI  - T\nPT  - Reports - Research\nPT  - Reports - Evaluative\n")
            << "type"
            << "report";
        QTest::newRow("book title as title of a book without TI")
            << QByteArray("PMID- 1\nBTI - Endocrinology: An Integrated Approach\nPT  - Book\n")
            << "title"
            << "Endocrinology: An Integrated Approach";
        QTest::newRow("ISBN") << QByteArray("PMID- 1\nTI  - T\nISBN- 978-3-86680-192-9\n") << "isbn"
                              << "978-3-86680-192-9";
        QTest::newRow("ISBN without its 'ISBN' prefix")
            << QByteArray("OWN - ERIC\nTI  - T\nPT  - Books\nISBN- ISBN-978-1-5985-7192-9\n")
            << "isbn"
            << "978-1-5985-7192-9";
        QTest::newRow("ERIC number as accession")
            << QByteArray("OWN - ERIC\nTI  - T\nOID - EJ1227990\n") << "accession"
            << "EJ1227990";
        QTest::newRow("ERIC report: JT names the institution, not a journal")
            << QByteArray("OWN - ERIC\nTI  - T\nJT  - ACT, Inc.\nPT  - Reports - Research\n")
            << "publisher"
            << "ACT, Inc.";
        QTest::newRow("ERIC report has no journal")
            << QByteArray("OWN - ERIC\nTI  - T\nJT  - ACT, Inc.\nPT  - Reports - Research\n")
            << "container"
            << "";
        QTest::newRow("PubMed technical report keeps its journal")
            << QByteArray("PMID- 1\nTI  - T\nJT  - J Clin Test\nPT  - Technical Report\n")
            << "container"
            << "J Clin Test";
        QTest::newRow("publisher")
            << QByteArray("PMID- 1\nTI  - T\nPB  - BIOS Scientific Publishers\n") << "publisher"
            << "BIOS Scientific Publishers";
        QTest::newRow("unmapped tags, country of publication and affiliation kept raw")
            << QByteArray("PMID- 1\nTI  - T\nAD  - Centre, University of\n      Manchester.\nPL  - "
                          "England\nZZZ - odd\n")
            << "raw"
            << "AD=Centre, University of Manchester. | PL=England | ZZZ=odd";
        QTest::newRow("raw fields of a full record")
            << fullRecord << "raw"
            << "OWN=NLM | STAT=MEDLINE | IS=0955-2359 (Print) | AD=Centre for the History of "
               "Science, University of "
               "Manchester. | PT=Historical Article | PT=Journal Article | PL=England | TA=20 "
               "Century Br Hist | "
               "OTO=NOTNLM | AID=hwp043 [pii] | AID=10.1093/tcbh/hwp043 [doi] | SO=20 Century Br "
               "Hist. 2009;20(4):454-81.";
    }

    void read_mapsFields()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Result<RecordFile> file = readMedline(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(recordField(file->records.first(), field), expected);
    }

    void read_publicationTypesAreRaw()
    {
        // PT is mapped onto the type, but several PTs say more than one type can: they stay raw.
        Result<RecordFile> file = readMedline(fullRecord);
        QVERIFY(file.ok());
        QVERIFY(recordField(file->records.first(), QStringLiteral("raw"))
                    .contains(QLatin1String("PT=Journal Article")));
    }

    void read_encodings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("title");
        const QString title = QStringLiteral("Sjögren’s syndrome — a review");
        const QString text = QStringLiteral("PMID- 1\nTI  - ") + title + QStringLiteral("\n");
        QTest::newRow("UTF-8") << text.toUtf8() << title;
        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16LE with BOM") << QByteArray(le.encode(text)) << title;
        QStringEncoder be(QStringEncoder::Utf16BE);
        QTest::newRow("UTF-16BE without BOM") << QByteArray(be.encode(text)) << title;
        QTest::newRow("Windows-1252 bytes (not UTF-8)")
            << QByteArray("PMID- 1\nTI  - Sj\xF6gren\x92s syndrome \x97 a review\n") << title;
    }

    void read_encodings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, title);
        Result<RecordFile> file = readMedline(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, title);
    }

    void read_refusesWhatIsNotMedline_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\n\n  \n");
        QTest::newRow("free text") << QByteArray("Dear reviewer,\nhere are the references.\n");
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 251 + 1);
        garbage.replace('\n', 'x').replace('\r', 'x');
        QTest::newRow("binary garbage") << garbage;
        QTest::newRow("invalid UTF-8 with no tags")
            << QByteArray("\xC3\x28\xA0\xA1 \xFF\xFE\xFD\n\x80\x81");
        QTest::newRow("JabRef's invalid-format fixture shape")
            << QByteArray("PMC some PMC\n  PMID\n\n\nSO-something stands here");
    }

    void read_refusesWhatIsNotMedline()
    {
        QFETCH(QByteArray, input);
        QVERIFY(test::detectFormat(input, QStringLiteral("file.txt")) != QLatin1String("medline"));
        if (input.contains("SO-"))
            return; // has a tag-like line; forced reading would find it, detection does not
        Result<RecordFile> file = readMedline(input);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().kind, Error::Kind::InputRefused);
        QVERIFY2(file.errorString().contains(QLatin1String("test.nbib")),
                 qPrintable(file.errorString()));
    }

    void read_oversizedRecordIsSkipped()
    {
        // A 2 MiB abstract: the record is skipped with an Error naming it; the next one is read.
        QByteArray input = "PMID- 1\nTI  - Huge\nAB  - ";
        input += QByteArray(2 * 1024 * 1024, 'a');
        input += "\n\nPMID- 2\nTI  - After\n";
        Result<RecordFile> file = readMedline(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("After"));
        QCOMPARE(file->skipped, 1);
        const Issue &issue = file->issues.first();
        QCOMPARE(issue.severity, Issue::Severity::Error);
        QCOMPARE(issue.record, 1);
        QCOMPARE(issue.line, 1);
    }

    void read_tenMegabyteLineIsBounded()
    {
        QByteArray input = "PMID- 1\nTI  - Before\n\n";
        input += QByteArray(10 * 1024 * 1024, 'x');
        input += "\n\nPMID- 3\nTI  - After\n";
        Result<RecordFile> file = readMedline(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 2);
        QCOMPARE(file->records.last().title, QStringLiteral("After"));
        QCOMPARE(file->records.last().sourceLine, 6);
    }

    void read_issuesNameLineAndRecord()
    {
        Result<RecordFile> file =
            readMedline("PMID- 1\nTI  - One\n\nOWN - NLM\n\nPMID- 3\nTI  - Three\n");
        QVERIFY(file.ok());
        QCOMPARE(file->skipped, 1);
        const Issue &issue = file->issues.first();
        QCOMPARE(issue.line, 4);
        QCOMPARE(issue.record, 2);
        QCOMPARE(issue.file, QStringLiteral("test.nbib"));
        QCOMPARE(file->records.last().sourceRecordNo, 3);
        QCOMPARE(file->records.last().sourceLine, 6);
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::newRow("nbib") << fullRecord << "pubmed.nbib"
                              << "medline";
        QTest::newRow("MEDLINE saved as .txt") << fullRecord << "pubmed.txt"
                                               << "medline";
        QTest::newRow("MEDLINE saved as .ris") << fullRecord << "pubmed.ris"
                                               << "medline";
        QTest::newRow("PMID glued to its value")
            << QByteArray("PMID-22664238\nPT  - Editorial\nJT  - J\n") << "a.txt"
            << "medline";
        QTest::newRow("ERIC without PMID")
            << QByteArray("\nOWN - ERIC\nTI  - T\nAU  - Doe, J\nJT  - J\n") << "eric.nbib"
            << "medline";
        QTest::newRow("RIS stays RIS")
            << QByteArray("TY  - JOUR\nTI  - T\nAU  - Doe, J\nER  - \n") << "refs.nbib"
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

QTEST_GUILESS_MAIN(MedlineReaderTest)
#include "tst_medlinereader.moc"
