#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>
#include <QStringList>

#include <limits>
#include <optional>

class QIODevice;

namespace evimap {

// One row of a CSV file as read: its fields' bytes, where it starts, and what went wrong on the
// way.
struct CsvRow
{
    QList<QByteArray> fields;
    int line = 0;           // physical line the row starts on (1-based)
    qsizetype bytes = 0;    // bytes of field content, before cutting
    bool fieldCut = false;  // a field was longer than the reader's maxFieldBytes
    bool tooLong = false;   // the row was longer than the reader's maxRowBytes
    bool openQuote = false; // the file ended inside a quoted field
    bool blank() const { return fields.size() == 1 && fields.first().isEmpty() && !openQuote; }
};

// The one CSV reader: every CSV file EviMap reads (imports, batches of decisions and codings)
// is split into rows here. RFC 4180: quoted fields may hold separators and line ends (read as
// "\n"), "" inside quotes is one quote, a quote opens a quoted field only at the field's start
// (spaces before it are dropped, as some exports write `a, "b"`) and is text elsewhere. The
// separator, `,` `;` or tab, is the one the first line has most of outside quotes, or the one an
// Excel "sep=X" first line names. A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order
// mark is read as UTF-8. CR, LF and CRLF line ends.
//
// Rows stream from the device: memory stays bounded by a 1 MiB buffer plus one row, and a field
// longer than maxFieldBytes is cut, a row longer than maxRowBytes dropped (both flagged), so a
// broken quote cannot exhaust memory.
class CsvRowReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvRowReader)

public:
    static constexpr qsizetype unbounded = std::numeric_limits<qsizetype>::max();

    explicit CsvRowReader(QIODevice &device, qsizetype maxFieldBytes = unbounded,
                          qsizetype maxRowBytes = unbounded);

    // Looks at the first line for the separator (consuming a "sep=X" line). False when the
    // input holds no bytes. Call it before the first next().
    bool detectSeparator();
    char separator() const { return m_separator; }

    // The next row; false at the end of the input.
    bool next(CsvRow &row);
    // Bytes read so far, for progress.
    qint64 bytesConsumed() const { return m_consumed + m_pos; }

    // A small file read whole, as text (a batch of decisions or codings): each row's cells
    // trimmed, rows with no text left out. Refused as a whole, naming the file and line, when
    // its text is not UTF-8, a quote is never closed or a cell is longer than maxCellChars.
    struct TextRow
    {
        int line = 0; // where the row starts, 1-based
        QStringList cells;
    };
    static Result<QList<TextRow>> readText(const QByteArray &bytes, const QString &fileName,
                                           qsizetype maxCellChars);

private:
    bool ensure(qsizetype n);
    int peek();
    void skipLineEnd();
    bool fill();
    void compact();

    QIODevice &m_device;
    const qsizetype m_maxFieldBytes;
    const qsizetype m_maxRowBytes;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    int m_line = 1;
    char m_separator = ',';
    bool m_eof = false;
    bool m_started = false;
    std::optional<QStringDecoder> m_utf16;
};

} // namespace evimap
