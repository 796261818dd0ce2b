#include "import/csljsonreader.h"

#include "import/jsonitemstream.h"
#include "import/linereader.h"
#include "import/tagfields.h"
#include "records/normalise.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <functional>

namespace evimap {

namespace {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// Tracks which keys of an item were mapped; the rest become raw fields.
class KeyPicker
{
public:
    explicit KeyPicker(const QJsonObject &item)
        : m_item(item)
    {}
    QJsonValue value(const char *key)
    {
        const QString k = QLatin1String(key);
        if (!m_item.contains(k))
            return {};
        m_used.insert(k);
        return m_item.value(k);
    }
    // The text of the first of these keys that has some.
    QString text(std::initializer_list<const char *> keys)
    {
        for (const char *key : keys) {
            const QString k = QLatin1String(key);
            const QJsonValue v = m_item.value(k);
            if (v.isString() || v.isDouble()) {
                const QString t = scalarText(v);
                if (!t.isEmpty()) {
                    m_used.insert(k);
                    return t;
                }
            }
        }
        return {};
    }
    void markUsed(const char *key) { m_used.insert(QLatin1String(key)); }
    QList<RawField> unused() const
    {
        QList<RawField> rest;
        for (auto it = m_item.begin(); it != m_item.end(); ++it) {
            if (m_used.contains(it.key()))
                continue;
            const QString text = scalarText(it.value());
            if (!text.isEmpty())
                rest.append({it.key(), text});
        }
        return rest;
    }

private:
    const QJsonObject &m_item;
    QSet<QString> m_used;
};

void setDate(Record &r, int year, int month, int day)
{
    if (year <= 0 || year > 9999)
        return;
    r.year = year;
    r.date = QString::number(year);
    if (month >= 1 && month <= 12) {
        r.date += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
        if (day >= 1 && day <= 31)
            r.date += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    }
}

// "2019-03-01", "2019/3", "March 2019", "2019".
void dateFromText(Record &r, const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\s*(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?"));
    const QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch()) {
        setDate(r, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return;
    }
    static const QRegularExpression anyYear(
        QStringLiteral("(?<!\\d)(1[0-9]\\d\\d|20\\d\\d)(?!\\d)"));
    const QRegularExpressionMatch y = anyYear.match(text);
    if (y.hasMatch())
        setDate(r, y.captured(1).toInt(), 0, 0);
}

int partNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return int(v.toDouble());
    return v.toString().trimmed().toInt();
}

// CSL dates: {"date-parts": [[2019, 3, 1]]}, {"raw": "..."}, {"literal": "..."}, or a string.
void readCslDate(Record &r, const QJsonValue &issued)
{
    if (issued.isString()) {
        dateFromText(r, issued.toString());
        return;
    }
    const QJsonObject o = issued.toObject();
    const QJsonArray parts = o.value(QLatin1String("date-parts")).toArray();
    if (!parts.isEmpty()) {
        const QJsonArray first = parts.at(0).toArray();
        if (!first.isEmpty()) {
            setDate(r, partNumber(first.at(0)), first.size() > 1 ? partNumber(first.at(1)) : 0,
                    first.size() > 2 ? partNumber(first.at(2)) : 0);
            if (r.year)
                return;
        }
    }
    for (const char *key : {"raw", "literal"}) {
        const QString text = o.value(QLatin1String(key)).toString();
        if (!text.isEmpty()) {
            dateFromText(r, text);
            if (r.year)
                return;
        }
    }
}

QString cslName(const QJsonObject &name)
{
    const QString literal = name.value(QLatin1String("literal")).toString().trimmed();
    QString family = name.value(QLatin1String("family")).toString().trimmed();
    QString given = name.value(QLatin1String("given")).toString().trimmed();
    if (family.isEmpty() && given.isEmpty())
        return literal;
    const QString particle =
        name.value(QLatin1String("non-dropping-particle")).toString().trimmed();
    if (!particle.isEmpty())
        family = particle +
                 (particle.endsWith(QLatin1Char('\'')) ? QString() : QStringLiteral(" ")) + family;
    const QString dropping = name.value(QLatin1String("dropping-particle")).toString().trimmed();
    if (!dropping.isEmpty())
        given = given.isEmpty() ? dropping : given + QLatin1Char(' ') + dropping;
    QString out = family.isEmpty() ? given : family;
    if (!family.isEmpty() && !given.isEmpty())
        out += QLatin1String(", ") + given;
    const QString suffix = name.value(QLatin1String("suffix")).toString().trimmed();
    if (!suffix.isEmpty())
        out += QLatin1String(", ") + suffix;
    return out;
}

QString normalisePages(QString pages)
{
    static const QRegularExpression dash(QStringLiteral("\\s*[-\\x{2010}-\\x{2015}]+\\s*"));
    return pages.replace(dash, QStringLiteral("-"));
}

QStringList splitKeywords(const QJsonValue &value)
{
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            const QString tag =
                v.isObject() ? v.toObject().value(QLatin1String("tag")).toString() : scalarText(v);
            if (!tag.trimmed().isEmpty())
                list.append(tag.trimmed());
        }
    } else {
        list = splitKeywordText(scalarText(value));
    }
    return list;
}

