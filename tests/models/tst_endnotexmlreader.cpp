// The EndNote XML reader (EndNote, Zotero, Mendeley, Bookends, JabRef exports), from inline XML.
#include "import/endnotexmlreader.h"
#include "recordfields.h"

#include <QtTest>

using namespace evimap;
using evimap::test::readBytes;
using evimap::test::recordField;

namespace {

Result<RecordFile> readEndnote(const QByteArray &bytes)
{
    return readBytes(bytes, QStringLiteral("endnote-xml"), QStringLiteral("library.xml"));
}

QByteArray library(const QByteArray &records)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n<records>\n" + records +
           "</records>\n</xml>\n";
}

QByteArray record(const QByteArray &title)
{
    return "<record><ref-type name=\"Journal Article\">17</ref-type><titles><title>" + title +
           "</title></titles></record>\n";
}

// As EndNote writes it: every value in styled runs, pretty-printed.
const QByteArray endnoteRecord = R"(<record>
  <database name="My Library.enl" path="C:\My Library.enl">My Library.enl</database>
  <source-app name="EndNote" version="20.0">EndNote</source-app>
  <rec-number>1289</rec-number>
  <foreign-keys><key app="EN" db-id="edzw">1289</key></foreign-keys>
  <ref-type name="Journal Article">17</ref-type>
  <contributors>
    <authors>
      <author><style face="normal" font="default" size="100%">Lim, R. C. H.</style></author>
      <author><style face="normal" font="default" size="100%">Okafor, Chidi</style></author>
    </authors>
    <secondary-authors><author>Editor, Some</author></secondary-authors>
  </contributors>
  <auth-address><style face="normal" font="default" size="100%">Laser Acupuncture Centre, Singapore.</style></auth-address>
  <titles>
    <title>
      <style face="normal" font="default" size="100%">Painless </style><style face="italic" font="default" size="100%">laser</style><style face="normal" font="default" size="100%"> acupuncture for loneliness</style>
    </title>
    <secondary-title><style face="normal" font="default" size="100%">Medical Acupuncture</style></secondary-title>
  </titles>
  <periodical><full-title>Med Acupunct Full</full-title><abbr-1>Med Acupunct</abbr-1></periodical>
  <pages><style face="normal" font="default" size="100%">159-162</style></pages>
  <volume><style face="normal" font="default" size="100%">30</style></volume>
  <number><style face="normal" font="default" size="100%">3</style></number>
  <keywords>
    <keyword/>
    <keyword><style face="bold" size="12"/><style face="normal" size="12">anxiety; craving</style></keyword>
    <keyword><style face="normal" font="default" size="100%">social isolation&#xD;loneliness</style></keyword>
  </keywords>
  <dates>
    <year><style face="normal" font="default" size="100%">2018</style></year>
    <pub-dates><date><style face="normal" font="default" size="100%">Jun 01</style></date></pub-dates>
  </dates>
  <isbn><style face="normal" font="default" size="100%">1933-6586</style></isbn>
  <accession-num><style face="normal" font="default" size="100%">29937971</style></accession-num>
  <electronic-resource-num><style face="normal" font="default" size="100%">https://doi.org/10.1089/acu.2018.1295</style></electronic-resource-num>
  <abstract><style face="normal" font="default" size="100%">First paragraph.&#xD;Second paragraph.</style></abstract>
  <notes><style face="normal" font="default" size="100%">FFT available</style></notes>
  <urls>
    <related-urls><url><style face="normal" font="default" size="100%">https://www.ncbi.nlm.nih.gov/pubmed/29937971</style></url></related-urls>
    <pdf-urls><url>internal-pdf://0001/lim.pdf</url></pdf-urls>
  </urls>
  <language><style face="normal" font="default" size="100%">eng</style></language>
  <publisher><style face="normal" font="default" size="100%">Mary Ann Liebert</style></publisher>
  <custom2>PMC6011367</custom2>
</record>
)";

