// The BibTeX/BibLaTeX reader on every quirk of the files reviewers bring, from inline text.
#include "import/bibtexreader.h"
#include "import/latextext.h"
#include "import/recordfile.h"
#include "recordfields.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QtTest>

using namespace evimap;

namespace {

Result<RecordFile> readBib(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return RecordFile::read(buffer, QStringLiteral("test.bib"), QStringLiteral("bibtex"));
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

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QStringEncoder encoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           bom ? QStringConverter::Flag::WriteBom
                               : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

bool hasIssue(const RecordFile &file, Issue::Severity severity, int line, int record)
{
    for (const Issue &issue : file.issues) {
        if (issue.severity == severity && issue.line == line && issue.record == record)
            return true;
    }
    return false;
}

} // namespace

class BibtexReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void latexToUnicode_data()
    {
        QTest::addColumn<QString>("latex");
        QTest::addColumn<QString>("unicode");
        QTest::newRow("umlaut in braces after")
            << QStringLiteral("M\\\"{o}ller") << QStringLiteral("Möller");
        QTest::newRow("umlaut group around")
            << QStringLiteral("M{\\\"o}ller") << QStringLiteral("Möller");
        QTest::newRow("umlaut bare") << QStringLiteral("M\\\"oller") << QStringLiteral("Möller");
        QTest::newRow("acute") << QStringLiteral("caf\\'e") << QStringLiteral("café");
        QTest::newRow("grave") << QStringLiteral("\\`a la") << QStringLiteral("à la");
        QTest::newRow("circumflex") << QStringLiteral("h\\^otel") << QStringLiteral("hôtel");
        QTest::newRow("tilde accent") << QStringLiteral("Espa\\~na") << QStringLiteral("España");
        QTest::newRow("cedilla") << QStringLiteral("gar\\c{c}on") << QStringLiteral("garçon");
        QTest::newRow("cedilla with space") << QStringLiteral("\\c c") << QStringLiteral("ç");
        QTest::newRow("caron") << QStringLiteral("\\v{S}koda") << QStringLiteral("Škoda");
        QTest::newRow("double acute") << QStringLiteral("Erd\\H{o}s") << QStringLiteral("Erdős");
        QTest::newRow("ogonek") << QStringLiteral("\\k{a}") << QStringLiteral("ą");
        QTest::newRow("ring") << QStringLiteral("\\r{u}") << QStringLiteral("ů");
        QTest::newRow("eszett") << QStringLiteral("Stra\\ss e") << QStringLiteral("Straße");
        QTest::newRow("eszett in braces")
            << QStringLiteral("Gro{\\ss}e") << QStringLiteral("Große");
        QTest::newRow("slashed o") << QStringLiteral("{\\O}stergaard and S{\\o}ren")
                                   << QStringLiteral("Østergaard and Søren");
        QTest::newRow("a ring") << QStringLiteral("{\\AA}se P\\aa l") << QStringLiteral("Åse Pål");
        QTest::newRow("ae oe l") << QStringLiteral("\\ae\\oe{} \\l{}\\'od\\'z")
                                 << QStringLiteral("æœ łódź");
        QTest::newRow("dotless i with accent")
            << QStringLiteral("Mart{\\'\\i}nez") << QStringLiteral("Martínez");
        QTest::newRow("dotless i braced")
            << QStringLiteral("Mart\\'{\\i}nez") << QStringLiteral("Martínez");
        QTest::newRow("escaped specials") << QStringLiteral("R\\&D: 50\\% \\$5 \\#1 a\\_b")
                                          << QStringLiteral("R&D: 50% $5 #1 a_b");
        QTest::newRow("en dash") << QStringLiteral("1990--2000") << QStringLiteral("1990–2000");
        QTest::newRow("em dash") << QStringLiteral("yes---no") << QStringLiteral("yes—no");
        QTest::newRow("tie is a space") << QStringLiteral("Fig.~3") << QStringLiteral("Fig. 3");
        QTest::newRow("quotes") << QStringLiteral("``quoted'' and `single'")
                                << QStringLiteral("“quoted” and ‘single'");
        QTest::newRow("protective braces") << QStringLiteral("{The} {DNA} of {{Nested}} things")
                                           << QStringLiteral("The DNA of Nested things");
        QTest::newRow("text commands keep argument")
            << QStringLiteral("\\emph{very} \\textbf{bold} \\textit{it}")
            << QStringLiteral("very bold it");
        QTest::newRow("simple math")
            << QStringLiteral("$\\alpha$-synuclein and $\\beta_2$ at $p \\leq 0.05$")
            << QStringLiteral("α-synuclein and β2 at p ≤ 0.05");
        QTest::newRow("math subscript braces")
            << QStringLiteral("H$_{2}$O") << QStringLiteral("H2O");
        QTest::newRow("url command verbatim") << QStringLiteral("see \\url{http://x.org/~a_b}")
                                              << QStringLiteral("see http://x.org/~a_b");
        QTest::newRow("line breaks collapse")
            << QStringLiteral("one\n   two\t three") << QStringLiteral("one two three");
        QTest::newRow("empty accent argument")
            << QStringLiteral("a\\~{}b") << QStringLiteral("a~b");
        QTest::newRow("unknown command dropped")
            << QStringLiteral("\\foo{kept} text") << QStringLiteral("kept text");
        QTest::newRow("LaTeX logo keeps its space")
            << QStringLiteral("\\LaTeX is") << QStringLiteral("LaTeX is");
        QTest::newRow("plain text unchanged")
            << QStringLiteral("Plain title: no markup") << QStringLiteral("Plain title: no markup");
        QTest::newRow("trailing backslash") << QStringLiteral("odd\\") << QStringLiteral("odd");
    }

