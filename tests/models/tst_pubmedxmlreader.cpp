// The PubMed XML reader, from inline XML.
#include "import/pubmedxmlreader.h"
#include "recordfields.h"

#include <QtTest>

using namespace evimap;
using evimap::test::readBytes;
using evimap::test::recordField;

namespace {

Result<RecordFile> readPubmed(const QByteArray &bytes)
{
    return readBytes(bytes, QStringLiteral("pubmed-xml"), QStringLiteral("pubmed.xml"));
}

QByteArray set(const QByteArray &articles)
{
    return "<?xml version=\"1.0\" ?>\n"
           "<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2019//EN\" "
           "\"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd\">\n"
           "<PubmedArticleSet>\n" +
           articles + "</PubmedArticleSet>\n";
}

QByteArray article(const QByteArray &title, const QByteArray &pmid = "1")
{
    return "<PubmedArticle><MedlineCitation><PMID Version=\"1\">" + pmid +
           "</PMID><Article><ArticleTitle>" + title +
           "</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n";
}

const QByteArray fullArticle = R"(<PubmedArticle>
  <MedlineCitation Status="MEDLINE" Owner="NLM">
    <PMID Version="1">23633646</PMID>
    <Article PubModel="Print-Electronic">
      <Journal>
        <ISSN IssnType="Electronic">1720-8386</ISSN>
        <JournalIssue CitedMedium="Internet">
          <Volume>36</Volume>
          <Issue>9</Issue>
          <PubDate><Year>2013</Year><Month>Oct</Month></PubDate>
        </JournalIssue>
        <Title>Journal of endocrinological investigation</Title>
        <ISOAbbreviation>J Endocrinol Invest</ISOAbbreviation>
      </Journal>
      <ArticleTitle>Predictors of <i>treatment</i> failure in H<sub>2</sub>O &amp; weight gain.</ArticleTitle>
      <Pagination><MedlinePgn>764-9</MedlinePgn></Pagination>
      <ELocationID EIdType="pii" ValidYN="Y">1223321</ELocationID>
      <ELocationID EIdType="doi" ValidYN="Y">10.3275/8949</ELocationID>
      <Abstract>
        <AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Just a dummy
          text.</AbstractText>
        <AbstractText Label="RESULTS">And another one.</AbstractText>
        <CopyrightInformation>1992 and something</CopyrightInformation>
      </Abstract>
      <AuthorList CompleteYN="Y">
        <Author ValidYN="Y"><LastName>Gibb</LastName><ForeName>F W</ForeName><Initials>FW</Initials></Author>
        <Author ValidYN="Y"><LastName>Strachan</LastName><Initials>MW</Initials></Author>
        <Author ValidYN="Y"><CollectiveName>Loneliness Study Group</CollectiveName></Author>
      </AuthorList>
      <Language>eng</Language>
      <PublicationTypeList>
        <PublicationType UI="D016428">Journal Article</PublicationType>
      </PublicationTypeList>
    </Article>
    <MedlineJournalInfo>
      <Country>Italy</Country>
      <MedlineTA>J Endocrinol Invest</MedlineTA>
    </MedlineJournalInfo>
    <CommentsCorrectionsList>
      <CommentsCorrections RefType="CommentIn"><RefSource>Other</RefSource><PMID Version="1">999</PMID></CommentsCorrections>
    </CommentsCorrectionsList>
    <MeshHeadingList>
      <MeshHeading><DescriptorName UI="D005260" MajorTopicYN="N">Female</DescriptorName></MeshHeading>
      <MeshHeading><DescriptorName UI="D006111">Graves Disease</DescriptorName><QualifierName UI="Q000532">radiotherapy</QualifierName></MeshHeading>
    </MeshHeadingList>
    <KeywordList Owner="NOTNLM"><Keyword MajorTopicYN="N">keyword</Keyword></KeywordList>
  </MedlineCitation>
  <PubmedData>
    <History><PubMedPubDate PubStatus="received"><Year>2012</Year><Month>1</Month><Day>1</Day></PubMedPubDate></History>
    <ArticleIdList>
      <ArticleId IdType="pubmed">23633646</ArticleId>
      <ArticleId IdType="doi">10.3275/8949</ArticleId>
      <ArticleId IdType="pmc">PMC123</ArticleId>
    </ArticleIdList>
    <ReferenceList>
      <Reference><Citation>Cited work.</Citation><ArticleIdList><ArticleId IdType="doi">10.9999/cited</ArticleId></ArticleIdList></Reference>
    </ReferenceList>
  </PubmedData>
</PubmedArticle>
)";

