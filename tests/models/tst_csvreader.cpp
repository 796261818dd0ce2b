// CsvReader: RFC 4180 quirks, separators, encodings, the column names of each database and
// tool, explicit mappings, refusals and bounds. Input is inline text read through QBuffer.
//
// Checks are "field=value" for record 1, or "N:field=value" for record N. Fields: the record's
// (RecordFields; authors and keywords "|"-joined), line (where the record starts), raw:<Tag> (a
// raw field's value; "raw:<Tag>=" when it must be absent).
#include "import/csvreader.h"
#include "import/formatregistry.h"
#include "import/recordfile.h"
#include "recordfields.h"
#include "testsupport.h"

#include <QBuffer>
#include <QtTest>

using namespace evimap;

namespace {

Result<RecordFile> readCsv(QByteArray bytes, const QString &options = {})
{
    QHash<QString, QString> map;
    for (const QString &pair : options.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        map.insert(QStringLiteral("map.") + pair.left(eq), pair.mid(eq + 1));
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return RecordFile::read(buffer, QStringLiteral("refs.csv"), QStringLiteral("csv"), map);
}

QString field(const Record &r, const QString &name)
{
    if (const std::optional<QString> typed = test::typedField(r, name, u"|"))
        return *typed;
    if (name == QLatin1String("line"))
        return QString::number(r.sourceLine);
    if (name.startsWith(QLatin1String("raw:"))) {
        for (const RawField &raw : r.rawFields) {
            if (raw.first == name.mid(4))
                return raw.second;
        }
        return {};
    }
    qFatal("unknown field %s", qPrintable(name));
}

} // namespace

class CsvReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void quirks_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("options");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QStringList>("checks");

        // Separators, detected from the header line.
        QTest::newRow("comma") << QByteArray("Title,Authors,Year\nA study,Smith J,2020\n")
                               << QString() << 1 << 0
                               << QStringList{"title=A study", "authors=Smith, J", "year=2020"};
        QTest::newRow("semicolon")
            << QByteArray("Title;Year;Notes\nA, B and C;2021;x, y\n") << QString() << 1 << 0
            << QStringList{"title=A, B and C", "year=2021", "notes=x, y"};
        QTest::newRow("tab") << QByteArray("Title\tYear\nA; B, C\t1999\n") << QString() << 1 << 0
                             << QStringList{"title=A; B, C", "year=1999"};
        QTest::newRow("commas inside quotes do not count")
            << QByteArray("\"Title\";\"Year, published\"\nX;2001\n") << QString() << 1 << 0
            << QStringList{"title=X", "year=2001"};
        QTest::newRow("excel sep line") << QByteArray("sep=;\nTitle;Year\nA,B;2002\n") << QString()
                                        << 1 << 0 << QStringList{"title=A,B", "line=3"};

        // Quoting.
        QTest::newRow("quotes and doubled quotes")
            << QByteArray("Title,Year\n\"Loneliness, \"\"social\"\" isolation\",2019\n")
            << QString() << 1 << 0 << QStringList{"title=Loneliness, \"social\" isolation"};
        QTest::newRow("newlines inside quotes")
            << QByteArray(
                   "Title,Abstract\r\n\"T1\",\"line one\r\nline two\nline three\"\r\n\"T2\",x\r\n")
            << QString() << 2 << 0
            << QStringList{"abstract=line one\nline two\nline three", "line=2", "2:title=T2",
                           "2:line=5"};
        QTest::newRow("stray quote in unquoted field")
            << QByteArray("Title\nHe said \"hi\" there\n") << QString() << 1 << 0
            << QStringList{"title=He said \"hi\" there"};
        QTest::newRow("space before opening quote")
            << QByteArray("Title, Year\n \"A, b\", 2020\n") << QString() << 1 << 0
            << QStringList{"title=A, b", "year=2020"};
        QTest::newRow("no final newline")
            << QByteArray("Title\nLast") << QString() << 1 << 0 << QStringList{"title=Last"};