    void latexToUnicode()
    {
        QFETCH(QString, latex);
        QFETCH(QString, unicode);
        QCOMPARE(LatexText::toUnicode(latex), unicode);
    }

    void names_data()
    {
        QTest::addColumn<QString>("latex");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("First Last") << QStringLiteral("John Smith") << QStringList{"Smith, John"};
        QTest::newRow("Last, First") << QStringLiteral("Smith, John") << QStringList{"Smith, John"};
        QTest::newRow("initials") << QStringLiteral("J. R. R. Tolkien")
                                  << QStringList{"Tolkien, J. R. R."};
        QTest::newRow("von part") << QStringLiteral("Ludwig van Beethoven")
                                  << QStringList{"van Beethoven, Ludwig"};
        QTest::newRow("von with two-word last")
            << QStringLiteral("Jean de La Fontaine") << QStringList{"de La Fontaine, Jean"};
        QTest::newRow("von Last, First")
            << QStringLiteral("van der Berg, Anna") << QStringList{"van der Berg, Anna"};
        QTest::newRow("von Last, Jr, First")
            << QStringLiteral("von Hippel, Jr., Eric") << QStringList{"von Hippel, Eric, Jr."};
        QTest::newRow("corporate author kept whole")
            << QStringLiteral("{World Health Organization}")
            << QStringList{"World Health Organization"};
        QTest::newRow("corporate with and inside braces")
            << QStringLiteral("{Barnes and Noble} and Jane Doe")
            << QStringList{"Barnes and Noble", "Doe, Jane"};
        QTest::newRow("split on and") << QStringLiteral("Smith, J. and Jones, K. and Lee, M.")
                                      << QStringList{"Smith, J.", "Jones, K.", "Lee, M."};
        QTest::newRow("capital AND")
            << QStringLiteral("Bird, R.B. and Armstrong, R.C. AND Hassager, O.")
            << QStringList{"Bird, R.B.", "Armstrong, R.C.", "Hassager, O."};
        QTest::newRow("and across a line break")
            << QStringLiteral("A. One\n  and\n  B. Two") << QStringList{"One, A.", "Two, B."};
        QTest::newRow("others dropped")
            << QStringLiteral("Smith, J. and others") << QStringList{"Smith, J."};
        QTest::newRow("accents in names")
            << QStringLiteral("{\\\"O}zkal, Erhan and Aks{\\i}n, {\\\"O}zge")
            << QStringList{"Özkal, Erhan", "Aksın, Özge"};
        QTest::newRow("lower-case accent starts von")
            << QStringLiteral("Jos{\\'e} {\\'e}l Gonz{\\'a}lez")
            << QStringList{"él González, José"};
        QTest::newRow("all lower case is not von")
            << QStringLiteral("sudhin jacob") << QStringList{"jacob, sudhin"};
        QTest::newRow("single name") << QStringLiteral("Plato") << QStringList{"Plato"};
        QTest::newRow("tie between names")
            << QStringLiteral("Jean~Cesar") << QStringList{"Cesar, Jean"};
        QTest::newRow("Andersen is not and") << QStringLiteral("Hans Andersen and Anders Anderson")
                                             << QStringList{"Andersen, Hans", "Anderson, Anders"};
    }

    void names()
    {
        QFETCH(QString, latex);
        QFETCH(QStringList, names);
        QStringList got;
        for (const QString &name : BibtexReader::splitNames(latex))
            got << BibtexReader::normaliseName(name);
        QCOMPARE(got, names);
    }

