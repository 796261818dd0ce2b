#pragma once

#include "dedup/comparablerecord.h"

#include <QList>

#include <atomic>
#include <cstdint>
#include <utility>
#include <vector>

namespace evimap {

// Finds the pairs worth scoring without comparing every record with every other (blocking).
// Two records become a candidate pair when they share one of these keys:
//   - an identifier: normalised DOI, PMID, accession number, ISBN;
//   - the title with its spaces removed (case, punctuation and spacing variants);
//   - a pair of the title's four rarest words (a typo changes at most two of them, so two
//     rare words survive in common);
//   - the first letters of the title's words with the year (or the next year);
//   - the first author's surname with the year and the first page.
// A key shared by more than `maxBlockSize` records (a proceedings DOI, "Editorial") is not
// used: it says little, and its pairs would grow with the square of its size.
class CandidateGenerator final
{
public:
    static constexpr int defaultMaxBlockSize = 200;
    using Pair = std::pair<quint32, quint32>; // indexes into the records, first < second

    // Empty when cancelled.
    static std::vector<Pair> pairs(const QList<ComparableRecord> &records,
                                   const std::atomic_bool *cancelled = nullptr,
                                   int maxBlockSize = defaultMaxBlockSize);
};

} // namespace evimap
