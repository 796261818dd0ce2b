#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>

#include <functional>

namespace evimap {

// Walks a JSON file that is a list of items without holding the file: `[item, item, ...]`,
// `{"items": [item, ...], ...}` or one item `{...}`. Each item's bytes (UTF-8) are handed over
// one at a time, so memory stays bounded by the largest item, however long the file. The bytes
// may come as UTF-8 (with or without a BOM) or UTF-16 (either order, with or without a BOM); the
// rest of the program never sees the difference.
//
// The scanner knows JSON's structure (strings, escapes, nesting), not its values: each item is
// parsed by whoever receives it. An item larger than `maxItemBytes` is passed over without being
// held (it is reported with `tooLarge` set and empty bytes).
class JsonItemStream final
{
public:
    struct Item
    {
        QByteArray bytes; // the item's JSON text (empty when tooLarge)
        int number = 0;   // 1-based
        int line = 0;     // where it starts
        bool tooLarge = false;
    };
    enum class Shape
    {
        List,      // a list of items (top-level, or under "items")
        OneObject, // a single object with no "items" list: handed over as one item
    };

    JsonItemStream(QIODevice &device, qsizetype maxItemBytes);

    // Reads the whole file, calling `onItem` for each item (false from it stops early). Returns
    // false, with error() and errorLine() set, where the JSON breaks off or is not JSON at all;
    // the items before that point have been handed over.
    bool read(const std::function<bool(Item &&)> &onItem);

    Shape shape() const { return m_shape; }
    QString error() const { return m_error; }
    int errorLine() const { return m_line; }
    // The item where the JSON broke off (the one after the last whole item).
    int brokenItem() const { return m_items + (m_inItem ? 0 : 1); }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    // The next byte that is not white space, not consumed (-1 at the end).
    int peek();
    bool expect(char c);
    // Copies (or, past `limit`, just passes over) one JSON value.
    bool scanValue(QByteArray *out, qsizetype limit, bool *tooLarge);
    bool readList(const std::function<bool(Item &&)> &onItem, bool *stopped);
    bool fail(const QString &why);

    QIODevice &m_device;
    const qsizetype m_maxItemBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_items = 0;
    bool m_inItem = false; // scanning an item of a list
    qint64 m_bytesRead = 0;
    bool m_sawStart = false;
    QStringDecoder m_decoder; // for UTF-16 files only
    bool m_utf16 = false;
    bool m_atEnd = false;
    Shape m_shape = Shape::List;
    QString m_error;
};

} // namespace evimap
