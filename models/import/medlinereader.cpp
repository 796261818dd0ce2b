#include "import/medlinereader.h"

#include "import/linereader.h"
#include "import/pubdate.h"
#include "import/tagfields.h"
#include "records/normalise.h"

#include <QRegularExpression>

namespace evimap {

namespace {

// "PMID- 123", "PMID-123", "TI  - x", "TI-", "TI  -x", "ISSN - x" (ERIC): a tag of two to four
// upper-case letters or digits at the start of the line, padding, a hyphen within the first six
// columns, then the value.
bool parseTagLine(const QString &line, QString *tag, QString *value)
{
    const qsizetype n = line.size();
    if (n < 3)
        return false;
    auto isTagChar = [](QChar c, bool first) {
        const char16_t u = c.unicode();
        return (u >= 'A' && u <= 'Z') || (!first && u >= '0' && u <= '9');
    };
    if (!isTagChar(line.at(0), true))
        return false;
    qsizetype i = 1;
    while (i < n && i < 4 && isTagChar(line.at(i), false))
        ++i;
    if (i < 2)
        return false;
    const qsizetype tagEnd = i;
    while (i < n && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i >= n || i > 5 || line.at(i) != QLatin1Char('-'))
        return false;
    *tag = line.left(tagEnd);
    *value = line.mid(i + 1).trimmed();
    return true;
}

QString leadingDigits(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
        ++i;
    return text.left(i);
}

} // namespace

FormatRegistry::Format MedlineReader::format()
{
    FormatRegistry::Format f;
    f.id = QStringLiteral("medline");
    f.name = tr("PubMed MEDLINE (.nbib)");
    f.extensions = {QStringLiteral("nbib"), QStringLiteral("medline"), QStringLiteral("txt")};
    f.sniff = [](const QString &head) {
        // RIS says "TY  - "; MEDLINE never does. RIS tags have two characters; MEDLINE has
        // three- and four-character tags (PMID, FAU, OWN, STAT) hyphenated in column five.
        static const QRegularExpression ty(QStringLiteral("^\\s{0,3}TY {1,3}- ?"),
                                           QRegularExpression::MultilineOption);
        static const QRegularExpression pmid(QStringLiteral("^PMID- ?\\d"),
                                             QRegularExpression::MultilineOption);
        static const QRegularExpression longTag(
            QStringLiteral("^(?:[A-Z][A-Z0-9]{3}|[A-Z][A-Z0-9]{2} )-"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression shortTag(QStringLiteral("^[A-Z][A-Z0-9]  -"),
                                                 QRegularExpression::MultilineOption);
        if (ty.match(head).hasMatch())
            return pmid.match(head).hasMatch() ? 40 : 0;
        if (pmid.match(head).hasMatch())
            return 95;
        if (!longTag.match(head).hasMatch())
            return 0;
        int tags = 0;
        for (const QRegularExpression *re : {&longTag, &shortTag}) {
            auto it = re->globalMatch(head);
            while (it.hasNext() && tags < 5) {
                it.next();
                ++tags;
            }
        }
        return tags >= 3 ? 85 : 40;
    };
    f.create = [] { return std::make_unique<MedlineReader>(); };
    return f;
}

QString MedlineReader::typeFromPublicationTypes(const QStringList &types)
{
    // The most specific kind wins: a "Journal Article" that is also a "Preprint" is a preprint;
    // ERIC's "Journal Articles" + "Reports - Research" is an article reporting research.
    static const QList<QPair<QString, QRegularExpression>> ranked = {
        {RecordType::Preprint, QRegularExpression(QStringLiteral("preprint"))},
        {RecordType::Chapter, QRegularExpression(QStringLiteral("chapter|book section"))},
        {RecordType::Book, QRegularExpression(QStringLiteral("^(?:books?|textbooks?|monograph)$"))},
        {RecordType::Thesis, QRegularExpression(QStringLiteral("dissertation|thes[ie]s"))},
        {RecordType::ConferenceAbstract,
         QRegularExpression(QStringLiteral("(?:meeting|congress|conference) abstract"))},
        {RecordType::ConferencePaper,
         QRegularExpression(QStringLiteral("congress|conference|meeting paper|proceedings"))},
        {RecordType::JournalArticle,
         QRegularExpression(QStringLiteral(
             "journal article|^review|systematic review|meta-analysis|letter|editorial|comment|"
             "news|trial|case reports|historical article|comparative study|observational study|"
             "evaluation study|validation study|twin study|research support|book review"))},
        {RecordType::Report,
         QRegularExpression(QStringLiteral("report|government publication|guideline"))},
        {RecordType::Dataset, QRegularExpression(QStringLiteral("dataset"))},
    };
    // The most frequent types, looked up without running the expressions.
    static const QHash<QString, qsizetype> frequent = {
        {QStringLiteral("journal article"), 6},
        {QStringLiteral("review"), 6},
        {QStringLiteral("randomized controlled trial"), 6},
        {QStringLiteral("research support, non-u.s. gov't"), 6},
        {QStringLiteral("comparative study"), 6},
        {QStringLiteral("case reports"), 6},
        {QStringLiteral("letter"), 6},
        {QStringLiteral("editorial"), 6},
        {QStringLiteral("comment"), 6},
        {QStringLiteral("journal articles"), 6},
        {QStringLiteral("technical report"), 7},
    };
    qsizetype best = ranked.size();
    for (const QString &type : types) {
        const QString t = type.trimmed().toLower();
        if (const auto it = frequent.constFind(t); it != frequent.constEnd()) {
            best = qMin(best, it.value());
            continue;
        }
        for (qsizetype i = 0; i < best; ++i) {
            if (ranked.at(i).second.match(t).hasMatch()) {
                best = i;
                break;
            }
        }
    }
    return best < ranked.size() ? ranked.at(best).first : QString();
}

QString MedlineReader::authorFromShortForm(const QString &au)
{
    // "Long V", "Strachan MW", "van der Berg JA": surname, then upper-case initials.
    static const QRegularExpression shortForm(QStringLiteral("^(.+?)\\s+([A-Z]{1,4})$"));
    const QString name = au.simplified();
    if (name.contains(QLatin1Char(',')))
        return name;
    const QRegularExpressionMatch m = shortForm.match(name);
    if (!m.hasMatch())
        return name;
    return m.captured(1) + QLatin1String(", ") + m.captured(2);
}

Record MedlineReader::toRecord(const QList<RawField> &fields)
{
    TagFields f(fields);
    Record r;
    r.rawFormat = QStringLiteral("medline");

    // Authors: full names (FAU) where the file has them, else the short form (AU); corporate
    // authors (CN) keep their place in the list.
    const bool haveFullNames = !f.peek({"FAU"}).isEmpty();
    for (const RawField &field : fields) {
        const QString &tag = field.first;
        if (field.second.isEmpty())
            continue;
        if (tag == QLatin1String("CN") || (haveFullNames && tag == QLatin1String("FAU")))
            r.authors.append(field.second);
        else if (!haveFullNames && tag == QLatin1String("AU"))
            r.authors.append(authorFromShortForm(field.second));
    }
    f.use({"FAU", "AU", "CN"});

    // PT stays raw too: one type cannot say "Historical Article" and "Journal Article".
    const QStringList publicationTypes = f.peek({"PT"});
    r.type = typeFromPublicationTypes(publicationTypes);
    r.title = f.all({"TI"}).join(QLatin1Char(' '));
    QString bookTitle = f.first({"BTI"});
    r.container = f.first({"JT", "TA"});
    if (r.title.isEmpty()) {
        r.title = bookTitle;
        bookTitle.clear();
    }
    if (r.container.isEmpty())
        r.container = bookTitle;
    if (r.type.isEmpty()) {
        if (!f.peek({"BTI"}).isEmpty() && f.peek({"JT", "TA"}).isEmpty())
            r.type = r.container.isEmpty() ? RecordType::Book : RecordType::Chapter;
        else
            r.type = RecordType::JournalArticle;
    }
    r.abstract = f.all({"AB"}).join(QLatin1Char('\n'));

    for (const char *tag : {"DP", "DEP"}) {
        const PubDate date = PubDate::parse(f.peek({tag}).value(0));
        if (date.isValid()) {
            r.year = date.year;
            r.date = date.date;
            f.use({tag});
            break;
        }
    }
    r.volume = f.first({"VI"});
    r.issue = f.first({"IP"});
    r.pages = f.first({"PG"});

    // DOIs: "10.x/y [doi]" in LID or AID, or "doi:10.x/y", or a doi.org link (ERIC).
    const auto isDoi = [](const QString &v) {
        return v.contains(QLatin1String("[doi]"), Qt::CaseInsensitive) ||
               v.startsWith(QLatin1String("doi:"), Qt::CaseInsensitive) ||
               (v.contains(QLatin1String("doi.org/10."), Qt::CaseInsensitive));
    };
    r.doi = Normalise::cleanDoi(f.firstMatching({"LID", "AID"}, isDoi));
    r.url = f.firstMatching({"LID", "AID"}, [](const QString &v) {
        return v.startsWith(QLatin1String("http://")) || v.startsWith(QLatin1String("https://"));
    });
    const QString pmid = f.first({"PMID"});
    r.pmid = leadingDigits(pmid);
    r.keywords = f.all({"MH", "OT"});
    r.language = f.first({"LA"});
    static const QRegularExpression isbnPrefix(QStringLiteral("^ISBN[\\s:-]*"),
                                               QRegularExpression::CaseInsensitiveOption);
    r.isbn = f.first({"ISBN"}).remove(isbnPrefix);
    r.publisher = f.first({"PB"});
    if (f.peek({"OWN"}).value(0) == QLatin1String("ERIC")) {
        // ERIC: the ERIC number is the accession; for reports, books and theses JT names the
        // institution or publisher, not a journal.
        r.accession = f.first({"OID"});
        if (r.type != RecordType::JournalArticle && r.publisher.isEmpty() &&
            !f.peek({"JT"}).isEmpty() && r.container == f.peek({"JT"}).value(0)) {
            r.publisher = r.container;
            r.container.clear();
        }
    }
    r.rawFields = f.unused();
    if (r.pmid != pmid) // keep what the file said when it was more than a number
        r.rawFields.prepend({QStringLiteral("PMID"), pmid});
    return r;
}

Status MedlineReader::read(QIODevice &device, const ReadContext &context)
{
    LineReader reader(device, maxRecordChars);
    QString line, tag, value;
    QList<RawField> fields;
    int recordNo = 0;
    int recordLine = 0;
    qsizetype recordChars = 0;
    bool open = false;      // a record has started (it may hold no fields if it is too large)
    bool oversized = false; // the open record is larger than maxRecordChars
    bool sawTag = false;
    bool stopped = false;
    bool reportedFreeText = false;
    int lastProgressLine = 0;

    auto flush = [&]() {
        if (!open)
            return;
        open = false;
        ++recordNo;
        if (oversized) {
            oversized = false;
            fields.clear();
            context.issue(
                Issue::Severity::Error, recordLine, recordNo,
                tr("the record is larger than %1 MiB; skipped").arg(maxRecordChars >> 20));
            return;
        }
        Record record = toRecord(fields);
        fields.clear();
        record.sourceLine = recordLine;
        record.sourceRecordNo = recordNo;
        if (record.isEmpty()) {
            context.issue(Issue::Severity::Error, recordLine, recordNo,
                          tr("the record has no title, authors, abstract or identifier; skipped"));
            return;
        }
        if (!context.emitRecord(std::move(record)))
            stopped = true;
    };
    auto add = [&](qsizetype chars) {
        recordChars += chars;
        if (recordChars > maxRecordChars && !oversized) {
            oversized = true;
            fields.clear();
        }
    };

    while (!stopped && reader.readLine(line)) {
        const bool cut = reader.lastLineWasCut();
        if (line.trimmed().isEmpty()) {
            flush();
            reportedFreeText = false;
            continue;
        }
        const bool indented = line.at(0).isSpace();
        if (!indented && parseTagLine(line, &tag, &value)) {
            sawTag = true;
            if (tag == QLatin1String("PMID") && open)
                flush(); // a record without the blank line before it
            if (!open) {
                open = true;
                recordLine = reader.lineNumber();
                recordChars = 0;
            }
            add(tag.size() + value.size());
            if (cut && !oversized) {
                oversized = true;
                fields.clear();
            }
            if (!oversized)
                fields.append({tag, value});
        } else if (open) {
            if (!indented)
                context.issue(Issue::Severity::Info, reader.lineNumber(), recordNo + 1,
                              tr("the line does not start with a tag; it was read as a "
                                 "continuation of %1")
                                  .arg(fields.isEmpty() ? QStringLiteral("the record")
                                                        : fields.last().first));
            const QString more = line.trimmed();
            add(more.size() + 1);
            if (cut && !oversized) {
                oversized = true;
                fields.clear();
            }
            if (!oversized && !fields.isEmpty()) {
                QString &previous = fields.last().second;
                if (!previous.isEmpty())
                    previous += QLatin1Char(' ');
                previous += more;
            }
        } else if (!reportedFreeText) {
            reportedFreeText = true;
            context.issue(Issue::Severity::Info, reader.lineNumber(), 0,
                          tr("text outside a record was ignored"));
        }
        if (context.progress && reader.lineNumber() - lastProgressLine >= 4096) {
            lastProgressLine = reader.lineNumber();
            context.progress(reader.bytesConsumed());
        }
        if (context.isCancelled())
            stopped = true;
    }
    if (!stopped)
        flush();
    if (!sawTag)
        return Error{Error::Kind::InputRefused,
                     tr("%1 is not a MEDLINE file: no line of the form \"PMID- \" or "
                        "\"TI  - \" was found")
                         .arg(context.fileName)};
    if (reader.fallbackLines() > 0)
        context.issue(Issue::Severity::Info, 0, 0,
                      tr("%n line(s) were not UTF-8 and were read as Windows-1252", nullptr,
                         reader.fallbackLines()));
    return {};
}

} // namespace evimap
