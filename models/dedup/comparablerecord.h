#pragma once

#include "records/record.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace evimap {

// The fields of a record that duplicate detection compares, normalised once, so comparing a
// pair does no parsing. Built from stored keys (DedupStore) or from a whole record (tests, the
// review window).
struct ComparableRecord
{
    // Items that quote an article's title without being the article.
    enum class Notice : quint8
    {
        None,
        Erratum, // "Erratum: …", "Correction to: …", "Corrigendum", WoS "… (vol 5, pg 12, 2019)"
        Retraction, // "Retraction notice: …", "Expression of concern: …"
        Retracted,  // "RETRACTED: …": the article itself, marked as retracted
        Comment,    // "Comment on …", "Reply to …"
    };

    qint64 id = 0;
    QString type;  // RecordType
    QString title; // Normalise::title
    QString doi;   // Normalise::doi
    QString pmid;
    QString accession;   // trimmed, lower case
    QString isbn;        // digits (and X) of an ISBN-10 or ISBN-13, else empty
    QStringList journal; // Normalise::journalWords
    QString volume;      // Normalise::volume
    QString firstPage;   // Normalise::firstPage
    QStringList authors; // Normalise::authors keys: "surname i"
    int year = 0;
    int completeness = 0; // filled fields: the most complete record of a group is kept
    Notice notice = Notice::None;
    bool preprint = false;   // a preprint server's version
    bool conference = false; // a conference abstract or paper, or published in proceedings

    bool hasJournalData() const
    {
        return !journal.isEmpty() || !volume.isEmpty() || !firstPage.isEmpty();
    }

    // From a whole record.
    static ComparableRecord fromRecord(const Record &record);

    // From the keys RecordStore stores (norm_title, norm_doi, norm_authors) and the raw
    // fields that have none; sets the flags. `journalCache` saves normalising the same journal
    // title again and again.
    static ComparableRecord fromStored(qint64 id, const QString &type, const QString &normTitle,
                                       const QString &normDoi, const QString &pmid,
                                       const QString &accession, const QString &isbn,
                                       const QString &container, const QString &volume,
                                       const QString &pages, const QString &normAuthors, int year,
                                       QHash<QString, QStringList> *journalCache = nullptr);

    // ISBN digits when `text` holds an ISBN-10 or ISBN-13 (an ISSN or anything else: empty).
    static QString isbnKey(const QString &text);
    // Which notice a normalised title is, if any.
    static Notice noticeOf(const QString &normalisedTitle);
    // Whether a DOI (normalised) or container names a preprint server.
    static bool isPreprintSource(const QString &normalisedDoi, const QStringList &journalWords);
};

} // namespace evimap