QString pmidFromNote(const QString &note)
{
    static const QRegularExpression pmid(QStringLiteral("(?:^|\\n)\\s*PMID:\\s*(\\d{1,9})\\b"));
    const QRegularExpressionMatch m = pmid.match(note);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString typeFromZotero(const QString &itemType)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("journalArticle"), RecordType::JournalArticle},
        {QStringLiteral("magazineArticle"), RecordType::JournalArticle},
        {QStringLiteral("newspaperArticle"), RecordType::JournalArticle},
        {QStringLiteral("book"), RecordType::Book},
        {QStringLiteral("bookSection"), RecordType::Chapter},
        {QStringLiteral("encyclopediaArticle"), RecordType::Chapter},
        {QStringLiteral("dictionaryEntry"), RecordType::Chapter},
        {QStringLiteral("conferencePaper"), RecordType::ConferencePaper},
        {QStringLiteral("presentation"), RecordType::ConferenceAbstract},
        {QStringLiteral("report"), RecordType::Report},
        {QStringLiteral("standard"), RecordType::Report},
        {QStringLiteral("thesis"), RecordType::Thesis},
        {QStringLiteral("webpage"), RecordType::WebPage},
        {QStringLiteral("blogPost"), RecordType::WebPage},
        {QStringLiteral("forumPost"), RecordType::WebPage},
        {QStringLiteral("preprint"), RecordType::Preprint},
        {QStringLiteral("manuscript"), RecordType::Preprint},
        {QStringLiteral("dataset"), RecordType::Dataset},
    };
    return map.value(itemType, RecordType::Other);
}

