#include "import/csvreader.h"

#include "core/csvrowreader.h"
#include "import/linereader.h"
#include "import/personnames.h"
#include "records/normalise.h"

#include <QRegularExpression>

#include <array>
#include <optional>

namespace evimap {

namespace {

// Progress is reported after each MiB read.
constexpr qint64 progressStep = 1 << 20;

// The record fields a column can fill.
enum class Field
{
    Title,
    Abstract,
    Authors,
    Year,
    Date,
    Container,
    Volume,
    Issue,
    Pages,
    StartPage,
    EndPage,
    Doi,
    Pmid,
    Accession,
    Isbn,
    Url,
    Keywords,
    Language,
    Country,
    Publisher,
    Notes,
    Type,
    Count
};

struct FieldSpec
{
    const char *name; // for --map
    // Header names, compared after normalisation (lower case, letters and digits only), in
    // order of preference.
    std::initializer_list<const char *> aliases;
    // Web of Science field tags, compared exactly (a header "TI" is a tag, "Ti" is not).
    std::initializer_list<const char *> tags;
};

const std::array<FieldSpec, size_t(Field::Count)> &fieldSpecs()
{
    // Order follows the Field enum.
    static const std::array<FieldSpec, size_t(Field::Count)> specs = {{
        {"title",
         {"title", "primarytitle", "articletitle", "documenttitle", "titleofarticle"},
         {"TI"}},
        {"abstract", {"abstract", "abstractnote", "abstracttext", "summary"}, {"AB"}},
        // Full names first (Scopus "Author full names", Web of Science AF).
        {"authors",
         {"authorfullnames", "authors", "author", "authornames", "firstauthors", "creators",
          "creator"},
         {"AF", "AU"}},
        {"year", {"year", "publicationyear", "publishedyear", "pubyear", "yearpublished"}, {"PY"}},
        {"date", {"date", "publicationdate", "datepublished", "pubdate"}, {"PD"}},
        {"container",
         {"journal", "sourcetitle", "publicationtitle", "publicationname", "journaltitle",
          "secondarytitle", "journalname", "booktitle"},
         {"SO"}},
        {"volume", {"volume"}, {"VL"}},
        {"issue", {"issue", "issuenumber", "number"}, {"IS"}},
        {"pages", {"pages", "pagerange", "pagenumbers"}, {}},
        {"startpage", {"pagestart", "startpage", "firstpage", "spage"}, {"BP"}},
        {"endpage", {"pageend", "endpage", "lastpage", "epage"}, {"EP"}},
        {"doi", {"doi", "digitalobjectidentifier"}, {"DI"}},
        {"pmid", {"pmid", "pubmedid", "pubmed"}, {"PM"}},
        {"accession",
         {"accessionnumber", "eid", "ut", "uniquewosid", "wosid", "wosaccessionnumber"},
         {"UT"}},
        {"isbn", {"isbn"}, {"BN"}},
        {"url", {"url", "link", "links", "fulltexturl"}, {}},
        {"keywords", {"keywords", "authorkeywords", "keyword", "manualtags", "meshterms"}, {"DE"}},
        {"language", {"language", "languageoforiginaldocument"}, {"LA"}},
        {"country", {"country"}, {}},
        {"publisher", {"publisher"}, {"PU"}},
        {"notes", {"notes", "note"}, {}},
        {"type",
         {"itemtype", "referencetype", "documenttype", "publicationtype", "type"},
         {"DT", "PT"}},
    }};
    return specs;
}

QString normaliseHeader(const QString &header)
{
    QString out;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

std::optional<Field> fieldByName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("journal"))
        return Field::Container;
    if (key == QLatin1String("author"))
        return Field::Authors;
    const auto &specs = fieldSpecs();
    for (size_t i = 0; i < specs.size(); ++i) {
        if (key == QLatin1String(specs[i].name))
            return Field(i);
    }
    return std::nullopt;
}

QString typeFromValue(const QString &value)
{
    // Web of Science: "Article; Early Access"; Zotero: "journalArticle".
    const QString key = normaliseHeader(value.section(QLatin1Char(';'), 0, 0));
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](const QString &type, std::initializer_list<const char *> keys) {
            for (const char *k : keys)
                m.insert(QLatin1String(k), type);
        };
        add(RecordType::JournalArticle,
            {"journalarticle", "article", "journal", "jour", "review", "letter", "editorial",
             "note", "erratum", "shortsurvey", "articleinpress", "magazinearticle",
             "newspaperarticle", "j", "originalarticle", "researcharticle"});
        add(RecordType::ConferencePaper,
            {"conferencepaper", "proceedingspaper", "conferenceproceedings", "inproceedings",
             "conferencereview", "conf", "cpaper"});
        add(RecordType::ConferenceAbstract,
            {"meetingabstract", "conferenceabstract", "abstract", "abst"});
        add(RecordType::Chapter, {"bookchapter", "booksection", "chapter", "incollection", "chap"});
        add(RecordType::Book, {"book", "editedbook", "b", "wholebook"});
        add(RecordType::Report, {"report", "rprt", "techreport", "governmentdocument"});
        add(RecordType::Thesis, {"thesis", "dissertation", "phdthesis", "mastersthesis", "thes"});
        add(RecordType::WebPage, {"webpage", "website", "blogpost", "elec", "web"});
        add(RecordType::Preprint, {"preprint", "unpublished", "unpb"});
        add(RecordType::Dataset, {"dataset", "data"});
        add(RecordType::Initiative, {"initiative"});
        return m;
    }();
    return map.value(key);
}