        // Line ends and encodings.
        QTest::newRow("mixed CRLF LF CR")
            << QByteArray("Title,Year\r\nA,2001\nB,2002\rC,2003\r\n") << QString() << 3 << 0
            << QStringList{"title=A", "2:title=B", "3:title=C", "3:year=2003", "3:line=4"};
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBFTitle,Year\nCaf\xC3\xA9,2001\n")
                                  << QString() << 1 << 0 << QStringList{"title=Café"};
        QTest::newRow("cp1252 per field")
            << QByteArray("Title,Abstract\nCaf\xE9 \x93quoted\x94,na\xC3\xAFve\n") << QString() << 1
            << 0 << QStringList{"title=Café “quoted”", "abstract=naïve"};
        QTest::newRow("utf16le bom tab")
            << QByteArray("\xFF\xFET\0i\0t\0l\0e\0\t\0Y\0e\0a\0r\0\n\0\xE9\0t\0\xE9\0\t\0"
                          "2\0"
                          "0\0"
                          "0\0"
                          "5\0\n\0",
                          42)
            << QString() << 1 << 0 << QStringList{"title=été", "year=2005"};

        // Column names of databases and tools.
        QTest::newRow("web of science tab-delimited")
            << QByteArray(
                   "PT\tAU\tAF\tTI\tSO\tLA\tDT\tDE\tAB\tPY\tVL\tIS\tBP\tEP\tDI\tPM\tUT\n"
                   "J\tDoe, J; Roe, A\tDoe, Jane; Roe, Ann\tLonely hearts\tJ Psychol\tEnglish\t"
                   "Article; Early Access\tloneliness; CBT\tAbs\t2020\t12\t3\t101\t110\t"
                   "10.1000/wos.1\t31234567\tWOS:000123456700001\n")
            << QString() << 1 << 0
            << QStringList{"authors=Doe, Jane|Roe, Ann",
                           "title=Lonely hearts",
                           "container=J Psychol",
                           "language=English",
                           "type=journal-article",
                           "keywords=loneliness|CBT",
                           "pages=101-110",
                           "doi=10.1000/wos.1",
                           "pmid=31234567",
                           "accession=WOS:000123456700001",
                           "raw:AU=Doe, J; Roe, A",
                           "raw:PT=J"};
        QTest::newRow("scopus")
            << QByteArray(
                   "\"Authors\",\"Author full names\",\"Title\",\"Year\",\"Source "
                   "title\",\"Volume\","
                   "\"Issue\",\"Page start\",\"Page end\",\"DOI\",\"Link\",\"Abstract\",\"Author "
                   "Keywords\",\"Index Keywords\",\"Document Type\",\"PubMed "
                   "ID\",\"Source\",\"EID\"\n"
                   "\"Smith J.; Doe A.B.\",\"Smith, John (57190000001); Doe, Anne B. "
                   "(57190000002)\","
                   "\"Group CBT\",\"2018\",\"BMC "
                   "Psychiatry\",\"18\",\"1\",\"55\",\"60\",\"10.1186/x.55\","
                   "\"https://www.scopus.com/x\",\"Abs\",\"CBT; groups\",\"Humans\",\"Conference "
                   "Paper\","
                   "\"29000001\",\"Scopus\",\"2-s2.0-850\"\n")
            << QString() << 1 << 0
            << QStringList{"authors=Smith, John|Doe, Anne B.",
                           "container=BMC Psychiatry",
                           "pages=55-60",
                           "type=conference-paper",
                           "keywords=CBT|groups",
                           "pmid=29000001",
                           "accession=2-s2.0-850",
                           "url=https://www.scopus.com/x",
                           "raw:Index Keywords=Humans",
                           "raw:Source=Scopus",
                           "raw:Authors=Smith J.; Doe A.B."};
        QTest::newRow("covidence")
            << QByteArray(
                   "Title,Authors,Abstract,Published Year,Published Month,Journal,Volume,Issue,"
                   "Pages,Accession Number,DOI,Ref,Covidence #,Study,Notes,Tags\n"
                   "Peer support,\"Lee, A.; Chan, B.\",Abs,2017,May,Age Ageing,46,2,1-9,"
                   "28000002,10.1093/ageing/x,12,#345,Lee 2017,checked,pilot\n")
            << QString() << 1 << 0
            << QStringList{"authors=Lee, A.|Chan, B.", "year=2017",          "container=Age Ageing",
                           "accession=28000002",       "notes=checked",      "raw:Covidence #=#345",
                           "raw:Published Month=May",  "raw:Study=Lee 2017", "raw:Tags=pilot"};
        QTest::newRow("rayyan")
            << QByteArray(
                   "key,title,authors,journal,issn,volume,issue,pages,year,month,day,publisher,"
                   "pubmed_id,url,abstract,notes,doi,keywords\n"
                   "rayyan-1,Befriending,\"Smith, J and Doe, A and Roe, B\",J X,1234-5678,1,2,3-4,"
                   "2016,,,Wiley,27000003,http://x.org,Abs,\"RAYYAN-INCLUSION: "
                   "{\"\"Ann\"\"=>\"\"Included\"\"}\","
                   "https://doi.org/10.1002/r.1,\"kw1, kw2\"\n")
            << QString() << 1 << 0
            << QStringList{"authors=Smith, J|Doe, A|Roe, B",
                           "pmid=27000003",
                           "publisher=Wiley",
                           "doi=10.1002/r.1",
                           "keywords=kw1|kw2",
                           "raw:key=rayyan-1",
                           "notes=RAYYAN-INCLUSION: {\"Ann\"=>\"Included\"}"};
        QTest::newRow("asreview")
            << QByteArray("record_id,title,abstract,authors,doi,keywords,label_included\n"
                          "7,Mindfulness,Abs,\"D. E. Potter; A. Wang\",doi:10.5/asr,\"a; b\",1\n")
            << QString() << 1 << 0
            << QStringList{"authors=Potter, D. E.|Wang, A.", "doi=10.5/asr", "keywords=a|b",
                           "raw:label_included=1", "raw:record_id=7"};
        QTest::newRow("zotero")
            << QByteArray(
                   "\xEF\xBB\xBF\"Key\",\"Item Type\",\"Publication Year\",\"Author\",\"Title\","
                   "\"Publication Title\",\"ISBN\",\"DOI\",\"Url\",\"Abstract "
                   "Note\",\"Date\",\"Pages\","
                   "\"Issue\",\"Volume\",\"Number\",\"Language\",\"Extra\",\"Manual "
                   "Tags\",\"Automatic Tags\"\n"
                   "\"ABCD1234\",\"conferencePaper\",\"2022\",\"Rotter, Carina; Whittaker, "
                   "Danielle\","
                   "\"Myoclonus\",\"Proc "
                   "X\",\"\",\"10.1111/jvim.16404\",\"\",\"Abs\",\"2022-05-03\","
                   "\"1032-1038\",\"3\",\"36\",\"99\",\"eng\",\"Place: US PMID: 35319117\",\"dogs; "
                   "seizures\","
                   "\"Animals\"\n")
            << QString() << 1 << 0
            << QStringList{"type=conference-paper",  "year=2022",
                           "date=2022-05-03",        "authors=Rotter, Carina|Whittaker, Danielle",
                           "container=Proc X",       "issue=3",
                           "raw:Number=99",          "pmid=35319117",
                           "keywords=dogs|seizures", "raw:Automatic Tags=Animals",
                           "language=eng",           "raw:Key=ABCD1234"};
        QTest::newRow("endnote tab-delimited")
            << QByteArray("Reference Type\tAuthor\tYear\tTitle\tSecondary Title\tDOI\n"
                          "Book Section\tSmith, J.//Doe, A.\t2010\tA chapter\tThe book\t10.1/en\n")
            << QString() << 1 << 0
            << QStringList{"type=chapter", "authors=Smith, J.|Doe, A.", "container=The book"};
        QTest::newRow("generic")
            << QByteArray("Title,Authors,Year,Journal,DOI,Abstract,Keywords\n"
                          "G,\"Adeli K.Lewis G. F.\",2008,Curr Opin,10.1097/MOL,A,\"x;y\"\n")
            << QString() << 1 << 0
            << QStringList{"authors=Adeli, K.|Lewis, G. F.", "container=Curr Opin",
                           "doi=10.1097/MOL"};
        QTest::newRow("doi column only") << QByteArray("DOI,Year\n10.1/only,2000\n") << QString()
                                         << 1 << 0 << QStringList{"doi=10.1/only", "title="};

