#include "import/endnotexmlreader.h"

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

// Elements that group fields; everything else inside a record is a field whose text (styled
// runs included) is read whole.
bool isGroup(QStringView name)
{
    return oneOf(name, {"contributors", "authors", "secondary-authors", "tertiary-authors",
                        "subsidiary-authors", "translated-authors", "titles", "periodical",
                        "alt-periodical", "dates", "pub-dates", "copyright-dates", "keywords",
                        "urls", "related-urls", "pdf-urls", "text-urls", "web-urls", "image-urls"});
}

// Fields whose line breaks mean something (paragraphs, one keyword per line).
bool keepsLines(const QString &tag)
{
    return oneOf(tag, {"abstract", "notes", "research-notes", "keywords/keyword"});
}

QStringList splitKeywords(const QStringList &values)
{
    static const QRegularExpression separators(QStringLiteral("[\\r\\n;]"));
    QStringList keywords;
    for (const QString &value : values) {
        for (const QString &part : value.split(separators)) {
            const QString keyword = part.simplified();
            if (!keyword.isEmpty())
                keywords.append(keyword);
        }
    }
    return keywords;
}

} // namespace

FormatRegistry::Format EndnoteXmlReader::format()
{
    FormatRegistry::Format f;
    f.id = QStringLiteral("endnote-xml");
    f.name = tr("EndNote XML");
    f.extensions = {QStringLiteral("xml")};
    f.sniff = [](const QString &head) {
        static const QRegularExpression xmlRecords(QStringLiteral("<xml>\\s*<records>"));
        static const QRegularExpression record(QStringLiteral("<record>\\s*<"));
        static const QRegularExpression refType(QStringLiteral("<ref-type[\\s>]"));
        if (xmlRecords.match(head).hasMatch())
            return 95;
        if (head.contains(QLatin1String("<records>")) && record.match(head).hasMatch() &&
            refType.match(head).hasMatch())
            return 90;
        return 0;
    };
    f.create = [] { return std::make_unique<EndnoteXmlReader>(); };
    return f;
}

QString EndnoteXmlReader::typeFromEndnote(const QString &nameValue, const QString &number)
{
    const QString name = nameValue.simplified().toLower();
    if (!name.isEmpty()) {
        static const QHash<QString, QString> byName = {
            {QStringLiteral("journal article"), RecordType::JournalArticle},
            {QStringLiteral("electronic article"), RecordType::JournalArticle},
            {QStringLiteral("magazine article"), RecordType::JournalArticle},
            {QStringLiteral("newspaper article"), RecordType::JournalArticle},
            {QStringLiteral("book"), RecordType::Book},
            {QStringLiteral("edited book"), RecordType::Book},
            {QStringLiteral("electronic book"), RecordType::Book},
            {QStringLiteral("book section"), RecordType::Chapter},
            {QStringLiteral("electronic book section"), RecordType::Chapter},
            {QStringLiteral("conference paper"), RecordType::ConferencePaper},
            {QStringLiteral("conference proceedings"), RecordType::ConferencePaper},
            {QStringLiteral("conference"), RecordType::ConferencePaper},
            {QStringLiteral("report"), RecordType::Report},
            {QStringLiteral("government document"), RecordType::Report},
            {QStringLiteral("pamphlet"), RecordType::Report},
            {QStringLiteral("standard"), RecordType::Report},
            {QStringLiteral("thesis"), RecordType::Thesis},
            {QStringLiteral("web page"), RecordType::WebPage},
            {QStringLiteral("blog"), RecordType::WebPage},
            {QStringLiteral("dataset"), RecordType::Dataset},
        };
        return byName.value(name, RecordType::Other);
    }
    // EndNote's own numbers (other programs number differently, hence names first).
    static const QHash<int, QString> byNumber = {
        {17, RecordType::JournalArticle},
        {19, RecordType::JournalArticle},
        {23, RecordType::JournalArticle},
        {43, RecordType::JournalArticle},
        {6, RecordType::Book},
        {28, RecordType::Book},
        {44, RecordType::Book},
        {5, RecordType::Chapter},
        {60, RecordType::Chapter},
        {10, RecordType::ConferencePaper},
        {47, RecordType::ConferencePaper},
        {27, RecordType::Report},
        {46, RecordType::Report},
        {32, RecordType::Thesis},
        {12, RecordType::WebPage},
        {56, RecordType::WebPage},
        {59, RecordType::Dataset},
    };
    bool ok = false;
    const int n = number.trimmed().toInt(&ok);
    return ok ? byNumber.value(n, RecordType::Other) : RecordType::JournalArticle;
}