const QByteArray bookArticle = R"(<PubmedBookArticle>
  <BookDocument>
    <PMID Version="1">21413195</PMID>
    <ArticleIdList><ArticleId IdType="bookaccession">NBK51812</ArticleId></ArticleIdList>
    <Book>
      <Publisher><PublisherName>Royal College of Physicians (UK)</PublisherName><PublisherLocation>London</PublisherLocation></Publisher>
      <BookTitle book="nicecg79">Rheumatoid Arthritis: National Clinical Guideline</BookTitle>
      <PubDate><Year>2009</Year><Month>02</Month></PubDate>
      <AuthorList Type="authors"><Author><CollectiveName>National Collaborating Centre for Chronic Conditions (UK)</CollectiveName></Author></AuthorList>
      <AuthorList Type="editors"><Author><LastName>Williams</LastName><ForeName>Darlisha A</ForeName></Author></AuthorList>
      <Isbn>9781860163593</Isbn>
      <ELocationID EIdType="doi" ValidYN="Y">10.3275/8950</ELocationID>
    </Book>
    <Language>eng</Language>
    <PublicationType UI="D016454">Review</PublicationType>
    <Abstract><AbstractText>just a dummy.</AbstractText></Abstract>
  </BookDocument>
</PubmedBookArticle>
)";

} // namespace

class PubmedXmlReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void read_countsRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<int>("skipped");

        QTest::newRow("two articles")
            << set(article("One") + article("Two")) << QStringList{"One", "Two"} << 0;
        QTest::newRow("article and book article")
            << set(article("One") + bookArticle)
            << QStringList{"One", "Rheumatoid Arthritis: National Clinical Guideline"} << 0;
        QTest::newRow("PubmedBookArticleSet root")
            << QByteArray("<PubmedBookArticleSet>" + bookArticle + "</PubmedBookArticleSet>")
            << QStringList{"Rheumatoid Arthritis: National Clinical Guideline"} << 0;
        QTest::newRow("empty set") << set("") << QStringList{} << 0;
        QTest::newRow("empty article is skipped")
            << set("<PubmedArticle><MedlineCitation/></PubmedArticle>\n" + article("Kept"))
            << QStringList{"Kept"} << 1;
        QTest::newRow("truncated inside the second article: it is skipped, the first kept")
            << set(article("One")).left(set(article("One")).indexOf("</PubmedArticleSet>")) +
                   "<PubmedArticle><MedlineCit"
            << QStringList{"One"} << 1;
        QTest::newRow("malformed article (mismatched end tag)")
            << QByteArray(
                   "<PubmedArticleSet>\n<PubmedArticle>\n    wrong format\n</PubmedArticleSet>")
            << QStringList{} << 1;
        QTest::newRow("one line, no declaration")
            << QByteArray("<PubmedArticleSet>" + article("A").trimmed() + article("B").trimmed() +
                          "</PubmedArticleSet>")
            << QStringList{"A", "B"} << 0;
        QTest::newRow("UTF-8 BOM")
            << "\xEF\xBB\xBF" + set(article("Bom")) << QStringList{"Bom"} << 0;
        QTest::newRow("character references and entities")
            << set(article("Caf&#233; &lt;b&gt; &#x2014; ok")) << QStringList{"Café <b> — ok"} << 0;
        QTest::newRow("CDATA") << set(article("<![CDATA[x < y]]>")) << QStringList{"x < y"} << 0;
    }

    void read_countsRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, titles);
        QFETCH(int, skipped);
        Result<RecordFile> file = readPubmed(input);
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
        const QByteArray full = set(fullArticle);
        const QByteArray book = set(bookArticle);

        QTest::newRow("title with inline markup as plain text")
            << full << "title"
            << "Predictors of treatment failure in H2O & weight gain.";
        QTest::newRow("authors: LastName, ForeName; Initials without ForeName; CollectiveName")
            << full << "authors"
            << "Gibb, F W | Strachan, MW | Loneliness Study Group";
        QTest::newRow("journal title as container") << full << "container"
                                                    << "Journal of endocrinological investigation";
        QTest::newRow("ISO abbreviation when there is no title")
            << set("<PubmedArticle><MedlineCitation><PMID>5</"
                   "PMID><Article><Journal><ISOAbbreviation>J Test</ISOAbbreviation>"
                   "</Journal><ArticleTitle>T</ArticleTitle></Article></MedlineCitation></"
                   "PubmedArticle>")
            << "container"
            << "J Test";
        QTest::newRow("abstract sections keep their labels")
            << full << "abstract"
            << "BACKGROUND: Just a dummy text.\nRESULTS: And another one.";
        QTest::newRow("UNLABELLED is no label")
            << set("<PubmedArticle><MedlineCitation><PMID>5</PMID><Article><ArticleTitle>T</"
                   "ArticleTitle><Abstract>"
                   "<AbstractText "
                   "Label=\"UNLABELLED\">Plain.</AbstractText></Abstract></Article></"
                   "MedlineCitation>"
                   "</PubmedArticle>")
            << "abstract"
            << "Plain.";
        QTest::newRow("year") << full << "year"
                              << "2013";
        QTest::newRow("date from PubDate") << full << "date"
                                           << "2013-10";
        QTest::newRow("MedlineDate")
            << set("<PubmedArticle><MedlineCitation><PMID>5</"
                   "PMID><Article><Journal><JournalIssue><PubDate><MedlineDate>"
                   "1998 Dec-1999 "
                   "Jan</MedlineDate></PubDate></JournalIssue></Journal><ArticleTitle>T</"
                   "ArticleTitle>"
                   "</Article></MedlineCitation></PubmedArticle>")
            << "date"
            << "1998-12";
        QTest::newRow("volume") << full << "volume"
                                << "36";
        QTest::newRow("issue") << full << "issue"
                               << "9";
        QTest::newRow("pages") << full << "pages"
                               << "764-9";
        QTest::newRow("start and end page")
            << set("<PubmedArticle><MedlineCitation><PMID>5</PMID><Article><ArticleTitle>T</"
                   "ArticleTitle><Pagination>"
                   "<StartPage>10</StartPage><EndPage>20</EndPage></Pagination></Article></"
                   "MedlineCitation></PubmedArticle>")
            << "pages"
            << "10-20";
        QTest::newRow("DOI from ELocationID, not from cited references") << full << "doi"
                                                                         << "10.3275/8949";
        QTest::newRow("DOI from ArticleId when there is no ELocationID")
            << set("<PubmedArticle><MedlineCitation><PMID>5</PMID><Article><ArticleTitle>T</"
                   "ArticleTitle></Article>"
                   "</"
                   "MedlineCitation><PubmedData><ReferenceList><Reference><ArticleIdList><"
                   "ArticleId IdType=\"doi\">"
                   "10.9/cited</ArticleId></ArticleIdList></Reference></"
                   "ReferenceList><ArticleIdList><ArticleId "
                   "IdType=\"doi\">10.1/own</ArticleId></ArticleIdList></PubmedData></"
                   "PubmedArticle>")
            << "doi"
            << "10.1/own";
        QTest::newRow("PMID of the article, not of a comment") << full << "pmid"
                                                               << "23633646";
        QTest::newRow("MeSH headings and keywords")
            << full << "keywords"
            << "Female | Graves Disease/radiotherapy | keyword";
        QTest::newRow("language") << full << "language"
                                  << "eng";
        QTest::newRow("journal article") << full << "type"
                                         << "journal-article";
        QTest::newRow("raw: ISSN, pii, copyright, publication type, country, PMC")
            << full << "raw"
            << "ISSN=1720-8386 | ISOAbbreviation=J Endocrinol Invest | ELocationID.pii=1223321 | "
               "CopyrightInformation=1992 and something | "
               "PublicationType=Journal Article | Country=Italy | MedlineTA=J Endocrinol Invest | "
               "ArticleId.pmc=PMC123";
        QTest::newRow("book: type") << book << "type"
                                    << "book";
        QTest::newRow("book: authors, editors kept raw")
            << book << "authors"
            << "National Collaborating Centre for Chronic Conditions (UK)";
        QTest::newRow("book: publisher") << book << "publisher"
                                         << "Royal College of Physicians (UK)";
        QTest::newRow("book: ISBN") << book << "isbn"
                                    << "9781860163593";
        QTest::newRow("book: DOI") << book << "doi"
                                   << "10.3275/8950";
        QTest::newRow("book: date") << book << "date"
                                    << "2009-02";
        QTest::newRow("book: PMID") << book << "pmid"
                                    << "21413195";
        QTest::newRow("book: raw") << book << "raw"
                                   << "ArticleId.bookaccession=NBK51812 | PublisherLocation=London "
                                      "| Editor=Williams, Darlisha A | "
                                      "PublicationType=Review";
        QTest::newRow("book chapter: article title, book as container")
            << set("<PubmedBookArticle><BookDocument><PMID>7</PMID><ArticleTitle>Chapter "
                   "one</ArticleTitle><Book>"
                   "<BookTitle>The book</BookTitle></Book></BookDocument></PubmedBookArticle>")
            << "container"
            << "The book";
        QTest::newRow("book chapter: type")
            << set("<PubmedBookArticle><BookDocument><PMID>7</PMID><ArticleTitle>Chapter "
                   "one</ArticleTitle><Book>"
                   "<BookTitle>The book</BookTitle></Book></BookDocument></PubmedBookArticle>")
            << "type"
            << "chapter";
    }

    void read_mapsFields()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Result<RecordFile> file = readPubmed(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(recordField(file->records.first(), field), expected);
    }

    void read_refusesWhatIsNotPubmed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not XML") << QByteArray("PMID- 1\nTI  - x\n");
        QTest::newRow("binary garbage")
            << QByteArray("\x01\x02\x03\xFF\xFE\x00\x10garbage\x80\x81", 16);
        QTest::newRow("another XML vocabulary")
            << QByteArray("<xml><records><record/></records></xml>");
        QTest::newRow("invalid UTF-8")
            << QByteArray("<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>"
                          "<Article><ArticleTitle>\xC3\x28\xFF</ArticleTitle></Article>") +
                   QByteArray(2000, ' ');
        QTest::newRow("truncated before any article")
            << QByteArray("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n<Pub");
    }

    void read_refusesWhatIsNotPubmed()
    {
        QFETCH(QByteArray, input);
        Result<RecordFile> file = readPubmed(input);
        if (file.ok()) {
            // A file that starts right but breaks inside its first article: nothing imported, the
            // article counted as skipped.
            QVERIFY(file->records.isEmpty());
            QCOMPARE(file->skipped, 1);
            return;
        }
        QCOMPARE(file.error().kind, Error::Kind::InputRefused);
        QVERIFY2(file.errorString().contains(QLatin1String("pubmed.xml")),
                 qPrintable(file.errorString()));
    }

    void read_deepNestingSkipsTheRecord()
    {
        QByteArray deep = "<PubmedArticleSet><PubmedArticle>";
        for (int i = 0; i < 100; ++i)
            deep += "<x>";
        for (int i = 0; i < 100; ++i)
            deep += "</x>";
        deep += "</PubmedArticle>" + article("After").trimmed() + "</PubmedArticleSet>";
        Result<RecordFile> file = readPubmed(deep);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        // The deep record is skipped; reading goes on at the next one.
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("After"));
        QCOMPARE(file->skipped, 1);
        QVERIFY2(file->issues.first().message.contains(QLatin1String("64")),
                 qPrintable(file->issues.first().message));
    }

    void read_oversizedArticleIsSkipped()
    {
        const QByteArray huge =
            "<PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>Huge</"
            "ArticleTitle>"
            "<Abstract><AbstractText>" +
            QByteArray(2 * 1024 * 1024, 'a') +
            "</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n";
        Result<RecordFile> file = readPubmed(set(huge + article("After")));
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("After"));
        QCOMPARE(file->skipped, 1);
        QCOMPARE(file->issues.first().record, 1);
        QCOMPARE(file->issues.first().line, 4);
    }

    void read_malformedArticleCostsOnlyItself()
    {
        // One undefined entity in article 501 of 1,000: that article is skipped with its line
        // and number, and reading goes on at the next one.
        QByteArray articles;
        for (int i = 1; i <= 1000; ++i)
            articles += article(i == 501 ? "Bad &nbsp entity" : "A" + QByteArray::number(i),
                                QByteArray::number(i));
        Result<RecordFile> file = readPubmed(set(articles));
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 999);
        QCOMPARE(file->records.at(499).title, QStringLiteral("A500"));
        QCOMPARE(file->records.at(500).title, QStringLiteral("A502"));
        QCOMPARE(file->records.at(500).sourceRecordNo, 502);
        QCOMPARE(file->records.last().title, QStringLiteral("A1000"));
        QCOMPARE(file->skipped, 1);
        const Issue &issue = file->issues.first();
        QCOMPARE(issue.record, 501);
        QCOMPARE(issue.line, 504); // three lines of prolog, one article a line
        QVERIFY2(issue.message.contains(QLatin1String("line 504")), qPrintable(issue.message));
    }

    void read_hugeTextIsPassedOver()
    {
        // A 12 MB text node: the article is skipped without being held, the next one is read.
        const QByteArray huge =
            "<PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>Huge</"
            "ArticleTitle><Abstract><AbstractText>" +
            QByteArray(12 * 1024 * 1024, 'a') +
            "</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n";
        Result<RecordFile> file = readPubmed(set(article("Before") + huge + article("After")));
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 2);
        QCOMPARE(file->records.last().title, QStringLiteral("After"));
        QCOMPARE(file->records.last().sourceRecordNo, 3);
        QCOMPARE(file->skipped, 1);
        QCOMPARE(file->issues.first().record, 2);
        QCOMPARE(file->issues.first().line, 5);
        QVERIFY2(file->issues.first().message.contains(QLatin1String("8 MiB")),
                 qPrintable(file->issues.first().message));
    }

    void read_errorNamesLineAndRecord()
    {
        Result<RecordFile> file = readPubmed(
            set(article("One") + article("Two") + "<PubmedArticle><x></y></PubmedArticle>"));
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 2);
        QCOMPARE(file->skipped, 1);
        const Issue &issue = file->issues.last();
        QCOMPARE(issue.severity, Issue::Severity::Error);
        QCOMPARE(issue.record, 3);
        QCOMPARE(issue.line, 6);
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::newRow("pubmed.xml") << set(fullArticle) << "pubmed.xml"
                                    << "pubmed-xml";
        QTest::newRow("saved as .txt") << set(fullArticle) << "pubmed.txt"
                                       << "pubmed-xml";
        QTest::newRow("book article set")
            << QByteArray("<PubmedBookArticleSet>" + bookArticle) << "b.xml"
            << "pubmed-xml";
        QTest::newRow("EndNote XML is not PubMed")
            << QByteArray("<?xml version=\"1.0\"?><xml><records><record><ref-type name=\"Journal "
                          "Article\">17</ref-type>")
            << "e.xml"
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

QTEST_GUILESS_MAIN(PubmedXmlReaderTest)
#include "tst_pubmedxmlreader.moc"
