#include "import/filepreview.h"

#include "import/formatregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstring>

namespace evimap {

namespace {

constexpr qint64 headSize = 64 * 1024;
constexpr qint64 chunkSize = 1 << 20;

// The database of a "DB  - ..." (RIS, MEDLINE) or "Database: ..." (Ovid) value, in the names
// the import dialog offers; a name it does not know is kept as written.
QString databaseName(QString value, QString platform)
{
    value = value.trimmed();
    // Ovid writes the coverage after the name: "Embase <1974 to 2025 January 14>".
    if (const qsizetype angle = value.indexOf(QLatin1Char('<')); angle > 0)
        value = value.left(angle).trimmed();
    if (value.isEmpty())
        return {};
    if (value.contains(QLatin1String("Ovid"), Qt::CaseInsensitive))
        platform = QStringLiteral("Ovid");
    const auto named = [&](const char *name) {
        const QString text = QLatin1String(name);
        return platform.isEmpty() ? text : text + QStringLiteral(" (") + platform + u')';
    };
    const auto has = [&](const char *word) {
        return value.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    // EBSCOhost names its databases by code.
    const auto is = [&](const char *code) {
        return value.compare(QLatin1String(code), Qt::CaseInsensitive) == 0;
    };
    if (is("cin20") || is("ccm") || is("rzh") || is("c8h"))
        return named("CINAHL");
    if (is("psyh"))
        return named("PsycINFO");
    if (is("mdc") || is("cmedm") || is("mnh"))
        return named("MEDLINE");
    if (has("Embase"))
        return named("Embase");
    if (has("PsycINFO") || has("PsycInfo"))
        return named("PsycINFO");
    if (has("CAB Abstracts") || has("CAB Direct") || has("CABI") || has("Global Health"))
        return named("CAB Abstracts");
    if (has("Scopus"))
        return QStringLiteral("Scopus");
    if (has("Web of Science") || has("Web of Knowledge"))
        return QStringLiteral("Web of Science");
    if (has("CINAHL"))
        return named("CINAHL");
    if (has("MEDLINE"))
        return named("MEDLINE");
    if (has("Cochrane"))
        return QStringLiteral("Cochrane Library");
    if (has("PubMed"))
        return QStringLiteral("MEDLINE (PubMed)");
    if (value.compare(QLatin1String("Ovid Technologies"), Qt::CaseInsensitive) == 0)
        return {};
    return value.left(60);
}

// Calls `line` with the first bytes (at most `prefix`) of every line of the device.
template<typename Line>
bool forEachLineStart(QIODevice &device, int prefix, Line line)
{
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    QByteArray start;
    bool inLine = false; // past the prefix of the current line
    for (;;) {
        const qint64 n = device.read(buffer.data(), chunkSize);
        if (n < 0)
            return false;
        if (n == 0)
            break;
        const char *p = buffer.constData();
        const char *end = p + n;
        while (p < end) {
            if (inLine) {
                const void *nl = std::memchr(p, '\n', size_t(end - p));
                if (!nl) {
                    p = end;
                    break;
                }
                p = static_cast<const char *>(nl) + 1;
                inLine = false;
                continue;
            }
            const char c = *p++;
            if (c == '\n' || c == '\r') {
                if (!start.isEmpty())
                    line(start);
                start.clear();
                continue;
            }
            start.append(c);
            if (start.size() >= prefix) {
                line(start);
                start.clear();
                inLine = true;
            }
        }
    }
    if (!start.isEmpty())
        line(start);
    return true;
}

// Occurrences of any of `needles` (all shorter than a chunk), across chunk boundaries.
qint64 countOccurrences(QIODevice &device, const QList<QByteArray> &needles)
{
    qsizetype longest = 0;
    for (const QByteArray &needle : needles)
        longest = qMax(longest, needle.size());
    QByteArray carry;
    qint64 count = 0;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buffer.data(), chunkSize);
        if (n <= 0)
            break;
        const QByteArray text = carry + QByteArray::fromRawData(buffer.constData(), n);
        for (const QByteArray &needle : needles) {
            qsizetype from = 0;
            // Only matches that start before the carried tail, which the next chunk re-reads.
            const qsizetype limit = text.size() - longest + 1;
            while ((from = text.indexOf(needle, from)) >= 0 && from < limit) {
                ++count;
                from += needle.size();
            }
        }
        carry = text.right(longest - 1);
    }
    for (const QByteArray &needle : needles)
        count += carry.count(needle);
    return count;
}

// CSV rows after the header: line ends outside quotes, a last line without one counted too.
qint64 countCsvRows(QIODevice &device)
{
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    bool quoted = false;
    bool rowHasText = false;
    qint64 rows = 0;
    for (;;) {
        const qint64 n = device.read(buffer.data(), chunkSize);
        if (n <= 0)
            break;
        for (qint64 i = 0; i < n; ++i) {
            const char c = buffer.at(i);
            if (c == '"') {
                quoted = !quoted;
                rowHasText = true;
            } else if (c == '\n' && !quoted) {
                if (rowHasText)
                    ++rows;
                rowHasText = false;
            } else if (c != '\r') {
                rowHasText = true;
            }
        }
    }
    if (rowHasText)
        ++rows;
    return qMax<qint64>(0, rows - 1);
}

// The items of a CSL-JSON array: objects one level inside the top array (or one object).
qint64 countJsonItems(QIODevice &device)
{
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    int depth = 0;
    bool inString = false, escaped = false, topIsArray = false, started = false;
    qint64 items = 0;
    for (;;) {
        const qint64 n = device.read(buffer.data(), chunkSize);
        if (n <= 0)
            break;
        for (qint64 i = 0; i < n; ++i) {
            const char c = buffer.at(i);
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (!started) {
                    started = true;
                    topIsArray = c == '[';
                    if (!topIsArray)
                        items = 1;
                } else if (c == '{' && topIsArray && depth == 1) {
                    ++items;
                }
                ++depth;
            } else if (c == ']' || c == '}') {
                --depth;
            }
        }
    }
    return items;
}

