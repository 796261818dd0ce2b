#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace evimap {

// One source field as the file had it (tag and value), kept for lossless export.
using RawField = QPair<QString, QString>;

// A reference as the domain sees it: typed fields, plus the source's own fields.
struct Record
{
    qint64 id = 0;                                    // 0 until stored
    QString uuid;                                     // set when stored
    QString type = QStringLiteral("journal-article"); // see RecordType
    QString title;
    QString abstract;
    QStringList authors; // "Surname, Given" each; corporate authors as written
    int year = 0;        // 0 when unknown
    QString date;        // as given (YYYY, YYYY-MM or YYYY-MM-DD where it could be read)
    QString container;   // journal, book or conference title
    QString volume;
    QString issue;
    QString pages;
    QString doi;
    QString pmid;
    QString accession; // Web of Science UT, Scopus EID, database accession number
    QString isbn;
    QString url;
    QStringList keywords;
    QString language;
    QString country;
    QString publisher;
    QString notes;
    // The tags (labels) on the record that the person exporting may see (TagStore); filled by
    // exports only, stored in their own table.
    QStringList tags;

    QString rawFormat;         // format of the file it came from ("ris", "bibtex", ...)
    QList<RawField> rawFields; // the fields as read, in order (repeated tags repeat)

    // A file that comes with the record (a grey-literature PDF): copied into the project's
    // attachment folder at import, its text put into the full-text index.
    QString attachmentFile;
    QString attachmentText;
    int attachmentPages = 0;

    // Where it was read (for issues and record_source).
    int sourceLine = 0;
    int sourceRecordNo = 0;

    bool isEmpty() const
    {
        return title.isEmpty() && abstract.isEmpty() && authors.isEmpty() && doi.isEmpty() &&
               container.isEmpty() && url.isEmpty() && pmid.isEmpty();
    }
};

// The reference types EviMap distinguishes; importers map their own types onto these.
namespace RecordType {
inline const QString JournalArticle = QStringLiteral("journal-article");
inline const QString Book = QStringLiteral("book");
inline const QString Chapter = QStringLiteral("chapter");
inline const QString ConferencePaper = QStringLiteral("conference-paper");
inline const QString ConferenceAbstract = QStringLiteral("conference-abstract");
inline const QString Report = QStringLiteral("report");
inline const QString Thesis = QStringLiteral("thesis");
inline const QString WebPage = QStringLiteral("web-page");
inline const QString Initiative = QStringLiteral("initiative");
inline const QString Preprint = QStringLiteral("preprint");
inline const QString Dataset = QStringLiteral("dataset");
inline const QString Other = QStringLiteral("other");
} // namespace RecordType

} // namespace evimap