    void types_data()
    {
        QTest::addColumn<QString>("entryType");
        QTest::addColumn<bool>("hasUrl");
        QTest::addColumn<QString>("recordType");
        QTest::newRow("article") << "article" << false << RecordType::JournalArticle;
        QTest::newRow("inproceedings") << "inproceedings" << false << RecordType::ConferencePaper;
        QTest::newRow("conference") << "conference" << false << RecordType::ConferencePaper;
        QTest::newRow("book") << "book" << false << RecordType::Book;
        QTest::newRow("incollection") << "incollection" << false << RecordType::Chapter;
        QTest::newRow("inbook") << "inbook" << false << RecordType::Chapter;
        QTest::newRow("phdthesis") << "phdthesis" << false << RecordType::Thesis;
        QTest::newRow("mastersthesis") << "mastersthesis" << false << RecordType::Thesis;
        QTest::newRow("thesis") << "thesis" << false << RecordType::Thesis;
        QTest::newRow("techreport") << "techreport" << false << RecordType::Report;
        QTest::newRow("report") << "report" << false << RecordType::Report;
        QTest::newRow("online") << "online" << false << RecordType::WebPage;
        QTest::newRow("misc with url") << "misc" << true << RecordType::WebPage;
        QTest::newRow("misc without url") << "misc" << false << RecordType::Other;
        QTest::newRow("unpublished") << "unpublished" << false << RecordType::Preprint;
        QTest::newRow("unknown type") << "reallyunknowntype" << false << RecordType::Other;
    }

    void types()
    {
        QFETCH(QString, entryType);
        QFETCH(bool, hasUrl);
        QFETCH(QString, recordType);
        QCOMPARE(BibtexReader::typeFromBibtex(entryType, hasUrl), recordType);
    }

    void read_mapsFields_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");

        const QByteArray article =
            "@article{key1,\n  author = {Smith, Jane and Okafor, Chidi},\n"
            "  title = {{Loneliness} and {S}ocial {A}nxiety},\n"
            "  journal = {Journal of Tests},\n  year = {2019},\n  month = mar,\n"
            "  volume = {12},\n  number = {3},\n  pages = {101--110},\n"
            "  doi = {https://doi.org/10.5555/abc.123},\n"
            "  keywords = {loneliness; social anxiety, older adults},\n"
            "  abstract = {An abstract\n   over two lines.},\n  note = {A note},\n"
            "  language = {english},\n  issn = {1234-5678},\n}\n";
        QTest::newRow("type") << article << "type" << RecordType::JournalArticle;
        QTest::newRow("title braces stripped") << article << "title"
                                               << "Loneliness and Social Anxiety";
        QTest::newRow("authors") << article << "authors"
                                 << "Smith, Jane; Okafor, Chidi";
        QTest::newRow("container") << article << "container"
                                   << "Journal of Tests";
        QTest::newRow("year") << article << "year"
                              << "2019";
        QTest::newRow("month macro predefined") << article << "date"
                                                << "2019-03";
        QTest::newRow("volume") << article << "volume"
                                << "12";
        QTest::newRow("number is issue") << article << "issue"
                                         << "3";
        QTest::newRow("pages dash") << article << "pages"
                                    << "101-110";
        QTest::newRow("doi cleaned") << article << "doi"
                                     << "10.5555/abc.123";
        // Semicolons separate when there are any (a keyword may hold a comma), commas otherwise.
        QTest::newRow("keywords split on ; before ,") << article << "keywords"
                                                      << "loneliness; social anxiety, older adults";
        QTest::newRow("abstract joined") << article << "abstract"
                                         << "An abstract over two lines.";
        QTest::newRow("note") << article << "notes"
                              << "A note";
        QTest::newRow("language") << article << "language"
                                  << "english";
        QTest::newRow("citation key as raw field") << article << "raw:citekey"
                                                   << "key1";
        QTest::newRow("unmapped field kept raw") << article << "raw:issn"
                                                 << "1234-5678";
        QTest::newRow("mapped field not raw") << article << "raw:title"
                                              << "<none>";

