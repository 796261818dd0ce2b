#include "export/recordwriter.h"

#include "core/csvrowwriter.h"
#include "import/risreader.h"
#include "records/recordfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace evimap {

namespace {

Status writeText(QIODevice &device, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (device.write(bytes) != bytes.size())
        return failure(QCoreApplication::translate("ExportFormats", "writing failed: %1")
                           .arg(device.errorString()));
    return {};
}

// ---------------------------------------------------------------- RIS
class RisWriter final : public RecordWriter
{
public:
    Status begin(QIODevice &) override { return {}; }
    Status end(QIODevice &) override { return {}; }
    Status write(QIODevice &device, const Record &r) override
    {
        QString out;
        auto tag = [&](const char *t, const QString &value) {
            if (value.isEmpty())
                return;
            // A value never spans lines in RIS; continuation lines would be read as text.
            QString flat = value;
            flat.replace(QLatin1Char('\r'), QLatin1Char(' '))
                .replace(QLatin1Char('\n'), QLatin1Char(' '));
            out += QLatin1String(t) + QLatin1String("  - ") + flat + QLatin1Char('\n');
        };
        tag("TY", RisReader::risFromType(r.type));
        tag("TI", r.title);
        for (const QString &a : r.authors)
            tag("AU", a);
        tag("PY", r.year > 0 ? QString::number(r.year) : QString());
        if (r.date.size() > 4)
            tag("DA", QString(r.date).replace(QLatin1Char('-'), QLatin1Char('/')));
        tag(r.type == RecordType::Book ? "T3" : "T2", r.container);
        tag("VL", r.volume);
        tag("IS", r.issue);
        const qsizetype dash = r.pages.indexOf(QLatin1Char('-'));
        if (dash > 0) {
            tag("SP", r.pages.left(dash));
            tag("EP", r.pages.mid(dash + 1));
        } else {
            tag("SP", r.pages);
        }
        tag("DO", r.doi);
        if (!r.accession.isEmpty()) {
            tag("AN", r.accession);
        } else if (!r.pmid.isEmpty()) {
            tag("AN", r.pmid);
            tag("DB", QStringLiteral("PubMed"));
        }
        tag("SN", r.isbn);
        tag("UR", r.url);
        for (const QString &k : r.keywords)
            tag("KW", k);
        // Tags as keywords too: reference managers read KW as their tags (docs/guide.md).
        for (const QString &t : r.tags) {
            if (!r.keywords.contains(t, Qt::CaseInsensitive))
                tag("KW", t);
        }
        tag("LA", r.language);
        tag("PB", r.publisher);
        for (const QString &n : r.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            tag("N1", n);
        tag("AB", r.abstract);
        // Fields EviMap does not map go back out as they came in (RIS sources only).
        if (r.rawFormat == QLatin1String("ris")) {
            for (const RawField &f : r.rawFields) {
                if (f.first.size() == 2 && f.first != QLatin1String("ER") &&
                    !(f.first == QLatin1String("DB") && r.accession.isEmpty() && !r.pmid.isEmpty()))
                    tag(f.first.toLatin1().constData(), f.second);
            }
        }
        out += QLatin1String("ER  - \n\n");
        return writeText(device, out);
    }
};

// ---------------------------------------------------------------- BibTeX
QString bibEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("\\&");
            break;
        case '%':
            out += QLatin1String("\\%");
            break;
        case '$':
            out += QLatin1String("\\$");
            break;
        case '#':
            out += QLatin1String("\\#");
            break;
        case '_':
            out += QLatin1String("\\_");
            break;
        case '{':
            out += QLatin1String("\\{");
            break;
        case '}':
            out += QLatin1String("\\}");
            break;
        case '~':
            out += QLatin1String("\\textasciitilde{}");
            break;
        case '^':
            out += QLatin1String("\\textasciicircum{}");
            break;
        case '\\':
            out += QLatin1String("\\textbackslash{}");
            break;
        case '\n':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString bibType(const QString &type)
{
    if (type == RecordType::JournalArticle)
        return QStringLiteral("article");
    if (type == RecordType::Book)
        return QStringLiteral("book");
    if (type == RecordType::Chapter)
        return QStringLiteral("incollection");
    if (type == RecordType::ConferencePaper || type == RecordType::ConferenceAbstract)
        return QStringLiteral("inproceedings");
    if (type == RecordType::Report)
        return QStringLiteral("techreport");
    if (type == RecordType::Thesis)
        return QStringLiteral("phdthesis");
    if (type == RecordType::Preprint)
        return QStringLiteral("unpublished");
    if (type == RecordType::WebPage)
        return QStringLiteral("online");
    return QStringLiteral("misc");
}

class BibtexWriter final : public RecordWriter
{
public:
    Status begin(QIODevice &) override { return {}; }
    Status end(QIODevice &) override { return {}; }
    Status write(QIODevice &device, const Record &r) override
    {
        // A stable, readable key: first author's surname + year + record id.
        QString surname = r.authors.value(0).section(QLatin1Char(','), 0, 0);
        surname.remove(QRegularExpression(QStringLiteral("[^A-Za-z]")));
        QString key = (surname.isEmpty() ? QStringLiteral("ref") : surname.toLower()) +
                      (r.year > 0 ? QString::number(r.year) : QString());
        key += QLatin1Char('-') + QString::number(r.id > 0 ? r.id : ++m_counter);
        QString out = QLatin1Char('@') + bibType(r.type) + QLatin1Char('{') + key;
        auto field = [&](const char *name, const QString &value, bool escape = true) {
            if (value.isEmpty())
                return;
            out += QStringLiteral(",\n  %1 = {%2}")
                       .arg(QLatin1String(name), escape ? bibEscape(value) : value);
        };
        field("title", r.title);
        QStringList authors;
        for (const QString &a : r.authors)
            authors << (a.contains(QLatin1Char(',')) || !a.contains(QLatin1Char(' '))
                            ? bibEscape(a)
                            : QLatin1Char('{') + bibEscape(a) + QLatin1Char('}'));
        if (!authors.isEmpty())
            out += QStringLiteral(",\n  author = {%1}").arg(authors.join(QStringLiteral(" and ")));
        field("year", r.year > 0 ? QString::number(r.year) : QString());
        const char *containerField =
            r.type == RecordType::JournalArticle ? "journal"
            : (r.type == RecordType::Chapter || r.type == RecordType::ConferencePaper ||
               r.type == RecordType::ConferenceAbstract)
                ? "booktitle"
            : r.type == RecordType::Report ? "institution"
                                           : "howpublished";
        field(containerField, r.container);
        field("volume", r.volume);
        field("number", r.issue);
        field("pages", QString(r.pages).replace(QLatin1Char('-'), QLatin1String("--")));
        field("doi", r.doi, false);
        field("pmid", r.pmid);
        field("isbn", r.isbn);
        field("url", r.url, false);
        field("keywords", r.keywords.join(QStringLiteral("; ")));
        // JabRef's field for the groups an entry belongs to, comma-separated.
        field("groups", r.tags.join(QStringLiteral(", ")));
        field("language", r.language);
        field("publisher", r.publisher);
        // One note a line (BibtexReader keeps a note's lines apart); elsewhere a line break is
        // only a space.
        QStringList noteLines;
        for (const QString &line : r.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            noteLines << bibEscape(line);
        field("note", noteLines.join(QLatin1Char('\n')), false);
        if (r.type == RecordType::ConferenceAbstract)
            field("type", QStringLiteral("Conference abstract"));
        else if (r.type == RecordType::Initiative)
            field("type", QStringLiteral("Initiative"));
        field("abstract", r.abstract);
        out += QLatin1String("\n}\n\n");
        return writeText(device, out);
    }

private:
    qint64 m_counter = 0;
};

// ---------------------------------------------------------------- CSV
class CsvWriter final : public RecordWriter
{
public:
    Status begin(QIODevice &device) override
    {
        const QByteArray bom = CsvRowWriter::bom();
        if (device.write(bom) != bom.size())
            return failure(device.errorString());
        QStringList header;
        for (const Column &column : columns)
            header << QLatin1String(column.heading);
        header << QStringLiteral("Tags") << QStringLiteral("EviMap ID");
        return writeText(device, CsvRowWriter::row(header));
    }
    Status end(QIODevice &) override { return {}; }
    Status write(QIODevice &device, const Record &r) override
    {
        QStringList cells;
        for (const Column &column : columns)
            cells << RecordFields::field(column.field).value(r, u"; ");
        cells << r.tags.join(QStringLiteral("; "));
        cells << r.uuid;
        return writeText(device, CsvRowWriter::row(cells));
    }

private:
    // The export's columns: a heading and the record field it holds (not the date; the uuid,
    // "EviMap ID", last).
    struct Column
    {
        const char *heading;
        std::size_t field;
    };
    static constexpr Column columns[] = {
        {"Type", RecordFields::indexOf("type")},
        {"Title", RecordFields::indexOf("title")},
        {"Authors", RecordFields::indexOf("authors")},
        {"Year", RecordFields::indexOf("year")},
        {"Journal", RecordFields::indexOf("container")},
        {"Volume", RecordFields::indexOf("volume")},
        {"Issue", RecordFields::indexOf("issue")},
        {"Pages", RecordFields::indexOf("pages")},
        {"DOI", RecordFields::indexOf("doi")},
        {"PMID", RecordFields::indexOf("pmid")},
        {"Accession", RecordFields::indexOf("accession")},
        {"ISBN", RecordFields::indexOf("isbn")},
        {"URL", RecordFields::indexOf("url")},
        {"Keywords", RecordFields::indexOf("keywords")},
        {"Language", RecordFields::indexOf("language")},
        {"Country", RecordFields::indexOf("country")},
        {"Publisher", RecordFields::indexOf("publisher")},
        {"Abstract", RecordFields::indexOf("abstract")},
        {"Notes", RecordFields::indexOf("notes")},
    };
};

// ---------------------------------------------------------------- CSL-JSON
QString cslType(const QString &type)
{
    if (type == RecordType::JournalArticle)
        return QStringLiteral("article-journal");
    if (type == RecordType::Book)
        return QStringLiteral("book");
    if (type == RecordType::Chapter)
        return QStringLiteral("chapter");
    if (type == RecordType::ConferencePaper || type == RecordType::ConferenceAbstract)
        return QStringLiteral("paper-conference");
    if (type == RecordType::Report)
        return QStringLiteral("report");
    if (type == RecordType::Thesis)
        return QStringLiteral("thesis");
    if (type == RecordType::WebPage)
        return QStringLiteral("webpage");
    if (type == RecordType::Dataset)
        return QStringLiteral("dataset");
    if (type == RecordType::Preprint)
        return QStringLiteral("manuscript");
    return QStringLiteral("document");
}

class CslJsonWriter final : public RecordWriter
{
public:
    Status begin(QIODevice &device) override { return writeText(device, QStringLiteral("[\n")); }
    Status end(QIODevice &device) override { return writeText(device, QStringLiteral("\n]\n")); }
    Status write(QIODevice &device, const Record &r) override
    {
        QJsonObject item;
        item.insert(QStringLiteral("id"), r.uuid.isEmpty() ? QString::number(m_count + 1) : r.uuid);
        item.insert(QStringLiteral("type"), cslType(r.type));
        // Types CSL lacks travel in "genre", which CslJsonReader reads back.
        if (r.type == RecordType::ConferenceAbstract)
            item.insert(QStringLiteral("genre"), QStringLiteral("Conference abstract"));
        else if (r.type == RecordType::Initiative)
            item.insert(QStringLiteral("genre"), QStringLiteral("Initiative"));
        auto put = [&](const char *key, const QString &value) {
            if (!value.isEmpty())
                item.insert(QLatin1String(key), value);
        };
        put("title", r.title);
        QJsonArray authors;
        for (const QString &a : r.authors) {
            const qsizetype comma = a.indexOf(QLatin1Char(','));
            if (comma > 0)
                authors.append(QJsonObject{{QStringLiteral("family"), a.left(comma).trimmed()},
                                           {QStringLiteral("given"), a.mid(comma + 1).trimmed()}});
            else
                authors.append(QJsonObject{{QStringLiteral("literal"), a}});
        }
        if (!authors.isEmpty())
            item.insert(QStringLiteral("author"), authors);
        if (r.year > 0) {
            QJsonArray parts;
            for (const QString &p : r.date.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                parts.append(p.toInt());
            if (parts.isEmpty())
                parts.append(r.year);
            item.insert(QStringLiteral("issued"),
                        QJsonObject{{QStringLiteral("date-parts"), QJsonArray{parts}}});
        }
        put("container-title", r.container);
        put("volume", r.volume);
        put("issue", r.issue);
        put("page", r.pages);
        put("DOI", r.doi);
        put("PMID", r.pmid);
        put("ISBN", r.isbn);
        put("URL", r.url);
        put("abstract", r.abstract);
        put("keyword", r.keywords.join(QStringLiteral("; ")));
        put("language", r.language);
        put("publisher", r.publisher);
        put("publisher-place", r.country);
        put("note", r.notes);
        // CSL-JSON has no tags; its schema's "custom" object holds what a program adds.
        if (!r.tags.isEmpty())
            item.insert(QStringLiteral("custom"),
                        QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)}});
        QString text = QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact));
        if (m_count++ > 0)
            text.prepend(QStringLiteral(",\n"));
        return writeText(device, text);
    }

