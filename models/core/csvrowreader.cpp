#include "core/csvrowreader.h"

#include <QBuffer>
#include <QIODevice>

namespace evimap {

namespace {

constexpr qint64 chunkSize = 1 << 20;

} // namespace

CsvRowReader::CsvRowReader(QIODevice &device, qsizetype maxFieldBytes, qsizetype maxRowBytes)
    : m_device(device)
    , m_maxFieldBytes(maxFieldBytes)
    , m_maxRowBytes(maxRowBytes)
{}

bool CsvRowReader::detectSeparator()
{
    if (!ensure(1))
        return false;
    // The first line, up to its end outside quotes (or 64 KiB: a header is not longer).
    qsizetype k = 0; // offset from m_pos (filling may move the buffer)
    bool quoted = false;
    int comma = 0, semicolon = 0, tab = 0;
    for (; k <= 64 * 1024 && ensure(k + 1); ++k) {
        const char c = m_buf.at(m_pos + k);
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    const QByteArrayView first = QByteArrayView(m_buf).sliced(m_pos, qMin(k, m_buf.size() - m_pos));
    if (first.size() == 5 && first.startsWith("sep=")) {
        m_separator = first.at(4);
        m_pos += k;
        skipLineEnd();
        return true;
    }
    if (tab > 0 && tab >= comma && tab >= semicolon)
        m_separator = '\t';
    else if (semicolon > comma)
        m_separator = ';';
    else
        m_separator = ',';
    return true;
}

bool CsvRowReader::next(CsvRow &row)
{
    row = CsvRow();
    row.line = m_line;
    if (!ensure(1))
        return false;
    QByteArray field;
    bool inQuotes = false;
    bool quoted = false; // the current field began with a quote
    auto append = [&](const char *data, qsizetype n) {
        row.bytes += n;
        if (row.bytes > m_maxRowBytes) {
            row.tooLong = true;
            return;
        }
        const qsizetype room = m_maxFieldBytes - field.size();
        if (n > room) {
            row.fieldCut = true;
            n = qMax<qsizetype>(0, room);
        }
        field.append(data, n);
    };
    auto endField = [&] {
        if (!row.tooLong)
            row.fields.append(field);
        field.clear();
        quoted = false;
    };
    for (;;) {
        if (m_pos >= m_buf.size() && !ensure(1)) {
            row.openQuote = inQuotes;
            endField();
            return true;
        }
        const char *data = m_buf.constData();
        const qsizetype size = m_buf.size();
        if (inQuotes) {
            // Copy up to the next quote or line end in one go.
            qsizetype j = m_pos;
            while (j < size && data[j] != '"' && data[j] != '\r' && data[j] != '\n')
                ++j;
            if (j > m_pos)
                append(data + m_pos, j - m_pos);
            m_pos = j;
            if (j >= size)
                continue;
            const char c = data[j];
            ++m_pos;
            if (c == '"') {
                if (peek() == '"') {
                    ++m_pos;
                    append("\"", 1);
                } else {
                    inQuotes = false;
                }
            } else {
                // A line end inside quotes is part of the value, always as "\n".
                if (c == '\r' && peek() == '\n')
                    ++m_pos;
                ++m_line;
                append("\n", 1);
            }
            continue;
        }
        qsizetype j = m_pos;
        while (j < size && data[j] != m_separator && data[j] != '"' && data[j] != '\r' &&
               data[j] != '\n')
            ++j;
        if (j > m_pos)
            append(data + m_pos, j - m_pos);
        m_pos = j;
        if (j >= size)
            continue;
        const char c = data[j];
        ++m_pos;
        if (c == m_separator) {
            endField();
        } else if (c == '"') {
            if (!quoted && field.trimmed().isEmpty()) {
                field.clear();
                inQuotes = true;
                quoted = true;
            } else {
                append("\"", 1);
            }
        } else {
            --m_pos;
            skipLineEnd();
            endField();
            return true;
        }
    }
}

Result<QList<CsvRowReader::TextRow>>
CsvRowReader::readText(const QByteArray &bytes, const QString &fileName, qsizetype maxCellChars)
{
    auto refused = [&](int line, const QString &message) {
        return Error{Error::Kind::InputRefused,
                     QStringLiteral("%1:%2: ").arg(fileName).arg(line) + message};
    };
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // A UTF-16 code unit takes at most three bytes of UTF-8: a field cut at three bytes a
    // character is too long whatever its text.
    CsvRowReader reader(buffer, 3 * maxCellChars);
    QList<TextRow> rows;
    if (!reader.detectSeparator())
        return rows;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    CsvRow row;
    while (reader.next(row)) {
        if (row.openQuote)
            return refused(row.line, tr("a quoted field is never closed (a \" is missing)"));
        auto tooLong = [&] {
            return refused(row.line, tr("a field is longer than %1 characters").arg(maxCellChars));
        };
        if (row.fieldCut)
            return tooLong();
        TextRow text;
        text.line = row.line;
        bool hasText = false;
        for (const QByteArray &field : std::as_const(row.fields)) {
            QString cell = utf8.decode(field);
            if (utf8.hasError())
                return refused(row.line, tr("the text is not UTF-8; save the file as CSV UTF-8"));
            if (cell.size() > maxCellChars)
                return tooLong();
            cell = cell.trimmed();
            hasText = hasText || !cell.isEmpty();
            text.cells.append(cell);
        }
        if (hasText)
            rows.append(text);
    }
    return rows;
}

bool CsvRowReader::ensure(qsizetype n)
{
    while (m_buf.size() - m_pos < n) {
        if (!fill())
            return m_buf.size() - m_pos >= n;
    }
    return true;
}

int CsvRowReader::peek()
{
    if (!ensure(1))
        return -1;
    return uchar(m_buf.at(m_pos));
}

void CsvRowReader::skipLineEnd()
{
    if (!ensure(1))
        return;
    const char c = m_buf.at(m_pos);
    if (c == '\r') {
        ++m_pos;
        if (peek() == '\n')
            ++m_pos;
        ++m_line;
    } else if (c == '\n') {
        ++m_pos;
        ++m_line;
    }
}

bool CsvRowReader::fill()
{
    if (m_eof)
        return false;
    QByteArray chunk = m_device.read(chunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        if (m_utf16) {
            // A dangling half character becomes a replacement character.
            const QString rest = m_utf16->decode(QByteArrayView());
            if (!rest.isEmpty()) {
                compact();
                m_buf.append(rest.toUtf8());
                return true;
            }
        }
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (chunk.startsWith("\xEF\xBB\xBF")) {
            chunk.remove(0, 3);
            m_consumed += 3;
        } else if (chunk.startsWith("\xFF\xFE") || chunk.startsWith("\xFE\xFF")) {
            m_utf16.emplace(chunk.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                         : QStringConverter::Utf16BE);
            m_consumed += 2;
            chunk.remove(0, 2);
        }
    }
    compact();
    if (m_utf16) {
        // Positions then count UTF-8 bytes; progress is approximate, which is all it is for.
        m_buf.append(QString(m_utf16->decode(chunk)).toUtf8());
    } else {
        m_buf.append(chunk);
    }
    return true;
}

void CsvRowReader::compact()
{
    if (m_pos > 0) {
        m_consumed += m_pos;
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
}

} // namespace evimap
