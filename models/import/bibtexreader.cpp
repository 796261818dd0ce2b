#include "import/bibtexreader.h"

#include "import/latextext.h"
#include "import/linereader.h"
#include "import/tagfields.h"
#include "records/normalise.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace evimap {

namespace {

// How much of the file is kept for crossref/xdata inheritance (estimated bytes).
constexpr qint64 rememberBudget = 48 * 1024 * 1024;
constexpr qint64 pendingBudget = 48 * 1024 * 1024;

struct Entry
{
    QString type; // lower case
    QString key;
    QList<RawField> fields; // name lower case, value as written (LaTeX, macros expanded)
    int line = 0;
    int recordNo = 0;

    // crossref / xdata inheritance.
    QString crossrefKey;       // lower case
    QStringList parentKeys;    // parents(), lower case
    QList<RawField> inherited; // fields taken from the parents, once they are resolved
    QStringList problems;      // warnings about the inheritance
    QString cycleThrough;      // a child whose chain comes back to this entry
    bool resolved = false;     // inherited is final
    bool resolving = false;    // on the path Parser::resolveNow() follows
    bool waiting = false;      // counted among the entries waiting for a parent

    bool has(const QString &name) const
    {
        for (const RawField &f : fields) {
            if (f.first == name)
                return true;
        }
        for (const RawField &f : inherited) {
            if (f.first == name)
                return true;
        }
        return false;
    }

    qint64 cost() const
    {
        qint64 bytes = 96 + 2 * (type.size() + key.size());
        for (const RawField &f : fields)
            bytes += 64 + 2 * (f.first.size() + f.second.size());
        return bytes;
    }

    QString field(QLatin1String name) const
    {
        for (const RawField &f : fields) {
            if (f.first == name)
                return f.second;
        }
        return {};
    }

    // Keys of the entries this one inherits from: crossref, then xdata (comma separated).
    QStringList parents() const
    {
        QStringList keys;
        for (const RawField &f : fields) {
            if (f.first == QLatin1String("crossref")) {
                const QString parent = LatexText::verbatim(f.second).trimmed().toLower();
                if (!parent.isEmpty())
                    keys.append(parent);
            } else if (f.first == QLatin1String("xdata")) {
                const QStringList list = LatexText::verbatim(f.second).split(QLatin1Char(','));
                for (const QString &k : list) {
                    if (!k.trimmed().isEmpty())
                        keys.append(k.trimmed().toLower());
                }
            }
        }
        return keys;
    }
};

using EntryPtr = std::shared_ptr<Entry>;

// The characters of the input, read line by line (LineReader handles encodings and line
// ends); every line ends with a virtual '\n'. A limit makes get() and peek() behave as at
// the end of the input once an entry has grown too large.
class Source
{
public:
    explicit Source(LineReader &reader)
        : m_reader(reader)
    {}

    bool atEnd() { return !fill(); }
    QChar peek() { return fill() ? current() : QChar(); }
    QChar get()
    {
        if (!fill())
            return QChar();
        const QChar c = current();
        ++m_pos;
        ++m_count;
        return c;
    }

    // The characters from the current position up to (not including) the first one for which
    // `stop` is true or the end of the line; they are consumed.
    template<typename Stop>
    QStringView takeWhileNot(Stop stop)
    {
        if (!fill())
            return {};
        qsizetype end = m_pos;
        qsizetype max = m_line.size();
        if (m_limit >= 0)
            max = qMin<qsizetype>(max, m_pos + qMax<qint64>(0, m_limit - m_count));
        const QChar *data = m_line.constData();
        while (end < max && !stop(data[end]))
            ++end;
        const QStringView run = QStringView(m_line).sliced(m_pos, end - m_pos);
        m_count += end - m_pos;
        m_pos = end;
        return run;
    }

    int line() const { return m_reader.lineNumber(); }
    qint64 count() const { return m_count; }
    qsizetype pos() const { return m_pos; }
    const QString &text() const { return m_line; }
    LineReader &reader() { return m_reader; }

    void setLimit(qint64 limit)
    {
        m_limit = limit;
        m_limitHit = false;
    }
    void clearLimit() { m_limit = -1; }
    bool limitHit() const { return m_limitHit; }
    int takeCutLine()
    {
        const int line = m_cutLine;
        m_cutLine = 0;
        return line;
    }

    // Drops the rest of the current line, then whole lines up to one whose first non-blank
    // character is '@' (reading resumes there).
    void skipToEntryLine()
    {
        m_limit = -1;
        m_pos = m_line.size() + 1;
        while (fill()) {
            qsizetype i = 0;
            while (i < m_line.size() &&
                   (m_line.at(i) == QLatin1Char(' ') || m_line.at(i) == QLatin1Char('\t')))
                ++i;
            if (i < m_line.size() && m_line.at(i) == QLatin1Char('@'))
                return;
            m_pos = m_line.size() + 1;
        }
    }

    // True when nothing but blanks has been read of the current line and it starts an entry.
    bool atEntryLine()
    {
        if (!fill())
            return false;
        for (qsizetype i = 0; i < m_pos && i < m_line.size(); ++i) {
            if (m_line.at(i) != QLatin1Char(' ') && m_line.at(i) != QLatin1Char('\t'))
                return false;
        }
        return lineStartsEntry();
    }

    // True when the current line (the next one when the current one has been read to its
    // end) starts, after blanks, with "@name{" or "@name(".
    bool lineStartsEntry()
    {
        if (!fill())
            return false;
        const QString &s = m_line;
        qsizetype i = 0;
        while (i < s.size() && (s.at(i) == QLatin1Char(' ') || s.at(i) == QLatin1Char('\t')))
            ++i;
        if (i >= s.size() || s.at(i) != QLatin1Char('@'))
            return false;
        ++i;
        if (i >= s.size() || !(s.at(i).isLetter() && s.at(i).unicode() < 128))
            return false;
        // Mendeley writes types with an underscore (@web_page).
        while (i < s.size() && s.at(i).unicode() < 128 &&
               (s.at(i).isLetterOrNumber() || s.at(i) == QLatin1Char('_') ||
                s.at(i) == QLatin1Char('-')))
            ++i;
        while (i < s.size() && s.at(i).isSpace())
            ++i;
        return i < s.size() && (s.at(i) == QLatin1Char('{') || s.at(i) == QLatin1Char('('));
    }

private:
    bool fill()
    {
        if (m_limit >= 0 && m_count >= m_limit) {
            m_limitHit = true;
            return false;
        }
        while (m_pos > m_line.size()) {
            if (m_eof || !m_reader.readLine(m_line)) {
                m_eof = true;
                m_line.clear();
                m_pos = 1;
                return false;
            }
            m_pos = 0;
            if (m_reader.lastLineWasCut())
                m_cutLine = m_reader.lineNumber();
        }
        return true;
    }
    QChar current() const { return m_pos < m_line.size() ? m_line.at(m_pos) : QLatin1Char('\n'); }