Record fromZotero(const QJsonObject &item)
{
    KeyPicker pick(item);
    Record r;
    r.rawFormat = QStringLiteral("csljson");
    r.type = typeFromZotero(pick.text({"itemType"}));
    r.title = pick.text({"title"});
    const QJsonArray creators = item.value(QLatin1String("creators")).toArray();
    QJsonArray others;
    for (const QJsonValue &v : creators) {
        const QJsonObject c = v.toObject();
        const QString role = c.value(QLatin1String("creatorType")).toString();
        if (!role.isEmpty() && role != QLatin1String("author")) {
            others.append(c);
            continue;
        }
        const QString last = c.value(QLatin1String("lastName")).toString().trimmed();
        const QString first = c.value(QLatin1String("firstName")).toString().trimmed();
        QString name = c.value(QLatin1String("name")).toString().trimmed();
        if (!last.isEmpty())
            name = first.isEmpty() ? last : last + QLatin1String(", ") + first;
        if (!name.isEmpty())
            r.authors.append(name);
    }
    pick.markUsed("creators");
    r.abstract = pick.text({"abstractNote", "abstract"});
    dateFromText(r, pick.text({"date"}));
    if (r.type == RecordType::Book)
        r.container = pick.text({"series"});
    else
        r.container = pick.text({"publicationTitle", "bookTitle", "proceedingsTitle",
                                 "websiteTitle", "blogTitle", "forumTitle", "encyclopediaTitle",
                                 "dictionaryTitle", "seriesTitle"});
    r.volume = pick.text({"volume"});
    r.issue = pick.text({"issue"});
    r.pages = normalisePages(pick.text({"pages"}));
    r.doi = Normalise::cleanDoi(pick.text({"DOI"}));
    r.url = pick.text({"url"});
    r.isbn = pick.text({"ISBN"});
    r.keywords = splitKeywords(pick.value("tags"));
    r.language = pick.text({"language"});
    r.publisher = pick.text({"publisher", "university", "institution"});
    r.notes = pick.text({"extra"});
    r.pmid = pmidFromNote(r.notes);
    r.rawFields = pick.unused();
    if (!others.isEmpty())
        r.rawFields.append(
            {QStringLiteral("creators"),
             QString::fromUtf8(QJsonDocument(others).toJson(QJsonDocument::Compact))});
    return r;
}

// The first member holding a text longer than `limit` characters (at any depth), or empty.
QString fieldOver(const QJsonObject &item, qsizetype limit)
{
    std::function<bool(const QJsonValue &)> tooLong = [&](const QJsonValue &v) {
        if (v.isString())
            return v.toString().size() > limit;
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            return std::any_of(a.begin(), a.end(), [&](const QJsonValue &e) { return tooLong(e); });
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            return std::any_of(o.begin(), o.end(), [&](const QJsonValue &e) { return tooLong(e); });
        }
        return false;
    };
    for (auto it = item.begin(); it != item.end(); ++it) {
        if (tooLong(it.value()))
            return it.key();
    }
    return {};
}

} // namespace

QString CslJsonReader::typeFromCsl(const QString &type)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("article-journal"), RecordType::JournalArticle},
        {QStringLiteral("article-magazine"), RecordType::JournalArticle},
        {QStringLiteral("article-newspaper"), RecordType::JournalArticle},
        {QStringLiteral("review"), RecordType::JournalArticle},
        {QStringLiteral("review-book"), RecordType::JournalArticle},
        {QStringLiteral("article"), RecordType::Preprint},
        {QStringLiteral("manuscript"), RecordType::Preprint},
        {QStringLiteral("paper-conference"), RecordType::ConferencePaper},
        {QStringLiteral("speech"), RecordType::ConferenceAbstract},
        {QStringLiteral("book"), RecordType::Book},
        {QStringLiteral("classic"), RecordType::Book},
        {QStringLiteral("collection"), RecordType::Book},
        {QStringLiteral("chapter"), RecordType::Chapter},
        {QStringLiteral("entry"), RecordType::Chapter},
        {QStringLiteral("entry-dictionary"), RecordType::Chapter},
        {QStringLiteral("entry-encyclopedia"), RecordType::Chapter},
        {QStringLiteral("report"), RecordType::Report},
        {QStringLiteral("standard"), RecordType::Report},
        {QStringLiteral("pamphlet"), RecordType::Report},
        {QStringLiteral("thesis"), RecordType::Thesis},
        {QStringLiteral("webpage"), RecordType::WebPage},
        {QStringLiteral("post"), RecordType::WebPage},
        {QStringLiteral("post-weblog"), RecordType::WebPage},
        {QStringLiteral("dataset"), RecordType::Dataset},
    };
    return map.value(type.trimmed().toLower(), RecordType::Other);
}