bool isTag(const QByteArray &start, const char *tag)
{
    // "ER  -", "ER -", "ER   -" (one to three spaces, as the RIS reader accepts)
    const qsizetype n = qsizetype(std::strlen(tag));
    if (!start.startsWith(tag))
        return false;
    qsizetype i = n;
    while (i < start.size() && start.at(i) == ' ')
        ++i;
    return i > n && i <= n + 3 && i < start.size() && start.at(i) == '-';
}

} // namespace

QString FilePreview::sourceNamedIn(const QByteArray &head, const QString &format)
{
    const QString text = FormatRegistry::decodeHead(head);
    static const QRegularExpression dbLine(QStringLiteral("^DB {1,3}- *(.+)$"),
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression ovidDatabase(QStringLiteral("^ *Database: *(.+)$"),
                                                 QRegularExpression::MultilineOption);
    static const QRegularExpression ovidProvider(QStringLiteral("^DP {1,3}- *Ovid"),
                                                 QRegularExpression::MultilineOption);
    static const QRegularExpression ebscoProvider(QStringLiteral("^DP {1,3}- *EBSCO"),
                                                  QRegularExpression::MultilineOption);
    const QString platform = text.contains(ovidProvider)    ? QStringLiteral("Ovid")
                             : text.contains(ebscoProvider) ? QStringLiteral("EBSCO")
                                                            : QString();
    if (const QRegularExpressionMatch m = dbLine.match(text); m.hasMatch()) {
        if (QString name = databaseName(m.captured(1), platform); !name.isEmpty())
            return name;
    }
    if (const QRegularExpressionMatch m = ovidDatabase.match(text); m.hasMatch()) {
        if (QString name = databaseName(m.captured(1), QStringLiteral("Ovid")); !name.isEmpty())
            return name;
    }
    // Web of Science: its plain text and tab-delimited exports, and its accession numbers.
    if (text.startsWith(QLatin1String("FN ")) &&
        text.left(200).contains(QLatin1String("Web of Science")))
        return QStringLiteral("Web of Science");
    static const QRegularExpression wosId(
        QStringLiteral("(^(UT|AN) {1,3}- *WOS:|Unique-ID *= *\\{WOS:|\\tWOS:\\d)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    if (format == QLatin1String("wos") || text.contains(wosId))
        return QStringLiteral("Web of Science");
    // Scopus: its record links, and the "Source" field of its BibTeX and CSV exports.
    static const QRegularExpression scopus(
        QStringLiteral("(scopus\\.com/inward|source *= *\\{Scopus\\}|,\"?Scopus\"?(,|\\r?$)|"
                       "\\b2-s2\\.0-\\d)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    if (text.contains(scopus))
        return QStringLiteral("Scopus");
    if (text.contains(QLatin1String("embase.com"), Qt::CaseInsensitive))
        return QStringLiteral("Embase");
    if (format == QLatin1String("pubmed-xml"))
        return QStringLiteral("MEDLINE (PubMed)");
    if (format == QLatin1String("medline")) {
        static const QRegularExpression pmid(QStringLiteral("^PMID- *\\d"),
                                             QRegularExpression::MultilineOption);
        if (text.contains(pmid))
            return QStringLiteral("MEDLINE (PubMed)");
    }
    return {};
}

qint64 FilePreview::countRecords(QIODevice &device, const QString &format)
{
    const QByteArray head = device.peek(4);
    if (head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff") ||
        (head.size() >= 2 && (head.at(0) == 0 || head.at(1) == 0)))
        return -1;
    qint64 count = 0;
    if (format == QLatin1String("ris")) {
        qint64 starts = 0;
        if (!forEachLineStart(device, 6, [&](const QByteArray &start) {
                QByteArray s = start;
                if (s.startsWith("\xef\xbb\xbf"))
                    s.remove(0, 3);
                if (isTag(s, "ER"))
                    ++count;
                else if (isTag(s, "TY"))
                    ++starts;
            }))
            return -1;
        return qMax(count, starts);
    }
    if (format == QLatin1String("wos")) {
        if (!forEachLineStart(device, 3, [&](const QByteArray &start) {
                if (start == "ER" || start == "ER " || start == "ER\t")
                    ++count;
            }))
            return -1;
        return count;
    }
    if (format == QLatin1String("medline")) {
        if (!forEachLineStart(device, 5, [&](const QByteArray &start) {
                if (start.startsWith("PMID") || start.startsWith("\xef\xbb\xbfPMID"))
                    ++count;
            }))
            return -1;
        return count;
    }
    if (format == QLatin1String("bibtex")) {
        static const QRegularExpression entry(QStringLiteral("^\\s*@\\s*([A-Za-z_]+)\\s*[{(]"));
        if (!forEachLineStart(device, 40, [&](const QByteArray &start) {
                const qsizetype at = start.indexOf('@');
                if (at < 0 || !start.left(at).trimmed().isEmpty())
                    return;
                const QRegularExpressionMatch m = entry.match(QString::fromLatin1(start));
                if (!m.hasMatch())
                    return;
                const QString type = m.captured(1).toLower();
                if (type != QLatin1String("string") && type != QLatin1String("comment") &&
                    type != QLatin1String("preamble"))
                    ++count;
            }))
            return -1;
        return count;
    }
    if (format == QLatin1String("pubmed-xml"))
        return countOccurrences(device, {QByteArrayLiteral("<PubmedArticle>"),
                                         QByteArrayLiteral("<PubmedArticle "),
                                         QByteArrayLiteral("<PubmedBookArticle>"),
                                         QByteArrayLiteral("<PubmedBookArticle ")});
    if (format == QLatin1String("endnote-xml"))
        return countOccurrences(device,
                                {QByteArrayLiteral("<record>"), QByteArrayLiteral("<record ")});
    if (format == QLatin1String("csv"))
        return countCsvRows(device);
    if (format == QLatin1String("csljson"))
        return countJsonItems(device);
    if (format == QLatin1String("pdf"))
        return 1;
    return -1;
}

FilePreview FilePreview::of(const QString &path)
{
    FilePreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return preview;
    const QByteArray head = file.peek(headSize);
    preview.format = FormatRegistry::detect(head, QFileInfo(path).fileName());
    if (preview.format.isEmpty())
        return preview;
    preview.source = sourceNamedIn(head, preview.format);
    preview.records = countRecords(file, preview.format);
    return preview;
}

} // namespace evimap