bool EndnoteXmlReader::readRecord(QXmlStreamReader &xml, int depth, QList<RawField> *fields)
{
    QStringList path; // group elements below the record element
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

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (path.isEmpty())
                break; // the record's own end
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const int level = depth + int(path.size()) + 1;
        if (XmlText::checkDepth(xml, level))
            break;
        const QString name = xml.name().toString();
        if (isGroup(name)) {
            path.append(name);
            continue;
        }
        if (path.isEmpty() && oneOf(name, {"database", "source-app", "foreign-keys"})) {
            // Where the record was kept, not what it describes.
            bool cut = false;
            XmlText::read(xml, level, &cut);
            continue;
        }
        const QString tag = path.isEmpty() ? name : path.last() + QLatin1Char('/') + name;
        if (name == QLatin1String("ref-type"))
            add(QStringLiteral("ref-type-name"),
                xml.attributes().value(QLatin1String("name")).toString().simplified());
        bool cut = false;
        QString value = XmlText::read(xml, level, &cut);
        if (cut) {
            tooLarge = true;
            fields->clear();
        }
        if (keepsLines(tag)) {
            value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            value.replace(QLatin1Char('\r'), QLatin1Char('\n'));
            value = value.trimmed();
        } else {
            value = value.simplified();
        }
        add(tag, value);
        if (xml.hasError())
            break;
    }
    return !tooLarge;
}

Record EndnoteXmlReader::toRecord(const QList<RawField> &fields)
{
    TagFields f(fields);
    Record r;
    r.rawFormat = QStringLiteral("endnote-xml");
    const QString typeName = f.peek({"ref-type-name"}).value(0);
    const QString typeNumber = f.peek({"ref-type"}).value(0);
    r.type = typeFromEndnote(typeName, typeNumber);
    if (!typeName.isEmpty() || typeNumber.isEmpty())
        f.use({"ref-type", "ref-type-name"}); // kept raw only when the number is all there was
    r.authors = f.all({"authors/author"});
    r.title = f.first({"titles/title"});
    r.container = f.first({"titles/secondary-title", "periodical/full-title", "periodical/abbr-1",
                           "alt-periodical/full-title", "alt-periodical/abbr-1"});
    r.pages = f.first({"pages"});
    r.volume = f.first({"volume"});
    r.issue = f.first({"number", "issue"});
    // The year is its own field; the rest of the date ("Jun 01", "2022 May", "06/15/2015") may
    // or may not repeat it.
    const QString yearText = f.peek({"dates/year"}).value(0);
    const QString dateText = f.peek({"pub-dates/date"}).value(0);
    PubDate year = PubDate::parse(yearText);
    PubDate full = year;
    if (!dateText.isEmpty()) {
        const PubDate withDate = PubDate::parse(
            PubDate::parse(dateText).isValid() ? dateText : yearText + QLatin1Char(' ') + dateText);
        if (withDate.isValid() && (!year.isValid() || withDate.year == year.year))
            full = withDate;
    }
    if (full.isValid()) {
        r.year = full.year;
        r.date = full.date;
        f.use({"dates/year"});
        if (full.date.size() > 4)
            f.use({"pub-dates/date"});
    }
    const QString doi = f.peek({"electronic-resource-num"}).value(0);
    r.doi = Normalise::cleanDoi(doi);
    if (!r.doi.isEmpty())
        f.use({"electronic-resource-num"});
    r.abstract = f.first({"abstract"});
    r.keywords = splitKeywords(f.all({"keywords/keyword"}));
    r.url = f.first({"related-urls/url", "web-urls/url"});
    if (r.type == RecordType::Book || r.type == RecordType::Chapter ||
        r.type == RecordType::Report || r.type == RecordType::Thesis ||
        r.type == RecordType::ConferencePaper)
        r.isbn = f.first({"isbn"});
    r.accession = f.first({"accession-num"});
    r.language = f.first({"language"});
    r.publisher = f.first({"publisher"});
    r.notes = f.all({"notes"}).join(QLatin1Char('\n'));
    r.rawFields = f.unused();
    return r;
}

Status EndnoteXmlReader::read(QIODevice &device, const ReadContext &context)
{
    XmlRecords::Format format;
    format.name = tr("EndNote XML");
    format.recordNames = {"record"};
    format.rootNames = {QStringLiteral("xml"), QStringLiteral("records")};
    format.readRecord = [](QXmlStreamReader &xml, int depth, bool *fits) {
        QList<RawField> fields;
        *fits = readRecord(xml, depth, &fields);
        return toRecord(fields);
    };
    return XmlRecords::readAll(device, context, format);
}

} // namespace evimap