    LineReader &m_reader;
    QString m_line;
    qsizetype m_pos = 1;
    bool m_eof = false;
    qint64 m_count = 0;
    qint64 m_limit = -1;
    bool m_limitHit = false;
    int m_cutLine = 0;
};

bool isNameChar(QChar c)
{
    if (c.isSpace() || c.isNull())
        return false;
    switch (c.unicode()) {
    case u'"':
    case u'#':
    case u'%':
    case u'\'':
    case u'(':
    case u')':
    case u',':
    case u'=':
    case u'{':
    case u'}':
    case u'@':
        return false;
    default:
        return true;
    }
}

bool isVerbatimField(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("url"),   QStringLiteral("doi"),   QStringLiteral("eprint"),
        QStringLiteral("file"),  QStringLiteral("pdf"),   QStringLiteral("verba"),
        QStringLiteral("verbb"), QStringLiteral("verbc"), QStringLiteral("crossref"),
        QStringLiteral("xref"),  QStringLiteral("xdata"), QStringLiteral("entryset"),
        QStringLiteral("ids"),   QStringLiteral("pmid"),  QStringLiteral("pmcid")};
    return names.contains(name) || name.startsWith(QLatin1String("bdsk-")) ||
           name.endsWith(QLatin1String("url"));
}

QString decodeField(const QString &name, const QString &value)
{
    if (isVerbatimField(name))
        return LatexText::verbatim(value);
    // A note's lines are separate notes (EviMap writes one per line): decode each line alone
    // so their breaks survive; everywhere else a line break is just a space.
    if (name == QLatin1String("note") || name == QLatin1String("annote")) {
        QStringList lines;
        for (const QString &line : value.split(QLatin1Char('\n'))) {
            const QString text = LatexText::toUnicode(line).trimmed();
            if (!text.isEmpty())
                lines << text;
        }
        return lines.join(QLatin1Char('\n'));
    }
    return LatexText::toUnicode(value);
}

const QHash<QString, QString> &predefinedMacros()
{
    static const QHash<QString, QString> macros = {
        {QStringLiteral("jan"), QStringLiteral("January")},
        {QStringLiteral("feb"), QStringLiteral("February")},
        {QStringLiteral("mar"), QStringLiteral("March")},
        {QStringLiteral("apr"), QStringLiteral("April")},
        {QStringLiteral("may"), QStringLiteral("May")},
        {QStringLiteral("jun"), QStringLiteral("June")},
        {QStringLiteral("jul"), QStringLiteral("July")},
        {QStringLiteral("aug"), QStringLiteral("August")},
        {QStringLiteral("sep"), QStringLiteral("September")},
        {QStringLiteral("oct"), QStringLiteral("October")},
        {QStringLiteral("nov"), QStringLiteral("November")},
        {QStringLiteral("dec"), QStringLiteral("December")},
    };
    return macros;
}

// 1-12 from "3", "03", "mar", "March", "Mar."; 0 otherwise.
int monthNumber(const QString &text)
{
    const QString s = text.trimmed().toLower();
    bool ok = false;
    const int n = s.toInt(&ok);
    if (ok)
        return n >= 1 && n <= 12 ? n : 0;
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (s.startsWith(QLatin1String(names[i])))
            return i + 1;
    }
    return 0;
}

// The fields of one entry (its own first, then inherited ones), marking which were mapped.
class FieldPicker
{
public:
    FieldPicker(const QList<RawField> &fields, qsizetype own)
        : m_fields(fields)
        , m_own(own)
        , m_used(fields.size(), false)
    {}

    qsizetype indexOf(const char *name) const
    {
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (m_fields[i].first == QLatin1String(name))
                return i;
        }
        return -1;
    }
    bool has(const char *name) const { return indexOf(name) >= 0; }
    // The value as written, without marking it used.
    QString peekRaw(const char *name) const
    {
        const qsizetype i = indexOf(name);
        return i < 0 ? QString() : m_fields[i].second;
    }
    QString raw(const char *name)
    {
        const qsizetype i = indexOf(name);
        if (i < 0)
            return {};
        m_used[i] = true;
        return m_fields[i].second;
    }
    // The decoded text of the first of these fields that has some.
    QString text(std::initializer_list<const char *> names)
    {
        for (const char *name : names) {
            const qsizetype i = indexOf(name);
            if (i < 0)
                continue;
            const QString value = decodeField(m_fields[i].first, m_fields[i].second);
            if (!value.isEmpty()) {
                m_used[i] = true;
                return value;
            }
        }
        return {};
    }
    void markUsed(const char *name)
    {
        const qsizetype i = indexOf(name);
        if (i >= 0)
            m_used[i] = true;
    }

    QList<RawField> unusedOwn() const
    {
        QList<RawField> rest;
        for (qsizetype i = 0; i < m_own && i < m_fields.size(); ++i) {
            if (!m_used[i])
                rest.append(
                    {m_fields[i].first, decodeField(m_fields[i].first, m_fields[i].second)});
        }
        return rest;
    }

private:
    const QList<RawField> &m_fields;
    qsizetype m_own;
    QList<bool> m_used;
};

bool isBookLike(const QString &type)
{
    static const QSet<QString> types = {
        QStringLiteral("book"),        QStringLiteral("mvbook"),
        QStringLiteral("collection"),  QStringLiteral("mvcollection"),
        QStringLiteral("proceedings"), QStringLiteral("mvproceedings"),
        QStringLiteral("reference"),   QStringLiteral("mvreference"),
        QStringLiteral("booklet")};
    return types.contains(type);
}

// Which name a parent's field takes in a child (BibLaTeX's default inheritance rules; plain
// BibTeX copies every field under its own name). Empty: not inherited.
QString inheritedName(const QString &childType, const QString &parentType, const QString &field,
                      bool viaXdata)
{
    static const QSet<QString> never = {
        QStringLiteral("crossref"),      QStringLiteral("xref"),
        QStringLiteral("xdata"),         QStringLiteral("ids"),
        QStringLiteral("entryset"),      QStringLiteral("entrysubtype"),
        QStringLiteral("execute"),       QStringLiteral("label"),
        QStringLiteral("options"),       QStringLiteral("presort"),
        QStringLiteral("related"),       QStringLiteral("relatedoptions"),
        QStringLiteral("relatedstring"), QStringLiteral("relatedtype"),
        QStringLiteral("shorthand"),     QStringLiteral("shorthandintro"),
        QStringLiteral("sortkey")};
    if (never.contains(field))
        return {};
    if (viaXdata)
        return field;
    static const QSet<QString> titleOnly = {
        QStringLiteral("shorttitle"), QStringLiteral("sorttitle"), QStringLiteral("indextitle"),
        QStringLiteral("indexsorttitle")};
    const bool isTitle = field == QLatin1String("title") || field == QLatin1String("subtitle") ||
                         field == QLatin1String("titleaddon");
    if (parentType.startsWith(QLatin1String("mv")) && isBookLike(parentType)) {
        if (titleOnly.contains(field))
            return {};
        if (isTitle)
            return QStringLiteral("main") + field;
        return field;
    }
    static const QSet<QString> inTypes = {
        QStringLiteral("inbook"),         QStringLiteral("bookinbook"),
        QStringLiteral("suppbook"),       QStringLiteral("incollection"),
        QStringLiteral("suppcollection"), QStringLiteral("inproceedings"),
        QStringLiteral("conference"),     QStringLiteral("inreference")};
    if (isBookLike(parentType) && inTypes.contains(childType)) {
        if (titleOnly.contains(field))
            return {};
        if (isTitle)
            return QStringLiteral("book") + field;
        return field;
    }
    if (parentType == QLatin1String("periodical")) {
        if (titleOnly.contains(field))
            return {};
        if (field == QLatin1String("title"))
            return QStringLiteral("journaltitle");
        if (field == QLatin1String("subtitle"))
            return QStringLiteral("journalsubtitle");
    }
    return field;
}

