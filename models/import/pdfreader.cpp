#include "import/pdfreader.h"

#include "import/personnames.h"
#include "records/normalise.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

namespace evimap {

namespace {

constexpr int titleSearchLines = 80;
constexpr qsizetype maxTitleChars = 300;
constexpr int doiSearchPages = 3;

int letterCount(const QString &text)
{
    int n = 0;
    for (const QChar c : text) {
        if (c.isLetter())
            ++n;
    }
    return n;
}

bool plausibleYear(int year)
{
    return year >= 1900 && year <= QDate::currentDate().year() + 1;
}

// A DOI in running text: "doi:10.1000/x", "https://doi.org/10.1000/x", "10.1000/x".
QString doiInText(const QString &text)
{
    static const QRegularExpression doi(QStringLiteral("(doi(?:\\.org)?\\s*[:/]?\\s*)?"
                                                       "(10\\.\\d{4,9}/[^\\s\"<>]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString first;
    auto it = doi.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString candidate = m.captured(2);
        // Sentence punctuation and an unbalanced closing bracket are not part of it.
        while (!candidate.isEmpty()) {
            const QChar last = candidate.back();
            if (QStringLiteral(".,;:'").contains(last) ||
                (last == QLatin1Char(')') &&
                 candidate.count(QLatin1Char('(')) < candidate.count(QLatin1Char(')'))) ||
                (last == QLatin1Char(']') &&
                 candidate.count(QLatin1Char('[')) < candidate.count(QLatin1Char(']'))))
                candidate.chop(1);
            else
                break;
        }
        candidate = Normalise::cleanDoi(candidate);
        if (candidate.isEmpty())
            continue;
        if (!m.captured(1).isEmpty())
            return candidate; // labelled as a DOI: the paper's own, most likely
        if (first.isEmpty())
            first = candidate;
    }
    return first;
}

// The paragraph after an "Abstract" or "Summary" heading on the first page, if there is one.
QString abstractFromText(const QString &page)
{
    static const QRegularExpression heading(
        QStringLiteral(
            "(?:^|\\n)\\s*(?:abstract|summary|executive summary)\\s*[:.\\x{2014}-]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = heading.match(page);
    if (!m.hasMatch())
        return {};
    QString rest = page.mid(m.capturedEnd(), 4000);
    static const QRegularExpression end(
        QStringLiteral("\\n\\s*(?:keywords?|key words|index terms|(?:1\\.?\\s*)?introduction|"
                       "background)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch e = end.match(rest);
    if (e.hasMatch())
        rest.truncate(e.capturedStart());
    // Hyphenated line ends are joined; other line ends become spaces.
    static const QRegularExpression hyphen(QStringLiteral("(\\p{Ll})-\\s*\\n\\s*(\\p{Ll})"));
    rest.replace(hyphen, QStringLiteral("\\1\\2"));
    rest = rest.simplified();
    return letterCount(rest) >= 40 ? rest.left(3000) : QString();
}

// The Author entry of the document information: "Jane Doe, John Smith", "Doe, J.; Smith, J.",
// with footnote marks and invisible characters removed; nothing for machine junk such as
// "ARRAY(0x2c7cf020)" or "user".
QStringList authorsFromInfo(const QString &author)
{
    QString text;
    for (const QChar c : author) {
        if (c.category() != QChar::Other_Format)
            text.append(c);
    }
    static const QRegularExpression junk(
        QStringLiteral("\\b(?:ARRAY|HASH)\\(0x[0-9a-f]+\\)|^\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (junk.match(text).hasMatch() || letterCount(text) < 2)
        return {};
    static const QRegularExpression marks(
        QStringLiteral("[*+\\x{2217}\\x{2020}\\x{2021}\\d]+(?=\\s*(?:[,;]|$))"));
    QStringList authors;
    for (QString name : PersonNames::split(text)) {
        name.remove(marks);
        name = PersonNames::fromDisplayOrder(name.trimmed());
        if (letterCount(name) >= 2)
            authors.append(name);
    }
    return authors;
}

} // namespace

FormatRegistry::Format PdfReader::format()
{
    FormatRegistry::Format f;
    f.id = QStringLiteral("pdf");
    f.name = tr("PDF (grey literature)");
    f.extensions = {QStringLiteral("pdf")};
    f.sniff = [](const QString &head) {
        if (head.startsWith(QLatin1String("%PDF-")))
            return 100;
        // The header may follow some bytes of junk (readers look in the first KiB).
        return head.left(1024).contains(QLatin1String("%PDF-")) ? 90 : 0;
    };
    f.create = [] { return std::make_unique<PdfReader>(); };
    return f;
}

QString PdfReader::problemsMessage(const PdfText &pdf)
{
    return tr("the PDF reader reported %n problem(s) with this file; damaged or unsupported parts "
              "were skipped (the first: %1)",
              nullptr, pdf.problems)
        .arg(pdf.firstProblem);
}

bool PdfReader::isUsableInfoTitle(const QString &input)
{
    const QString title = input.simplified();
    if (letterCount(title) < 3)
        return false;
    static const QRegularExpression junk(
        QStringLiteral("^(?:untitled|title|no title|document\\d*|microsoft word\\b.*|"
                       "slide \\d+|presentation\\d*|(?:[a-z]:)?[\\\\/].*)$|"
                       "\\.(?:docx?|pdf|dvi|tex|indd|ps|rtf|odt|pptx?|qxd|qxp|eps|cdr|xlsx?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return !junk.match(title).hasMatch();
}

QString PdfReader::titleFromLines(const QList<PdfText::Line> &lines, int *lastTitleLine)
{
    auto usable = [](const PdfText::Line &line) {
        if (letterCount(line.text) < 4 || line.text.size() > maxTitleChars)
            return false;
        static const QRegularExpression noise(
            QStringLiteral("^(?:arxiv:|doi|https?://|www\\.|page \\d)"),
            QRegularExpression::CaseInsensitiveOption);
        return !noise.match(line.text).hasMatch();
    };
    double tallest = 0;
    const qsizetype n = qMin<qsizetype>(lines.size(), titleSearchLines);
    for (qsizetype i = 0; i < n; ++i) {
        if (usable(lines.at(i)))
            tallest = qMax(tallest, lines.at(i).height);
    }
    if (tallest <= 0)
        return {};
    for (qsizetype i = 0; i < n; ++i) {
        if (!usable(lines.at(i)) || lines.at(i).height < tallest * 0.95)
            continue;
        // The title may run over a few lines of the same size.
        QString title = lines.at(i).text;
        qsizetype last = i;
        for (qsizetype j = i + 1; j < n && j <= i + 3; ++j) {
            const PdfText::Line &next = lines.at(j);
            if (next.height < tallest * 0.95 || next.height > tallest * 1.05 ||
                title.size() + next.text.size() > maxTitleChars)
                break;
            if (title.endsWith(QLatin1Char('-')) && !next.text.isEmpty() &&
                next.text.front().isLower())
                title.chop(1);
            else
                title += QLatin1Char(' ');
            title += next.text;
            last = j;
        }
        if (lastTitleLine)
            *lastTitleLine = int(last);
        return title.simplified();
    }
    return {};
}

QStringList PdfReader::authorsFromLine(const QString &input)
{
    // Footnote marks and affiliation numbers: "Jane Doe1,2*, John Smith†".
    QString line = input;
    static const QRegularExpression marks(
        QStringLiteral("[\\d*+\\x{2217}\\x{2020}\\x{2021}\\x{00a7}\\x{00b6}#]+|\\([^)]*\\)"));
    line.replace(marks, QStringLiteral(" "));
    line = line.simplified();
    if (line.isEmpty() || line.size() > 400 || line.contains(QLatin1Char('@')) ||
        line.contains(QLatin1String("http")))
        return {};
    static const QRegularExpression separators(QStringLiteral("\\s*(?:,|;|\\band\\b|&)\\s*"));
    static const QStringList notNames = {
        QStringLiteral("of"),         QStringLiteral("the"),        QStringLiteral("in"),
        QStringLiteral("for"),        QStringLiteral("on"),         QStringLiteral("with"),
        QStringLiteral("to"),         QStringLiteral("from"),       QStringLiteral("by"),
        QStringLiteral("an"),         QStringLiteral("at"),         QStringLiteral("study"),
        QStringLiteral("report"),     QStringLiteral("review"),     QStringLiteral("analysis"),
        QStringLiteral("university"), QStringLiteral("department"), QStringLiteral("institute"),
        QStringLiteral("abstract"),   QStringLiteral("school"),     QStringLiteral("centre"),
        QStringLiteral("center"),     QStringLiteral("college"),    QStringLiteral("hospital")};
    static const QStringList particles = {
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("de"), QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("di"),  QStringLiteral("da"), QStringLiteral("du"),
        QStringLiteral("del"), QStringLiteral("la"),  QStringLiteral("le")};
    QStringList authors;
    const QStringList pieces = line.split(separators, Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        const QStringList words = piece.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2 || words.size() > 5)
            return {};
        for (const QString &word : words) {
            if (notNames.contains(word.toLower()))
                return {};
            if (!word.front().isUpper() && !particles.contains(word))
                return {};
        }
        authors.append(PersonNames::fromDisplayOrder(piece));
    }
    return authors.size() <= 40 ? authors : QStringList();
}

QString PdfReader::findDoi(const PdfText &pdf)
{
    // XMP first (publishers write prism:doi or a doi: identifier), then the information
    // dictionary, then the text of the first pages.
    static const QRegularExpression xmpDoi(
        QStringLiteral("<(?:prism|pdfx|crossmark):doi>\\s*([^<]+)<"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = xmpDoi.match(pdf.xmp); m.hasMatch()) {
        const QString doi = Normalise::cleanDoi(m.captured(1));
        if (!doi.isEmpty())
            return doi;
    }
    static const QRegularExpression xmpIdentifier(
        QStringLiteral("(?:doi:|doi\\.org/)(10\\.[^<\\s]+)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = xmpIdentifier.match(pdf.xmp); m.hasMatch()) {
        const QString doi = Normalise::cleanDoi(m.captured(1));
        if (!doi.isEmpty())
            return doi;
    }
    for (const QString &text : {pdf.subject, pdf.keywords, pdf.title}) {
        const QString doi = doiInText(text);
        if (!doi.isEmpty())
            return doi;
    }
    for (qsizetype i = 0; i < pdf.pages.size() && i < doiSearchPages; ++i) {
        const QString doi = doiInText(pdf.pages.at(i));
        if (!doi.isEmpty())
            return doi;
    }
    return {};
}

Record PdfReader::toRecord(const PdfText &pdf, const QString &fileName, bool *usedFileName)
{
    Record r;
    r.type = RecordType::Report;
    r.rawFormat = QStringLiteral("pdf");
    r.sourceRecordNo = 1;
    const QString firstPage = pdf.pages.value(0);

    int lastTitleLine = -1;
    if (isUsableInfoTitle(pdf.title)) {
        r.title = pdf.title.simplified();
    } else {
        r.title = titleFromLines(pdf.firstPageLines, &lastTitleLine);
        if (!pdf.title.trimmed().isEmpty())
            r.rawFields.append({QStringLiteral("Title"), pdf.title.trimmed()});
    }
    if (usedFileName)
        *usedFileName = r.title.isEmpty();
    if (r.title.isEmpty())
        r.title = QFileInfo(fileName).completeBaseName();

    const QStringList infoAuthors = authorsFromInfo(pdf.author);
    if (!infoAuthors.isEmpty()) {
        r.authors = infoAuthors;
    } else if (lastTitleLine >= 0) {
        // A line of names under the title, before anything else of size.
        for (qsizetype i = lastTitleLine + 1;
             i < pdf.firstPageLines.size() && i <= lastTitleLine + 3; ++i) {
            const QStringList names = authorsFromLine(pdf.firstPageLines.at(i).text);
            if (!names.isEmpty()) {
                r.authors = names;
                break;
            }
        }
    }

    r.doi = findDoi(pdf);

    if (pdf.created.isValid() && plausibleYear(pdf.created.date().year())) {
        r.year = pdf.created.date().year();
        r.date = pdf.created.date().toString(Qt::ISODate);
    } else {
        static const QRegularExpression copyright(
            QStringLiteral(
                "(?:\\x{00a9}|\\(c\\)|copyright|published(?: online)?:?)\\s*(?:\\D{0,20}?)"
                "((?:19|20)\\d\\d)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression anyYear(QStringLiteral("\\b((?:19|20)\\d\\d)\\b"));
        for (const QRegularExpression *re : {&copyright, &anyYear}) {
            auto it = re->globalMatch(firstPage);
            while (it.hasNext() && r.year == 0) {
                const int year = it.next().captured(1).toInt();
                if (plausibleYear(year))
                    r.year = year;
            }
            if (r.year)
                break;
        }
        if (r.year)
            r.date = QString::number(r.year);
    }

    r.abstract = abstractFromText(firstPage);
    if (!pdf.keywords.trimmed().isEmpty()) {
        static const QRegularExpression separators(QStringLiteral("\\s*[;,]\\s*"));
        for (const QString &keyword : pdf.keywords.split(separators, Qt::SkipEmptyParts)) {
            if (!keyword.trimmed().isEmpty())
                r.keywords.append(keyword.trimmed());
        }
    }
    if (!pdf.subject.trimmed().isEmpty())
        r.rawFields.append({QStringLiteral("Subject"), pdf.subject.trimmed()});
    return r;
}

Status PdfReader::read(QIODevice &device, const ReadContext &context)
{
    Result<PdfText> pdf = [&]() -> Result<PdfText> {
        if (!context.filePath.isEmpty() && QFileInfo(context.filePath).isFile())
            return PdfText::read(context.filePath, context.password, limits, context.cancelled);
        const QByteArray bytes = device.read(maxInMemoryBytes + 1);
        if (bytes.size() > maxInMemoryBytes)
            return Error{Error::Kind::InputRefused,
                         tr("%1 is larger than %2 MiB; import it from a file")
                             .arg(context.fileName)
                             .arg(maxInMemoryBytes >> 20)};
        return PdfText::readData(bytes, context.fileName, context.password, limits,
                                 context.cancelled);
    }();
    if (!pdf)
        return pdf.error();
    const PdfText &content = pdf.value();

    bool usedFileName = false;
    Record record = toRecord(content, context.fileName, &usedFileName);
    if (!context.filePath.isEmpty() && QFileInfo(context.filePath).isFile())
        record.attachmentFile = QFileInfo(context.filePath).absoluteFilePath();
    record.attachmentText = content.text();
    record.attachmentPages = content.pageCount;

    if (!content.hasText())
        context.issue(Issue::Severity::Warning, 0, 1,
                      tr("no text could be extracted (a scanned or image-only PDF?): the record "
                         "is imported, but its text cannot be searched"));
    if (!content.stoppedBecause.isEmpty())
        context.issue(Issue::Severity::Warning, 0, 1, content.stoppedBecause);
    if (content.problems > 0)
        context.issue(Issue::Severity::Warning, 0, 1, problemsMessage(content));
    if (usedFileName)
        context.issue(Issue::Severity::Info, 0, 1,
                      tr("no title was found in the PDF; the file name is used as its title"));
    if (!context.emitRecord(std::move(record)))
        return {};
    return {};
}

} // namespace evimap