// Year and date from "2020", "2020-03-01", "2020/3", "JAN 2020", "15 March 2020".
bool readDate(const QString &text, int *year, QString *date)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\s*(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?(?:[T ].*)?\\s*$"));
    const QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch()) {
        *year = m.captured(1).toInt();
        QString d = m.captured(1);
        const int month = m.captured(2).toInt();
        const int day = m.captured(3).toInt();
        if (month >= 1 && month <= 12) {
            d += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
            if (day >= 1 && day <= 31)
                d += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
        }
        *date = d;
        return true;
    }
    static const QRegularExpression anyYear(QStringLiteral("\\b(1[5-9]\\d\\d|20\\d\\d)\\b"));
    const QRegularExpressionMatch y = anyYear.match(text);
    if (y.hasMatch()) {
        *year = y.captured(1).toInt();
        *date = y.captured(1);
    }
    return false; // only partly understood
}

QStringList splitList(const QString &text)
{
    QString separator;
    if (text.contains(QLatin1Char(';')))
        separator = QStringLiteral(";");
    else if (text.contains(QLatin1Char('|')))
        separator = QStringLiteral("|");
    else if (text.contains(QLatin1Char('\n')))
        separator = QStringLiteral("\n");
    else if (text.contains(QLatin1Char(',')))
        separator = QStringLiteral(",");
    QStringList out;
    const QStringList parts = separator.isEmpty() ? QStringList{text} : text.split(separator);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

struct Column
{
    QString header;
    std::optional<Field> field;
};

// Identifiers written as links (OpenAlex and ASReview exports): a PubMed, DOI or OpenAlex URL,
// or a bare OpenAlex work id ("W2741809807") in a column of ids. Fills what the record lacks
// (the OpenAlex id is the record's accession); true if the value was one of them.
bool takeLinkedIdentifier(const QString &value, bool idColumn, Record &r)
{
    // Most values are neither (this runs for every field of every row).
    if (value.size() < 5 || value.size() > 256 ||
        !(value.front() == QLatin1Char('h') || value.front() == QLatin1Char('H') ||
          value.front() == QLatin1Char('W')))
        return false;
    static const QRegularExpression pubmed(
        QStringLiteral("^https?://(?:www\\.)?(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov|ncbi\\.nlm\\."
                       "nih\\.gov/pubmed)/(\\d{1,9})/?(?:[?#].*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression doiLink(QStringLiteral("^https?://(?:dx\\.)?doi\\.org/10\\."),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression openAlexLink(
        QStringLiteral("^https?://(?:api\\.)?openalex\\.org/(?:works/)?(W\\d{1,12})/?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression openAlexId(QStringLiteral("^W\\d{4,12}$"));
    if (const QRegularExpressionMatch m = pubmed.match(value); m.hasMatch()) {
        if (r.pmid.isEmpty())
            r.pmid = m.captured(1);
        return true;
    }
    if (doiLink.match(value).hasMatch()) {
        if (r.doi.isEmpty())
            r.doi = Normalise::cleanDoi(value);
        return true;
    }
    const QRegularExpressionMatch m = openAlexLink.match(value);
    if (m.hasMatch() || (idColumn && openAlexId.match(value).hasMatch())) {
        if (r.accession.isEmpty())
            r.accession = m.hasMatch() ? m.captured(1).toUpper() : value;
        return true;
    }
    return false;
}

// Columns that hold a record's id in OpenAlex's and similar exports ("id", "ids.openalex").
bool isIdColumn(const QString &header)
{
    const QString key = normaliseHeader(header);
    return key == QLatin1String("id") || key == QLatin1String("openalex") ||
           key == QLatin1String("openalexid") || key == QLatin1String("idsopenalex");
}

} // namespace

QStringList CsvReader::fieldNames()
{
    QStringList names;
    for (const FieldSpec &spec : fieldSpecs())
        names.append(QLatin1String(spec.name));
    return names;
}

FormatRegistry::Format CsvReader::format()
{
    FormatRegistry::Format f;
    f.id = QStringLiteral("csv");
    f.name = tr("CSV / TSV");
    f.extensions = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("tab")};
    f.sniff = [](const QString &head) {
        const QStringList lines = head.left(16 * 1024).split(QLatin1Char('\n'));
        if (lines.isEmpty())
            return 0;
        QString header = lines.first();
        if (header.startsWith(QLatin1String("sep=")) && header.size() <= 6)
            return lines.size() > 1 ? 60 : 0;
        const int tabs = int(header.count(QLatin1Char('\t')));
        const int commas = int(header.count(QLatin1Char(',')));
        const int semicolons = int(header.count(QLatin1Char(';')));
        const int separators = qMax(tabs, qMax(commas, semicolons));
        if (separators == 0)
            return 0;
        const QChar sep = tabs == separators
                              ? QLatin1Char('\t')
                              : (semicolons > commas ? QLatin1Char(';') : QLatin1Char(','));
        // Known column names make it certain; a consistent count of separators likely.
        int known = 0;
        for (QString name : header.split(sep)) {
            name = name.trimmed();
            if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
                name = name.mid(1, name.size() - 2);
            const QString key = normaliseHeader(name);
            for (const FieldSpec &spec : fieldSpecs()) {
                bool hit = false;
                for (const char *alias : spec.aliases)
                    hit = hit || key == QLatin1String(alias);
                for (const char *tag : spec.tags)
                    hit = hit || name == QLatin1String(tag);
                if (hit) {
                    ++known;
                    break;
                }
            }
        }
        if (known >= 2)
            return 70;
        int consistent = 0;
        for (qsizetype i = 1; i < qMin<qsizetype>(lines.size(), 6); ++i) {
            if (lines.at(i).count(sep) == header.count(sep))
                ++consistent;
        }
        // One consistent line needs the extension to count (a .csv that is just a table).
        return consistent >= 2 ? 30 : (known == 1 ? 20 : (consistent == 1 ? 15 : 0));
    };
    f.create = [] { return std::make_unique<CsvReader>(); };
    return f;
}

namespace {

// Reads up to the header line (the first row that is not blank) and decodes its names.
Result<QStringList> readHeader(CsvRowReader &tokenizer, const QString &fileName,
                               const std::function<QString(const QByteArray &)> &decode)
{
    if (!tokenizer.detectSeparator())
        return Error{Error::Kind::InputRefused, CsvReader::tr("%1 is empty").arg(fileName)};
    CsvRow row;
    do {
        if (!tokenizer.next(row))
            return Error{Error::Kind::InputRefused,
                         CsvReader::tr("%1 holds no header line").arg(fileName)};
    } while (row.blank());
    if (row.tooLong || row.openQuote)
        return Error{Error::Kind::InputRefused,
                     CsvReader::tr("%1: the header line could not be read (an unclosed quote or "
                                   "a line longer than %2 MiB); is this a CSV file?")
                         .arg(fileName)
                         .arg(CsvReader::maxRowBytes >> 20)};
    QStringList headers;
    for (const QByteArray &bytes : std::as_const(row.fields))
        headers.append(decode(bytes).trimmed());
    return headers;
}

// Maps columns onto record fields: the explicit "map.<field>" options first ("" leaves a
// field unmapped), then the known column names of each database, in order of preference.
Result<QList<Column>> mapColumns(const QStringList &headers, const QHash<QString, QString> &options,
                                 const QString &fileName)
{
    QList<Column> columns;
    for (const QString &header : headers)
        columns.append(Column{header, std::nullopt});
    const auto &specs = fieldSpecs();
    std::array<bool, size_t(Field::Count)> assigned{};
    const QString headerList = headers.join(QStringLiteral(", "));
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("map.")))
            continue;
        const std::optional<Field> field = fieldByName(it.key().mid(4));
        if (!field)
            return Error{
                Error::Kind::Usage,
                CsvReader::tr("--map: \"%1\" is not a record field; use one of: %2")
                    .arg(it.key().mid(4), CsvReader::fieldNames().join(QStringLiteral(", ")))};
        assigned[size_t(*field)] = true;
        const QString wanted = it.value().trimmed();
        if (wanted.isEmpty())
            continue;
        qsizetype index = headers.indexOf(wanted);
        if (index < 0) {
            for (qsizetype i = 0; i < headers.size() && index < 0; ++i) {
                if (headers.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
                    index = i;
            }
        }
        if (index < 0)
            return Error{Error::Kind::Usage,
                         CsvReader::tr("--map: %1 has no column \"%2\"; its columns are: %3")
                             .arg(fileName, wanted, headerList)};
        columns[index].field = *field;
    }
    for (size_t f = 0; f < specs.size(); ++f) {
        if (assigned[f])
            continue;
        auto claim = [&](auto matches) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (!columns[i].field && matches(columns[i].header)) {
                    columns[i].field = Field(f);
                    assigned[f] = true;
                    return true;
                }
            }
            return false;
        };
        bool done = false;
        for (const char *tag : specs[f].tags) {
            if (!done)
                done = claim([tag](const QString &h) { return h == QLatin1String(tag); });
        }
        for (const char *alias : specs[f].aliases) {
            if (!done)
                done = claim([alias](const QString &h) {
                    return normaliseHeader(h) == QLatin1String(alias);
                });
        }
    }
    return columns;
}