bool isLowerWord(const QString &word)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c == QLatin1Char('{')) {
            // {\"o}: a special character, its letter decides; any other group has no case.
            qsizetype depth = 0, j = i;
            for (; j < word.size(); ++j) {
                if (word.at(j) == QLatin1Char('{'))
                    ++depth;
                else if (word.at(j) == QLatin1Char('}') && --depth == 0)
                    break;
            }
            if (i + 1 < word.size() && word.at(i + 1) == QLatin1Char('\\')) {
                const QString decoded = LatexText::toUnicode(word.mid(i, j - i + 1));
                for (const QChar d : decoded) {
                    if (d.isLetter())
                        return d.isLower();
                }
            }
            i = j;
            continue;
        }
        if (c == QLatin1Char('\\')) {
            const QString decoded = LatexText::toUnicode(word.mid(i));
            for (const QChar d : decoded) {
                if (d.isLetter())
                    return d.isLower();
            }
            return false;
        }
        if (c.isLetter())
            return c.isLower();
    }
    return false;
}

QString joinDecoded(const QStringList &words)
{
    return LatexText::toUnicode(words.join(QLatin1Char(' '))).trimmed();
}

} // namespace

// ---------------------------------------------------------------------------------------------

QStringList BibtexReader::splitNames(const QString &latex)
{
    QStringList names;
    QStringList words;
    QString word;
    int depth = 0;
    auto endWord = [&] {
        if (word.isEmpty())
            return;
        if (word.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0) {
            if (!words.isEmpty())
                names.append(words.join(QLatin1Char(' ')));
            words.clear();
        } else {
            words.append(word);
        }
        word.clear();
    };
    for (const QChar c : latex) {
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}'))
            depth = qMax(0, depth - 1);
        if (depth == 0 && (c.isSpace() || c == QLatin1Char('~'))) {
            endWord();
            continue;
        }
        word.append(c);
    }
    endWord();
    if (!words.isEmpty())
        names.append(words.join(QLatin1Char(' ')));
    names.removeIf([](const QString &n) {
        return n.trimmed().compare(QLatin1String("others"), Qt::CaseInsensitive) == 0;
    });
    return names;
}

QString BibtexReader::normaliseName(const QString &latex)
{
    // Words at brace depth 0, grouped into comma-separated parts.
    QList<QStringList> parts(1);
    QString word;
    int depth = 0;
    auto endWord = [&] {
        if (!word.isEmpty())
            parts.last().append(word);
        word.clear();
    };
    for (const QChar c : latex) {
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}'))
            depth = qMax(0, depth - 1);
        if (depth == 0 && (c.isSpace() || c == QLatin1Char('~'))) {
            endWord();
            continue;
        }
        if (depth == 0 && c == QLatin1Char(',')) {
            endWord();
            parts.append(QStringList());
            continue;
        }
        word.append(c);
    }
    endWord();
    while (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast();

    QStringList first, von, last, jr;
    if (parts.size() == 1) {
        const QStringList &w = parts.first();
        if (w.isEmpty())
            return {};
        const qsizetype n = w.size();
        qsizetype vonStart = -1, vonEnd = -1;
        for (qsizetype i = 0; i + 1 < n; ++i) {
            if (isLowerWord(w[i])) {
                if (vonStart < 0)
                    vonStart = i;
                vonEnd = i;
            }
        }
        // An all-lower-case name ("sudhin jacob") has no von part, only careless case.
        bool allLower = true;
        for (const QString &each : w)
            allLower = allLower && isLowerWord(each);
        if (allLower)
            vonStart = -1;
        if (vonStart >= 0) {
            first = w.mid(0, vonStart);
            von = w.mid(vonStart, vonEnd - vonStart + 1);
            last = w.mid(vonEnd + 1);
        } else {
            first = w.mid(0, n - 1);
            last = w.mid(n - 1);
        }
    } else {
        const QStringList &w = parts.first();
        qsizetype vonEnd = -1;
        for (qsizetype i = 0; i + 1 < w.size(); ++i) {
            if (isLowerWord(w[i]))
                vonEnd = i;
            else if (vonEnd < 0)
                break;
        }
        von = w.mid(0, vonEnd + 1);
        last = w.mid(vonEnd + 1);
        if (parts.size() == 2) {
            first = parts.at(1);
        } else {
            jr = parts.at(1);
            for (qsizetype i = 2; i < parts.size(); ++i)
                first += parts.at(i);
        }
    }
    const QString surname = joinDecoded(von + last);
    const QString given = joinDecoded(first);
    const QString suffix = joinDecoded(jr);
    if (surname.isEmpty())
        return given;
    QString name = surname;
    if (!given.isEmpty())
        name += QLatin1String(", ") + given;
    if (!suffix.isEmpty())
        name += QLatin1String(", ") + suffix;
    return name;
}

QString BibtexReader::typeFromBibtex(const QString &entryType, bool hasUrl)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("article"), RecordType::JournalArticle},
        {QStringLiteral("suppperiodical"), RecordType::JournalArticle},
        {QStringLiteral("inproceedings"), RecordType::ConferencePaper},
        {QStringLiteral("conference"), RecordType::ConferencePaper},
        {QStringLiteral("book"), RecordType::Book},
        {QStringLiteral("mvbook"), RecordType::Book},
        {QStringLiteral("booklet"), RecordType::Book},
        {QStringLiteral("collection"), RecordType::Book},
        {QStringLiteral("mvcollection"), RecordType::Book},
        {QStringLiteral("proceedings"), RecordType::Book},
        {QStringLiteral("mvproceedings"), RecordType::Book},
        {QStringLiteral("reference"), RecordType::Book},
        {QStringLiteral("mvreference"), RecordType::Book},
        {QStringLiteral("inbook"), RecordType::Chapter},
        {QStringLiteral("bookinbook"), RecordType::Chapter},
        {QStringLiteral("suppbook"), RecordType::Chapter},
        {QStringLiteral("incollection"), RecordType::Chapter},
        {QStringLiteral("suppcollection"), RecordType::Chapter},
        {QStringLiteral("inreference"), RecordType::Chapter},
        {QStringLiteral("phdthesis"), RecordType::Thesis},
        {QStringLiteral("mastersthesis"), RecordType::Thesis},
        {QStringLiteral("thesis"), RecordType::Thesis},
        {QStringLiteral("techreport"), RecordType::Report},
        {QStringLiteral("report"), RecordType::Report},
        {QStringLiteral("manual"), RecordType::Report},
        {QStringLiteral("online"), RecordType::WebPage},
        {QStringLiteral("www"), RecordType::WebPage},
        {QStringLiteral("electronic"), RecordType::WebPage},
        {QStringLiteral("webpage"), RecordType::WebPage},
        {QStringLiteral("unpublished"), RecordType::Preprint},
        {QStringLiteral("dataset"), RecordType::Dataset},
    };
    if (entryType == QLatin1String("misc"))
        return hasUrl ? RecordType::WebPage : RecordType::Other;
    return map.value(entryType, RecordType::Other);
}

