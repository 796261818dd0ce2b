#include "import/wosreader.h"

#include "import/linereader.h"
#include "import/pubdate.h"
#include "import/tagfields.h"
#include "records/normalise.h"

#include <QRegularExpression>

namespace evimap {

namespace {

// "PT J", "ER", "AU Parkes-Loach, PS": two characters (a capital, then a capital or digit), then
// a single space and the value, or nothing.
bool parseTagLine(const QString &line, QString *tag, QString *value)
{
    if (line.size() < 2)
        return false;
    const char16_t a = line.at(0).unicode(), b = line.at(1).unicode();
    if (!(a >= 'A' && a <= 'Z') || !((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')))
        return false;
    if (line.size() > 2 && line.at(2) != QLatin1Char(' '))
        return false;
    *tag = line.left(2);
    *value = line.mid(3).trimmed();
    return true;
}

// Tags whose continuation lines are further values rather than more of the same text.
bool isListTag(const QString &tag)
{
    static const QStringList tags = {
        QStringLiteral("AU"), QStringLiteral("AF"), QStringLiteral("BA"), QStringLiteral("BF"),
        QStringLiteral("CA"), QStringLiteral("GP"), QStringLiteral("BE"), QStringLiteral("ED"),
        QStringLiteral("C1"), QStringLiteral("C3"), QStringLiteral("CR"), QStringLiteral("RP")};
    return tags.contains(tag);
}

QStringList splitKeywords(const QStringList &values)
{
    QStringList keywords;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(';'))) {
            const QString keyword = part.simplified();
            if (!keyword.isEmpty())
                keywords.append(keyword);
        }
    }
    return keywords;
}

} // namespace

FormatRegistry::Format WosReader::format()
{
    FormatRegistry::Format f;
    f.id = QStringLiteral("wos");
    f.name = tr("Web of Science plain text");
    f.extensions = {QStringLiteral("txt"), QStringLiteral("ciw")};
    f.sniff = [](const QString &head) {
        // Higher than RIS (90 for a "TY  - " line), which a WoS file saved as .ris must beat.
        static const QRegularExpression fn(QStringLiteral("^FN \\S"),
                                           QRegularExpression::MultilineOption);
        static const QRegularExpression vr(QStringLiteral("^VR \\d"),
                                           QRegularExpression::MultilineOption);
        static const QRegularExpression pt(QStringLiteral("^PT [A-Z]\\s*$"),
                                           QRegularExpression::MultilineOption);
        static const QRegularExpression er(QStringLiteral("^ER\\s*$"),
                                           QRegularExpression::MultilineOption);
        static const QRegularExpression tag(QStringLiteral("^(?:AU|AF|TI|SO|PY|UT|DT|LA) \\S"),
                                            QRegularExpression::MultilineOption);
        if (fn.match(head).hasMatch() && vr.match(head).hasMatch())
            return 95;
        if (pt.match(head).hasMatch()) {
            if (er.match(head).hasMatch())
                return 95;
            int tags = 0;
            auto it = tag.globalMatch(head);
            while (it.hasNext() && tags < 3) {
                it.next();
                ++tags;
            }
            return tags >= 3 ? 80 : 0;
        }
        return 0;
    };
    f.create = [] { return std::make_unique<WosReader>(); };
    return f;
}

QString WosReader::typeFromWos(const QString &ptValue, const QString &dtValue)
{
    const QString dt = dtValue.toLower();
    if (dt.contains(QLatin1String("meeting abstract")))
        return RecordType::ConferenceAbstract;
    if (dt.contains(QLatin1String("proceedings paper")))
        return RecordType::ConferencePaper;
    if (dt.contains(QLatin1String("book chapter")))
        return RecordType::Chapter;
    if (dt.contains(QLatin1String("book")) && !dt.contains(QLatin1String("review")))
        return RecordType::Book;
    if (dt.contains(QLatin1String("data paper")) || dt.contains(QLatin1String("data set")))
        return RecordType::Dataset;
    if (dt.contains(QLatin1String("preprint")))
        return RecordType::Preprint;
    const QString pt = ptValue.trimmed().toUpper();
    if (pt == QLatin1String("B"))
        return RecordType::Book;
    if (pt == QLatin1String("C"))
        return RecordType::ConferencePaper;
    if (pt == QLatin1String("P"))
        return RecordType::Other;      // patent
    return RecordType::JournalArticle; // J (journal), S (series) and unknown
}

Record WosReader::toRecord(const QList<RawField> &fields)
{
    TagFields f(fields);
    Record r;
    r.rawFormat = QStringLiteral("wos");
    // PT and DT stay raw: the type says less than they do ("Article; Book Chapter").
    r.type = typeFromWos(f.peek({"PT"}).value(0), f.peek({"DT"}).value(0));
    // Full names (AF) where given, else the short ones (AU); book authors likewise; group
    // authors (CA, GP) after them.
    r.authors = f.peek({"AF"}).isEmpty() ? f.all({"AU"}) : f.all({"AF"});
    f.use({"AU", "AF"});
    if (r.authors.isEmpty()) {
        r.authors = f.peek({"BF"}).isEmpty() ? f.all({"BA"}) : f.all({"BF"});
        f.use({"BA", "BF"});
    }
    r.authors += f.all({"CA", "GP"});
    r.title = f.first({"TI"});
    r.container = f.first({"SO", "SE", "BS"});
    r.language = f.first({"LA"});
    r.keywords = splitKeywords(f.all({"DE", "ID"}));
    r.abstract = f.first({"AB"});
    r.doi = Normalise::cleanDoi(f.first({"DI", "D2"}));
    const QString year = f.peek({"PY"}).value(0);
    const QString day = f.peek({"PD"}).value(0);
    const PubDate date = PubDate::parse(year.isEmpty() ? day : year + QLatin1Char(' ') + day);
    if (date.isValid()) {
        r.year = date.year;
        r.date = date.date;
        f.use({"PY"});
    }
    r.volume = f.first({"VL"});
    r.issue = f.first({"IS"});
    const QString begin = f.first({"BP"});
    const QString end = f.first({"EP"});
    r.pages = end.isEmpty() ? begin : begin + QLatin1Char('-') + end;
    if (r.pages.isEmpty())
        r.pages = f.first({"AR"});
    r.accession = f.first({"UT"});
    r.pmid = f.first({"PM"});
    r.publisher = f.first({"PU"});
    if (r.type == RecordType::Book || r.type == RecordType::Chapter ||
        r.type == RecordType::ConferencePaper)
        r.isbn = f.first({"BN"});
    r.rawFields = f.unused();
    return r;
}

Status WosReader::read(QIODevice &device, const ReadContext &context)
{
    LineReader reader(device, maxRecordChars);
    QString line, tag, value;
    QList<RawField> fields;
    int recordNo = 0;
    int recordLine = 0;
    qsizetype recordChars = 0;
    bool open = false;
    bool oversized = false;
    bool sawHeader = false;
    bool ended = false; // EF seen
    bool stopped = false;
    bool reportedOutside = false;
    int lastProgressLine = 0;

    auto flush = [&](bool closedByEr) {
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
        if (!closedByEr)
            context.issue(Issue::Severity::Info, recordLine, recordNo,
                          tr("the record has no closing ER line; it was read up to the next "
                             "record"));
        if (!context.emitRecord(std::move(record)))
            stopped = true;
    };
    auto grow = [&](qsizetype chars, bool cut) {
        recordChars += chars;
        if ((cut || recordChars > maxRecordChars) && !oversized) {
            oversized = true;
            fields.clear();
        }
    };

    while (!stopped && reader.readLine(line)) {
        const bool cut = reader.lastLineWasCut();
        if (line.trimmed().isEmpty()) {
            reportedOutside = false;
            continue;
        }
        if (ended) {
            if (!reportedOutside)
                context.issue(Issue::Severity::Info, reader.lineNumber(), 0,
                              tr("text after the EF line was ignored"));
            reportedOutside = true;
            continue;
        }
        if (parseTagLine(line, &tag, &value)) {
            if (tag == QLatin1String("ER")) {
                flush(true);
                continue;
            }
            if (tag == QLatin1String("EF")) {
                flush(false);
                ended = true;
                continue;
            }
            if (!open && (tag == QLatin1String("FN") || tag == QLatin1String("VR"))) {
                sawHeader = true; // file header
                continue;
            }
            if (tag == QLatin1String("PT") && open)
                flush(false);
            if (!open && tag != QLatin1String("PT") && !sawHeader) {
                // Before any header or PT line, a two-letter word is not evidence of a record.
                if (!reportedOutside)
                    context.issue(Issue::Severity::Info, reader.lineNumber(), 0,
                                  tr("text outside a record was ignored"));
                reportedOutside = true;
                continue;
            }
            if (!open) {
                open = true;
                recordLine = reader.lineNumber();
                recordChars = 0;
            }
            grow(line.size(), cut);
            if (!oversized)
                fields.append({tag, value});
        } else if (open && line.at(0).isSpace()) {
            grow(line.size(), cut);
            if (!oversized && !fields.isEmpty()) {
                const QString more = line.trimmed();
                if (isListTag(fields.last().first)) {
                    fields.append({fields.last().first, more});
                } else {
                    QString &previous = fields.last().second;
                    if (!previous.isEmpty())
                        previous += QLatin1Char(' ');
                    previous += more;
                }
            }
        } else if (open) {
            // Not a tag and not indented: keep it with the previous field rather than lose it.
            context.issue(
                Issue::Severity::Info, reader.lineNumber(), recordNo + 1,
                tr("the line does not start with a tag; it was read as a "
                   "continuation of %1")
                    .arg(fields.isEmpty() ? QStringLiteral("the record") : fields.last().first));
            grow(line.size(), cut);
            if (!oversized && !fields.isEmpty())
                fields.last().second += QLatin1Char(' ') + line.trimmed();
        } else if (!reportedOutside) {
            reportedOutside = true;
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
        flush(false);
    if (recordNo == 0 && !sawHeader && !stopped)
        return Error{Error::Kind::InputRefused,
                     tr("%1 is not a Web of Science file: no line of the form \"PT J\" was found")
                         .arg(context.fileName)};
    if (reader.fallbackLines() > 0)
        context.issue(Issue::Severity::Info, 0, 0,
                      tr("%n line(s) were not UTF-8 and were read as Windows-1252", nullptr,
                         reader.fallbackLines()));
    return {};
}

} // namespace evimap