bool mapsField(const QList<Column> &columns, Field field)
{
    for (const Column &c : columns) {
        if (c.field == field)
            return true;
    }
    return false;
}

} // namespace

Result<CsvReader::Preview> CsvReader::preview(QIODevice &device, const QString &fileName,
                                              const QHash<QString, QString> &options, int rows)
{
    CsvRowReader tokenizer(device, CsvReader::maxFieldBytes, CsvReader::maxRowBytes);
    auto decode = [](const QByteArray &bytes) { return LineReader::decodeBytes(bytes, nullptr); };
    Result<QStringList> headers = readHeader(tokenizer, fileName, decode);
    if (!headers)
        return headers.error();
    Result<QList<Column>> columns = mapColumns(*headers, options, fileName);
    if (!columns)
        return columns.error();
    Preview preview;
    preview.headers = *headers;
    for (const Column &c : std::as_const(*columns))
        preview.fields.append(c.field ? QLatin1String(fieldSpecs()[size_t(*c.field)].name)
                                      : QString());
    CsvRow row;
    while (preview.samples.size() < rows && tokenizer.next(row)) {
        if (row.blank() || row.tooLong || row.openQuote)
            continue;
        QStringList values;
        for (const QByteArray &bytes : std::as_const(row.fields))
            values.append(decode(bytes).simplified());
        preview.samples.append(values);
    }
    return preview;
}