        QTest::newRow("string macro")
            << QByteArray(
                   "@string{jt = {Journal of Macros}}\n@article{k, title = {T}, journal = jt}\n")
            << "container"
            << "Journal of Macros";
        QTest::newRow("string macro case-insensitive, parentheses")
            << QByteArray("@STRING(JT = \"Journal\")\n@article{k, title = {T}, journal = jt}\n")
            << "container"
            << "Journal";
        QTest::newRow("concatenation")
            << QByteArray("@string{first = \"Jean\"}\n@article{k, author = first # \" \" # "
                          "{Cesar}, title = {T}}\n")
            << "authors"
            << "Cesar, Jean";
        QTest::newRow("concatenation with month")
            << QByteArray("@article{k, title = {T}, year = 2001, month = jan # \"~15\"}\n")
            << "date"
            << "2001-01";
        QTest::newRow("month macro overridden by @string")
            << QByteArray("@string{jan = \"February\"}\n@article{k, title = {T}, year = 2001, "
                          "month = jan}\n")
            << "date"
            << "2001-02";
        QTest::newRow("bare number")
            << QByteArray("@article{k, title = {T}, year = 2014, volume = 691}\n") << "volume"
            << "691";
        QTest::newRow("nested braces")
            << QByteArray("@article{k, title = {A {nested {deeper {still}}} title}}\n") << "title"
            << "A nested deeper still title";
        QTest::newRow("quoted value with braces and quote inside braces")
            << QByteArray("@article{k, title = \"The {\"}quoted{\"} {Word}\"}\n") << "title"
            << "The \"quoted\" Word";
        QTest::newRow("parentheses delimit the entry")
            << QByteArray("@article(k, title = {Round (and) brackets})\n") << "title"
            << "Round (and) brackets";
        QTest::newRow("accents in title")
            << QByteArray("@article{k, title = {Caf\\'e {\\\"u}ber Stra\\ss e \\c{c}a \\o{} \\aa{} "
                          "{\\'\\i}}}\n")
            << "title"
            << "Café über Straße ça ø å í";
        QTest::newRow("specials and dashes")
            << QByteArray("@article{k, title = {R\\&D -- 50\\% --- Fig.~1}}\n") << "title"
            << "R&D – 50% — Fig. 1";
        QTest::newRow("subtitle joined")
            << QByteArray("@book{k, title = {Main}, subtitle = {The Sub}}\n") << "title"
            << "Main: The Sub";
        QTest::newRow("biblatex date")
            << QByteArray("@article{k, title = {T}, date = {2006-10-05}}\n") << "date"
            << "2006-10-05";
        QTest::newRow("year in press kept raw")
            << QByteArray("@article{k, title = {T}, year = {in press}}\n") << "raw:year"
            << "in press";
        QTest::newRow("booktitle is the container of a paper")
            << QByteArray("@inproceedings{k, title = {T}, booktitle = {Proc. of Things}}\n")
            << "container"
            << "Proc. of Things";
        QTest::newRow("school is the publisher of a thesis")
            << QByteArray("@phdthesis{k, title = {T}, school = {Univ. of Tests}}\n") << "publisher"
            << "Univ. of Tests";
        QTest::newRow("institution is the publisher of a report")
            << QByteArray("@techreport{k, title = {T}, institution = {NHS Trust}}\n") << "publisher"
            << "NHS Trust";
        QTest::newRow("misc with url is a web page")
            << QByteArray("@misc{k, title = {T}, url = {https://example.org/a_b~c}}\n") << "type"
            << RecordType::WebPage;
        QTest::newRow("url is verbatim")
            << QByteArray("@misc{k, title = {T}, url = {https://example.org/a\\_b~c%20d}}\n")
            << "url"
            << "https://example.org/a_b~c%20d";
        QTest::newRow("howpublished url")
            << QByteArray("@misc{k, title = {T}, howpublished = {\\url{https://example.org/x}}}\n")
            << "url"
            << "https://example.org/x";
        QTest::newRow("pmid") << QByteArray("@article{k, title = {T}, pmid = {12345678}}\n")
                              << "pmid"
                              << "12345678";
        QTest::newRow("pubmed eprint")
            << QByteArray("@article{k, title = {T}, eprinttype = {pubmed}, eprint = {2345}}\n")
            << "pmid"
            << "2345";
        QTest::newRow("doi eprint")
            << QByteArray("@article{k, title = {T}, eprinttype = {doi}, eprint = {10.1/x}}\n")
            << "doi"
            << "10.1/x";
        QTest::newRow("isbn") << QByteArray("@book{k, title = {T}, isbn = {978-3-86490-311-3}}\n")
                              << "isbn"
                              << "978-3-86490-311-3";
        QTest::newRow("field names any case")
            << QByteArray("@ARTICLE{k, TITLE = {Upper}, YeAr = {2001}}\n") << "year"
            << "2001";
        QTest::newRow("percent comment between fields")
            << QByteArray("@article{k,\n  % a comment, with = signs\n  title = {T},\n}\n")
            << "title"
            << "T";
        QTest::newRow("percent inside a value is text")
            << QByteArray("@article{k, title = {50% of {T}}}\n") << "title"
            << "50% of T";
        QTest::newRow("comma-first style")
            << QByteArray("@article{k\n , title = {Comma first}\n , year = {2013}\n}\n") << "title"
            << "Comma first";
        QTest::newRow("unknown field name with dots kept raw")
            << QByteArray("@book{k, title = {T}, Dc.Date = {2004-01}}\n") << "raw:dc.date"
            << "2004-01";
        // Scopus: a space and a number in the name ("funding_text 1"); the entry is kept.
        QTest::newRow("field name with a number is kept, joined with _")
            << QByteArray("@article{k, title = {Funded},\n  funding_text 1={Funded by X.},\n"
                          "  funding_text 2 = {And Y.}}\n")
            << "raw:funding_text_1"
            << "Funded by X.";
        QTest::newRow("second numbered field")
            << QByteArray("@article{k, title = {Funded},\n  funding_text 1={Funded by X.},\n"
                          "  funding_text 2 = {And Y.}}\n")
            << "raw:funding_text_2"
            << "And Y.";
        QTest::newRow("title after a numbered field")
            << QByteArray("@ARTICLE{Scopus1,\nfunding_details 1={Grant 5},\ntitle={After}}\n")
            << "title"
            << "After";
        // Mendeley's types with an underscore, and entries in parentheses.
        QTest::newRow("type with an underscore")
            << QByteArray("@web_page{k, title = {A page}, url = {https://example.org/p}}\n")
            << "title"
            << "A page";
        QTest::newRow("parentheses around a multi-line entry")
            << QByteArray("@article( key,\n  author = {Doe, Jane},\n  title = {In (round) "
                          "brackets},\n  year = 2001\n)\n")
            << "authors"
            << "Doe, Jane";
        QTest::newRow("undefined macro keeps its name")
            << QByteArray("@article{k, title = {T}, journal = jomch}\n") << "container"
            << "jomch";
    }

    void read_mapsFields()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Result<RecordFile> file = readBib(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(fieldOf(file->records.first(), field), expected);
    }

    void read_crossref_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("titles"); // in the order the records come out
        QTest::addColumn<QStringList>("containers");
        QTest::addColumn<QList<int>>("years");
        QTest::addColumn<int>("warnings");

        QTest::newRow("parent later in the file")
            << QByteArray(
                   "@inproceedings{child, title = {Paper}, crossref = {conf}}\n"
                   "@proceedings{conf, title = {Proceedings of X}, booktitle = {Proceedings of X}, "
                   "year = 2006, publisher = {P}}\n")
            << QStringList{"Proceedings of X", "Paper"} << QStringList{"", "Proceedings of X"}
            << QList<int>{2006, 2006} << 0;
        QTest::newRow("parent earlier in the file, BibLaTeX title becomes booktitle")
            << QByteArray("@proceedings{conf, title = {Proceedings of Y}, year = 2007}\n"
                          "@inproceedings{child, title = {Paper}, crossref = {conf}}\n")
            << QStringList{"Proceedings of Y", "Paper"} << QStringList{"", "Proceedings of Y"}
            << QList<int>{2007, 2007} << 0;
        QTest::newRow("child fields win over the parent's")
            << QByteArray(
                   "@incollection{child, title = {Chapter}, year = 1999, crossref = {book}}\n"
                   "@book{book, title = {The Book}, year = 2001}\n")
            << QStringList{"The Book", "Chapter"} << QStringList{"", "The Book"}
            << QList<int>{2001, 1999} << 0;
        QTest::newRow("cascading crossref")
            << QByteArray("@inbook{c, title = {Part}, crossref = {b}}\n"
                          "@book{b, title = {Volume}, crossref = {m}}\n"
                          "@mvbook{m, title = {Collected}, year = 1934}\n")
            << QStringList{"Collected", "Part", "Volume"} << QStringList{"", "Volume", "Collected"}
            << QList<int>{1934, 1934, 1934} << 0;
        QTest::newRow("alias in ids")
            << QByteArray("@book{b, ids = {alias}, title = {Aliased}, year = 1923}\n"
                          "@incollection{c, title = {In}, crossref = {alias}}\n")
            << QStringList{"Aliased", "In"} << QStringList{"", "Aliased"} << QList<int>{1923, 1923}
            << 0;
        QTest::newRow("circular crossref terminates")
            << QByteArray("@book{a, title = {A}, year = 1911, crossref = {b}}\n"
                          "@book{b, title = {B}, crossref = {a}}\n")
            << QStringList{"B", "A"} << QStringList{"", ""} << QList<int>{1911, 1911} << 2;
        QTest::newRow("missing parent: imported with a warning")
            << QByteArray("@inproceedings{c, title = {Orphan}, crossref = {nowhere}}\n")
            << QStringList{"Orphan"} << QStringList{""} << QList<int>{0} << 1;
        QTest::newRow("xref does not inherit")
            << QByteArray("@inproceedings{c, title = {Ref}, xref = {p}}\n@proceedings{p, title = "
                          "{P}, year = 2000}\n")
            << QStringList{"Ref", "P"} << QStringList{"", ""} << QList<int>{0, 2000} << 0;
    }

    void read_crossref()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, titles);
        QFETCH(QStringList, containers);
        QFETCH(QList<int>, years);
        QFETCH(int, warnings);
        Result<RecordFile> file = readBib(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QStringList gotTitles, gotContainers;
        QList<int> gotYears;
        for (const Record &r : file->records) {
            gotTitles << r.title;
            gotContainers << r.container;
            gotYears << r.year;
        }
        QCOMPARE(gotTitles, titles);
        QCOMPARE(gotContainers, containers);
        QCOMPARE(gotYears, years);
        int gotWarnings = 0;
        for (const Issue &issue : file->issues)
            gotWarnings += issue.severity == Issue::Severity::Warning ? 1 : 0;
        QCOMPARE(gotWarnings, warnings);
        QCOMPARE(file->skipped, 0);
    }

    void read_countsAndTitles_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<int>("skipped");

        QTest::newRow("two entries")
            << QByteArray("@article{a, title = {One}}\n\n@book{b, title = {Two}}\n")
            << QStringList{"One", "Two"} << 0;
        QTest::newRow("comment, preamble and string are not records")
            << QByteArray(
                   "@comment{ @article{fake, title = {Fake}} }\n@preamble{ \"\\makeatletter\" }\n"
                   "@string{s = {x}}\n@article{a, title = {Real}}\n")
            << QStringList{"Real"} << 0;
        QTest::newRow("comment in parentheses")
            << QByteArray("@Comment(jabref-meta: {groups}:)\n@article{a, title = {After}}\n")
            << QStringList{"After"} << 0;
        QTest::newRow("text between entries ignored, e-mail @ included")
            << QByteArray(
                   "Mail me at someone@example.org.\n@article{a, title = {One}}\nfree text\n")
            << QStringList{"One"} << 0;
        QTest::newRow("entries on one line")
            << QByteArray("@article{a, title = {One}}@article{b, title = {Two}}")
            << QStringList{"One", "Two"} << 0;
        QTest::newRow("@ mid-line after a % header")
            << QByteArray("% Encoding: US-ASCII@PREAMBLE{pre}@article{only, title = {Only}}")
            << QStringList{"Only"} << 0;
        QTest::newRow("entry with key only is a record")
            << QByteArray("@article{lonely}\n") << QStringList{""} << 0;
        QTest::newRow("entry without key")
            << QByteArray("@article{title = {No key}}\n") << QStringList{"No key"} << 0;
        QTest::newRow("empty entry skipped")
            << QByteArray("@article{}\n@article{b, title = {B}}\n") << QStringList{"B"} << 1;
        QTest::newRow("missing comma between fields is repaired")
            << QByteArray("@article{a, title = {Repaired}\n  year = {2013}\n}\n")
            << QStringList{"Repaired"} << 0;
        QTest::newRow("missing comma after the key is repaired")
            << QByteArray("@article{a\n  title = {Repaired key}}\n") << QStringList{"Repaired key"}
            << 0;
        QTest::newRow("garbage where a comma belongs: skipped, next entry read")
            << QByteArray("@article{a, title = {Bad} ! year = 2001}\n@article{b, title = {Good}}\n")
            << QStringList{"Good"} << 1;
        QTest::newRow("field without = : skipped")
            << QByteArray("@article{a, title {Bad}}\n@article{b, title = {Good}}\n")
            << QStringList{"Good"} << 1;
        QTest::newRow("unbalanced braces: skipped at the next entry")
            << QByteArray("@article{a, title = {Unclosed,\n  year = 2001\n}\n@article{b, title = "
                          "{Good}}\n")
            << QStringList{"Good"} << 1;
        QTest::newRow("entry not closed before the next one")
            << QByteArray("@article{a, title = {Open}, year = 2001,\n@article{b, title = {Good}}\n")
            << QStringList{"Good"} << 1;
        QTest::newRow("unclosed quote: skipped at the next entry")
            << QByteArray("@article{a, title = \"Open\n}\n@article{b, title = {Good}}\n")
            << QStringList{"Good"} << 1;
        QTest::newRow("truncated file")
            << QByteArray("@article{a, title = {Good}}\n@article{b, title = {Cut off")
            << QStringList{"Good"} << 1;
        QTest::newRow("unknown entry type is a record")
            << QByteArray("@wrong{foo, author = {wrong}}\n@article{bar, title = {Right}}\n")
            << QStringList{"", "Right"} << 0;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF@article{a, title = {Bom}}\n")
                             << QStringList{"Bom"} << 0;
        QTest::newRow("CRLF") << QByteArray("@article{a,\r\n title = {Crlf}\r\n}\r\n")
                              << QStringList{"Crlf"} << 0;
        QTest::newRow("CR only")
            << QByteArray(
                   "@article{a,\r title = {Old Mac},\r year = 1999\r}\r@book{b, title = {Two}}\r")
            << QStringList{"Old Mac", "Two"} << 0;
        QTest::newRow("invalid UTF-8 read as Windows-1252")
            << QByteArray("@article{a, title = {Caf\xE9 \x93quoted\x94}}\n")
            << QStringList{"Café “quoted”"} << 0;
        const QString text = QStringLiteral("@article{a, title = {Über}}\n");
        QTest::newRow("UTF-16LE with BOM") << utf16(text, true, true) << QStringList{"Über"} << 0;
        QTest::newRow("UTF-16LE without BOM")
            << utf16(text, true, false) << QStringList{"Über"} << 0;
        QTest::newRow("UTF-16BE with BOM") << utf16(text, false, true) << QStringList{"Über"} << 0;
        QTest::newRow("UTF-16BE without BOM")
            << utf16(text, false, false) << QStringList{"Über"} << 0;
    }

    void read_countsAndTitles()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, titles);
        QFETCH(int, skipped);
        Result<RecordFile> file = readBib(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QStringList got;
        for (const Record &r : file->records)
            got << r.title;
        QCOMPARE(got, titles);
        QCOMPARE(file->skipped, skipped);
    }

    void read_reportsLineAndRecord()
    {
        // Record 2 starts on line 3; its error is found on line 4, where text stands in for a
        // comma.
        Result<RecordFile> file =
            readBib("@article{a, title = {One}}\n\n@article{b,\n  title = {Two} year\n}\n"
                    "@article{c, title = {Three}}\n");
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 2);
        QCOMPARE(file->records.at(1).title, QStringLiteral("Three"));
        QCOMPARE(file->records.at(1).sourceRecordNo, 3);
        QCOMPARE(file->records.at(1).sourceLine, 6);
        QVERIFY(hasIssue(*file, Issue::Severity::Error, 4, 2));
        QCOMPARE(file->skipped, 1);
    }

    void read_repairedCommaIsAWarning()
    {
        Result<RecordFile> file = readBib("@article{a, title = {One}\n  year = {2013}}\n");
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().year, 2013);
        QVERIFY(hasIssue(*file, Issue::Severity::Warning, 2, 1));
    }

    void read_entryOver1MbSkipped()
    {
        QByteArray input = "@article{big, title = {Big}, abstract = {";
        input += QByteArray(BibtexReader::maxEntryChars + 10, 'x');
        input += "}}\n@article{small, title = {Small}}\n";
        Result<RecordFile> file = readBib(input);
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("Small"));
        QCOMPARE(file->skipped, 1);
    }

    void read_entryOver1MbInManyLinesSkipped()
    {
        QByteArray input = "@article{big, title = {Big}, abstract = {";
        const QByteArray line(1000, 'y');
        for (int i = 0; i < 1100; ++i)
            input += line + '\n';
        input += "}}\n@article{small, title = {Small}}\n";
        Result<RecordFile> file = readBib(input);
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->skipped, 1);
    }

    void read_deepBracesSkipped()
    {
        QByteArray deep = "@article{deep, title = {";
        deep += QByteArray(BibtexReader::maxBraceDepth + 1, '{') + "x" +
                QByteArray(BibtexReader::maxBraceDepth + 1, '}');
        deep += "}}\n@article{ok, title = {Shallow}}\n";
        Result<RecordFile> file = readBib(deep);
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("Shallow"));
        QCOMPARE(file->skipped, 1);

        QByteArray fine = "@article{fine, title = {";
        fine += QByteArray(BibtexReader::maxBraceDepth - 1, '{') + "x" +
                QByteArray(BibtexReader::maxBraceDepth - 1, '}');
        fine += "}}\n";
        Result<RecordFile> ok = readBib(fine);
        QVERIFY(ok.ok());
        QCOMPARE(ok->records.size(), 1);
        QCOMPARE(ok->skipped, 0);
    }

    void read_tenMegabyteLine()
    {
        // One 10 MB line of text with an entry at its end: bounded, no crash, no record invented.
        QByteArray input(10 * 1024 * 1024, 'z');
        input += "\n@article{after, title = {After}}\n";
        Result<RecordFile> file = readBib(input);
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("After"));
    }

    void read_macroExpansionIsBounded()
    {
        // Each @string doubles the one before: 22 of them expand one letter to 4 Mi letters
        // (30 of them, 696 bytes, would need gigabytes). The entry that uses the last one is
        // refused with a message that names its line; the entries around it are read.
        QByteArray input = "@string{m0 = \"x\"}\n";
        for (int i = 1; i <= 22; ++i)
            input += "@string{m" + QByteArray::number(i) + " = m" + QByteArray::number(i - 1) +
                     " # m" + QByteArray::number(i - 1) + "}\n";
        input += "@article{before, title = {Before}}\n"
                 "@article{bomb, title = m22}\n"
                 "@article{after, title = {After}, note = m10}\n";
        Result<RecordFile> file = readBib(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QStringList titles;
        for (const Record &r : std::as_const(file->records)) {
            titles << r.title;
            QVERIFY(r.title.size() <= BibtexReader::maxValueChars);
        }
        QCOMPARE(titles, (QStringList{"Before", "After"}));
        QCOMPARE(file->records.last().notes.size(), 1024); // m10: 2^10 letters, well inside
        QCOMPARE(file->skipped, 1);
        bool named = false;
        for (const Issue &issue : std::as_const(file->issues)) {
            if (issue.severity == Issue::Severity::Error) {
                QCOMPARE(issue.record, 2);
                named = issue.message.contains(QLatin1String("line 25"));
            }
        }
        QVERIFY(named);
    }

    void read_macrosInAllAreBounded()
    {
        // Many macros of 1 MiB each: past 16 MiB in all the next definitions are refused, and
        // an entry that uses one of them is refused too (memory stays bounded).
        QByteArray input = "@string{m0 = \"x\"}\n";
        for (int i = 1; i <= 19; ++i)
            input += "@string{m" + QByteArray::number(i) + " = m" + QByteArray::number(i - 1) +
                     " # m" + QByteArray::number(i - 1) + "}\n"; // m19: 512 Ki letters
        for (int i = 0; i < 40; ++i)
            input += "@string{big" + QByteArray::number(i) + " = m19 # m19}\n"; // 1 MiB each
        input += "@article{late, title = {Late}, note = big39}\n"
                 "@article{fine, title = {Fine}}\n";
        Result<RecordFile> file = readBib(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), 1);
        QCOMPARE(file->records.first().title, QStringLiteral("Fine"));
        QCOMPARE(file->skipped, 1);
    }

    void read_crossrefChainIsLinear()
    {
        // 20,000 entries, each the child of the next one in the file, the last with the year:
        // every one inherits it. Resolved in one pass (this took hours when each new entry
        // looked through the whole chain again).
        const int n = 20000;
        QByteArray input;
        for (int i = 0; i < n; ++i)
            input += "@misc{e" + QByteArray::number(i) + ", title = {T" + QByteArray::number(i) +
                     "}, crossref = {e" + QByteArray::number(i + 1) + "}}\n";
        input += "@misc{e" + QByteArray::number(n) + ", title = {Root}, year = 1999}\n";
        Result<RecordFile> file = readBib(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), n + 1);
        for (const Record &r : std::as_const(file->records))
            QCOMPARE(r.year, 1999);
        QCOMPARE(file->records.first().title, QStringLiteral("Root"));
        QCOMPARE(file->records.at(1).title, QStringLiteral("T0")); // then in the file's order
        QCOMPARE(file->issues.size(), 0);
    }

    void read_crossrefCycleIsReported()
    {
        // A ring of 20,000 entries: every entry is imported once, the ring is reported.
        const int n = 20000;
        QByteArray input;
        for (int i = 0; i < n; ++i)
            input += "@misc{r" + QByteArray::number(i) + ", title = {R" + QByteArray::number(i) +
                     "}, crossref = {r" + QByteArray::number((i + 1) % n) + "}}\n";
        Result<RecordFile> file = readBib(input);
        QVERIFY2(file.ok(), qPrintable(file.errorString()));
        QCOMPARE(file->records.size(), n);
        QSet<QString> titles;
        for (const Record &r : std::as_const(file->records))
            titles.insert(r.title);
        QCOMPARE(titles.size(), n);
        int circular = 0;
        for (const Issue &issue : std::as_const(file->issues))
            circular += issue.message.contains(QLatin1String("circular")) ? 1 : 0;
        QVERIFY(circular >= 1);
        QCOMPARE(file->skipped, 0);
    }

    void read_refusesWhatIsNotBibtex_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only blank lines") << QByteArray("\n\n   \n");
        QTest::newRow("RIS") << QByteArray("TY  - JOUR\nTI  - Not BibTeX\nER  - \n");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919 + 13) % 256 == '@' ? 0 : (i * 7919 + 13) % 256);
        QTest::newRow("binary garbage") << garbage;
    }

    void read_refusesWhatIsNotBibtex()
    {
        QFETCH(QByteArray, input);
        Result<RecordFile> file = readBib(input);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().kind, Error::Kind::InputRefused);
    }

    void read_commentsOnlyIsEmptyNotRefused()
    {
        Result<RecordFile> file = readBib("@comment{just a comment}\n@string{a = {b}}\n");
        QVERIFY(file.ok());
        QCOMPARE(file->records.size(), 0);
        QCOMPARE(file->skipped, 0);
    }

    void detect_sniffsContent_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("entry at line start")
            << QByteArray("% a comment\n@Article{k,\n title = {T}\n}\n") << "refs.txt";
        QTest::newRow("indented entry with parenthesis")
            << QByteArray("\n  @book( k, title = {T})\n") << "export";
        QTest::newRow("only strings") << QByteArray("@string{a = {b}}\n") << "macros";
        QTest::newRow("entry after a header on the same line")
            << QByteArray("% Encoding: US-ASCII@PREAMBLE{x}@article{k}") << "x.bib";
        // Mendeley: a first entry type with an underscore, and commas on every line.
        QTest::newRow("first type with an underscore")
            << QByteArray("@web_page{Smith2020,\n  title = {A page},\n  author = {Smith, J},\n"
                          "  url = {https://example.org},\n  year = {2020}\n}\n")
            << "library.bib";
    }

    void detect_sniffsContent()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, fileName);
        QCOMPARE(FormatRegistry::detect(head, fileName), QStringLiteral("bibtex"));
    }
};

QTEST_GUILESS_MAIN(BibtexReaderTest)
#include "tst_bibtexreader.moc"
