#include "import/linereader.h"

namespace evimap {

namespace {

constexpr qint64 chunkSize = 1 << 20;

// Windows-1252 differs from Latin-1 in 0x80-0x9F only.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const uchar c = *p;
        int extra = 0;
        char32_t min = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        char32_t cp = c & (0x3F >> extra);
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

} // namespace

LineReader::LineReader(QIODevice &device, qsizetype maxLineBytes)
    : m_device(device)
    , m_maxLineBytes(maxLineBytes)
{}

QString LineReader::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (char c : bytes) {
        const uchar u = uchar(c);
        *dst++ = (u >= 0x80 && u < 0xA0) ? QChar(cp1252High[u - 0x80]) : QChar(char16_t(u));
    }
    return out;
}

QString LineReader::decodeBytes(QByteArrayView bytes, bool *usedFallback)
{
    if (usedFallback)
        *usedFallback = false;
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    if (usedFallback)
        *usedFallback = true;
    return fromWindows1252(bytes);
}

QString LineReader::encodingName() const
{
    switch (m_encoding) {
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Utf8:
        break;
    }
    return m_fallbackLines > 0 ? QStringLiteral("UTF-8/Windows-1252") : QStringLiteral("UTF-8");
}

bool LineReader::fillBytes()
{
    if (m_eof)
        return false;
    const QByteArray chunk = m_device.read(chunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_pos > 0) {
        m_bytes.remove(0, m_pos);
        m_pos = 0;
    }
    m_bytes.append(chunk);
    return true;
}

void LineReader::detectEncoding()
{
    m_detected = true;
    while (m_bytes.size() - m_pos < 512 && fillBytes()) {
    }
    const QByteArrayView head =
        QByteArrayView(m_bytes).sliced(m_pos, qMin<qsizetype>(512, m_bytes.size() - m_pos));
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_pos += 3;
        m_consumed += 3;
        return;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_encoding = head.startsWith("\xFF\xFE") ? Encoding::Utf16LE : Encoding::Utf16BE;
    } else {
        // UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte.
        int zeroEven = 0, zeroOdd = 0;
        const qsizetype n = head.size() & ~qsizetype(1);
        for (qsizetype i = 0; i < n; ++i) {
            if (head[i] == '\0')
                (i % 2 == 0 ? zeroEven : zeroOdd)++;
        }
        if (n >= 4 && zeroEven > n / 4 && zeroOdd == 0)
            m_encoding = Encoding::Utf16BE;
        else if (n >= 4 && zeroOdd > n / 4 && zeroEven == 0)
            m_encoding = Encoding::Utf16LE;
        else
            return;
    }
    m_utf16 = QStringDecoder(m_encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                             : QStringConverter::Utf16BE);
    // The decoder drops a BOM itself; hand over everything read so far.
    m_chars = m_utf16.decode(QByteArrayView(m_bytes).sliced(m_pos));
    m_consumed += m_bytes.size() - m_pos;
    m_bytes.clear();
    m_pos = 0;
    if (!m_chars.isEmpty() && m_chars.front() == QChar(0xFEFF))
        m_chars.remove(0, 1);
}

bool LineReader::readLine(QString &line)
{
    if (!m_detected)
        detectEncoding();
    m_lastLineCut = false;
    const bool ok = m_encoding == Encoding::Utf8 ? readByteLine(line) : readUtf16Line(line);
    if (ok)
        ++m_lineNumber;
    return ok;
}