Status CsvReader::read(QIODevice &device, const ReadContext &context)
{
    CsvRowReader tokenizer(device, CsvReader::maxFieldBytes, CsvReader::maxRowBytes);
    int fallbackFields = 0;
    auto decode = [&](const QByteArray &bytes) {
        bool fallback = false;
        QString text = LineReader::decodeBytes(bytes, &fallback);
        if (fallback)
            ++fallbackFields;
        return text;
    };
    Result<QStringList> headers = readHeader(tokenizer, context.fileName, decode);
    if (!headers)
        return headers.error();
    Result<QList<Column>> mapped = mapColumns(*headers, context.options, context.fileName);
    if (!mapped)
        return mapped.error();
    const QList<Column> columns = *mapped;
    if (!mapsField(columns, Field::Title) && !mapsField(columns, Field::Doi))
        return Error{Error::Kind::InputRefused,
                     tr("%1: no column could be recognised as the title or the DOI (the "
                        "columns are: %2); name them with --map, e.g. --map "
                        "title=\"Article Title\",abstract=Summary")
                         .arg(context.fileName, headers->join(QStringLiteral(", ")))};
    CsvRow row;
    int rowNo = 0;
    bool stopped = false;
    qint64 lastProgress = 0;
    while (!stopped && tokenizer.next(row)) {
        if (row.blank())
            continue;
        ++rowNo;
        if (row.tooLong) {
            context.issue(Issue::Severity::Error, row.line, rowNo,
                          tr("the row is longer than %1 MiB; skipped").arg(maxRowBytes >> 20));
            continue;
        }
        if (row.openQuote) {
            context.issue(Issue::Severity::Error, row.line, rowNo,
                          tr("a quoted field in this row is never closed, so the rest of the "
                             "file was read as part of it; skipped (look for a stray "
                             "quote on line %1)")
                              .arg(row.line));
            continue;
        }
        if (row.fieldCut)
            context.issue(Issue::Severity::Warning, row.line, rowNo,
                          tr("a field is longer than %1 MiB; the rest of it was ignored")
                              .arg(maxFieldBytes >> 20));
        if (row.fields.size() > columns.size())
            context.issue(Issue::Severity::Info, row.line, rowNo,
                          tr("the row has %1 fields but the header has %2; the extra values "
                             "were kept as raw fields")
                              .arg(row.fields.size())
                              .arg(columns.size()));

        std::array<QString, size_t(Field::Count)> values;
        std::array<qsizetype, size_t(Field::Count)> source;
        source.fill(-1);
        QStringList texts;
        texts.reserve(row.fields.size());
        QList<bool> keepRaw(row.fields.size(), false);
        for (qsizetype i = 0; i < row.fields.size(); ++i) {
            texts.append(decode(row.fields.at(i)).trimmed());
            const QString &value = texts.last();
            if (i < columns.size() && columns.at(i).field) {
                const size_t f = size_t(*columns.at(i).field);
                values[f] = value;
                source[f] = i;
            } else if (!value.isEmpty()) {
                keepRaw[i] = true;
            }
        }
        auto unmapped = [&](Field f) {
            if (source[size_t(f)] >= 0 && !values[size_t(f)].isEmpty())
                keepRaw[source[size_t(f)]] = true;
        };
        auto v = [&](Field f) -> const QString & { return values[size_t(f)]; };

        Record r;
        r.rawFormat = QStringLiteral("csv");
        r.sourceLine = row.line;
        r.sourceRecordNo = rowNo;
        r.title = v(Field::Title);
        r.abstract = v(Field::Abstract);
        r.authors = PersonNames::split(v(Field::Authors));
        r.container = v(Field::Container);
        r.volume = v(Field::Volume);
        r.issue = v(Field::Issue);
        r.pages = v(Field::Pages);
        if (r.pages.isEmpty() && !v(Field::StartPage).isEmpty()) {
            r.pages = v(Field::StartPage);
            if (!v(Field::EndPage).isEmpty() && v(Field::EndPage) != r.pages)
                r.pages += QLatin1Char('-') + v(Field::EndPage);
        } else {
            unmapped(Field::StartPage);
            unmapped(Field::EndPage);
        }
        if (!v(Field::Year).isEmpty()) {
            QString ignored;
            if (!readDate(v(Field::Year), &r.year, &ignored) && r.year == 0)
                unmapped(Field::Year);
        }
        if (!v(Field::Date).isEmpty()) {
            int year = 0;
            QString date;
            const bool understood = readDate(v(Field::Date), &year, &date);
            if (r.year == 0)
                r.year = year;
            if (understood && year == r.year)
                r.date = date;
            else
                unmapped(Field::Date); // "JAN 2020": keep what was written
        }
        if (r.date.isEmpty() && r.year > 0)
            r.date = QString::number(r.year);
        r.doi = Normalise::cleanDoi(v(Field::Doi));
        if (r.doi.isEmpty())
            unmapped(Field::Doi); // "DOI 1", "n/a": not a DOI, but the user's text
        static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
        if (digits.match(v(Field::Pmid)).hasMatch())
            r.pmid = v(Field::Pmid);
        else if (!takeLinkedIdentifier(v(Field::Pmid), false, r))
            unmapped(Field::Pmid);
        r.accession = v(Field::Accession);
        r.isbn = v(Field::Isbn);
        r.url = v(Field::Url);
        r.keywords = splitList(v(Field::Keywords));
        r.language = v(Field::Language);
        r.country = v(Field::Country);
        r.publisher = v(Field::Publisher);
        r.notes = v(Field::Notes);
        if (!v(Field::Type).isEmpty()) {
            const QString type = typeFromValue(v(Field::Type));
            if (type.isEmpty())
                unmapped(Field::Type);
            else
                r.type = type;
        }
        QList<RawField> raw;
        for (qsizetype i = 0; i < row.fields.size(); ++i) {
            if (!keepRaw[i])
                continue;
            const QString tag =
                i < columns.size() ? columns.at(i).header : tr("column %1").arg(i + 1);
            raw.append({tag, texts.at(i)});
        }
        takeLinkedIdentifier(r.url, false, r);
        for (const RawField &field : std::as_const(raw))
            takeLinkedIdentifier(field.second, isIdColumn(field.first), r);
        // Zotero keeps the PubMed id in "Extra" ("PMID: 123").
        if (r.pmid.isEmpty()) {
            static const QRegularExpression pmidNote(QStringLiteral("\\bPMID:\\s*(\\d{1,9})\\b"));
            for (const RawField &field : std::as_const(raw)) {
                const QRegularExpressionMatch m = pmidNote.match(field.second);
                if (m.hasMatch()) {
                    r.pmid = m.captured(1);
                    break;
                }
            }
        }
        r.rawFields = std::move(raw);

        if (r.isEmpty() && r.accession.isEmpty()) {
            context.issue(
                Issue::Severity::Error, row.line, rowNo,
                tr("row %1 has no title, authors, abstract or identifier; skipped").arg(rowNo));
            continue;
        }
        if (!context.emitRecord(std::move(r))) {
            stopped = true;
            break;
        }
        if (context.progress && tokenizer.bytesConsumed() - lastProgress >= progressStep) {
            lastProgress = tokenizer.bytesConsumed();
            context.progress(lastProgress);
        }
        if (context.isCancelled())
            stopped = true;
    }
    if (fallbackFields > 0)
        context.issue(Issue::Severity::Info, 0, 0,
                      tr("%n field(s) were not UTF-8 and were read as Windows-1252", nullptr,
                         fallbackFields));
    return {};
}

} // namespace evimap