// As Mendeley writes it: one line, no styled runs, ref-type number 0.
const QByteArray mendeleyRecord =
    "<record><database name=\"m.enl\" path=\"m.enl\">m.enl</database><ref-type name=\"Journal "
    "Article\">0</ref-type>"
    "<contributors><authors><author>Rotter, Carina</author><author>Rusbridge, "
    "Clare</author></authors></contributors>"
    "<titles><title>Myoclonus in older Cavalier King Charles "
    "Spaniels.</title><secondary-title>Journal of veterinary "
    "internal medicine</secondary-title></titles><periodical><full-title>Journal of veterinary "
    "internal "
    "medicine</full-title></periodical><pages>1032-1038</pages><volume>36</volume><issue>3</"
    "issue><keywords>"
    "<keyword>Animals</keyword><keyword>Dogs</keyword></keywords><dates><year>2022</year></"
    "dates><accession-num>"
    "35319117</accession-num><electronic-resource-num>10.1111/jvim.16404</"
    "electronic-resource-num><language>eng"
    "</language><urls/><abstract>BACKGROUND: Myoclonus.</abstract></record>";

} // namespace

class EndnoteXmlReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void read_countsRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<int>("skipped");

        QTest::newRow("two records")
            << library(record("One") + record("Two")) << QStringList{"One", "Two"} << 0;
        QTest::newRow("Mendeley: the whole file on one line")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xml><records>" +
                          mendeleyRecord + mendeleyRecord + "</records></xml>")
            << QStringList{"Myoclonus in older Cavalier King Charles Spaniels.",
                           "Myoclonus in older Cavalier King Charles Spaniels."}
            << 0;
        QTest::newRow("no records") << library("") << QStringList{} << 0;
        QTest::newRow("empty record is skipped")
            << library("<record><ref-type name=\"Journal "
                       "Article\">17</ref-type><contributors></contributors>"
                       "<titles></titles><dates></dates><urls></urls></record>\n" +
                       record("Kept"))
            << QStringList{"Kept"} << 1;
        QTest::newRow("styled runs concatenated (Zotero's rich-text test)")
            << library(
                   "<record><titles><title><style face=\"normal\">Plain </style><style "
                   "face=\"bold\">Bold</style>"
                   "<style face=\"italic\"> Italics</style><style face=\"normal\"> </style><style "
                   "face=\"superscript\">Sup</style></title></titles></record>")
            << QStringList{"Plain Bold Italics Sup"} << 0;
        QTest::newRow("truncated inside the second record")
            << library(record("One")).left(library(record("One")).indexOf("</records>")) +
                   "<record><titles><ti"
            << QStringList{"One"} << 1;
        QTest::newRow("UTF-8 BOM")
            << "\xEF\xBB\xBF" + library(record("Bom")) << QStringList{"Bom"} << 0;
        QTest::newRow("records element as root")
            << QByteArray("<records>" + record("Bare") + "</records>") << QStringList{"Bare"} << 0;
        QTest::newRow("declared Windows-1252 encoding")
            << QByteArray("<?xml version=\"1.0\" encoding=\"windows-1252\"?><xml><records>" +
                          record("Caf\xE9 \x96 1") + "</records></xml>")
            << QStringList{"Café – 1"} << 0;
        QTest::newRow("UTF-16LE with BOM") << [] {
            const QString text = QString::fromUtf8(library(record("Wide \xC3\xA9")))
                                     .replace(QLatin1String("UTF-8"), QLatin1String("UTF-16"));
            QByteArray bytes("\xFF\xFE", 2);
            bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            return bytes;
        }() << QStringList{"Wide é"} << 0;
    }

    void read_countsRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, titles);
        QFETCH(int, skipped);
        Result<RecordFile> file = readEndnote(input);
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
        const QByteArray en = library(endnoteRecord);
        const QByteArray me = library(mendeleyRecord);

        QTest::newRow("title from styled runs") << en << "title"
                                                << "Painless laser acupuncture for loneliness";
        QTest::newRow("authors") << en << "authors"
                                 << "Lim, R. C. H. | Okafor, Chidi";
        QTest::newRow("secondary title as container") << en << "container"
                                                      << "Medical Acupuncture";
        QTest::newRow("periodical full title when there is no secondary title")
            << library("<record><titles><title>T</title></titles><periodical><full-title>Ecology</"
                       "full-title>"
                       "</periodical></record>")
            << "container"
            << "Ecology";
        QTest::newRow("pages") << en << "pages"
                               << "159-162";
        QTest::newRow("volume") << en << "volume"
                                << "30";
        QTest::newRow("number as issue") << en << "issue"
                                         << "3";
        QTest::newRow("issue element (Mendeley)") << me << "issue"
                                                  << "3";
        QTest::newRow("year") << en << "year"
                              << "2018";
        QTest::newRow("date from year and pub-date") << en << "date"
                                                     << "2018-06-01";
        QTest::newRow("pub-date with its own year")
            << library("<record><titles><title>T</title></titles><dates><year>2022</"
                       "year><pub-dates><date>2022 May"
                       "</date></pub-dates></dates></record>")
            << "date"
            << "2022-05";
        QTest::newRow("DOI from electronic-resource-num") << en << "doi"
                                                          << "10.1089/acu.2018.1295";
        QTest::newRow("plain DOI (Mendeley)") << me << "doi"
                                              << "10.1111/jvim.16404";
        QTest::newRow("abstract keeps paragraphs") << en << "abstract"
                                                   << "First paragraph.\nSecond paragraph.";
        QTest::newRow("keywords split on ';' and line breaks, empty ones dropped")
            << en << "keywords"
            << "anxiety | craving | social isolation | loneliness";
        QTest::newRow("related URL") << en << "url"
                                     << "https://www.ncbi.nlm.nih.gov/pubmed/29937971";
        QTest::newRow("ISSN in isbn of an article stays raw, not ISBN") << en << "isbn"
                                                                        << "";
        QTest::newRow("ISBN of a book")
            << library("<record><ref-type "
                       "name=\"Book\">6</ref-type><titles><title>T</title></titles><isbn>"
                       "978-1-86016-359-3</isbn></record>")
            << "isbn"
            << "978-1-86016-359-3";
        QTest::newRow("accession number") << en << "accession"
                                          << "29937971";
        QTest::newRow("language") << en << "language"
                                  << "eng";
        QTest::newRow("publisher") << en << "publisher"
                                   << "Mary Ann Liebert";
        QTest::newRow("notes") << en << "notes"
                               << "FFT available";
        QTest::newRow("unmapped fields raw; where the record was kept is dropped")
            << en << "raw"
            << "rec-number=1289 | secondary-authors/author=Editor, Some | auth-address=Laser "
               "Acupuncture Centre, "
               "Singapore. | periodical/full-title=Med Acupunct Full | periodical/abbr-1=Med "
               "Acupunct | "
               "isbn=1933-6586 | pdf-urls/url=internal-pdf://0001/lim.pdf | custom2=PMC6011367";
        QTest::newRow("journal article by name") << en << "type"
                                                 << "journal-article";
        QTest::newRow("Mendeley's journal article numbered 0") << me << "type"
                                                               << "journal-article";
        QTest::newRow("book section")
            << library("<record><ref-type name=\"Book "
                       "Section\">7</ref-type><titles><title>T</title></titles></record>")
            << "type"
            << "chapter";
        QTest::newRow("report (numbered 10 by Zotero, 27 by EndNote)")
            << library("<record><ref-type "
                       "name=\"Report\">10</ref-type><titles><title>T</title></titles></record>")
            << "type"
            << "report";
        QTest::newRow("generic")
            << library("<record><ref-type name=\"Generic\">31</ref-type><titles><title>T</title>"
                       "</titles></record>")
            << "type"
            << "other";
        QTest::newRow("number only")
            << library("<record><ref-type>32</ref-type><titles><title>T</title></titles></record>")
            << "type"
            << "thesis";
        QTest::newRow("web page")
            << library("<record><ref-type name=\"Web "
                       "Page\">16</ref-type><titles><title>T</title></titles></record>")
            << "type"
            << "web-page";
    }

    void read_mapsFields()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Result<RecordFile> file = readEndnote(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(recordField(file->records.first(), field), expected);
    }

    void read_refusesWhatIsNotEndnote_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not XML") << QByteArray("TY  - JOUR\nTI  - x\nER  - \n");
        QTest::newRow("binary garbage")
            << QByteArray("\x01\x02\x03\xFF\xFE\x00\x10garbage\x80\x81", 16);
        QTest::newRow("another XML vocabulary")
            << QByteArray("<PubmedArticleSet></PubmedArticleSet>");
        QTest::newRow("truncated before any record")
            << QByteArray("<?xml version=\"1.0\"?>\n<xml><records><rec");
        QTest::newRow("invalid UTF-8 in the first record")
            << QByteArray(
                   "<xml><records><record><titles><title>\xC3\x28\xFF</title></titles></record>") +
                   QByteArray(2000, ' ');
    }

    void read_refusesWhatIsNotEndnote()
    {
        QFETCH(QByteArray, input);
        Result<RecordFile> file = readEndnote(input);
        if (file.ok()) {
            // It starts right and breaks inside its first record: that record counts as skipped.
            QVERIFY(file->records.isEmpty());
            QCOMPARE(file->skipped, 1);
            return;
        }
        QCOMPARE(file.error().kind, Error::Kind::InputRefused);
        QVERIFY2(file.errorString().contains(QLatin1String("library.xml")),
                 qPrintable(file.errorString()));
    }

    void read_malformedRecordCostsOnlyItself()
    {
        // A broken record in the middle of a Mendeley file (one line): the others are read.
        QByteArray records;
        for (int i = 1; i <= 1000; ++i)
            records +=
                record(i == 501 ? "Bad &nbsp entity" : "R" + QByteArray::number(i)).trimmed();
        Result<RecordFile> file =
            readEndnote("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xml><records>" + records +
                        "</records></xml>");
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 999);
        QCOMPARE(file->records.at(500).title, QStringLiteral("R502"));
        QCOMPARE(file->skipped, 1);
        QCOMPARE(file->issues.first().record, 501);
        QCOMPARE(file->issues.first().line, 1);
    }

    void read_deepNestingSkipsTheRecord()
    {
        QByteArray deep = "<xml><records><record><titles><title>";
        for (int i = 0; i < 100; ++i)
            deep += "<style>";
        deep += "x";
        for (int i = 0; i < 100; ++i)
            deep += "</style>";
        deep += "</title></titles></record>" + record("After") + "</records></xml>";
        Result<RecordFile> file = readEndnote(deep);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        // The deep record is skipped; reading goes on at the next one.
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("After"));
        QCOMPARE(file->skipped, 1);
        QVERIFY2(file->issues.first().message.contains(QLatin1String("64")),
                 qPrintable(file->issues.first().message));
    }

    void read_oversizedRecordIsSkipped()
    {
        const QByteArray huge = "<record><titles><title>Huge</title></titles><abstract>" +
                                QByteArray(2 * 1024 * 1024, 'a') + "</abstract></record>\n";
        Result<RecordFile> file = readEndnote(library(huge + record("After")));
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("After"));
        QCOMPARE(file->skipped, 1);
        QCOMPARE(file->issues.first().record, 1);
        QCOMPARE(file->issues.first().line, 4);
    }

    void read_manySmallFieldsAddUpToTheRecordLimit()
    {
        QByteArray many = "<record><titles><title>Many</title></titles><keywords>";
        const QByteArray keyword = "<keyword>" + QByteArray(1000, 'k') + "</keyword>";
        for (int i = 0; i < 1200; ++i)
            many += keyword;
        many += "</keywords></record>\n";
        Result<RecordFile> file = readEndnote(library(many + record("After")));
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->skipped, 1);
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::newRow("EndNote") << library(endnoteRecord) << "lib.xml"
                                 << "endnote-xml";
        QTest::newRow("Mendeley one line")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xml><records>" +
                          mendeleyRecord)
            << "mendeley_export.xml"
            << "endnote-xml";
        QTest::newRow("saved as .txt") << library(endnoteRecord) << "lib.txt"
                                       << "endnote-xml";
    }

    void detect()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QCOMPARE(test::detectFormat(input, fileName), format);
    }
};

QTEST_GUILESS_MAIN(EndnoteXmlReaderTest)
#include "tst_endnotexmlreader.moc"
