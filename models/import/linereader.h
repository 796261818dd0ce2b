#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>

namespace evimap {

// Reads text lines from a device without loading the whole file: the encoding is detected from
// the first bytes (UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM); in UTF-8 mode a
// line whose bytes are not valid UTF-8 is decoded as Windows-1252. CR, LF and CRLF all end lines.
// Lines longer than maxLineBytes are cut (the rest is skipped) and flagged, so a hostile file
// cannot exhaust memory.
class LineReader final
{
public:
    static constexpr qsizetype defaultMaxLineBytes = 4 * 1024 * 1024;

    explicit LineReader(QIODevice &device, qsizetype maxLineBytes = defaultMaxLineBytes);

    // Next line without its line end; false at the end of the input.
    bool readLine(QString &line);

    int lineNumber() const { return m_lineNumber; }
    bool lastLineWasCut() const { return m_lastLineCut; }
    // Number of lines so far decoded as Windows-1252 because they were not UTF-8.
    int fallbackLines() const { return m_fallbackLines; }
    QString encodingName() const;
    qint64 bytesConsumed() const { return m_consumed; }

    // Decodes bytes that are not valid UTF-8 as Windows-1252 (the encoding of most such files).
    static QString fromWindows1252(QByteArrayView bytes);
    // UTF-8 when valid, Windows-1252 otherwise.
    static QString decodeBytes(QByteArrayView bytes, bool *usedFallback = nullptr);

private:
    enum class Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE
    };
    void detectEncoding();
    bool fillBytes();
    bool readByteLine(QString &line);
    bool readUtf16Line(QString &line);

    QIODevice &m_device;
    qsizetype m_maxLineBytes;
    Encoding m_encoding = Encoding::Utf8;
    bool m_detected = false;
    QByteArray m_bytes; // undecoded input (UTF-8 mode)
    qsizetype m_pos = 0;
    QString m_chars; // decoded input (UTF-16 mode)
    qsizetype m_charPos = 0;
    QStringDecoder m_utf16;
    bool m_eof = false;
    bool m_pendingCr = false;
    bool m_lastLineCut = false;
    int m_lineNumber = 0;
    int m_fallbackLines = 0;
    qint64 m_consumed = 0;
};

} // namespace evimap
