#pragma once

#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>
#include <vector>

namespace evimap {

// How many parts to split `work` units (non-zeros, say) into: one per core, but a single part
// when the work is too small to pay for handing it to another thread.
inline int partsFor(qint64 work)
{
    constexpr qint64 worthSplitting = 1 << 17;
    if (work < worthSplitting)
        return 1;
    return std::clamp(QThread::idealThreadCount(), 1, 16);
}

// Runs work(part) for part 0..parts-1 on the global thread pool, the calling thread taking
// part too (QtConcurrent's blocking map), and returns when all are done. Callers split work
// so that each part writes its own outputs; the result then does not depend on the number of
// parts or on which thread ran which.
template<typename Work>
void forEachPart(int parts, Work &&work)
{
    if (parts <= 1) {
        work(0);
        return;
    }
    std::vector<int> ids(parts);
    std::iota(ids.begin(), ids.end(), 0);
    QtConcurrent::blockingMap(ids, [&work](int part) { work(part); });
}

// The boundaries that split [0, count) into `parts` ranges of about equal cost, where
// cumulative[i] is the cost of items before i (cumulative has count + 1 entries).
template<typename Cumulative>
std::vector<int> splitByCost(const Cumulative &cumulative, int count, int parts)
{
    std::vector<int> bounds(parts + 1, count);
    bounds[0] = 0;
    const auto total = cumulative[count];
    int at = 0;
    for (int part = 1; part < parts; ++part) {
        const auto target = total / parts * part;
        while (at < count && cumulative[at] < target)
            ++at;
        bounds[part] = at;
    }
    return bounds;
}

} // namespace evimap
