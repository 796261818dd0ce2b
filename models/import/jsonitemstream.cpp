#include "import/jsonitemstream.h"

#include <QCoreApplication>

namespace evimap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonItemStream)
};

constexpr qint64 chunkBytes = 1 << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

JsonItemStream::JsonItemStream(QIODevice &device, qsizetype maxItemBytes)
    : m_device(device)
    , m_maxItemBytes(maxItemBytes)
{}

// Replaces the consumed buffer with the next chunk, as UTF-8. False at the end of the file.
bool JsonItemStream::fill()
{
    if (m_atEnd)
        return false;
    QByteArray chunk = m_device.read(chunkBytes);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_bytesRead += chunk.size();
    if (!m_sawStart) {
        m_sawStart = true;
        if (chunk.startsWith("\xEF\xBB\xBF")) {
            chunk.remove(0, 3);
        } else if (chunk.startsWith("\xFF\xFE") || chunk.startsWith("\xFE\xFF") ||
                   (chunk.size() >= 2 && (chunk.at(0) == 0) != (chunk.at(1) == 0))) {
            // UTF-16: an ASCII first character has one zero byte, so its place tells the order.
            const bool le = chunk.startsWith("\xFF\xFE") || chunk.at(1) == 0;
            m_decoder = QStringDecoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
            m_utf16 = true;
            QString text = m_decoder.decode(chunk);
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
            chunk = text.toUtf8();
        }
    } else if (m_utf16) {
        chunk = QString(m_decoder.decode(chunk)).toUtf8();
    }
    m_buffer = std::move(chunk);
    m_pos = 0;
    return true;
}

int JsonItemStream::peek()
{
    for (;;) {
        while (m_pos < m_buffer.size()) {
            const char c = m_buffer.at(m_pos);
            if (!isSpace(c))
                return static_cast<unsigned char>(c);
            if (c == '\n')
                ++m_line;
            ++m_pos;
        }
        if (!fill())
            return -1;
    }
}

bool JsonItemStream::expect(char c)
{
    if (peek() != static_cast<unsigned char>(c))
        return false;
    ++m_pos;
    return true;
}

bool JsonItemStream::fail(const QString &why)
{
    m_error = why;
    return false;
}

// One JSON value from the next non-space byte: a string, an object or array (nesting and strings
// followed, values not checked: the receiver parses them), or a bare number, true, false or
// null. Bytes go to `out` until it would pass `limit`; after that they are only passed over.
bool JsonItemStream::scanValue(QByteArray *out, qsizetype limit, bool *tooLarge)
{
    const int first = peek();
    if (first < 0)
        return fail(Tr::tr("the file ends where a value should be"));
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    const bool scalar = first != '"' && first != '{' && first != '[';
    if (scalar && (first == ',' || first == ']' || first == '}' || first == ':'))
        return fail(Tr::tr("a value is missing before \"%1\"").arg(QChar(first)));
    qsizetype segment = m_pos;
    auto keep = [&](qsizetype end) {
        if (*tooLarge || end <= segment)
            return;
        if (out->size() + (end - segment) > limit) {
            *tooLarge = true;
            out->clear();
            return;
        }
        out->append(m_buffer.constData() + segment, end - segment);
    };
    for (;;) {
        if (m_pos == m_buffer.size()) {
            keep(m_pos);
            if (!fill()) {
                if (scalar)
                    return true; // a bare number may end the file
                return fail(Tr::tr("the file ends inside an unfinished value"));
            }
            segment = 0;
        }
        const char c = m_buffer.at(m_pos);
        if (c == '\n')
            ++m_line;
        if (scalar) {
            if (c == ',' || c == ']' || c == '}' || isSpace(c)) {
                keep(m_pos);
                return true;
            }
            ++m_pos;
            continue;
        }
        ++m_pos;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
        if (!inString && depth == 0) {
            keep(m_pos);
            return true;
        }
    }
}

bool JsonItemStream::readList(const std::function<bool(Item &&)> &onItem, bool *stopped)
{
    if (!expect('['))
        return fail(Tr::tr("a list of items should start here with \"[\""));
    if (expect(']'))
        return true;
    for (;;) {
        Item item;
        item.number = ++m_items;
        peek();
        item.line = m_line;
        m_inItem = true;
        if (!scanValue(&item.bytes, m_maxItemBytes, &item.tooLarge))
            return false;
        m_inItem = false;
        if (!onItem(std::move(item))) {
            *stopped = true;
            return true;
        }
        if (expect(','))
            continue;
        if (expect(']'))
            return true;
        const int next = peek();
        return fail(next < 0 ? Tr::tr("the file ends inside the list of items")
                             : Tr::tr("\",\" or \"]\" should follow item %1").arg(m_items));
    }
}

bool JsonItemStream::read(const std::function<bool(Item &&)> &onItem)
{
    const int first = peek();
    bool stopped = false;
    if (first == '[') {
        m_shape = Shape::List;
        return readList(onItem, &stopped);
    }
    if (first != '{')
        return fail(first < 0 ? Tr::tr("the file is empty")
                              : Tr::tr("JSON starts with \"[\" or \"{\""));

    // An object: {"items": [...], ...} streams its list; any other object is one item, its
    // members gathered (bounded) and handed over whole at the end.
    const int startLine = m_line;
    ++m_pos;
    QByteArray members;
    bool tooLarge = false;
    bool sawItems = false;
    if (!expect('}')) {
        for (;;) {
            QByteArray key;
            bool keyTooLarge = false;
            if (peek() != '"')
                return fail(Tr::tr("a member name in quotes should come here"));
            if (!scanValue(&key, 4096, &keyTooLarge))
                return false;
            if (!expect(':'))
                return fail(Tr::tr("\":\" should follow the member name"));
            if (key == "\"items\"" && peek() == '[') {
                sawItems = true;
                m_shape = Shape::List;
                if (!readList(onItem, &stopped))
                    return false;
                if (stopped)
                    return true;
            } else {
                QByteArray value;
                bool valueTooLarge = false;
                if (!scanValue(&value, m_maxItemBytes, &valueTooLarge))
                    return false;
                tooLarge = tooLarge || keyTooLarge || valueTooLarge ||
                           members.size() + key.size() + value.size() + 2 > m_maxItemBytes;
                if (!tooLarge) {
                    if (!members.isEmpty())
                        members += ',';
                    members += key + ':' + value;
                }
            }
            if (expect(','))
                continue;
            if (expect('}'))
                break;
            return fail(peek() < 0 ? Tr::tr("the file ends inside an object")
                                   : Tr::tr("\",\" or \"}\" should follow a member"));
        }
    }
    if (sawItems)
        return true;
    m_shape = Shape::OneObject;
    Item item;
    item.number = ++m_items;
    item.line = startLine;
    item.tooLarge = tooLarge;
    if (!tooLarge)
        item.bytes = '{' + members + '}';
    onItem(std::move(item));
    return true;
}

} // namespace evimap
