#pragma once

#include "dedup/comparablerecord.h"
#include "dedup/dedupthresholds.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace evimap {

// One piece of evidence behind a pair's score: which field, how it compared, how much it
// weighed (log-odds), and the values or figures that show it. Stored as JSON in
// dedup_pair.reasons and shown in the review window.
struct DedupReason
{
    QString field;   // "title", "doi", "pmid", "accession", "isbn", "authors", "year",
                     // "journal", "volume", "pages", "numbers", "notice", "preprint", "guard"
    QString verdict; // "agree", "partial", "disagree", "guard"
    double weight = 0.0;
    QString detail; // figures and values, not translated ("0.98", "2019 / 2020")
};

// A candidate pair's score in [0, 1], what to do with it, and why.
struct DedupScore
{
    enum class Decision
    {
        None,   // below the review threshold, or a guarded trap: forget the pair
        Review, // the review queue
        Auto,   // merge without asking
        Link,   // preprint and published version: link (status 'linked'), never merge
    };
    double score = 0.0;
    Decision decision = Decision::None;
    QList<DedupReason> reasons;

    QString reasonsJson() const;
    static QList<DedupReason> reasonsFromJson(const QString &json);
};

// Scores a candidate pair from the fields that agree and disagree: each comparison adds its
// log-odds weight to a prior, the sum goes through the logistic function. Guards keep the known
// traps out of automatic merges: errata, corrections, retraction notices and comments never
// pair with the article they cite; a preprint and its published version are linked; a DOI shared
// by records with different titles (proceedings, supplements) counts for nothing; records with
// no journal data, short titles, or any disagreeing identifier or bibliographic field only go
// to the review queue.
class DuplicateScorer final
{
public:
    explicit DuplicateScorer(const DedupThresholds &thresholds = {});

    // `withReasons` false skips building the reasons (the first pass over many pairs).
    DedupScore score(const ComparableRecord &a, const ComparableRecord &b,
                     bool withReasons = true) const;

    const DedupThresholds &thresholds() const { return m_thresholds; }

    // 1 - Levenshtein distance / longer length, for normalised titles. Values below 0.8 are
    // not exact (the distance is only computed that far).
    static double titleSimilarity(QStringView a, QStringView b);
    // Levenshtein distance, or maxDistance + 1 when it is larger than maxDistance.
    static int levenshtein(QStringView a, QStringView b, int maxDistance);
    // Share of the shorter author list whose surnames appear in the other (spelling variants
    // and truncated double names allowed); `firstAgrees` says if the first authors match.
    static double authorOverlap(const QStringList &a, const QStringList &b, bool *firstAgrees);
    // Numbers in a normalised title ("5-year" vs "10-year", "Part II"), as one string.
    static QString titleNumbers(const QString &normalisedTitle);

private:
    DedupThresholds m_thresholds;
};

} // namespace evimap
