#include "import/pubmedxmlreader.h"

#include "import/medlinereader.h"
#include "import/pubdate.h"
#include "import/tagfields.h"
#include "import/xmlrecords.h"
#include "import/xmltext.h"
#include "records/normalise.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace evimap {

namespace {

bool oneOf(QStringView name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

// The parts of a PubDate / ArticleDate element, joined for PubDate::parse.
struct DateParts
{
    QString year, month, day, season, medlineDate;
    void clear() { *this = DateParts(); }
    QString text() const
    {
        if (!medlineDate.isEmpty())
            return medlineDate;
        return QStringList{year, month, day, season}.join(QLatin1Char(' ')).simplified();
    }
};

struct AuthorParts
{
    QString last, fore, initials, suffix, collective;
    void clear() { *this = AuthorParts(); }
    QString name() const
    {
        if (!collective.isEmpty())
            return collective;
        if (last.isEmpty())
            return {};
        QString given = fore.isEmpty() ? initials : fore;
        QString n = last;
        if (!given.isEmpty())
            n += QLatin1String(", ") + given;
        if (!suffix.isEmpty())
            n += QLatin1String(", ") + suffix;
        return n;
    }
};

} // namespace

FormatRegistry::Format PubmedXmlReader::format()
{
    FormatRegistry::Format f;
    f.id = QStringLiteral("pubmed-xml");
    f.name = tr("PubMed XML");
    f.extensions = {QStringLiteral("xml")};
    f.sniff = [](const QString &head) {
        static const QRegularExpression root(
            QStringLiteral("<(?:!DOCTYPE\\s+)?Pubmed(?:Book)?Article(?:Set)?[\\s>]"));
        return root.match(head).hasMatch() ? 95 : 0;
    };
    f.create = [] { return std::make_unique<PubmedXmlReader>(); };
    return f;
}

bool PubmedXmlReader::readArticle(QXmlStreamReader &xml, int depth, QList<RawField> *fields)
{
    QStringList path; // element names below the article element
    AuthorParts author;
    QString authorListType;
    DateParts date;
    QString descriptor;
    QStringList qualifiers;
    qsizetype total = 0;
    bool tooLarge = false;

    auto add = [&](const QString &tag, const QString &value) {
        if (value.isEmpty() || tooLarge)
            return;
        total += value.size();
        if (total > XmlText::maxChars) {
            tooLarge = true;
            fields->clear();
            return;
        }
        fields->append({tag, value});
    };
    auto text = [&](bool keepLines = false) {
        bool cut = false;
        const QString t = XmlText::read(xml, depth + int(path.size()) + 1, &cut);
        if (cut) {
            tooLarge = true;
            fields->clear();
        }
        return keepLines ? t.trimmed() : t.simplified();
    };

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (path.isEmpty())
                break; // the article's own end
            const QString name = path.takeLast();
            const QString parent = path.value(path.size() - 1);
            if (name == QLatin1String("Author") && parent == QLatin1String("AuthorList")) {
                const bool editors = authorListType == QLatin1String("editors");
                add(editors ? QStringLiteral("Editor") : QStringLiteral("Author"), author.name());
            } else if (name == QLatin1String("PubDate") &&
                       oneOf(parent, {"JournalIssue", "Book", "BookDocument"})) {
                add(QStringLiteral("PubDate"), date.text());
            } else if (name == QLatin1String("ArticleDate")) {
                add(QStringLiteral("ArticleDate"), date.text());
            } else if (name == QLatin1String("MeshHeading") && !descriptor.isEmpty()) {
                add(QStringLiteral("MeshHeading"),
                    (QStringList{descriptor} + qualifiers).join(QLatin1Char('/')));
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (XmlText::checkDepth(xml, depth + int(path.size()) + 1))
            break;
        const QString name = xml.name().toString();
        const QString parent = path.value(path.size() - 1);
        const QString grand = path.value(path.size() - 2);
        const QXmlStreamAttributes attributes = xml.attributes();

        if (name == QLatin1String("PMID") && oneOf(parent, {"MedlineCitation", "BookDocument"})) {
            add(QStringLiteral("PMID"), text());
        } else if (name == QLatin1String("ArticleTitle") &&
                   oneOf(parent, {"Article", "BookDocument"})) {
            add(QStringLiteral("ArticleTitle"), text());
        } else if (oneOf(name, {"VernacularTitle"}) && oneOf(parent, {"Article", "BookDocument"})) {
            add(name, text());
        } else if (oneOf(name, {"BookTitle", "CollectionTitle", "Isbn"}) &&
                   parent == QLatin1String("Book")) {
            add(name, text());
        } else if (parent == QLatin1String("Journal") &&
                   oneOf(name, {"Title", "ISOAbbreviation", "ISSN"})) {
            add(name == QLatin1String("Title") ? QStringLiteral("JournalTitle") : name, text());
        } else if (oneOf(name, {"Volume", "Issue"}) && oneOf(parent, {"JournalIssue", "Book"})) {
            add(name, text());
        } else if (oneOf(parent, {"PubDate", "ArticleDate"}) &&
                   oneOf(name, {"Year", "Month", "Day", "Season", "MedlineDate"})) {
            const QString value = text();
            if (name == QLatin1String("Year"))
                date.year = value;
            else if (name == QLatin1String("Month"))
                date.month = value;
            else if (name == QLatin1String("Day"))
                date.day = value;
            else if (name == QLatin1String("Season"))
                date.season = value;
            else
                date.medlineDate = value;
        } else if (parent == QLatin1String("Pagination") &&
                   oneOf(name, {"MedlinePgn", "StartPage", "EndPage"})) {
            add(name, text());
        } else if (name == QLatin1String("ELocationID")) {
            const QString type = attributes.value(QLatin1String("EIdType")).toString();
            add(QStringLiteral("ELocationID.") + type, text());
        } else if (name == QLatin1String("AbstractText") && parent == QLatin1String("Abstract")) {
            QString label = attributes.value(QLatin1String("Label")).toString().trimmed();
            if (label == QLatin1String("UNLABELLED")) // PubMed's mark for "no label"
                label.clear();
            const QString body = text();
            if (!body.isEmpty())
                add(QStringLiteral("AbstractText"),
                    label.isEmpty() ? body : label + QLatin1String(": ") + body);
        } else if (name == QLatin1String("CopyrightInformation") &&
                   parent == QLatin1String("Abstract")) {
            add(name, text());
        } else if (parent == QLatin1String("Author") &&
                   oneOf(name, {"LastName", "ForeName", "Initials", "Suffix", "CollectiveName"})) {
            const QString value = text();
            if (name == QLatin1String("LastName"))
                author.last = value;
            else if (name == QLatin1String("ForeName"))
                author.fore = value;
            else if (name == QLatin1String("Initials"))
                author.initials = value;
            else if (name == QLatin1String("Suffix"))
                author.suffix = value;
            else
                author.collective = value;
        } else if (name == QLatin1String("Language") &&
                   oneOf(parent, {"Article", "BookDocument"})) {
            add(name, text());
        } else if (name == QLatin1String("PublicationType") &&
                   oneOf(parent, {"PublicationTypeList", "BookDocument"})) {
            add(name, text());
        } else if (parent == QLatin1String("MeshHeading") &&
                   oneOf(name, {"DescriptorName", "QualifierName"})) {
            const QString value = text();
            if (name == QLatin1String("DescriptorName"))
                descriptor = value;
            else if (!value.isEmpty())
                qualifiers.append(value);
        } else if (name == QLatin1String("Keyword") && parent == QLatin1String("KeywordList")) {
            add(name, text());
        } else if (name == QLatin1String("ArticleId") && parent == QLatin1String("ArticleIdList") &&
                   oneOf(grand, {"PubmedData", "BookDocument", "PubmedBookData"})) {
            const QString type = attributes.value(QLatin1String("IdType")).toString();
            add(QStringLiteral("ArticleId.") + type, text());
        } else if (oneOf(name, {"Country", "MedlineTA", "NlmUniqueID"}) &&
                   parent == QLatin1String("MedlineJournalInfo")) {
            add(name, text());
        } else if (oneOf(name, {"PublisherName", "PublisherLocation"}) &&
                   parent == QLatin1String("Publisher")) {
            add(name, text());
        } else {
            // A container (or an element we do not keep): walk into it.
            path.append(name);
            if (name == QLatin1String("Author"))
                author.clear();
            else if (name == QLatin1String("AuthorList"))
                authorListType = attributes.value(QLatin1String("Type")).toString();
            else if (oneOf(name, {"PubDate", "ArticleDate"}))
                date.clear();
            else if (name == QLatin1String("MeshHeading")) {
                descriptor.clear();
                qualifiers.clear();
            }
        }
        if (xml.hasError())
            break;
    }
    return !tooLarge;
}

Record PubmedXmlReader::toRecord(const QList<RawField> &fields, bool bookArticle)
{
    TagFields f(fields);
    Record r;
    r.rawFormat = QStringLiteral("pubmed-xml");
    const QStringList publicationTypes = f.peek({"PublicationType"}); // kept raw: many to one
    r.title = f.first({"ArticleTitle"});
    QString bookTitle = f.first({"BookTitle"});
    if (bookArticle) {
        r.type = r.title.isEmpty() || bookTitle.isEmpty() ? RecordType::Book : RecordType::Chapter;
    } else {
        r.type = MedlineReader::typeFromPublicationTypes(publicationTypes);
        if (r.type.isEmpty())
            r.type = RecordType::JournalArticle;
    }
    if (r.title.isEmpty()) {
        r.title = bookTitle;
        bookTitle.clear();
    }
    r.container = f.first({"JournalTitle", "ISOAbbreviation"});
    if (r.container.isEmpty())
        r.container = bookTitle;
    r.authors = f.all({"Author"});
    r.abstract = f.all({"AbstractText"}).join(QLatin1Char('\n'));
    for (const char *tag : {"PubDate", "ArticleDate"}) {
        const PubDate date = PubDate::parse(f.peek({tag}).value(0));
        if (date.isValid()) {
            r.year = date.year;
            r.date = date.date;
            f.use({tag});
            break;
        }
    }
    r.volume = f.first({"Volume"});
    r.issue = f.first({"Issue"});
    r.pages = f.first({"MedlinePgn"});
    if (r.pages.isEmpty()) {
        const QString start = f.first({"StartPage"});
        const QString end = f.first({"EndPage"});
        r.pages = end.isEmpty() ? start : start + QLatin1Char('-') + end;
    }
    for (const char *tag : {"ELocationID.doi", "ArticleId.doi"}) {
        if (r.doi.isEmpty())
            r.doi = Normalise::cleanDoi(f.peek({tag}).value(0));
    }
    if (!r.doi.isEmpty())
        f.use({"ELocationID.doi", "ArticleId.doi"});
    r.pmid = f.first({"PMID", "ArticleId.pubmed"});
    f.use({"ArticleId.pubmed"});
    r.keywords = f.all({"MeshHeading", "Keyword"});
    r.language = f.first({"Language"});
    r.publisher = f.first({"PublisherName"});
    r.isbn = f.first({"Isbn"});
    r.rawFields = f.unused();
    return r;
}

Status PubmedXmlReader::read(QIODevice &device, const ReadContext &context)
{
    XmlRecords::Format format;
    format.name = tr("PubMed XML");
    format.recordNames = {"PubmedArticle", "PubmedBookArticle"};
    format.rootNames = {QStringLiteral("PubmedArticleSet"), QStringLiteral("PubmedBookArticleSet"),
                        QStringLiteral("PubmedArticle"), QStringLiteral("PubmedBookArticle")};
    format.recordMayBeRoot = true;
    format.readRecord = [](QXmlStreamReader &xml, int depth, bool *fits) {
        const bool book = xml.name() == QLatin1String("PubmedBookArticle");
        QList<RawField> fields;
        *fits = readArticle(xml, depth, &fields);
        return toRecord(fields, book);
    };
    return XmlRecords::readAll(device, context, format);
}

} // namespace evimap