        // Explicit mappings.
        QTest::newRow("map by hand")
            << QByteArray("Heading,Writer,Summary\nH,\"Lee, A.\",S\n")
            << QStringLiteral("title=Heading|authors=Writer|abstract=Summary") << 1 << 0
            << QStringList{"title=H", "authors=Lee, A.", "abstract=S"};
        QTest::newRow("map overrides a known name")
            << QByteArray("Title,Name\nnot this,the title\n") << QStringLiteral("title=Name") << 1
            << 0 << QStringList{"title=the title", "raw:Title=not this"};
        QTest::newRow("map is case-insensitive")
            << QByteArray("HEADING\nh\n") << QStringLiteral("title=heading") << 1 << 0
            << QStringList{"title=h"};
        QTest::newRow("map to nothing leaves a column raw")
            << QByteArray("Title,Year\nT,around 1990\n") << QStringLiteral("year=") << 1 << 0
            << QStringList{"year=0", "raw:Year=around 1990"};

        // Rows.
        QTest::newRow("row without content is skipped")
            << QByteArray("Title,Year\nA,2020\n,2021\nB,2022\n") << QString() << 2 << 1
            << QStringList{"title=A", "2:title=B", "2:line=4"};
        QTest::newRow("blank lines are not rows")
            << QByteArray("Title\nA\n\n\r\nB\n\n") << QString() << 2 << 0
            << QStringList{"2:title=B", "2:line=5"};
        QTest::newRow("extra fields kept") << QByteArray("Title\nA,extra\n") << QString() << 1 << 0
                                           << QStringList{"raw:column 2=extra"};
        QTest::newRow("unclosed quote skips the rest")
            << QByteArray("Title,Year\nA,2020\n\"B,2021\nC,2022\n") << QString() << 1 << 1
            << QStringList{"title=A"};
        QTest::newRow("not a doi is kept raw") << QByteArray("Title,DOI\nT,DOI 1\n") << QString()
                                               << 1 << 0 << QStringList{"doi=", "raw:DOI=DOI 1"};
        QTest::newRow("date forms")
            << QByteArray("TI\tPY\tPD\nA\t2020\tJAN 15\nB\t\t2019/3/7\n") << QString() << 2 << 0
            << QStringList{"year=2020", "date=2020", "raw:PD=JAN 15", "2:year=2019",
                           "2:date=2019-03-07"};
        QTest::newRow("unknown type kept raw")
            << QByteArray("Title,Document Type\nT,Gizmo\n") << QString() << 1 << 0
            << QStringList{"type=journal-article", "raw:Document Type=Gizmo"};

