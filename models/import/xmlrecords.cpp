#include "import/xmlrecords.h"

#include "import/xmltext.h"

#include <QRegularExpression>

#include <cstring>

namespace evimap {

namespace {

constexpr qint64 readSize = 1024 * 1024;

bool endsTagName(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/';
}

} // namespace

XmlRecords::XmlRecords(QIODevice &device, const QList<QByteArray> &names)
    : m_device(device)
{
    for (const QByteArray &name : names) {
        m_starts.append(Search{'<' + name});
        m_ends.append(Search{"</" + name});
        m_longestTag = qMax(m_longestTag, name.size() + 2);
    }
}

qsizetype XmlRecords::nextOf(Search &search, qsizetype from)
{
    if (search.found >= from)
        return search.found;
    const qsizetype i = m_buffer.indexOf(search.tag, qMax(from, search.scanned));
    search.found = i;
    search.scanned =
        i >= 0 ? i : qMax(qMax(from, search.scanned), m_buffer.size() - search.tag.size() + 1);
    return i;
}

bool XmlRecords::fill()
{
    if (m_eof)
        return false;
    QByteArray more = m_device.read(readSize);
    if (more.isEmpty()) {
        m_eof = true;
        if (m_utf16) {
            // Whatever the decoder still holds (a lone half of a pair) is dropped as invalid.
            m_buffer += QString(m_utf16->decode(QByteArrayView())).toUtf8();
        }
        return false;
    }
    m_bytesRead += more.size();
    if (m_bytesRead == more.size() && more.size() >= 2) {
        // UTF-16, with or without a byte order mark: the tags are searched for in UTF-8.
        const uchar a = uchar(more.at(0)), b = uchar(more.at(1));
        if ((a == 0xFF && b == 0xFE) || (a == '<' && b == 0))
            m_utf16.emplace(QStringConverter::Utf16LE);
        else if ((a == 0xFE && b == 0xFF) || (a == 0 && b == '<'))
            m_utf16.emplace(QStringConverter::Utf16BE);
    }
    if (m_utf16)
        m_buffer += QString(m_utf16->decode(more)).toUtf8();
    else
        m_buffer += more;
    return true;
}

void XmlRecords::compact()
{
    if (m_pos < readSize)
        return;
    m_buffer.remove(0, m_pos);
    for (QList<Search> *searches : {&m_starts, &m_ends}) {
        for (Search &search : *searches) {
            search.found = search.found >= m_pos ? search.found - m_pos : -1;
            search.scanned = qMax<qsizetype>(0, search.scanned - m_pos);
        }
    }
    m_pos = 0;
}

void XmlRecords::consume(qsizetype to)
{
    const char *data = m_buffer.constData();
    qsizetype lastBreak = -1;
    for (const char *p = data + m_pos; p < data + to;) {
        p = static_cast<const char *>(memchr(p, '\n', size_t(data + to - p)));
        if (!p)
            break;
        ++m_line;
        lastBreak = p - data;
        ++p;
    }
    m_column = lastBreak >= 0 ? int(to - lastBreak) : m_column + int(to - m_pos);
    m_pos = to;
}

qsizetype XmlRecords::findStart(qsizetype from)
{
    qsizetype best = -1;
    for (Search &search : m_starts) {
        qsizetype i = nextOf(search, from);
        while (i >= 0) {
            const qsizetype after = i + search.tag.size();
            if (after >= m_buffer.size())
                break; // the name may go on in bytes not read yet
            if (endsTagName(m_buffer.at(after))) {
                if (best < 0 || i < best)
                    best = i;
                break;
            }
            i = nextOf(search, i + 1);
        }
    }
    return best;
}

qsizetype XmlRecords::findEnd(qsizetype from)
{
    qsizetype best = -1;
    for (Search &search : m_ends) {
        qsizetype i = nextOf(search, from);
        while (i >= 0) {
            qsizetype j = i + search.tag.size();
            while (j < m_buffer.size() && endsTagName(m_buffer.at(j)) && m_buffer.at(j) != '>' &&
                   m_buffer.at(j) != '/')
                ++j;
            if (j >= m_buffer.size())
                break;
            if (m_buffer.at(j) == '>') {
                if (best < 0 || j + 1 < best)
                    best = j + 1;
                break;
            }
            i = nextOf(search, i + 1);
        }
    }
    return best;
}

bool XmlRecords::readProlog()
{
    bool found = true;
    for (;;) {
        const qsizetype start = findStart(m_pos);
        if (start >= 0) {
            m_prolog = m_buffer.mid(m_pos, start - m_pos);
            consume(start);
            break;
        }
        if (m_buffer.size() - m_pos > maxRecordBytes) {
            m_prolog = m_buffer.mid(m_pos, maxRecordBytes);
            found = false;
            break;
        }
        if (!fill()) {
            m_prolog = m_buffer.mid(m_pos);
            consume(m_buffer.size());
            break;
        }
    }
    if (m_utf16) {
        // The bytes are UTF-8 now: a declaration that says UTF-16 must go.
        static const QRegularExpression declaration(
            QStringLiteral("^(\\x{FEFF}?)\\s*<\\?xml[^>]*?\\?>"));
        QString text = QString::fromUtf8(m_prolog);
        const QRegularExpressionMatch m = declaration.match(text);
        if (m.hasMatch()) {
            text.remove(m.capturedLength(1), m.capturedLength() - m.capturedLength(1));
            m_prolog = text.toUtf8();
        }
    }
    return found;
}

bool XmlRecords::next(Chunk &record)
{
    record = Chunk();
    compact();
    for (;;) {
        const qsizetype start = findStart(m_pos);
        if (start >= 0) {
            consume(start);
            break;
        }
        // Nothing but what lies between records: keep only what could begin a tag.
        if (m_buffer.size() - m_pos > m_longestTag)
            consume(m_buffer.size() - m_longestTag);
        compact();
        if (!fill())
            return false;
    }
    record.line = m_line;
    record.column = m_column;
    const qsizetype start = m_pos;
    qsizetype searchFrom = start + 1;
    for (;;) {
        // The record ends with its end tag, or (when that is missing) where the next begins.
        const qsizetype closed = findEnd(searchFrom);
        const qsizetype nextStart = findStart(searchFrom);
        qsizetype end = closed;
        if (nextStart >= 0 && (end < 0 || nextStart < end))
            end = nextStart;
        if (end >= 0) {
            record.bytes = m_buffer.sliced(start, end - start);
            consume(end);
            return true;
        }
        if (m_buffer.size() - start > maxRecordBytes)
            break;
        const qsizetype before = m_buffer.size();
        if (!fill()) {
            record.bytes = m_buffer.sliced(start);
            consume(m_buffer.size());
            return true;
        }
        searchFrom = qMax(start + 1, before - m_longestTag - 2);
    }
    // Too large: passed over up to the next record, holding no more of it than a read.
    record.tooLarge = true;
    consume(start + 1);
    for (;;) {
        if (findStart(m_pos) >= 0)
            return true;
        if (m_buffer.size() - m_pos > m_longestTag)
            consume(m_buffer.size() - m_longestTag);
        compact();
        if (!fill()) {
            consume(m_buffer.size());
            return true;
        }
    }
}

Status XmlRecords::readAll(QIODevice &device, const ReadContext &context, const Format &format)
{
    XmlRecords records(device, format.recordNames);
    const bool prologFits = records.readProlog();
    const QString firstRecord = QString::fromLatin1(format.recordNames.first());

    // The beginning of the file: its root element and anything before the first record.
    QXmlStreamReader head(records.prolog());
    bool sawRoot = false;
    int depth = 0;
    while (!head.atEnd()) {
        const QXmlStreamReader::TokenType token = head.readNext();
        if (token == QXmlStreamReader::EndElement)
            --depth;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (XmlText::checkDepth(head, ++depth))
            break;
        if (depth == 1) {
            if (!format.rootNames.contains(head.name().toString()))
                return Error{Error::Kind::InputRefused,
                             tr("%1 is not %2: its root element is <%3>, not <%4>")
                                 .arg(context.fileName, format.name, head.name().toString(),
                                      format.rootNames.first())};
            sawRoot = true;
        }
    }
    const bool headBroken =
        head.hasError() && head.error() != QXmlStreamReader::PrematureEndOfDocumentError;
    if (headBroken && head.error() == QXmlStreamReader::CustomError)
        return Error{Error::Kind::InputRefused,
                     tr("%1: %2").arg(context.fileName, XmlText::errorText(head))};
    if (!prologFits)
        return Error{Error::Kind::InputRefused,
                     tr("%1: no <%2> begins in the first %3 MiB; the file was not read")
                         .arg(context.fileName, firstRecord)
                         .arg(maxRecordBytes >> 20)};

    // One reader reads the prolog and then each record as it is handed over, as one document;
    // after a broken record it starts again from the prolog.
    QXmlStreamReader xml;
    int openAfterProlog = 0;
    auto restart = [&] {
        xml.clear();
        xml.addData(records.prolog());
        openAfterProlog = 0;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                ++openAfterProlog;
            else if (token == QXmlStreamReader::EndElement)
                --openAfterProlog;
        }
    };
    restart();
    int recordNo = 0;
    Chunk chunk;
    while (records.next(chunk)) {
        if (recordNo == 0) {
            // Every record is read after the beginning: broken there, broken everywhere.
            if (headBroken)
                return Error{Error::Kind::InputRefused,
                             tr("%1: %2").arg(context.fileName, XmlText::errorText(head))};
            if (!sawRoot && !format.recordMayBeRoot)
                return Error{
                    Error::Kind::InputRefused,
                    tr("%1 is not %2: its root element is <%3>, not <%4>")
                        .arg(context.fileName, format.name, firstRecord, format.rootNames.first())};
        }
        ++recordNo;
        if (chunk.tooLarge) {
            context.issue(
                Issue::Severity::Error, chunk.line, recordNo,
                tr("the record is larger than %1 MiB; skipped").arg(maxRecordBytes >> 20));
            continue;
        }
        if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            restart();
        xml.addData(chunk.bytes);
        // Where the reader stands after the record's start tag, to give positions in the file.
        qint64 tagLine = 0, tagColumn = 0;
        bool started = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                started = format.recordNames.contains(xml.name().toLatin1());
                tagLine = xml.lineNumber();
                tagColumn = xml.columnNumber();
                break;
            }
        }
        const int level = openAfterProlog + 1;
        bool fits = true;
        Record record;
        if (started && !xml.hasError())
            record = format.readRecord(xml, level, &fits);
        if (xml.hasError() || !started) {
            int line = chunk.line, column = chunk.column;
            if (started) {
                const qsizetype tagEnd = chunk.bytes.indexOf('>') + 1;
                line += int(xml.lineNumber() - tagLine);
                column = xml.lineNumber() == tagLine
                             ? int(chunk.column - 1 + tagEnd + xml.columnNumber() - tagColumn)
                             : int(xml.columnNumber());
            }
            if (!xml.hasError())
                xml.raiseError(tr("the record does not start with its element"));
            context.issue(Issue::Severity::Error, chunk.line, recordNo,
                          tr("%1; the record was skipped and reading went on at the next one")
                              .arg(XmlText::errorText(xml, line, column)));
            continue;
        }
        if (!fits) {
            context.issue(
                Issue::Severity::Error, chunk.line, recordNo,
                tr("the record is larger than %1 MiB; skipped").arg(XmlText::maxChars >> 20));
            continue;
        }
        record.sourceLine = chunk.line;
        record.sourceRecordNo = recordNo;
        if (record.isEmpty()) {
            context.issue(Issue::Severity::Error, chunk.line, recordNo,
                          tr("the record has no title, authors, abstract or identifier; skipped"));
        } else if (!context.emitRecord(std::move(record))) {
            return {};
        }
        if (context.progress && recordNo % 256 == 0)
            context.progress(records.bytesRead());
        if (context.isCancelled())
            return {};
    }
    if (recordNo == 0 && head.hasError())
        return Error{Error::Kind::InputRefused,
                     sawRoot ? tr("%1: %2").arg(context.fileName, XmlText::errorText(head))
                             : tr("%1 is not %2: %3")
                                   .arg(context.fileName, format.name, XmlText::errorText(head))};
    if (recordNo == 0 && !sawRoot)
        return Error{Error::Kind::InputRefused,
                     tr("%1 is not %2: no <%3> element was found")
                         .arg(context.fileName, format.name, format.rootNames.first())};
    return {};
}

} // namespace evimap
