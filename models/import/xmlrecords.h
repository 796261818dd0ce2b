#pragma once

#include "core/result.h"
#include "import/recordreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QStringDecoder>
#include <QStringList>
#include <QXmlStreamReader>

#include <functional>
#include <optional>

namespace evimap {

// Splits an XML file of records (PubMed's <PubmedArticle>, EndNote's <record>) into its
// beginning up to the first record (the XML declaration, the DOCTYPE, the open root elements)
// and the bytes of each record. A reader reads the beginning, then each record in turn; after a
// malformed record (an undefined entity, a broken tag) it starts again from the beginning, so
// that record costs only itself and reading goes on at the next one. Memory is bounded by the
// largest record: a record longer than maxRecordBytes is passed over without being held. Records
// are found by their start tags in the bytes (UTF-16 files are read as UTF-8), so a start tag
// inside a comment would split one.
class XmlRecords final
{
    Q_DECLARE_TR_FUNCTIONS(XmlRecords)

public:
    static constexpr qsizetype maxRecordBytes = 8 * 1024 * 1024;

    // What a reader of one XML format tells readAll().
    struct Format
    {
        QString name;                  // "PubMed XML", for messages
        QList<QByteArray> recordNames; // "PubmedArticle", "PubmedBookArticle"
        QStringList rootNames;         // the elements the records stand in; the first is named
        bool recordMayBeRoot = false;  // a file of one record, without the elements around it
        // Reads the record the reader stands on (its start element, at nesting level `depth`)
        // through its end element into a Record; *fits false when it is too large.
        std::function<Record(QXmlStreamReader &xml, int depth, bool *fits)> readRecord;
    };

    // Reads a whole file of such records, each on its own: a malformed or oversized record is
    // skipped with an error that names its line and number, and reading goes on at the next.
    // A file whose beginning is not of this format, or that holds no record and is not
    // well-formed, is refused.
    static Status readAll(QIODevice &device, const ReadContext &context, const Format &format);

    struct Chunk
    {
        QByteArray bytes; // the record's own; empty when tooLarge
        int line = 0;     // where the record starts in the file (1-based)
        int column = 0;
        bool tooLarge = false;
    };

    // `names`: the element names of a record, e.g. {"PubmedArticle", "PubmedBookArticle"}.
    XmlRecords(QIODevice &device, const QList<QByteArray> &names);

    // The bytes before the first record: the whole file when it holds none. False when no
    // record starts within maxRecordBytes (the prolog is then cut there).
    bool readProlog();
    const QByteArray &prolog() const { return m_prolog; }

    // The next record; false at the end of the file.
    bool next(Chunk &record);

    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    qsizetype findStart(qsizetype from);
    qsizetype findEnd(qsizetype from);
    void consume(qsizetype to); // passes over m_buffer[m_pos, to), counting lines
    void compact();

    // One tag searched for in the buffer, remembering how far it was searched, so that each
    // byte is searched once per tag (a tag that never occurs would otherwise cost a search of
    // the whole buffer for every record).
    struct Search
    {
        QByteArray tag;
        qsizetype found = -1;  // where it was found last, -1: nowhere before `scanned`
        qsizetype scanned = 0; // it does not start before this (unless at `found`)
    };
    qsizetype nextOf(Search &search, qsizetype from);

    QIODevice &m_device;
    QList<Search> m_starts; // "<PubmedArticle"
    QList<Search> m_ends;   // "</PubmedArticle"
    qsizetype m_longestTag = 0;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    std::optional<QStringDecoder> m_utf16; // the file is UTF-16: read as UTF-8
    QByteArray m_prolog;
    int m_line = 1;
    int m_column = 1;
    qint64 m_bytesRead = 0;
};

} // namespace evimap