Record CslJsonReader::toRecord(const QJsonObject &item)
{
    if (item.contains(QLatin1String("itemType")) && !item.contains(QLatin1String("type")))
        return fromZotero(item);
    KeyPicker pick(item);
    Record r;
    r.rawFormat = QStringLiteral("csljson");
    r.type = typeFromCsl(pick.text({"type"}));
    // CSL has no type for a conference abstract or an initiative; "genre" says it (EviMap's
    // export writes it so, and Zotero's "Conference abstract" genre reads the same).
    if (item.contains(QLatin1String("genre"))) {
        const QString genre = item.value(QLatin1String("genre")).toString().toLower();
        if (r.type == RecordType::ConferencePaper && genre.contains(QLatin1String("abstract"))) {
            r.type = RecordType::ConferenceAbstract;
            pick.text({"genre"});
        } else if (genre == QLatin1String("initiative")) {
            r.type = RecordType::Initiative;
            pick.text({"genre"});
        }
    }
    r.title = pick.text({"title"});
    for (const QJsonValue &v : pick.value("author").toArray()) {
        const QString name = v.isObject() ? cslName(v.toObject()) : scalarText(v);
        if (!name.isEmpty())
            r.authors.append(name);
    }
    readCslDate(r, item.value(QLatin1String("issued")));
    if (r.year)
        pick.markUsed("issued"); // an unreadable date stays a raw field
    r.container = pick.text({"container-title"});
    if (r.container.isEmpty() && r.type == RecordType::Book)
        r.container = pick.text({"collection-title"});
    r.volume = pick.text({"volume"});
    r.issue = pick.text({"issue"});
    r.pages = normalisePages(pick.text({"page"}));
    r.doi = Normalise::cleanDoi(pick.text({"DOI", "doi"}));
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    const QString pmid = scalarText(item.value(QLatin1String("PMID")));
    if (digits.match(pmid).hasMatch()) {
        r.pmid = pmid;
        pick.markUsed("PMID");
    }
    r.url = pick.text({"URL", "url"});
    r.isbn = pick.text({"ISBN"});
    r.abstract = pick.text({"abstract"});
    if (item.contains(QLatin1String("keyword")))
        r.keywords = splitKeywords(pick.value("keyword"));
    r.language = pick.text({"language"});
    r.publisher = pick.text({"publisher"});
    r.notes = pick.text({"note"});
    if (r.pmid.isEmpty())
        r.pmid = pmidFromNote(r.notes);
    r.rawFields = pick.unused();
    return r;
}

FormatRegistry::Format CslJsonReader::format()
{
    FormatRegistry::Format f;
    f.id = QStringLiteral("csljson");
    f.name = tr("CSL-JSON");
    f.extensions = {QStringLiteral("json"), QStringLiteral("csljson")};
    f.sniff = [](const QString &head) {
        const QString text = head.trimmed();
        if (!text.startsWith(QLatin1Char('[')) && !text.startsWith(QLatin1Char('{')))
            return 0;
        if (text.contains(QLatin1String("\"itemType\"")))
            return 80;
        if (!text.contains(QLatin1String("\"type\"")))
            return text.contains(QLatin1String("\"family\"")) ? 40 : 0;
        static const char *const cslKeys[] = {"\"title\"",  "\"author\"",          "\"family\"",
                                              "\"issued\"", "\"container-title\"", "\"DOI\""};
        int hits = 0;
        for (const char *key : cslKeys)
            hits += text.contains(QLatin1String(key)) ? 1 : 0;
        return hits >= 2 ? 85 : hits == 1 ? 50 : 0;
    };
    f.create = [] { return std::make_unique<CslJsonReader>(); };
    return f;
}

