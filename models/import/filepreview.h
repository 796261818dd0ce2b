#pragma once

#include <QIODevice>
#include <QString>

namespace evimap {

// What a file says about itself before it is imported, cheaply: its format, the database that
// exported it (Web of Science, Scopus, Embase, CAB Abstracts and Ovid's databases name
// themselves), and how many records it holds. The import dialog shows these per file.
struct FilePreview
{
    QString format;      // format id, empty when not recognised
    QString source;      // the database the file names, empty when it names none
    qint64 records = -1; // records counted, -1 when they could not be counted

    static FilePreview of(const QString &path);

    // The database named in a file's first bytes ("Web of Science", "Scopus", "Embase (Ovid)",
    // "CAB Abstracts", "PsycINFO (Ovid)", "MEDLINE (PubMed)"...), or empty. `format` is the
    // file's format id; `head` its first bytes (64 KiB is plenty).
    static QString sourceNamedIn(const QByteArray &head, const QString &format);

    // Counts the records of a file of the given format by their markers alone (RIS and Web of
    // Science "ER", MEDLINE "PMID-", BibTeX "@type{", an XML record's start tag, CSV rows, CSL-JSON
    // items), without parsing them: one pass over the bytes, memory bounded by a 1 MiB buffer.
    // The import's own count can be lower, when records are unreadable. -1 when the format is
    // not known or the file is UTF-16.
    static qint64 countRecords(QIODevice &device, const QString &format);
};

} // namespace evimap
