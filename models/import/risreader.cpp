#include "import/risreader.h"

#include "import/linereader.h"
#include "records/normalise.h"

#include <QRegularExpression>

namespace evimap {

namespace {

// "TY  - JOUR", "ER  -", tolerant of one to three spaces before the hyphen and of a missing
// value; "ER then..." (no hyphen) is text, not a tag.
bool parseTagLine(const QString &line, QString *tag, QString *value)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == QLatin1Char(' '))
        ++i;
    if (line.size() < i + 3)
        return false;
    const QChar a = line.at(i), b = line.at(i + 1);
    if (!(a.isUpper() && a.unicode() < 128) || !((b.isUpper() || b.isDigit()) && b.unicode() < 128))
        return false;
    qsizetype j = i + 2;
    int spaces = 0;
    while (j < line.size() && line.at(j) == QLatin1Char(' ')) {
        ++j;
        ++spaces;
    }
    if (spaces < 1 || spaces > 3 || j >= line.size() || line.at(j) != QLatin1Char('-'))
        return false;
    ++j;
    if (j < line.size() && line.at(j) != QLatin1Char(' '))
        return false;
    *tag = line.mid(i, 2);
    *value = line.mid(j).trimmed();
    return true;
}

// Tracks which source fields were mapped onto typed fields; the rest are kept as raw fields.
class FieldPicker
{
public:
    explicit FieldPicker(const QList<RawField> &fields)
        : m_fields(fields)
        , m_used(fields.size(), false)
    {}

    // The first non-empty value of the first tag present, in order of preference.
    QString first(std::initializer_list<const char *> tags)
    {
        for (const char *tag : tags) {
            for (qsizetype i = 0; i < m_fields.size(); ++i) {
                if (m_fields[i].first == QLatin1String(tag) && !m_fields[i].second.isEmpty()) {
                    m_used[i] = true;
                    return m_fields[i].second;
                }
            }
        }
        return {};
    }

    // Every non-empty value of these tags, in file order.
    QStringList all(std::initializer_list<const char *> tags, bool markUsed = true)
    {
        QStringList list;
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            for (const char *tag : tags) {
                if (m_fields[i].first == QLatin1String(tag)) {
                    if (markUsed)
                        m_used[i] = true;
                    if (!m_fields[i].second.isEmpty())
                        list.append(m_fields[i].second);
                    break;
                }
            }
        }
        return list;
    }

    QList<RawField> unused() const
    {
        QList<RawField> rest;
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (!m_used[i])
                rest.append(m_fields[i]);
        }
        return rest;
    }

private:
    const QList<RawField> &m_fields;
    QList<bool> m_used;
};

// Year and date from "2001/09/01/", "2001///", "2001-09-01", "Sep 2001"; "YEAR/MONTH/DAY/" and
// "99" give nothing.
void readDate(const QString &text, int *year, QString *date)
{
    static const QRegularExpression ymd(
        QStringLiteral("^\\s*(\\d{4})(?:[/-](\\d{1,2})?(?:[/-](\\d{1,2})?)?)?"));
    const QRegularExpressionMatch m = ymd.match(text);
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
        return;
    }
    static const QRegularExpression anyYear(QStringLiteral("\\b(1[5-9]\\d\\d|20\\d\\d)\\b"));
    const QRegularExpressionMatch y = anyYear.match(text);
    if (y.hasMatch()) {
        *year = y.captured(1).toInt();
        *date = y.captured(1);
    }
}

} // namespace

FormatRegistry::Format RisReader::format()
{
    FormatRegistry::Format f;
    f.id = QStringLiteral("ris");
    f.name = tr("RIS");
    f.extensions = {QStringLiteral("ris"), QStringLiteral("txt"), QStringLiteral("nbib")};
    f.sniff = [](const QString &head) {
        static const QRegularExpression ty(QStringLiteral("^\\s{0,3}TY {1,3}- ?"),
                                           QRegularExpression::MultilineOption);
        static const QRegularExpression tag(QStringLiteral("^[A-Z][A-Z0-9] {1,3}-( |$)"),
                                            QRegularExpression::MultilineOption);
        if (ty.match(head).hasMatch())
            return 90;
        int tags = 0;
        auto it = tag.globalMatch(head);
        while (it.hasNext() && tags < 5) {
            it.next();
            ++tags;
        }
        return tags >= 3 ? 50 : 0;
    };
    f.create = [] { return std::make_unique<RisReader>(); };
    return f;
}

