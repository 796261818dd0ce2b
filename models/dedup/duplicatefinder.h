#pragma once

#include "core/result.h"
#include "dedup/comparablerecord.h"
#include "dedup/dedupthresholds.h"
#include "dedup/duplicatescorer.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace evimap {

class Project;

struct DedupOptions
{
    bool autoMerge = false;                    // merge pairs at or above the threshold
    std::optional<DedupThresholds> thresholds; // empty: the project's settings
    qint64 reviewerId = 0;                     // who asked (0: nobody in particular)
    int maxBlockSize = 200;                    // see CandidateGenerator
};

struct DedupSummary
{
    qint64 records = 0;           // records compared (not already merged)
    qint64 candidates = 0;        // candidate pairs scored
    qint64 pairsFound = 0;        // pairs at or above the review threshold, links included
    qint64 certain = 0;           // of those, pairs that could merge without a person
    qint64 merged = 0;            // records merged into another by this run
    qint64 groups = 0;            // merges (groups of two or more records) by this run
    qint64 queued = 0;            // pending pairs in the review queue after the run
    qint64 linked = 0;            // preprint/published pairs found by this run
    qint64 duplicatesRemoved = 0; // records merged into another, in total (PRISMA)
    DedupThresholds thresholds;
    double seconds = 0.0;
};

// Duplicate detection over a whole project: reads the records (DedupStore), finds candidate
// pairs (CandidateGenerator), scores them (DuplicateScorer), stores those worth keeping, and,
// if asked, merges the certain ones. A function of its inputs with a cancel flag and a
// progress callback, so it runs on a worker thread with its own Project. Everything it writes
// is one transaction: a cancel or a failure leaves the project as it was. Two runs at once
// (two people, or a window and a script) take turns: a run that finds, once it holds the
// write lock, that the records changed since it read them (the other run merged some) searches
// again on what is there now.
class DuplicateFinder final
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    using Progress = std::function<void(int percent)>;

    static Result<DedupSummary> run(Project &project, const DedupOptions &options,
                                    const std::atomic_bool *cancelled = nullptr,
                                    const Progress &progress = {});

    // The in-memory part, for tests and benchmarks.
    struct Found
    {
        quint32 a = 0; // indexes into the records
        quint32 b = 0;
        double score = 0.0;
        DedupScore::Decision decision = DedupScore::Decision::None;
    };
    // Scores every candidate pair and keeps those at or above the review threshold (and
    // links). `decided` (DedupStore::pairKey of record ids) are skipped.
    static std::vector<Found> findPairs(const QList<ComparableRecord> &records,
                                        const DuplicateScorer &scorer,
                                        const QHash<quint64, QString> &decided,
                                        const std::atomic_bool *cancelled, int maxBlockSize,
                                        qint64 *candidates = nullptr);
    // Groups of records (indexes) to merge automatically: pairs decided Auto, joined best first,
    // except where a join would bring two different DOIs or PMIDs into one group or join
    // records someone said are not duplicates. The most complete record of a group comes first.
    // Every pair inside a group must score at least the review threshold, so a chain A~B~C
    // does not join an A and C that disagree.
    static QList<QList<quint32>> autoGroups(const QList<ComparableRecord> &records,
                                            const std::vector<Found> &found,
                                            const DuplicateScorer &scorer,
                                            const QHash<quint64, QString> &decided);

private:
    static Result<DedupSummary> searchAndStore(Project &project, const DedupOptions &options,
                                               const std::atomic_bool *cancelled,
                                               const Progress &progress);
};

} // namespace evimap