        // Rows that only an identifier written as a link names are kept, with the identifier.
        QTest::newRow("PubMed URL in the PMID column")
            << QByteArray("Title,PMID\n,https://pubmed.ncbi.nlm.nih.gov/31234567/\n") << QString()
            << 1 << 0 << QStringList{"pmid=31234567", "raw:PMID="};
        QTest::newRow("PubMed URL in an unknown column")
            << QByteArray("Title,Link to it\n,https://www.ncbi.nlm.nih.gov/pubmed/123\n")
            << QString() << 1 << 0 << QStringList{"pmid=123"};
        QTest::newRow("OpenAlex URL")
            << QByteArray("title,id\n,https://openalex.org/W2741809807\n") << QString() << 1 << 0
            << QStringList{"accession=W2741809807", "raw:id=https://openalex.org/W2741809807"};
        QTest::newRow("bare OpenAlex id in the id column")
            << QByteArray("title,ids.openalex\n,W2741809807\n") << QString() << 1 << 0
            << QStringList{"accession=W2741809807"};
        QTest::newRow("bare W number elsewhere is not an id")
            << QByteArray("title,Code\n,W2741809807\n") << QString() << 0 << 1 << QStringList{};
        QTest::newRow("DOI URL in an unknown column")
            << QByteArray("title,ids.doi\n,https://doi.org/10.1234/ABC.5\n") << QString() << 1 << 0
            << QStringList{"doi=10.1234/ABC.5"};
        QTest::newRow("DOI URL in the URL column")
            << QByteArray("Title,URL\nT,https://dx.doi.org/10.1/x\n") << QString() << 1 << 0
            << QStringList{"doi=10.1/x", "url=https://dx.doi.org/10.1/x"};
    }

    void quirks()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, options);
        QFETCH(int, records);
        QFETCH(int, skipped);
        QFETCH(QStringList, checks);
        Result<RecordFile> file = readCsv(input, options);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), records);
        QCOMPARE(file->skipped, skipped);
        for (const QString &check : std::as_const(checks)) {
            int index = 0;
            QString spec = check;
            static const QRegularExpression recordPrefix(QStringLiteral("^(\\d+):"));
            if (const QRegularExpressionMatch m = recordPrefix.match(spec); m.hasMatch()) {
                index = m.captured(1).toInt() - 1;
                spec = spec.mid(m.capturedLength());
            }
            const qsizetype eq =
                spec.indexOf(QLatin1Char('='), spec.startsWith(QLatin1String("raw:")) ? 4 : 0);
            const QString name = spec.left(eq);
            const QString want = spec.mid(eq + 1);
            QVERIFY2(index < file->records.size(), qPrintable(check));
            const QString got = field(file->records.at(index), name);
            QVERIFY2(got == want, qPrintable(QStringLiteral("%1: got \"%2\"").arg(check, got)));
        }
    }

    void skippedRowsNameLineAndRow()
    {
        Result<RecordFile> file = readCsv("Title,Year\nA,2020\n\"\",2021\n");
        QVERIFY(file.ok());
        QCOMPARE(file->skipped, 1);
        const Issue &issue = file->issues.first();
        QCOMPARE(issue.severity, Issue::Severity::Error);
        QCOMPARE(issue.line, 3);
        QCOMPARE(issue.record, 2);
        QVERIFY(issue.message.contains(QLatin1String("row 2")));
        QCOMPARE(issue.file, QStringLiteral("refs.csv"));
    }

    void cp1252FieldsAreReported()
    {
        Result<RecordFile> file = readCsv("Title\nCaf\xE9\nna\xEFve\n");
        QVERIFY(file.ok());
        QCOMPARE(file->records.at(1).title, QStringLiteral("naïve"));
        QVERIFY(file->issues.last().message.contains(QLatin1String("Windows-1252")));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("options");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("no title or doi column")
            << QByteArray("Heading,Writer\nH,W\n") << QString() << int(Error::Kind::InputRefused)
            << QStringList{"Heading", "Writer", "--map"};
        QTest::newRow("empty") << QByteArray() << QString() << int(Error::Kind::InputRefused)
                               << QStringList{"refs.csv"};
        QTest::newRow("only blank lines")
            << QByteArray("\n\n\r\n") << QString() << int(Error::Kind::InputRefused)
            << QStringList{"header"};
        QTest::newRow("mapped column missing")
            << QByteArray("Title\nT\n") << QStringLiteral("abstract=Summary")
            << int(Error::Kind::Usage) << QStringList{"Summary", "Title"};
        QTest::newRow("unknown field")
            << QByteArray("Title\nT\n") << QStringLiteral("colour=Title") << int(Error::Kind::Usage)
            << QStringList{"colour", "abstract"};
        QTest::newRow("header is an unclosed quote")
            << QByteArray("\"Title,Year\nA,1\n") << QString() << int(Error::Kind::InputRefused)
            << QStringList{"header"};
    }

    void refused()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, options);
        QFETCH(int, kind);
        QFETCH(QStringList, mentions);
        Result<RecordFile> file = readCsv(input, options);
        QVERIFY(!file.ok());
        QCOMPARE(int(file.error().kind), kind);
        for (const QString &part : std::as_const(mentions))
            QVERIFY2(file.errorString().contains(part), qPrintable(file.errorString()));
    }

    void bounds_longFieldIsCut()
    {
        QByteArray input = "Title,Abstract\nT,\"" +
                           QByteArray(CsvReader::maxFieldBytes + 1000, 'x') + "\"\nNext,ok\n";
        Result<RecordFile> file = readCsv(input);
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 2);
        QCOMPARE(file->records.first().abstract.size(), CsvReader::maxFieldBytes);
        QCOMPARE(file->issues.first().severity, Issue::Severity::Warning);
        QCOMPARE(file->records.at(1).title, QStringLiteral("Next"));
    }

    void bounds_longRowIsSkipped()
    {
        QByteArray row;
        for (int i = 0; i < 5; ++i)
            row += QByteArray(CsvReader::maxFieldBytes - 10, 'y') + ',';
        Result<RecordFile> file = readCsv("Title,A,B,C,D,E\n" + row + "\nAfter,1\n");
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->skipped, 1);
        QCOMPARE(file->records.first().title, QStringLiteral("After"));
        QCOMPARE(file->records.first().sourceLine, 3);
    }

    void bounds_unclosedQuoteOverManyLinesIsOneSkippedRow()
    {
        QByteArray input = "Title\nA\n\"never closed\n";
        for (int i = 0; i < 100000; ++i)
            input += "Line " + QByteArray::number(i) + '\n';
        Result<RecordFile> file = readCsv(input);
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->skipped, 1);
        QVERIFY(file->issues.first().message.contains(QLatin1String("never closed")));
        QCOMPARE(file->issues.first().line, 3);
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::newRow("csv by names") << QByteArray("Title,Authors,Year\nA,B,2000\n") << "x.dat"
                                      << "csv";
        QTest::newRow("wos tags") << QByteArray("PT\tAU\tTI\tPY\nJ\tA\tT\t2000\n")
                                  << "savedrecs.txt"
                                  << "csv";
        QTest::newRow("unknown columns, csv name")
            << QByteArray("a,b,c\n1,2,3\n4,5,6\n7,8,9\n") << "x.csv"
            << "csv";
        QTest::newRow("ris stays ris")
            << QByteArray("TY  - JOUR\nTI  - A, b, c\nAU  - X, Y\nER  - \n") << "x.csv"
            << "ris";
        QTest::newRow("a small table named .csv") << QByteArray("A,B\n1,2\n") << "t.csv"
                                                  << "csv";
        QTest::newRow("a small table named .txt") << QByteArray("A,B\n1,2\n") << "t.txt"
                                                  << "";
        QTest::newRow("prose is not csv")
            << QByteArray("Hello there, this is a letter.\nBye\n") << "x.txt"
            << "";
    }

    void detect()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QCOMPARE(FormatRegistry::detect(head, fileName), format);
    }

    void fieldNamesAreTheMapKeys()
    {
        const QStringList names = CsvReader::fieldNames();
        for (const char *name :
             {"title", "abstract", "authors", "year", "doi", "keywords", "container"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }

    void preview_showsTheMappingTheImportWouldUse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("firstSample");

        QTest::newRow("known names")
            << QByteArray("Title,Authors,Publication Year,Notes\n"
                          "\"Loneliness, and CBT\",\"Ng, A\",2020,x\n")
            << QString() << QStringList{"Title", "Authors", "Publication Year", "Notes"}
            << QStringList{"title", "authors", "year", "notes"}
            << QStringLiteral("Loneliness, and CBT|Ng, A|2020|x");
        QTest::newRow("unknown names, explicit map")
            << QByteArray("Heading;Summary;When\nPeer support;Groups met;2019\n")
            << QStringLiteral("title=Heading|abstract=summary")
            << QStringList{"Heading", "Summary", "When"} << QStringList{"title", "abstract", ""}
            << QStringLiteral("Peer support|Groups met|2019");
        QTest::newRow("a field left unmapped on purpose")
            << QByteArray("Title,Abstract\nA,B\n") << QStringLiteral("abstract=")
            << QStringList{"Title", "Abstract"} << QStringList{"title", ""}
            << QStringLiteral("A|B");
        QTest::newRow("header only")
            << QByteArray("Title,DOI\n") << QString() << QStringList{"Title", "DOI"}
            << QStringList{"title", "doi"} << QString();
    }

    void preview_showsTheMappingTheImportWouldUse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, options);
        QFETCH(QStringList, headers);
        QFETCH(QStringList, fields);
        QFETCH(QString, firstSample);
        QHash<QString, QString> map;
        for (const QString &pair : options.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            map.insert(QStringLiteral("map.") + pair.left(eq), pair.mid(eq + 1));
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Result<CsvReader::Preview> preview =
            CsvReader::preview(buffer, QStringLiteral("refs.csv"), map);
        QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
        QCOMPARE(preview->headers, headers);
        QCOMPARE(preview->fields, fields);
        QCOMPARE(preview->samples.value(0).join(QLatin1Char('|')), firstSample);
    }

    void preview_namesTheFileOnABadMap()
    {
        QByteArray bytes("Title,Abstract\nA,B\n");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Result<CsvReader::Preview> preview =
            CsvReader::preview(buffer, QStringLiteral("scopus.csv"),
                               {{QStringLiteral("map.title"), QStringLiteral("Name")}});
        QVERIFY(!preview.ok());
        QVERIFY2(
            preview.error().message.contains(QLatin1String("scopus.csv has no column \"Name\"")),
            qPrintable(preview.error().message));
    }
};

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "tst_csvreader.moc"