namespace {

// Year and date from BibLaTeX's date ("2006", "2006-10", "2006-10-05", "2006/2008"), or from
// year, month and day. Marks the fields it could read.
void readDate(FieldPicker &pick, Record &r)
{
    static const QRegularExpression isoDate(
        QStringLiteral("^\\s*(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?"));
    const QString date = LatexText::toUnicode(pick.peekRaw("date"));
    if (!date.isEmpty()) {
        const QRegularExpressionMatch m = isoDate.match(date);
        if (m.hasMatch()) {
            pick.markUsed("date");
            r.year = m.captured(1).toInt();
            r.date = m.captured(1);
            const int month = m.captured(2).toInt();
            const int day = m.captured(3).toInt();
            if (month >= 1 && month <= 12) {
                r.date += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
                if (day >= 1 && day <= 31)
                    r.date += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
            }
            return;
        }
        // Not a date we can read: it stays a raw field.
    }
    static const QRegularExpression anyYear(
        QStringLiteral("(?<!\\d)(1[0-9]\\d\\d|20\\d\\d)(?!\\d)"));
    const qsizetype yearIndex = pick.indexOf("year");
    if (yearIndex < 0)
        return;
    const QString yearText = LatexText::toUnicode(pick.peekRaw("year"));
    const QRegularExpressionMatch y = anyYear.match(yearText);
    if (!y.hasMatch())
        return; // "in press", "forthcoming": kept as a raw field
    pick.markUsed("year");
    r.year = y.captured(1).toInt();
    r.date = y.captured(1);
    const int month = monthNumber(LatexText::toUnicode(pick.peekRaw("month")));
    if (month > 0) {
        pick.markUsed("month");
        r.date += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
        bool ok = false;
        const int day = LatexText::toUnicode(pick.peekRaw("day")).toInt(&ok);
        if (ok && day >= 1 && day <= 31) {
            pick.markUsed("day");
            r.date += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
        }
    }
}

Record toRecord(const Entry &entry, const QList<RawField> &fields)
{
    FieldPicker pick(fields, entry.fields.size());
    Record r;
    r.rawFormat = QStringLiteral("bibtex");
    r.sourceLine = entry.line;
    r.sourceRecordNo = entry.recordNo;

    r.url = pick.text({"url"}).remove(QLatin1Char(' '));
    QString howUrl;
    if (r.url.isEmpty()) {
        // howpublished = {\url{...}} (BibTeX has no url field).
        static const QRegularExpression urlCommand(QStringLiteral("\\\\url\\s*\\{([^}]*)\\}"));
        const QRegularExpressionMatch m = urlCommand.match(pick.peekRaw("howpublished"));
        if (m.hasMatch())
            howUrl = LatexText::verbatim(m.captured(1));
    }
    r.type = BibtexReader::typeFromBibtex(entry.type, !r.url.isEmpty() || !howUrl.isEmpty());
    // BibTeX has no entry type for a conference abstract or an initiative; the "type" field says
    // it (EviMap's export writes it so).
    const QString subtype = pick.peekRaw("type").toLower();
    if (r.type == RecordType::ConferencePaper && subtype.contains(QLatin1String("abstract"))) {
        r.type = RecordType::ConferenceAbstract;
        pick.markUsed("type");
    } else if (subtype == QLatin1String("initiative")) {
        r.type = RecordType::Initiative;
        pick.markUsed("type");
    }
    if (r.url.isEmpty() && r.type == RecordType::WebPage)
        r.url = howUrl;

    const QString title = pick.text({"title"});
    const bool bookLike = isBookLike(entry.type);
    r.title = title;
    const QString subtitle = title.isEmpty() ? QString() : pick.text({"subtitle"});
    if (!subtitle.isEmpty()) {
        static const QString stops = QStringLiteral(".:?!");
        r.title +=
            (stops.contains(title.back()) ? QLatin1String(" ") : QLatin1String(": ")) + subtitle;
    }
    if (r.title.isEmpty() && bookLike)
        r.title = pick.text({"booktitle"});

    for (const QString &name : BibtexReader::splitNames(pick.raw("author"))) {
        const QString normalised = BibtexReader::normaliseName(name);
        if (!normalised.isEmpty())
            r.authors.append(normalised);
    }
    r.abstract = pick.text({"abstract"});

    // fjournal: the full journal name next to an abbreviated journal (MathSciNet, zbMATH).
    r.container = pick.text({"journaltitle", "fjournal", "journal"});
    const bool fromJournal = !r.container.isEmpty();
    if (r.container.isEmpty() && !bookLike)
        r.container = pick.text({"booktitle", "maintitle", "eventtitle"});
    if (r.container.isEmpty() && bookLike)
        r.container = pick.text({"series", "maintitle"});

    r.volume = pick.text({"volume"});
    r.issue = fromJournal || r.type == RecordType::JournalArticle ? pick.text({"number", "issue"})
                                                                  : pick.text({"issue"});
    QString pages = pick.text({"pages"});
    static const QRegularExpression dash(QStringLiteral("\\s*[-\\x{2010}-\\x{2015}]+\\s*"));
    pages.replace(dash, QStringLiteral("-"));
    r.pages = pages;

    readDate(pick, r);

    r.doi = Normalise::cleanDoi(pick.text({"doi"}));
    if (r.doi.isEmpty()) {
        const QString eprintType = LatexText::toUnicode(pick.peekRaw("eprinttype")).toLower();
        if (eprintType == QLatin1String("doi"))
            r.doi = Normalise::cleanDoi(LatexText::verbatim(pick.peekRaw("eprint")));
    }
    if (r.doi.isEmpty()) {
        // Some exports hide the DOI in the URL or a note.
        for (const char *name : {"url", "note", "howpublished"}) {
            const QString value = LatexText::verbatim(pick.peekRaw(name));
            if (value.contains(QLatin1String("10.")) &&
                (value.contains(QLatin1String("doi"), Qt::CaseInsensitive) ||
                 value.startsWith(QLatin1String("10.")))) {
                r.doi = Normalise::cleanDoi(value);
                if (!r.doi.isEmpty())
                    break;
            }
        }
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    const QString pmid = LatexText::verbatim(pick.peekRaw("pmid"));
    if (digits.match(pmid).hasMatch()) {
        r.pmid = pmid;
        pick.markUsed("pmid");
    } else {
        const QString eprintType = LatexText::toUnicode(pick.peekRaw("eprinttype")).toLower();
        const QString eprint = LatexText::verbatim(pick.peekRaw("eprint"));
        if ((eprintType == QLatin1String("pubmed") || eprintType == QLatin1String("pmid")) &&
            digits.match(eprint).hasMatch())
            r.pmid = eprint;
    }
    r.isbn = pick.text({"isbn"});

    r.keywords = splitKeywordText(pick.text({"keywords", "keyword"}));
    r.language = pick.text({"language"});
    r.publisher = pick.text({"publisher", "school", "institution"});
    if (r.publisher.isEmpty() &&
        (r.type == RecordType::WebPage || r.type == RecordType::Report ||
         r.type == RecordType::Other || entry.type == QLatin1String("proceedings")))
        r.publisher = pick.text({"organization"});
    r.notes = pick.text({"note"});

    if (!entry.key.isEmpty())
        r.rawFields.append({QStringLiteral("citekey"), entry.key});
    r.rawFields += pick.unusedOwn();
    return r;
}

// Reads entries from the characters of a file and hands them on as records.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(BibtexReader)

public:
    Parser(Source &source, const ReadContext &context)
        : m_src(source)
        , m_context(context)
    {}

    Status run();

private:
    struct Failure
    {
        QString message;
        int line = 0;
        bool atEntryStart = false; // the current line starts the next entry: resume there
    };

    bool fail(const QString &message, bool atEntryStart = false)
    {
        if (!m_failure)
            m_failure = Failure{message, m_src.line(), atEntryStart};
        return false;
    }
    bool failEnd()
    {
        if (m_src.limitHit())
            return fail(
                tr("the entry is longer than %1 MB").arg(BibtexReader::maxEntryChars >> 20));
        return fail(tr("the file ends inside the entry (a closing brace is missing)"));
    }

    void skipSpaceAndComments()
    {
        for (;;) {
            const QChar c = m_src.peek();
            if (c.isNull())
                return;
            if (c.isSpace()) {
                m_src.get();
            } else if (c == QLatin1Char('%')) {
                while (!m_src.atEnd() && m_src.get() != QLatin1Char('\n')) {
                }
            } else {
                return;
            }
        }
    }

    QString readName()
    {
        QString name;
        while (isNameChar(m_src.peek()))
            name.append(m_src.get());
        return name;
    }

    QString readKey(QChar close)
    {
        QString key;
        for (;;) {
            const QChar c = m_src.peek();
            if (c.isNull() || c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('=') ||
                c == QLatin1Char('{') || c == QLatin1Char('}') || c == close)
                return key;
            key.append(m_src.get());
        }
    }

    // After a field name: " 1 =" (digits, then "=" on the same line) gives "1" and consumes
    // the digits; anything else gives nothing and consumes nothing.
    QString takeFieldNumber()
    {
        const QString &s = m_src.text();
        qsizetype i = m_src.pos();
        const qsizetype start = i;
        while (i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128)
            ++i;
        if (i == start)
            return {};
        qsizetype j = i;
        while (j < s.size() && (s.at(j) == QLatin1Char(' ') || s.at(j) == QLatin1Char('\t')))
            ++j;
        if (j >= s.size() || s.at(j) != QLatin1Char('='))
            return {};
        QString number;
        while (m_src.pos() < i)
            number.append(m_src.get());
        skipSpaceAndComments();
        return number;
    }

    // The next characters of the current line read "name =" (a field whose comma is missing).
    bool nextIsField() const
    {
        const QString &s = m_src.text();
        qsizetype i = m_src.pos();
        const qsizetype start = i;
        while (i < s.size() && isNameChar(s.at(i)))
            ++i;
        if (i == start)
            return false;
        while (i < s.size() && s.at(i).isSpace())
            ++i;
        return i < s.size() && s.at(i) == QLatin1Char('=');
    }

    static bool isBracedSpecial(QChar c)
    {
        return c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('\\');
    }
    static bool isQuotedSpecial(QChar c)
    {
        return c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('\\') ||
               c == QLatin1Char('"');
    }

    bool readBraced(QString &out)
    {
        int depth = 1;
        for (;;) {
            out.append(m_src.takeWhileNot(isBracedSpecial));
            const QChar c = m_src.get();
            if (c.isNull())
                return failEnd();
            switch (c.unicode()) {
            case u'\\': {
                out.append(c);
                const QChar next = m_src.peek();
                if (next == QLatin1Char('{') || next == QLatin1Char('}') ||
                    next == QLatin1Char('\\'))
                    out.append(m_src.get());
                break;
            }
            case u'{':
                if (++depth > BibtexReader::maxBraceDepth)
                    return fail(
                        tr("braces are nested deeper than %1").arg(BibtexReader::maxBraceDepth));
                out.append(c);
                break;
            case u'}':
                if (--depth == 0)
                    return true;
                out.append(c);
                break;
            case u'\n':
                if (m_src.lineStartsEntry())
                    return fail(tr("a brace is not closed before the next entry"), true);
                out.append(c);
                break;
            default:
                out.append(c);
            }
        }
    }

    bool readQuoted(QString &out)
    {
        int depth = 0;
        for (;;) {
            out.append(m_src.takeWhileNot(isQuotedSpecial));
            const QChar c = m_src.get();
            if (c.isNull())
                return failEnd();
            switch (c.unicode()) {
            case u'\\': {
                out.append(c);
                const QChar next = m_src.peek();
                if (next == QLatin1Char('{') || next == QLatin1Char('}') ||
                    next == QLatin1Char('"') || next == QLatin1Char('\\'))
                    out.append(m_src.get());
                break;
            }
            case u'{':
                if (++depth > BibtexReader::maxBraceDepth)
                    return fail(
                        tr("braces are nested deeper than %1").arg(BibtexReader::maxBraceDepth));
                out.append(c);
                break;
            case u'}':
                if (--depth < 0)
                    return fail(tr("a closing brace inside a quoted value has no opening brace"));
                out.append(c);
                break;
            case u'"':
                if (depth == 0)
                    return true;
                out.append(c);
                break;
            case u'\n':
                if (m_src.lineStartsEntry())
                    return fail(tr("a quoted value is not closed before the next entry"), true);
                out.append(c);
                break;
            default:
                out.append(c);
            }
        }
    }

    // value = part ("#" part)*, part = {...} | "..." | number | macro name.
    bool readValue(const QString &field, QString &out)
    {
        for (;;) {
            skipSpaceAndComments();
            const QChar c = m_src.peek();
            if (c.isNull())
                return failEnd();
            if (c == QLatin1Char('{')) {
                m_src.get();
                if (!readBraced(out))
                    return false;
            } else if (c == QLatin1Char('"')) {
                m_src.get();
                if (!readQuoted(out))
                    return false;
            } else if (isNameChar(c)) {
                const QString token = readName();
                bool number = true;
                for (const QChar d : token)
                    number = number && d.isDigit();
                if (number) {
                    out += token;
                } else {
                    const QString name = token.toLower();
                    const auto it = m_macros.constFind(name);
                    if (it != m_macros.constEnd()) {
                        // Chains of "#" can double a value with every @string (a few hundred
                        // bytes would expand to gigabytes): a value has a bounded size.
                        if (out.size() + it->size() > BibtexReader::maxValueChars)
                            return fail(tr("the value of \"%1\" grows past %2 MiB when the "
                                           "macro \"%3\" is expanded")
                                            .arg(field)
                                            .arg(BibtexReader::maxValueChars >> 20)
                                            .arg(token));
                        out += *it;
                    } else if (m_refusedMacros.contains(name)) {
                        return fail(
                            tr("the macro \"%1\" could not be defined (its @string was refused)")
                                .arg(token));
                    } else if (predefinedMacros().contains(name)) {
                        out += predefinedMacros().value(name);
                    } else {
                        m_pendingWarnings.append(
                            {m_src.line(),
                             tr("the macro \"%1\" is not defined; its name was kept").arg(token)});
                        out += token;
                    }
                }
            } else {
                return fail(tr("the field \"%1\" has no value").arg(field));
            }
            skipSpaceAndComments();
            if (m_src.peek() != QLatin1Char('#'))
                return true;
            m_src.get();
        }
    }

    bool readEntryFields(Entry &entry, QChar close)
    {
        skipSpaceAndComments();
        entry.key = readKey(close);
        skipSpaceAndComments();
        QChar c = m_src.peek();
        QString pendingName;
        if (c == QLatin1Char('=')) {
            // No citation key: what was read is the first field's name.
            pendingName = entry.key;
            entry.key.clear();
            m_pendingWarnings.append({m_src.line(), tr("the entry has no citation key")});
        } else if (c == QLatin1Char(',')) {
            m_src.get();
        } else if (c == close) {
            m_src.get();
            return true;
        } else if (c.isNull()) {
            return failEnd();
        } else if (nextIsField()) {
            m_pendingWarnings.append(
                {m_src.line(), tr("a comma is missing after the citation key \"%1\"; it was read "
                                  "as if it were there")
                                   .arg(entry.key)});
        } else {
            return fail(tr("a comma is missing after the citation key \"%1\"").arg(entry.key));
        }
        qsizetype expanded = 0;
        for (;;) {
            QString name = pendingName;
            pendingName.clear();
            if (name.isEmpty()) {
                skipSpaceAndComments();
                c = m_src.peek();
                if (c.isNull())
                    return failEnd();
                if (c == close) {
                    m_src.get();
                    return true;
                }
                if (c == QLatin1Char(',')) {
                    m_src.get();
                    continue;
                }
                if (c == QLatin1Char('@') && m_src.lineStartsEntry())
                    return fail(tr("the entry is not closed before the next entry"), true);
                name = readName();
                if (name.isEmpty())
                    return fail(tr("a field name was expected, not \"%1\"").arg(c));
                skipSpaceAndComments();
                // Scopus numbers repeated fields with a space ("funding_text 1 = {...}"):
                // the number joins the name, which stays a valid BibTeX name on export.
                if (const QString number = takeFieldNumber(); !number.isEmpty())
                    name += QLatin1Char('_') + number;
            }
            if (m_src.peek() != QLatin1Char('='))
                return fail(tr("\"=\" is missing after the field name \"%1\"").arg(name));
            m_src.get();
            QString value;
            if (!readValue(name, value))
                return false;
            expanded += value.size();
            if (expanded > BibtexReader::maxEntryExpandedChars)
                return fail(tr("the entry grows past %1 MiB when its macros are expanded")
                                .arg(BibtexReader::maxEntryExpandedChars >> 20));
            entry.fields.append({name.toLower(), value});
            skipSpaceAndComments();
            c = m_src.peek();
            if (c == QLatin1Char(',')) {
                m_src.get();
            } else if (c == close) {
                m_src.get();
                return true;
            } else if (c.isNull()) {
                return failEnd();
            } else if (nextIsField()) {
                m_pendingWarnings.append(
                    {m_src.line(), tr("a comma is missing after the field \"%1\"; it was read as "
                                      "if it were there")
                                       .arg(name)});
            } else {
                return fail(tr("a comma or the end of the entry was expected after the field "
                               "\"%1\", not \"%2\"")
                                .arg(name, c));
            }
        }
    }

    bool readStringDefinitions(QChar close)
    {
        for (;;) {
            skipSpaceAndComments();
            const QChar c = m_src.peek();
            if (c.isNull())
                return failEnd();
            if (c == close) {
                m_src.get();
                return true;
            }
            if (c == QLatin1Char(',')) {
                m_src.get();
                continue;
            }
            const QString name = readName();
            if (name.isEmpty())
                return fail(tr("a macro name was expected, not \"%1\"").arg(c));
            skipSpaceAndComments();
            if (m_src.peek() != QLatin1Char('='))
                return fail(tr("\"=\" is missing after the macro name \"%1\"").arg(name));
            m_src.get();
            const QString key = name.toLower();
            QString value;
            const bool read = readValue(name, value);
            // Every macro may hold up to the bound of a value: their sum is bounded too.
            const qsizetype before = m_macros.value(key).size();
            if (read && m_macroChars - before + value.size() <= BibtexReader::maxMacroChars) {
                m_macroChars += value.size() - before;
                m_macros.insert(key, value);
                m_refusedMacros.remove(key);
                continue;
            }
            m_macroChars -= m_macros.take(key).size();
            m_refusedMacros.insert(key);
            if (!read)
                return false;
            return fail(tr("the @string macros grow past %1 MiB in all")
                            .arg(BibtexReader::maxMacroChars >> 20));
        }
    }

    bool skipComment(QChar close)
    {
        int depth = 0;
        for (;;) {
            const QChar c = m_src.get();
            if (c.isNull())
                return failEnd();
            if (c == QLatin1Char('{')) {
                ++depth;
            } else if (c == QLatin1Char('}')) {
                if (depth == 0 && close == QLatin1Char('}'))
                    return true;
                depth = qMax(0, depth - 1);
            } else if (c == close && depth == 0) {
                return true;
            } else if (c == QLatin1Char('\n') && m_src.lineStartsEntry()) {
                return fail(tr("a brace is not closed before the next entry"), true);
            }
        }
    }

    void handleEntry();
    void finishEntry(Entry &&read);
    void emitEntry(const Entry &entry);
    QString unresolvedParent(const Entry &entry) const;
    void resolve(Entry &entry);
    void wake(const EntryPtr &resolved);
    void resolveNow(const EntryPtr &start);
    void releaseAll();
    void dropResolvedWaiters();
    void remember(const EntryPtr &entry);

    Source &m_src;
    const ReadContext &m_context;
    QHash<QString, QString> m_macros;
    qsizetype m_macroChars = 0;
    QSet<QString> m_refusedMacros; // an entry that uses one is refused too
    std::optional<Failure> m_failure;
    QList<QPair<int, QString>> m_pendingWarnings;
    int m_recordNo = 0;
    bool m_sawEntry = false;
    bool m_stopped = false;
    bool m_finished = false; // the whole file has been read

    // crossref / xdata: entries kept as possible parents, and children waiting for theirs. An
    // entry waits for one parent at a time and is looked at again only when that one is
    // resolved, so long chains and cycles cost time in proportion to their length.
    QHash<QString, EntryPtr> m_remembered;
    std::deque<std::pair<QString, qint64>> m_rememberOrder; // key, cost
    qint64 m_rememberedCost = 0;
    QMultiHash<QString, EntryPtr> m_waitingFor; // by the key of the parent they wait for
    std::deque<EntryPtr> m_pending;             // in file order; resolved ones are skipped
    qint64 m_pendingCost = 0;
    qsizetype m_waitingCount = 0;
    QSet<QString> m_forgotten;
};

void Parser::handleEntry()
{
    const int line = m_src.line();
    skipSpaceAndComments();
    const QString type = readName();
    if (type.isEmpty())
        return; // a stray '@' in text between entries
    skipSpaceAndComments();
    const QChar open = m_src.peek();
    if (open != QLatin1Char('{') && open != QLatin1Char('('))
        return; // "@word" in text between entries (an e-mail address, @comment without braces)
    m_src.get();
    const QChar close = open == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(')');
    const QString kind = type.toLower();
    m_sawEntry = true;
    m_failure.reset();
    m_pendingWarnings.clear();
    m_src.setLimit(m_src.count() + BibtexReader::maxEntryChars);

    if (kind == QLatin1String("comment") || kind == QLatin1String("preamble") ||
        kind == QLatin1String("string")) {
        bool ok = true;
        if (kind != QLatin1String("string")) {
            // @preamble holds LaTeX for the bibliography, not data: dropped like a comment.
            ok = skipComment(close);
        } else {
            ok = readStringDefinitions(close);
        }
        m_src.clearLimit();
        for (const auto &w : std::as_const(m_pendingWarnings))
            m_context.issue(Issue::Severity::Warning, w.first, 0, w.second);
        if (!ok) {
            m_context.issue(Issue::Severity::Warning, m_failure->line, 0,
                            tr("@%1 at line %2 could not be read: %3; reading goes on at the "
                               "next line starting with @")
                                .arg(type)
                                .arg(line)
                                .arg(m_failure->message));
            if (!m_failure->atEntryStart && !m_src.atEntryLine())
                m_src.skipToEntryLine();
        }
        return;
    }

    Entry entry;
    entry.type = kind;
    entry.line = line;
    entry.recordNo = ++m_recordNo;
    const bool ok = readEntryFields(entry, close);
    m_src.clearLimit();
    if (!ok) {
        const QString who = entry.key.isEmpty() ? QStringLiteral("@") + type
                                                : QStringLiteral("@%1{%2").arg(type, entry.key);
        m_context.issue(
            Issue::Severity::Error, m_failure->line, entry.recordNo,
            tr("%1 (line %2) was skipped: %3").arg(who).arg(line).arg(m_failure->message));
        if (!m_failure->atEntryStart && !m_src.atEntryLine())
            m_src.skipToEntryLine();
        return;
    }
    for (const auto &w : std::as_const(m_pendingWarnings))
        m_context.issue(Issue::Severity::Warning, w.first, entry.recordNo, w.second);
    // "}, year = ..." after the end: an extra closing brace ended the entry early.
    const QString &rest = m_src.text();
    qsizetype i = m_src.pos();
    while (i < rest.size() && rest.at(i).isSpace())
        ++i;
    if (i < rest.size() && rest.at(i) == QLatin1Char(',') && rest.indexOf(QLatin1Char('='), i) > 0)
        m_context.issue(Issue::Severity::Warning, m_src.line(), entry.recordNo,
                        tr("the entry ends early (an extra closing brace?); the text after it "
                           "was ignored"));
    if (entry.key.isEmpty() && entry.fields.isEmpty()) {
        m_context.issue(Issue::Severity::Error, line, entry.recordNo,
                        tr("@%1 at line %2 is empty; skipped").arg(type).arg(line));
        return;
    }
    finishEntry(std::move(entry));
}

// The keys an entry is known by: its own and BibLaTeX's aliases (ids = {a, b}).
QStringList keysOf(const Entry &entry)
{
    QStringList keys;
    if (!entry.key.isEmpty())
        keys.append(entry.key.toLower());
    const QString ids = entry.field(QLatin1String("ids"));
    if (!ids.isEmpty()) {
        for (const QString &id : LatexText::verbatim(ids).split(QLatin1Char(','))) {
            if (!id.trimmed().isEmpty())
                keys.append(id.trimmed().toLower());
        }
    }
    return keys;
}

void Parser::remember(const EntryPtr &entry)
{
    const qint64 cost = entry->cost();
    for (const QString &key : keysOf(*entry)) {
        if (m_remembered.contains(key))
            continue; // the first of two entries with one key wins, as in BibTeX
        m_remembered.insert(key, entry);
        m_rememberOrder.push_back({key, cost});
        m_rememberedCost += cost;
    }
    while (m_rememberedCost > rememberBudget && m_rememberOrder.size() > 1) {
        const auto [old, oldCost] = m_rememberOrder.front();
        m_rememberOrder.pop_front();
        m_rememberedCost -= oldCost;
        m_remembered.remove(old);
        m_forgotten.insert(old);
    }
}

// The first parent of the entry that may still be read or resolved; empty when every parent
// is resolved or gone for good, so that the entry can be resolved now.
QString Parser::unresolvedParent(const Entry &entry) const
{
    for (const QString &key : entry.parentKeys) {
        const auto it = m_remembered.constFind(key);
        if (it == m_remembered.constEnd()) {
            if (!m_forgotten.contains(key))
                return key;
        } else if (!(*it)->resolved && it->get() != &entry) {
            return key;
        }
    }
    return {};
}

// Takes the fields the entry inherits from its parents, which are resolved (or, in a cycle,
// on the way to being resolved: then their own fields are taken, and the cycle reported).
void Parser::resolve(Entry &entry)
{
    entry.inherited.clear();
    for (const QString &key : std::as_const(entry.parentKeys)) {
        const bool viaXdata = key != entry.crossrefKey;
        const auto it = m_remembered.constFind(key);
        if (it == m_remembered.constEnd()) {
            if (m_forgotten.contains(key))
                entry.problems.append(tr("the parent entry \"%1\" was too far back in the file "
                                         "to be kept; nothing was inherited from it")
                                          .arg(key));
            else if (m_finished)
                entry.problems.append(tr("the parent entry \"%1\" is not in the file; nothing "
                                         "was inherited from it")
                                          .arg(key));
            else
                entry.problems.append(tr("the parent entry \"%1\" had not been found when too "
                                         "many entries were waiting for their parents; nothing "
                                         "was inherited from it")
                                          .arg(key));
            continue;
        }
        Entry &parent = **it;
        if (!parent.resolved) {
            // The chain comes back to an entry being resolved: both ends say so.
            entry.problems.append(
                tr("the crossref chain through \"%1\" is circular; it was followed once").arg(key));
            if (&parent != &entry && parent.cycleThrough.isEmpty())
                parent.cycleThrough = keysOf(entry).value(0, key);
        }
        auto take = [&](const QList<RawField> &fields) {
            for (const RawField &f : fields) {
                const QString name = inheritedName(entry.type, parent.type, f.first, viaXdata);
                if (name.isEmpty() || entry.has(name))
                    continue;
                entry.inherited.append({name, f.second});
            }
        };
        take(parent.fields);
        if (parent.resolved)
            take(parent.inherited);
    }
    if (!entry.cycleThrough.isEmpty())
        entry.problems.append(
            tr("the crossref chain through \"%1\" is circular; it was followed once")
                .arg(entry.cycleThrough));
    entry.resolved = true;
    if (entry.waiting) {
        entry.waiting = false;
        m_pendingCost -= entry.cost();
        --m_waitingCount;
    }
}

// Entries resolved while they waited stay listed until this drops them, when they have come
// to outnumber the ones still waiting (so the lists cost time and memory in proportion).
void Parser::dropResolvedWaiters()
{
    if (qsizetype(m_pending.size()) <= 2 * m_waitingCount + 1024)
        return;
    std::erase_if(m_pending, [](const EntryPtr &e) { return e->resolved; });
    for (auto it = m_waitingFor.begin(); it != m_waitingFor.end();) {
        if ((*it)->resolved)
            it = m_waitingFor.erase(it);
        else
            ++it;
    }
}

void Parser::emitEntry(const Entry &entry)
{
    if (m_stopped)
        return;
    if (entry.type == QLatin1String("xdata"))
        return; // BibLaTeX data containers are not references
    for (const QString &problem : entry.problems)
        m_context.issue(Issue::Severity::Warning, entry.line, entry.recordNo, problem);
    Record record = entry.inherited.isEmpty() ? toRecord(entry, entry.fields)
                                              : toRecord(entry, entry.fields + entry.inherited);
    if (!m_context.emitRecord(std::move(record)))
        m_stopped = true;
}

// Resolves the entries that waited for this one, and those that waited for them, and hands
// them on in the order of the file.
void Parser::wake(const EntryPtr &resolved)
{
    if (m_waitingFor.isEmpty())
        return; // the usual case: no entry waits for a parent
    std::vector<EntryPtr> todo{resolved};
    QList<EntryPtr> ready;
    while (!todo.empty()) {
        const EntryPtr parent = todo.back();
        todo.pop_back();
        for (const QString &key : keysOf(*parent)) {
            const QList<EntryPtr> children = m_waitingFor.values(key);
            m_waitingFor.remove(key);
            for (const EntryPtr &child : children) {
                if (child->resolved || child->resolving)
                    continue; // resolved meanwhile; or left to resolveNow()
                const QString missing = unresolvedParent(*child);
                if (!missing.isEmpty()) {
                    m_waitingFor.insert(missing, child);
                    continue;
                }
                resolve(*child);
                ready.append(child);
                todo.push_back(child);
            }
        }
    }
    std::sort(ready.begin(), ready.end(),
              [](const EntryPtr &a, const EntryPtr &b) { return a->recordNo < b->recordNo; });
    for (const EntryPtr &e : std::as_const(ready))
        emitEntry(*e);
}

// Resolves an entry that cannot wait any longer (the file has ended, or too many wait) with
// what has been read: its unresolved parents first, without recursion (chains can be long).
void Parser::resolveNow(const EntryPtr &start)
{
    std::vector<EntryPtr> stack{start};
    start->resolving = true;
    while (!stack.empty()) {
        const EntryPtr e = stack.back();
        EntryPtr next;
        for (const QString &key : std::as_const(e->parentKeys)) {
            const auto it = m_remembered.constFind(key);
            if (it != m_remembered.constEnd() && !(*it)->resolved && !(*it)->resolving) {
                next = *it;
                break;
            }
        }
        if (next) {
            next->resolving = true;
            stack.push_back(next);
            continue;
        }
        stack.pop_back();
        if (!e->resolved)
            resolve(*e);
        e->resolving = false;
        emitEntry(*e);
        wake(e);
    }
}

void Parser::finishEntry(Entry &&read)
{
    const EntryPtr entry = std::make_shared<Entry>(std::move(read));
    entry->crossrefKey =
        LatexText::verbatim(entry->field(QLatin1String("crossref"))).trimmed().toLower();
    entry->parentKeys = entry->parents();
    remember(entry);
    const QString missing = unresolvedParent(*entry);
    if (missing.isEmpty()) {
        resolve(*entry);
        emitEntry(*entry);
        wake(entry);
        return;
    }
    // The parent may come later in the file (or be resolved later): wait for it.
    entry->waiting = true;
    m_pendingCost += entry->cost();
    ++m_waitingCount;
    m_waitingFor.insert(missing, entry);
    m_pending.push_back(entry);
    dropResolvedWaiters();
    while (m_pendingCost > pendingBudget && !m_pending.empty()) {
        const EntryPtr oldest = m_pending.front();
        m_pending.pop_front();
        if (!oldest->resolved)
            resolveNow(oldest);
    }
}

void Parser::releaseAll()
{
    while (!m_stopped && !m_pending.empty()) {
        const EntryPtr oldest = m_pending.front();
        m_pending.pop_front();
        if (!oldest->resolved)
            resolveNow(oldest);
    }
}

Status Parser::run()
{
    int lastProgressLine = 0;
    while (!m_stopped && !m_src.atEnd()) {
        const QChar c = m_src.get();
        if (const int cut = m_src.takeCutLine())
            m_context.issue(Issue::Severity::Warning, cut, m_recordNo + 1,
                            tr("the line is longer than %1 MiB; the rest of it was ignored")
                                .arg(LineReader::defaultMaxLineBytes >> 20));
        if (c == QLatin1Char('@'))
            handleEntry();
        if (m_src.line() - lastProgressLine >= 4096) {
            lastProgressLine = m_src.line();
            if (m_context.progress)
                m_context.progress(m_src.reader().bytesConsumed());
            if (m_context.isCancelled())
                m_stopped = true;
        }
    }
    m_finished = true;
    releaseAll();
    if (!m_sawEntry)
        return Error{Error::Kind::InputRefused,
                     tr("%1 is not a BibTeX file: no entry of the form \"@type{\" was found")
                         .arg(m_context.fileName)};
    if (m_src.reader().fallbackLines() > 0)
        m_context.issue(Issue::Severity::Info, 0, 0,
                        tr("%n line(s) were not UTF-8 and were read as Windows-1252", nullptr,
                           m_src.reader().fallbackLines()));
    return {};
}

} // namespace