bool LineReader::readByteLine(QString &line)
{
    qsizetype scanFrom = m_pos;
    for (;;) {
        const char *data = m_bytes.constData();
        const qsizetype size = m_bytes.size();
        // A CR at the end of the previous line may be followed by the LF of a CRLF pair.
        if (m_pendingCr && m_pos < size) {
            if (data[m_pos] == '\n') {
                ++m_pos;
                ++m_consumed;
                ++scanFrom;
            }
            m_pendingCr = false;
        }
        qsizetype end = -1;
        for (qsizetype i = scanFrom; i < size; ++i) {
            if (data[i] == '\n' || data[i] == '\r') {
                end = i;
                break;
            }
        }
        if (end >= 0) {
            const QByteArrayView bytes(data + m_pos, end - m_pos);
            bool fallback = false;
            line = decodeBytes(bytes.first(qMin(bytes.size(), m_maxLineBytes)), &fallback);
            if (fallback)
                ++m_fallbackLines;
            m_pendingCr = data[end] == '\r';
            m_consumed += end + 1 - m_pos;
            m_pos = end + 1;
            return true;
        }
        if (size - m_pos > m_maxLineBytes) {
            // Too long: keep the first part, skip to the next line end.
            bool fallback = false;
            line = decodeBytes(QByteArrayView(data + m_pos, m_maxLineBytes), &fallback);
            m_consumed += size - m_pos;
            m_bytes.clear();
            m_pos = 0;
            for (;;) {
                if (!fillBytes()) {
                    m_lastLineCut = true;
                    return true;
                }
                const qsizetype nl = m_bytes.indexOf('\n');
                const qsizetype cr = m_bytes.indexOf('\r');
                qsizetype stop = nl < 0 ? cr : (cr < 0 ? nl : qMin(nl, cr));
                if (stop >= 0) {
                    m_pendingCr = m_bytes.at(stop) == '\r';
                    m_consumed += stop + 1;
                    m_pos = stop + 1;
                    m_lastLineCut = true;
                    return true;
                }
                m_consumed += m_bytes.size();
                m_bytes.clear();
            }
        }
        scanFrom = size;
        const qsizetype consumedBefore = m_pos;
        if (!fillBytes()) {
            if (m_pos >= m_bytes.size())
                return false;
            bool fallback = false;
            line = decodeBytes(QByteArrayView(m_bytes).sliced(m_pos), &fallback);
            if (fallback)
                ++m_fallbackLines;
            m_consumed += m_bytes.size() - m_pos;
            m_pos = m_bytes.size();
            return true;
        }
        scanFrom -= consumedBefore - m_pos; // fillBytes() shifted the buffer
    }
}

bool LineReader::readUtf16Line(QString &line)
{
    qsizetype scanFrom = m_charPos;
    for (;;) {
        const qsizetype size = m_chars.size();
        if (m_pendingCr && m_charPos < size) {
            if (m_chars.at(m_charPos) == QLatin1Char('\n')) {
                ++m_charPos;
                ++scanFrom;
            }
            m_pendingCr = false;
        }
        qsizetype end = -1;
        const QChar *data = m_chars.constData();
        for (qsizetype i = scanFrom; i < size; ++i) {
            if (data[i] == QLatin1Char('\n') || data[i] == QLatin1Char('\r')) {
                end = i;
                break;
            }
        }
        if (end >= 0) {
            line = m_chars.mid(m_charPos, qMin(end - m_charPos, m_maxLineBytes / 2));
            m_lastLineCut = end - m_charPos > m_maxLineBytes / 2;
            m_pendingCr = data[end] == QLatin1Char('\r');
            m_charPos = end + 1;
            return true;
        }
        if (m_charPos > 0) {
            m_chars.remove(0, m_charPos);
            scanFrom -= m_charPos;
            m_charPos = 0;
        }
        const QByteArray chunk = m_eof ? QByteArray() : m_device.read(chunkSize);
        if (chunk.isEmpty()) {
            m_eof = true;
            if (m_chars.isEmpty())
                return false;
            line = m_chars.left(m_maxLineBytes / 2);
            m_lastLineCut = m_chars.size() > m_maxLineBytes / 2;
            m_chars.clear();
            return true;
        }
        m_consumed += chunk.size();
        m_chars.append(m_utf16.decode(chunk));
        if (m_chars.size() > m_maxLineBytes) {
            // Too long: keep the first part, skip to the next line end.
            line = m_chars.left(m_maxLineBytes / 2);
            m_lastLineCut = true;
            for (;;) {
                const qsizetype nl = m_chars.indexOf(QLatin1Char('\n'));
                const qsizetype cr = m_chars.indexOf(QLatin1Char('\r'));
                const qsizetype stop = nl < 0 ? cr : (cr < 0 ? nl : qMin(nl, cr));
                if (stop >= 0) {
                    m_pendingCr = m_chars.at(stop) == QLatin1Char('\r');
                    m_charPos = stop + 1;
                    return true;
                }
                m_chars.clear();
                const QByteArray more = m_device.read(chunkSize);
                if (more.isEmpty()) {
                    m_eof = true;
                    return true;
                }
                m_consumed += more.size();
                m_chars = m_utf16.decode(more);
            }
        }
    }
}

} // namespace evimap