QString RisReader::typeFromRis(const QString &tyValue)
{
    const QString ty = tyValue.trimmed().toUpper();
    static const QHash<QString, QString> map = {
        {QStringLiteral("JOUR"), RecordType::JournalArticle},
        {QStringLiteral("JFULL"), RecordType::JournalArticle},
        {QStringLiteral("EJOUR"), RecordType::JournalArticle},
        {QStringLiteral("INPR"), RecordType::JournalArticle},
        {QStringLiteral("MGZN"), RecordType::JournalArticle},
        {QStringLiteral("ABST"), RecordType::ConferenceAbstract},
        {QStringLiteral("CONF"), RecordType::ConferencePaper},
        {QStringLiteral("CPAPER"), RecordType::ConferencePaper},
        {QStringLiteral("BOOK"), RecordType::Book},
        {QStringLiteral("EBOOK"), RecordType::Book},
        {QStringLiteral("EDBOOK"), RecordType::Book},
        {QStringLiteral("CHAP"), RecordType::Chapter},
        {QStringLiteral("ECHAP"), RecordType::Chapter},
        {QStringLiteral("RPRT"), RecordType::Report},
        {QStringLiteral("GOVDOC"), RecordType::Report},
        {QStringLiteral("PAMP"), RecordType::Report},
        {QStringLiteral("STAND"), RecordType::Report},
        {QStringLiteral("THES"), RecordType::Thesis},
        {QStringLiteral("ELEC"), RecordType::WebPage},
        {QStringLiteral("WEB"), RecordType::WebPage},
        {QStringLiteral("BLOG"), RecordType::WebPage},
        {QStringLiteral("UNPB"), RecordType::Preprint},
        {QStringLiteral("DATA"), RecordType::Dataset},
    };
    return map.value(ty, RecordType::Other);
}

QString RisReader::risFromType(const QString &type)
{
    static const QHash<QString, QString> map = {
        {RecordType::JournalArticle, QStringLiteral("JOUR")},
        {RecordType::ConferenceAbstract, QStringLiteral("ABST")},
        {RecordType::ConferencePaper, QStringLiteral("CONF")},
        {RecordType::Book, QStringLiteral("BOOK")},
        {RecordType::Chapter, QStringLiteral("CHAP")},
        {RecordType::Report, QStringLiteral("RPRT")},
        {RecordType::Thesis, QStringLiteral("THES")},
        {RecordType::WebPage, QStringLiteral("ELEC")},
        {RecordType::Preprint, QStringLiteral("UNPB")},
        {RecordType::Dataset, QStringLiteral("DATA")},
        {RecordType::Initiative, QStringLiteral("GEN")},
    };
    return map.value(type, QStringLiteral("GEN"));
}

Record RisReader::toRecord(const QList<RawField> &fields)
{
    FieldPicker pick(fields);
    Record r;
    r.rawFormat = QStringLiteral("ris");
    r.type = typeFromRis(pick.first({"TY"}));
    r.title = pick.first({"TI", "T1", "CT"});
    if (r.title.isEmpty() && r.type == RecordType::Book)
        r.title = pick.first({"BT", "T2"});
    r.authors = pick.all({"AU", "A1"});
    r.abstract = pick.first({"AB", "N2"});
    if (r.type == RecordType::Book)
        r.container = pick.first({"T3"});
    else
        r.container = pick.first({"JF", "T2", "JO", "JA", "J2", "J1", "BT", "T3"});
    r.volume = pick.first({"VL"});
    r.issue = pick.first({"IS"});
    const QString start = pick.first({"SP"});
    const QString end = pick.first({"EP"});
    r.pages =
        end.isEmpty() || start.contains(QLatin1Char('-')) ? start : start + QLatin1Char('-') + end;
    // Bogus first PY values ("99", "YEAR/MONTH/DAY/") should not hide a good later one.
    for (const QString &value : pick.all({"PY", "Y1", "DA"})) {
        readDate(value, &r.year, &r.date);
        if (r.year)
            break;
    }
    const QString doi = pick.first({"DO", "DI"});
    r.doi = Normalise::cleanDoi(doi);
    if (r.doi.isEmpty()) {
        // Some exports hide the DOI in a URL, M3 or a note.
        for (const QString &value : pick.all({"UR", "L3", "M3", "N1", "L2"}, false)) {
            if (value.contains(QLatin1String("10.")) &&
                (value.contains(QLatin1String("doi"), Qt::CaseInsensitive) ||
                 value.startsWith(QLatin1String("10.")))) {
                r.doi = Normalise::cleanDoi(value);
                if (!r.doi.isEmpty())
                    break;
            }
        }
    }
    r.url = pick.first({"UR"});
    r.keywords = pick.all({"KW"});
    r.language = pick.first({"LA"});
    r.publisher = pick.first({"PB"});
    r.notes = pick.all({"N1"}).join(QLatin1Char('\n'));
    r.accession = pick.first({"AN"});
    const QStringList databases = pick.all({"DB", "DP"}, false);
    const QString database = databases.value(0);
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    if (database.contains(QLatin1String("PubMed"), Qt::CaseInsensitive) ||
        database.contains(QLatin1String("MEDLINE"), Qt::CaseInsensitive)) {
        if (digits.match(r.accession).hasMatch())
            r.pmid = r.accession;
    }
    if (r.type == RecordType::Book || r.type == RecordType::Chapter || r.type == RecordType::Report)
        r.isbn = pick.first({"SN"});
    // No TY (some tools drop it): a record with a journal name is taken as an article.
    if (pick.first({"TY"}).isEmpty() && !r.container.isEmpty())
        r.type = RecordType::JournalArticle;
    r.rawFields = pick.unused();
    return r;
}