Status CslJsonReader::read(QIODevice &device, const ReadContext &context)
{
    JsonItemStream stream(device, maxItemBytes);
    bool readAsWindows1252 = false;
    int emitted = 0;
    int leftOut = 0;
    bool stoppedByReceiver = false;
    bool notCsl = false;
    const bool complete = stream.read([&](JsonItemStream::Item &&item) {
        if (context.progress)
            context.progress(stream.bytesRead());
        if (context.isCancelled())
            return false;
        if (item.tooLarge) {
            context.issue(Issue::Severity::Error, item.line, item.number,
                          tr("item %1 is larger than %2 MiB; skipped")
                              .arg(item.number)
                              .arg(maxItemBytes >> 20));
            return true;
        }
        QJsonParseError error;
        QJsonDocument doc = QJsonDocument::fromJson(item.bytes, &error);
        if (error.error == QJsonParseError::IllegalUTF8String) {
            // Bytes that are not UTF-8: read as Windows-1252, as the line-based readers do.
            doc = QJsonDocument::fromJson(LineReader::decodeBytes(item.bytes).toUtf8(), &error);
            readAsWindows1252 = readAsWindows1252 || error.error == QJsonParseError::NoError;
        }
        item.bytes.clear();
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            context.issue(Issue::Severity::Error, item.line, item.number,
                          error.error != QJsonParseError::NoError
                              ? tr("item %1 is not valid JSON (%2); skipped")
                                    .arg(item.number)
                                    .arg(error.errorString())
                              : tr("item %1 is not a JSON object; skipped").arg(item.number));
            return true;
        }
        const QJsonObject object = doc.object();
        doc = QJsonDocument();
        if (stream.shape() == JsonItemStream::Shape::OneObject &&
            !object.contains(QLatin1String("type")) &&
            !object.contains(QLatin1String("itemType"))) {
            notCsl = true; // refused below
            return true;
        }
        const QString kind = object.value(QLatin1String("itemType"))
                                 .toString(object.value(QLatin1String("type")).toString());
        if (kind == QLatin1String("note") || kind == QLatin1String("attachment")) {
            ++leftOut;
            return true;
        }
        if (const QString field = fieldOver(object, maxFieldChars); !field.isEmpty()) {
            context.issue(Issue::Severity::Error, item.line, item.number,
                          tr("item %1: the field %2 is longer than %3 MiB; skipped")
                              .arg(item.number)
                              .arg(field)
                              .arg(maxFieldChars >> 20));
            return true;
        }
        Record record = toRecord(object);
        record.sourceRecordNo = item.number;
        record.sourceLine = item.line;
        if (record.isEmpty()) {
            context.issue(Issue::Severity::Error, item.line, item.number,
                          tr("item %1 has no title, authors, abstract or identifier; skipped")
                              .arg(item.number));
            return true;
        }
        ++emitted;
        if (!context.emitRecord(std::move(record))) {
            stoppedByReceiver = true;
            return false;
        }
        return true;
    });
    if (context.isCancelled())
        return Error{Error::Kind::Cancelled, tr("cancelled")};
    if (stoppedByReceiver)
        return {};
    if (!complete) {
        // Nothing read: the file is refused as a whole. Otherwise what was read stands, and the
        // rest is reported as lost (a file cut short in a download, a stray character).
        if (emitted == 0 && leftOut == 0)
            return Error{Error::Kind::InputRefused, tr("%1 is not valid JSON: %2 at line %3")
                                                        .arg(context.fileName, stream.error())
                                                        .arg(stream.errorLine())};
        context.issue(Issue::Severity::Error, stream.errorLine(), stream.brokenItem(),
                      tr("the JSON breaks off at line %1, in or before item %2 (%3); nothing "
                         "after it was read")
                          .arg(stream.errorLine())
                          .arg(stream.brokenItem())
                          .arg(stream.error()));
    }
    if (notCsl)
        return Error{Error::Kind::InputRefused,
                     tr("%1 is JSON but not CSL-JSON: it holds neither a list of items nor an "
                        "\"items\" list")
                         .arg(context.fileName)};
    if (readAsWindows1252)
        context.issue(Issue::Severity::Info, 0, 0,
                      tr("the file is not UTF-8; it was read as Windows-1252"));
    if (leftOut > 0)
        context.issue(Issue::Severity::Info, 0, 0,
                      tr("%n note or attachment item(s) were left out (they are not references)",
                         nullptr, leftOut));
    return {};
}

} // namespace evimap
