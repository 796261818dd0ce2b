// The CSL-JSON reader (Zotero, Better BibTeX, citeproc tools) from inline text.
#include "import/csljsonreader.h"
#include "import/recordfile.h"
#include "recordfields.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QtTest>

using namespace evimap;

namespace {

Result<RecordFile> readJson(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return RecordFile::read(buffer, QStringLiteral("test.json"), QStringLiteral("csljson"));
}

QString fieldOf(const Record &r, const QString &field)
{
    if (const std::optional<QString> typed = test::typedField(r, field, u"; "))
        return *typed;
    if (field.startsWith(QLatin1String("raw:"))) {
        const QString tag = field.mid(4);
        for (const RawField &f : r.rawFields) {
            if (f.first == tag)
                return f.second;
        }
        return QStringLiteral("<none>");
    }
    return QStringLiteral("<unknown field %1>").arg(field);
}

QByteArray item(const QByteArray &fields)
{
    return "[{\"type\": \"article-journal\", \"title\": \"T\", " + fields + "}]";
}

} // namespace

class CslJsonReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void read_mapsFields_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");

        const QByteArray full =
            "[{\n"
            "            \"id\": \"item-1\", \"type\": \"article-journal\",\n"
            "            \"title\": \"Loneliness and social anxiety\",\n"
            "            \"author\": [{\"family\": \"Smith\", \"given\": \"Jane A.\"}, "
            "{\"family\": \"Okafor\", \"given\": \"Chidi\"}],\n"
            "            \"issued\": {\"date-parts\": [[2019, 3, 1]]},\n"
            "            \"container-title\": \"Journal of Tests\", \"volume\": \"12\", \"issue\": "
            "\"3\", \"page\": \"101–110\",\n"
            "            \"DOI\": \"https://doi.org/10.5555/ABC.123\", \"PMID\": \"12345678\", "
            "\"URL\": \"https://example.org/a\",\n"
            "            \"ISBN\": \"978-0-00-000000-0\", \"abstract\": \"The abstract.\",\n"
            "            \"keyword\": \"loneliness, social anxiety; older adults\", \"language\": "
            "\"en\",\n"
            "            \"publisher\": \"A Publisher\", \"note\": \"A note\", \"ISSN\": "
            "\"1234-5678\"\n"
            "        }]";
        QTest::newRow("type") << full << "type" << RecordType::JournalArticle;
        QTest::newRow("title") << full << "title"
                               << "Loneliness and social anxiety";
        QTest::newRow("authors family, given") << full << "authors"
                                               << "Smith, Jane A.; Okafor, Chidi";
        QTest::newRow("issued date-parts") << full << "date"
                                           << "2019-03-01";
        QTest::newRow("year") << full << "year"
                              << "2019";
        QTest::newRow("container-title") << full << "container"
                                         << "Journal of Tests";
        QTest::newRow("volume") << full << "volume"
                                << "12";
        QTest::newRow("issue") << full << "issue"
                               << "3";
        QTest::newRow("page, dash normalised") << full << "pages"
                                               << "101-110";
        QTest::newRow("DOI cleaned, case kept") << full << "doi"
                                                << "10.5555/ABC.123";
        QTest::newRow("PMID") << full << "pmid"
                              << "12345678";
        QTest::newRow("URL") << full << "url"
                             << "https://example.org/a";
        QTest::newRow("ISBN") << full << "isbn"
                              << "978-0-00-000000-0";
        QTest::newRow("abstract") << full << "abstract"
                                  << "The abstract.";
        // Semicolons separate when there are any (a keyword may hold a comma: "Mice, Inbred
        // C57BL"), commas otherwise.
        QTest::newRow("keyword split on ; before ,") << full << "keywords"
                                                     << "loneliness, social anxiety; older adults";
        QTest::newRow("language") << full << "language"
                                  << "en";
        QTest::newRow("publisher") << full << "publisher"
                                   << "A Publisher";
        QTest::newRow("note") << full << "notes"
                              << "A note";
        QTest::newRow("unmapped key kept raw") << full << "raw:ISSN"
                                               << "1234-5678";
        QTest::newRow("id kept raw") << full << "raw:id"
                                     << "item-1";
        QTest::newRow("mapped key not raw") << full << "raw:title"
                                            << "<none>";

        QTest::newRow("literal author")
            << item("\"author\": [{\"literal\": \"World Health Organization\"}]") << "authors"
            << "World Health Organization";
        QTest::newRow("particles and suffix")
            << item("\"author\": [{\"family\": \"Beethoven\", \"given\": \"Ludwig\", "
                    "\"non-dropping-particle\": \"van\"},\n"
                    "                                  {\"family\": \"Gogh\", \"given\": "
                    "\"Vincent\", \"dropping-particle\": \"van\"},\n"
                    "                                  {\"family\": \"King\", \"given\": \"Martin "
                    "Luther\", \"suffix\": \"Jr.\"}]")
            << "authors"
            << "van Beethoven, Ludwig; Gogh, Vincent van; King, Martin Luther, Jr.";
        QTest::newRow("family only") << item("\"author\": [{\"family\": \"Plato\"}]") << "authors"
                                     << "Plato";
        QTest::newRow("editor kept raw, not an author")
            << item("\"editor\": [{\"family\": \"Ed\", \"given\": \"A\"}]") << "raw:editor"
            << "[{\"family\":\"Ed\",\"given\":\"A\"}]";
        QTest::newRow("date-parts as strings")
            << item("\"issued\": {\"date-parts\": [[\"2013\", \"1\", \"1\"]]}") << "date"
            << "2013-01-01";
        QTest::newRow("date-parts year only")
            << item("\"issued\": {\"date-parts\": [[2013]]}") << "date"
            << "2013";
        QTest::newRow("raw date") << item("\"issued\": {\"raw\": \"2020-07-15\"}") << "date"
                                  << "2020-07-15";
        QTest::newRow("literal date")
            << item("\"issued\": {\"literal\": \"Spring 2018\"}") << "year"
            << "2018";
        QTest::newRow("date as a string") << item("\"issued\": \"2017-05\"") << "date"
                                          << "2017-05";
        QTest::newRow("unreadable date kept raw")
            << item("\"issued\": {\"literal\": \"n.d.\"}") << "raw:issued"
            << "{\"literal\":\"n.d.\"}";
        QTest::newRow("numbers as numbers") << item("\"volume\": 12, \"issue\": 3") << "volume"
                                            << "12";
        QTest::newRow("keyword as an array") << item("\"keyword\": [\"a\", \"b\"]") << "keywords"
                                             << "a; b";
        QTest::newRow("PMID in the note (Zotero extra)")
            << item("\"note\": \"PMID: 31234567\\nPMCID: PMC1\"") << "pmid"
            << "31234567";
        QTest::newRow("book series as container")
            << QByteArray("[{\"type\": \"book\", \"title\": \"B\", \"collection-title\": \"Lecture "
                          "notes\"}]")
            << "container"
            << "Lecture notes";
        QTest::newRow("chapter") << QByteArray("[{\"type\": \"chapter\", \"title\": \"C\"}]")
                                 << "type" << RecordType::Chapter;
        QTest::newRow("paper-conference")
            << QByteArray("[{\"type\": \"paper-conference\", \"title\": \"C\"}]") << "type"
            << RecordType::ConferencePaper;
        QTest::newRow("report") << QByteArray("[{\"type\": \"report\", \"title\": \"R\"}]")
                                << "type" << RecordType::Report;
        QTest::newRow("thesis") << QByteArray("[{\"type\": \"thesis\", \"title\": \"T\"}]")
                                << "type" << RecordType::Thesis;
        QTest::newRow("webpage") << QByteArray("[{\"type\": \"webpage\", \"title\": \"W\"}]")
                                 << "type" << RecordType::WebPage;
        QTest::newRow("unknown type") << QByteArray("[{\"type\": \"song\", \"title\": \"S\"}]")
                                      << "type" << RecordType::Other;
        QTest::newRow("single object")
            << QByteArray("{\"type\": \"book\", \"title\": \"Alone\"}") << "title"
            << "Alone";
        QTest::newRow("Better BibTeX items")
            << QByteArray(
                   "{\"config\": {}, \"items\": [{\"type\": \"book\", \"title\": \"In items\"}]}")
            << "title"
            << "In items";

        const QByteArray zotero =
            "{\"items\": [{\"itemType\": \"journalArticle\", \"title\": \"Zotero item\",\n"
            "            \"creators\": [{\"creatorType\": \"author\", \"lastName\": \"Doe\", "
            "\"firstName\": \"Jane\"},\n"
            "                         {\"creatorType\": \"editor\", \"lastName\": \"Ed\", "
            "\"firstName\": \"Ed\"},\n"
            "                         {\"creatorType\": \"author\", \"name\": \"The Group\"}],\n"
            "            \"date\": \"2021-02-03\", \"publicationTitle\": \"Zotero Journal\", "
            "\"volume\": \"4\", \"issue\": \"5\",\n"
            "            \"pages\": \"6-7\", \"DOI\": \"10.1/zzz\", \"url\": \"https://z.org\", "
            "\"abstractNote\": \"Abs\",\n"
            "            \"tags\": [{\"tag\": \"one\"}, {\"tag\": \"two\"}], \"extra\": \"PMID: "
            "999\", \"citationKey\": \"doe2021\"}]}";
        QTest::newRow("zotero: type") << zotero << "type" << RecordType::JournalArticle;
        QTest::newRow("zotero: authors, not editors") << zotero << "authors"
                                                      << "Doe, Jane; The Group";
        QTest::newRow("zotero: date") << zotero << "date"
                                      << "2021-02-03";
        QTest::newRow("zotero: container") << zotero << "container"
                                           << "Zotero Journal";
        QTest::newRow("zotero: tags") << zotero << "keywords"
                                      << "one; two";
        QTest::newRow("zotero: abstract") << zotero << "abstract"
                                          << "Abs";
        QTest::newRow("zotero: PMID from extra") << zotero << "pmid"
                                                 << "999";
        QTest::newRow("zotero: unmapped kept raw") << zotero << "raw:citationKey"
                                                   << "doe2021";
    }

    void read_mapsFields()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Result<RecordFile> file = readJson(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(fieldOf(file->records.first(), field), expected);
    }

    void read_counts_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<int>("skipped");

        QTest::newRow("array of two")
            << QByteArray(
                   "[{\"type\":\"book\",\"title\":\"A\"},{\"type\":\"book\",\"title\":\"B\"}]")
            << QStringList{"A", "B"} << 0;
        QTest::newRow("empty array") << QByteArray("[]") << QStringList{} << 0;
        QTest::newRow("notes and attachments left out, not skipped")
            << QByteArray("{\"items\": "
                          "[{\"itemType\":\"note\",\"note\":\"x\"},{\"itemType\":"
                          "\"journalArticle\",\"title\":\"Kept\"},\n"
                          "                             "
                          "{\"itemType\":\"attachment\",\"title\":\"file.pdf\"},{\"type\":\"note\","
                          "\"title\":\"n\"}]}")
            << QStringList{"Kept"} << 0;
        QTest::newRow("item that is not an object is skipped")
            << QByteArray("[42, {\"type\":\"book\",\"title\":\"Fine\"}]") << QStringList{"Fine"}
            << 1;
        QTest::newRow("item with nothing in it is skipped")
            << QByteArray("[{\"type\":\"book\"}, {\"type\":\"book\",\"title\":\"Fine\"}]")
            << QStringList{"Fine"} << 1;
        QTest::newRow("UTF-8 BOM")
            << QByteArray("\xEF\xBB\xBF[{\"type\":\"book\",\"title\":\"Bom\"}]")
            << QStringList{"Bom"} << 0;
        QTest::newRow("invalid UTF-8 read as Windows-1252")
            << QByteArray("[{\"type\":\"book\",\"title\":\"Caf\xE9\"}]") << QStringList{"Café"}
            << 0;
        const QString text = QStringLiteral("[{\"type\":\"book\",\"title\":\"Über\"}]");
        for (const bool le : {true, false}) {
            for (const bool bom : {true, false}) {
                QStringEncoder encoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                                       bom ? QStringConverter::Flag::WriteBom
                                           : QStringConverter::Flag::Default);
                const QByteArray bytes = encoder.encode(text);
                QTest::newRow(
                    qPrintable(QStringLiteral("UTF-16%1 %2 BOM")
                                   .arg(le ? QStringLiteral("LE") : QStringLiteral("BE"),
                                        bom ? QStringLiteral("with") : QStringLiteral("without"))))
                    << bytes << QStringList{"Über"} << 0;
            }
        }
    }

    void read_counts()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, titles);
        QFETCH(int, skipped);
        Result<RecordFile> file = readJson(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QStringList got;
        for (const Record &r : file->records)
            got << r.title;
        QCOMPARE(got, titles);
        QCOMPARE(file->skipped, skipped);
    }

    void read_refuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("[{\"type\":\"book\",\"title\":\"Cut");
        QTest::newRow("not JSON") << QByteArray("TY  - JOUR\nER  - \n");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919 + 13) % 256);
        QTest::newRow("binary garbage") << garbage;
        QTest::newRow("JSON but not CSL") << QByteArray("{\"name\": \"x\", \"values\": [1, 2]}");
    }

    void read_refuses()
    {
        QFETCH(QByteArray, input);
        Result<RecordFile> file = readJson(input);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().kind, Error::Kind::InputRefused);
        QVERIFY(file.errorString().contains(QLatin1String("test.json")));
    }

    // Read an item at a time: what a file holds beyond a bound, or after the JSON breaks off,
    // costs only itself, and the message names its line.
    void read_itemByItem_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("issue");

        const QByteArray big(CslJsonReader::maxItemBytes + 1, 'x');
        const QByteArray longField(CslJsonReader::maxFieldChars + 1, 'y');
        QTest::newRow("an item over 8 MiB is passed over")
            << QByteArray(
                   "[{\"type\":\"book\",\"title\":\"A\"},\n{\"type\":\"book\",\"abstract\":\"" +
                   big + "\"},\n{\"type\":\"book\",\"title\":\"C\"}]")
            << QStringList{"A", "C"} << 1 << "item 2 is larger than 8 MiB; skipped";
        QTest::newRow("a field over 1 MiB skips its item")
            << QByteArray("[{\"type\":\"book\",\"title\":\"A\",\"note\":\"" + longField +
                          "\"},{\"type\":\"book\",\"title\":\"B\"}]")
            << QStringList{"B"} << 1 << "item 1: the field note is longer than 1 MiB; skipped";
        QTest::newRow("a bad item costs only itself")
            << QByteArray("[{\"type\":\"book\",\"title\":\"A\"},\n{\"type\": book},\n"
                          "{\"type\":\"book\",\"title\":\"C\"}]")
            << QStringList{"A", "C"} << 1 << "item 2 is not valid JSON";
        QTest::newRow("a file cut short keeps what came before")
            << QByteArray(
                   "[{\"type\":\"book\",\"title\":\"A\"},\n{\"type\":\"book\",\"title\":\"B\"},\n"
                   "{\"type\":\"book\",\"title\":\"Cu")
            << QStringList{"A", "B"} << 1 << "the JSON breaks off at line 3";
        QTest::newRow("a missing comma stops reading there")
            << QByteArray(
                   "[{\"type\":\"book\",\"title\":\"A\"}\n{\"type\":\"book\",\"title\":\"B\"}]")
            << QStringList{"A"} << 1 << "should follow item 1";
        QTest::newRow("items after other members")
            << QByteArray("{\"version\": 2, \"meta\": {\"n\": [1, \"]\"]},\n \"items\": "
                          "[{\"itemType\":\"book\",\"title\":\"A\"}], \"more\": true}")
            << QStringList{"A"} << 0 << "";
        QTest::newRow("brackets and escapes inside strings")
            << QByteArray("[{\"type\":\"book\",\"title\":\"A [1] {x} \\\"q\\\" \\\\\"},"
                          "{\"type\":\"book\",\"title\":\"B\"}]")
            << QStringList{"A [1] {x} \"q\" \\", "B"} << 0 << "";
    }

    void read_itemByItem()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, titles);
        QFETCH(int, skipped);
        QFETCH(QString, issue);
        Result<RecordFile> file = readJson(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QStringList got;
        for (const Record &r : file->records)
            got << r.title;
        QCOMPARE(got, titles);
        QCOMPARE(file->skipped, skipped);
        if (!issue.isEmpty()) {
            QStringList messages;
            for (const Issue &i : file->issues)
                messages << i.toString();
            QVERIFY2(messages.join(u'\n').contains(issue), qPrintable(messages.join(u'\n')));
        }
    }

    // The file is never held whole: a file of many items is read in bounded memory, each
    // record numbered with the line where its item starts.
    void read_streamsALongFile()
    {
        QByteArray bytes("[\n");
        const int n = 20000;
        for (int i = 1; i <= n; ++i)
            bytes += "{\"type\":\"book\",\"title\":\"T" + QByteArray::number(i) + "\"}" +
                     (i < n ? ",\n" : "\n");
        bytes += "]";
        Result<RecordFile> file = readJson(bytes);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), n);
        QCOMPARE(file->records.last().title, QStringLiteral("T20000"));
        QCOMPARE(file->records.last().sourceRecordNo, n);
        QCOMPARE(file->records.last().sourceLine, n + 1);
    }

    void detect_sniffsContent_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("CSL array, no extension")
            << QByteArray("[\n {\"id\": \"a\", \"type\": \"book\", \"title\": \"T\", \"author\": "
                          "[{\"family\": \"F\"}]}\n]")
            << "export";
        QTest::newRow("Zotero items")
            << QByteArray("{\"items\": [{\"itemType\": \"book\", \"title\": \"T\"}]}")
            << "lib.json";
    }

    void detect_sniffsContent()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, fileName);
        QCOMPARE(FormatRegistry::detect(head, fileName), QStringLiteral("csljson"));
    }
};

QTEST_GUILESS_MAIN(CslJsonReaderTest)
#include "tst_csljsonreader.moc"