Status RisReader::read(QIODevice &device, const ReadContext &context)
{
    LineReader reader(device);
    QString line, tag, value;
    QList<RawField> fields;
    qsizetype recordChars = 0;
    QString tooLarge; // why the open record is refused; its text is no longer kept
    int recordNo = 0;
    int recordLine = 0;
    int lastProgressLine = 0;
    bool previousBlank = true;
    bool sawTag = false;
    bool stopped = false;

    auto flush = [&](bool closedByEr) {
        if (!tooLarge.isEmpty()) {
            ++recordNo;
            context.issue(Issue::Severity::Error, recordLine, recordNo, tooLarge);
            tooLarge.clear();
            recordChars = 0;
            return;
        }
        if (fields.isEmpty())
            return;
        ++recordNo;
        recordChars = 0;
        bool hasType = false;
        for (const RawField &field : std::as_const(fields))
            hasType = hasType || field.first == QLatin1String("TY");
        Record record = toRecord(fields);
        record.sourceLine = recordLine;
        record.sourceRecordNo = recordNo;
        fields.clear();
        if (record.isEmpty()) {
            context.issue(Issue::Severity::Error, recordLine, recordNo,
                          tr("the record has no title, authors, abstract or identifier; skipped"));
            return;
        }
        if (!closedByEr)
            context.issue(Issue::Severity::Info, recordLine, recordNo,
                          tr("the record has no closing ER line; it was read up to the next "
                             "record"));
        if (!hasType)
            context.issue(
                Issue::Severity::Warning, recordLine, recordNo,
                tr("the record has no TY line; its type was taken as %1").arg(record.type));
        if (!context.emitRecord(std::move(record)))
            stopped = true;
    };

    // A field or a record past its bound is refused as it grows, so memory stays bounded.
    auto refuseIfTooLarge = [&](qsizetype added) {
        recordChars += added;
        if (fields.last().second.size() > maxFieldChars)
            tooLarge = tr("the field %1 (line %2) is longer than %3 MiB; the record was skipped")
                           .arg(fields.last().first)
                           .arg(reader.lineNumber())
                           .arg(maxFieldChars >> 20);
        else if (recordChars > maxRecordChars)
            tooLarge = tr("the record is longer than %1 MiB (at line %2); skipped")
                           .arg(maxRecordChars >> 20)
                           .arg(reader.lineNumber());
        if (!tooLarge.isEmpty())
            fields.clear();
    };

    while (!stopped && reader.readLine(line)) {
        if (reader.lastLineWasCut())
            context.issue(Issue::Severity::Warning, reader.lineNumber(), recordNo + 1,
                          tr("the line is longer than %1 MiB; the rest of it was ignored")
                              .arg(LineReader::defaultMaxLineBytes >> 20));
        if (line.trimmed().isEmpty()) {
            previousBlank = true;
            continue;
        }
        if (parseTagLine(line, &tag, &value)) {
            sawTag = true;
            if (tag == QLatin1String("ER")) {
                flush(true);
            } else {
                // A TY after a blank line, while a record with content is open, means the
                // previous record lost its ER. Without the blank line a repeated TY stays in
                // the record (as in broken exports with several TY lines per record).
                const bool open = !fields.isEmpty() || !tooLarge.isEmpty();
                if (tag == QLatin1String("TY") && open && previousBlank)
                    flush(false);
                if (fields.isEmpty() && tooLarge.isEmpty())
                    recordLine = reader.lineNumber();
                if (tooLarge.isEmpty()) {
                    fields.append({tag, value});
                    refuseIfTooLarge(value.size());
                }
            }
        } else if (!tooLarge.isEmpty()) {
            // The rest of a refused record.
        } else if (!fields.isEmpty()) {
            // Untagged continuation of the previous field's value.
            QString &previous = fields.last().second;
            const QString more = line.trimmed();
            if (!previous.isEmpty())
                previous += fields.last().first == QLatin1String("N1") ? QLatin1Char('\n')
                                                                       : QLatin1Char(' ');
            previous += more;
            refuseIfTooLarge(more.size() + 1);
        } else if (sawTag) {
            context.issue(Issue::Severity::Info, reader.lineNumber(), recordNo,
                          tr("text outside a record was ignored"));
        }
        previousBlank = false;
        if (context.progress && reader.lineNumber() - lastProgressLine >= 4096) {
            lastProgressLine = reader.lineNumber();
            context.progress(reader.bytesConsumed());
            if (context.isCancelled())
                stopped = true;
        }
    }
    if (!stopped)
        flush(false);
    if (!sawTag)
        return Error{Error::Kind::InputRefused,
                     tr("%1 is not a RIS file: no line of the form \"TY  - \" was found")
                         .arg(context.fileName)};
    if (reader.fallbackLines() > 0)
        context.issue(Issue::Severity::Info, 0, 0,
                      tr("%n line(s) were not UTF-8 and were read as Windows-1252", nullptr,
                         reader.fallbackLines()));
    return {};
}

} // namespace evimap