private:
    qint64 m_count = 0;
};

} // namespace

QStringList ExportFormats::ids()
{
    return {QStringLiteral("ris"), QStringLiteral("bibtex"), QStringLiteral("csv"),
            QStringLiteral("csljson")};
}

QString ExportFormats::extension(const QString &id)
{
    if (id == QLatin1String("bibtex"))
        return QStringLiteral("bib");
    if (id == QLatin1String("csljson"))
        return QStringLiteral("json");
    return id;
}

QString ExportFormats::label(const QString &id)
{
    if (id == QLatin1String("ris"))
        return QStringLiteral("RIS");
    if (id == QLatin1String("bibtex"))
        return QStringLiteral("BibTeX");
    if (id == QLatin1String("csv"))
        return QStringLiteral("CSV");
    if (id == QLatin1String("csljson"))
        return QStringLiteral("CSL-JSON");
    return id;
}

std::unique_ptr<RecordWriter> ExportFormats::create(const QString &id)
{
    if (id == QLatin1String("ris"))
        return std::make_unique<RisWriter>();
    if (id == QLatin1String("bibtex"))
        return std::make_unique<BibtexWriter>();
    if (id == QLatin1String("csv"))
        return std::make_unique<CsvWriter>();
    if (id == QLatin1String("csljson"))
        return std::make_unique<CslJsonWriter>();
    return nullptr;
}

} // namespace evimap