FormatRegistry::Format BibtexReader::format()
{
    FormatRegistry::Format f;
    f.id = QStringLiteral("bibtex");
    f.name = tr("BibTeX / BibLaTeX");
    f.extensions = {QStringLiteral("bib"), QStringLiteral("bibtex"), QStringLiteral("biblatex")};
    f.sniff = [](const QString &head) {
        static const QRegularExpression known(
            QStringLiteral("^[ \\t]*@[ \\t]*(article|book|booklet|inbook|incollection|"
                           "inproceedings|conference|manual|mastersthesis|misc|phdthesis|"
                           "proceedings|techreport|unpublished|online|report|thesis|collection|"
                           "string|preamble|comment|software|dataset|electronic|www|patent|set|"
                           "xdata|mv[a-z]+|in[a-z]+)[ \\t]*[{(]"),
            QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        // Mendeley writes types with an underscore (@web_page{).
        static const QRegularExpression anyType(
            QStringLiteral("^[ \\t]*@[A-Za-z][A-Za-z0-9_-]*[ \\t]*[{(]"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression inline_(
            QStringLiteral("@(article|book|inproceedings|misc|preamble|string|comment)\\s*[{(]"),
            QRegularExpression::CaseInsensitiveOption);
        if (known.match(head).hasMatch())
            return 90;
        if (anyType.match(head).hasMatch())
            return 60;
        if (inline_.match(head).hasMatch())
            return 40;
        return 0;
    };
    f.create = [] { return std::make_unique<BibtexReader>(); };
    return f;
}

Status BibtexReader::read(QIODevice &device, const ReadContext &context)
{
    LineReader reader(device);
    Source source(reader);
    Parser parser(source, context);
    return parser.run();
}

} // namespace evimap
