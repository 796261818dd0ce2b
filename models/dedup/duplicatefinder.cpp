#include "dedup/duplicatefinder.h"

#include "dedup/candidategenerator.h"
#include "dedup/dedupstore.h"
#include "project/pagecachescope.h"
#include "project/project.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QtConcurrentMap>

#include <algorithm>
#include <ctime>
#include <numeric>

Q_LOGGING_CATEGORY(lcDedup, "evimap.models.dedup", QtInfoMsg)

namespace evimap {

namespace {

// Processor time of the process so far (the machine may be shared: wall time says little).
long cpuMs()
{
    return long(std::clock() * 1000.0 / CLOCKS_PER_SEC);
}

bool cancelledNow(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return Error{Error::Kind::Cancelled,
                 DuplicateFinder::tr("duplicate detection was cancelled; nothing was changed")};
}

struct Component
{
    std::vector<quint32> members;
    QStringList dois;
    QStringList pmids;
};

// A search whose records changed before it could write says so with this, and is done again.
const QString &staleMarker()
{
    static const QString marker = QStringLiteral("\u2400stale");
    return marker;
}

bool conflicts(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    for (const QString &x : a) {
        if (!b.contains(x))
            return true;
    }
    for (const QString &y : b) {
        if (!a.contains(y))
            return true;
    }
    return false;
}

} // namespace

std::vector<DuplicateFinder::Found>
DuplicateFinder::findPairs(const QList<ComparableRecord> &records, const DuplicateScorer &scorer,
                           const QHash<quint64, QString> &decided,
                           const std::atomic_bool *cancelled, int maxBlockSize, qint64 *candidates)
{
    const std::vector<CandidateGenerator::Pair> pairs =
        CandidateGenerator::pairs(records, cancelled, maxBlockSize);
    if (candidates)
        *candidates = qint64(pairs.size());
    // Scored in chunks on the thread pool (the machine's cores), joined in order.
    constexpr size_t chunk = 8192;
    std::vector<std::vector<Found>> parts((pairs.size() + chunk - 1) / chunk);
    std::vector<size_t> chunks(parts.size());
    std::iota(chunks.begin(), chunks.end(), size_t(0));
    QtConcurrent::blockingMap(chunks, [&](size_t c) {
        if (cancelledNow(cancelled))
            return;
        std::vector<Found> &out = parts[c];
        const size_t end = std::min(pairs.size(), (c + 1) * chunk);
        for (size_t i = c * chunk; i < end; ++i) {
            const CandidateGenerator::Pair &p = pairs[i];
            const ComparableRecord &a = records.at(p.first);
            const ComparableRecord &b = records.at(p.second);
            if (!decided.isEmpty() && decided.contains(DedupStore::pairKey(a.id, b.id)))
                continue;
            const DedupScore s = scorer.score(a, b, false);
            if (s.decision != DedupScore::Decision::None)
                out.push_back(Found{p.first, p.second, s.score, s.decision});
        }
    });
    if (cancelledNow(cancelled))
        return {};
    std::vector<Found> found;
    for (const std::vector<Found> &part : parts)
        found.insert(found.end(), part.begin(), part.end());
    return found;
}

QList<QList<quint32>> DuplicateFinder::autoGroups(const QList<ComparableRecord> &records,
                                                  const std::vector<Found> &found,
                                                  const DuplicateScorer &scorer,
                                                  const QHash<quint64, QString> &decided)
{
    std::vector<const Found *> certain;
    for (const Found &f : found) {
        if (f.decision == DedupScore::Decision::Auto)
            certain.push_back(&f);
    }
    std::stable_sort(certain.begin(), certain.end(),
                     [](const Found *x, const Found *y) { return x->score > y->score; });

    std::vector<quint32> parent(size_t(records.size()));
    std::iota(parent.begin(), parent.end(), 0u);
    auto find = [&](quint32 x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    QHash<quint32, Component> components;
    auto component = [&](quint32 root) -> Component & {
        auto it = components.find(root);
        if (it == components.end()) {
            Component c;
            c.members.push_back(root);
            const ComparableRecord &r = records.at(root);
            if (!r.doi.isEmpty())
                c.dois.append(r.doi);
            if (!r.pmid.isEmpty())
                c.pmids.append(r.pmid);
            it = components.insert(root, c);
        }
        return it.value();
    };

    for (const Found *f : certain) {
        const quint32 ra = find(f->a), rb = find(f->b);
        if (ra == rb)
            continue;
        component(ra);
        component(rb); // may rehash: take the references after both exist
        Component &ca = components[ra];
        Component &cb = components[rb];
        if (conflicts(ca.dois, cb.dois) || conflicts(ca.pmids, cb.pmids))
            continue;
        bool compatible = true;
        const bool checkAll = ca.members.size() > 1 || cb.members.size() > 1;
        for (const quint32 x : ca.members) {
            for (const quint32 y : cb.members) {
                const ComparableRecord &rx = records.at(x);
                const ComparableRecord &ry = records.at(y);
                if (decided.value(DedupStore::pairKey(rx.id, ry.id)) ==
                        QLatin1String("not_duplicate") ||
                    (checkAll &&
                     scorer.score(rx, ry, false).decision == DedupScore::Decision::None)) {
                    compatible = false;
                    break;
                }
            }
            if (!compatible)
                break;
        }
        if (!compatible)
            continue;
        const quint32 into = ca.members.size() >= cb.members.size() ? ra : rb;
        const quint32 from = into == ra ? rb : ra;
        Component source = components.take(from); // erasing may move entries: take first
        Component &target = components[into];
        target.members.insert(target.members.end(), source.members.begin(), source.members.end());
        for (const QString &d : std::as_const(source.dois)) {
            if (!target.dois.contains(d))
                target.dois.append(d);
        }
        for (const QString &p : std::as_const(source.pmids)) {
            if (!target.pmids.contains(p))
                target.pmids.append(p);
        }
        parent[from] = into;
    }

    QList<QList<quint32>> groups;
    for (auto it = components.begin(); it != components.end(); ++it) {
        if (it.value().members.size() < 2)
            continue;
        QList<quint32> members(it.value().members.begin(), it.value().members.end());
        std::sort(members.begin(), members.end(), [&](quint32 x, quint32 y) {
            const ComparableRecord &rx = records.at(x);
            const ComparableRecord &ry = records.at(y);
            return rx.completeness > ry.completeness ||
                   (rx.completeness == ry.completeness && rx.id < ry.id);
        });
        groups.append(members);
    }
    // Stable output: by the kept record's id.
    std::sort(groups.begin(), groups.end(), [&](const QList<quint32> &x, const QList<quint32> &y) {
        return records.at(x.first()).id < records.at(y.first()).id;
    });
    return groups;
}

Result<DedupSummary> DuplicateFinder::run(Project &project, const DedupOptions &options,
                                          const std::atomic_bool *cancelled,
                                          const Progress &progress)
{
    if (project.isReadOnly())
        return Error{
            Error::Kind::ProjectProblem,
            tr("%1 is read-only; duplicate pairs cannot be stored").arg(project.filePath())};
    const DedupThresholds thresholds =
        options.thresholds.value_or(DedupThresholds::fromProject(project));
    if (!thresholds.isValid())
        return Error{Error::Kind::Usage,
                     tr("thresholds must satisfy 0 < review (%1) <= automatic merge (%2) <= 1")
                         .arg(thresholds.review)
                         .arg(thresholds.autoMerge)};
    // Each search that finds its records changed by the time it may write is done again on
    // what is there then; another run rarely keeps changing them for long.
    constexpr int attempts = 3;
    for (int attempt = 1;; ++attempt) {
        Result<DedupSummary> result = searchAndStore(project, options, cancelled, progress);
        if (result || result.errorString() != staleMarker())
            return result;
        if (attempt == attempts)
            return failure(tr("other EviMaps kept merging or deciding duplicates in %1 while this "
                              "search ran (%2 times); nothing was changed: run it again when they "
                              "have finished")
                               .arg(project.filePath())
                               .arg(attempts));
        qCInfo(lcDedup) << "the records changed while duplicates were searched; searching again";
    }
}

Result<DedupSummary> DuplicateFinder::searchAndStore(Project &project, const DedupOptions &options,
                                                     const std::atomic_bool *cancelled,
                                                     const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };
    DedupSummary summary;
    summary.thresholds = options.thresholds.value_or(DedupThresholds::fromProject(project));
    DedupStore store(project);
    report(1);
    // Read before the records: a change that lands in between is seen as one (and searched
    // again), never missed.
    const QString stateRead = store.detectionState();
    Result<QList<ComparableRecord>> loaded = store.activeRecords(cancelled);
    if (!loaded)
        return loaded.error();
    const QList<ComparableRecord> records = std::move(loaded.value());
    summary.records = records.size();
    qCDebug(lcDedup) << "loaded" << records.size() << "records in" << timer.elapsed() << "ms, cpu"
                     << cpuMs() << "ms";
    report(25);

    const QHash<quint64, QString> decided = store.decidedPairs();
    const DuplicateScorer scorer(summary.thresholds);
    const std::vector<Found> found =
        findPairs(records, scorer, decided, cancelled, options.maxBlockSize, &summary.candidates);
    if (cancelledNow(cancelled))
        return cancelledError();
    qCDebug(lcDedup) << summary.candidates << "candidates," << found.size() << "pairs kept at"
                     << timer.elapsed() << "ms, cpu" << cpuMs() << "ms";
    report(60);

    const QList<QList<quint32>> groups =
        options.autoMerge ? autoGroups(records, found, scorer, decided) : QList<QList<quint32>>();
    std::vector<int> groupOf(size_t(records.size()), -1);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (const quint32 index : groups.at(g))
            groupOf[index] = int(g);
    }
    // The reasons, for the pairs that are kept (in parallel, in order).
    QList<DedupStore::FoundPair> toSave(qsizetype(found.size()));
    std::vector<size_t> indexes(found.size());
    std::iota(indexes.begin(), indexes.end(), size_t(0));
    QtConcurrent::blockingMap(indexes, [&](size_t i) {
        const Found &f = found[i];
        const ComparableRecord &a = records.at(f.a);
        const ComparableRecord &b = records.at(f.b);
        const DedupScore full = scorer.score(a, b, true);
        toSave[qsizetype(i)] = DedupStore::FoundPair{a.id, b.id, full.score, full.reasonsJson(),
                                                     f.decision == DedupScore::Decision::Link};
    });
    QList<QList<qsizetype>> groupPairs(groups.size());
    for (size_t i = 0; i < found.size(); ++i) {
        const Found &f = found[i];
        ++summary.pairsFound;
        if (f.decision == DedupScore::Decision::Auto)
            ++summary.certain;
        if (f.decision == DedupScore::Decision::Link)
            ++summary.linked;
        const int ga = groupOf[f.a];
        if (ga >= 0 && ga == groupOf[f.b])
            groupPairs[ga].append(qsizetype(i));
    }
    if (cancelledNow(cancelled))
        return cancelledError();
    report(70);

    qCDebug(lcDedup) << "scored for storing at" << timer.elapsed() << "ms, cpu" << cpuMs() << "ms";
    // Enough page cache that the merges do not spill to the journal page by page.
    std::optional<PageCacheScope> cache(std::in_place, project.database(), 32 * 1024);
    Status written = project.writeTransaction([&]() -> Status {
        // Another run (or a person) merged or decided while this one searched: what it found
        // may no longer hold (a record already merged elsewhere).
        if (store.detectionState() != stateRead)
            return failure(staleMarker());
        Result<QList<qint64>> ids = store.savePairsInTransaction(toSave);
        if (!ids)
            return ids.error();
        qCDebug(lcDedup) << "pairs stored at" << timer.elapsed() << "ms, cpu" << cpuMs() << "ms";
        report(80);
        for (qsizetype g = 0; g < groups.size(); ++g) {
            if ((g & 0x3F) == 0) {
                if (cancelledNow(cancelled))
                    return cancelledError();
                report(80 + int(19 * g / std::max<qsizetype>(1, groups.size())));
            }
            QList<qint64> recordIds;
            for (const quint32 index : groups.at(g))
                recordIds.append(records.at(index).id);
            QList<qint64> pairIds;
            for (const qsizetype i : std::as_const(groupPairs[g]))
                pairIds.append(ids->at(i));
            Result<MergeResult> merged = store.mergeInTransaction(
                recordIds, recordIds.first(), {}, pairIds, options.reviewerId, true);
            if (!merged)
                return merged.error();
            summary.merged += merged->merged.size();
            ++summary.groups;
        }
        return store.logRunInTransaction(
            QJsonObject{{QStringLiteral("records"), summary.records},
                        {QStringLiteral("candidates"), summary.candidates},
                        {QStringLiteral("pairs_found"), summary.pairsFound},
                        {QStringLiteral("merged"), summary.merged},
                        {QStringLiteral("linked"), summary.linked},
                        {QStringLiteral("auto_merge"), options.autoMerge},
                        {QStringLiteral("auto_threshold"), summary.thresholds.autoMerge},
                        {QStringLiteral("review_threshold"), summary.thresholds.review}},
            options.reviewerId);
    });
    qCDebug(lcDedup) << "committed at" << timer.elapsed() << "ms, cpu" << cpuMs() << "ms";
    cache.reset();
    if (!written)
        return written.error();
    qCDebug(lcDedup) << "written at" << timer.elapsed() << "ms, cpu" << cpuMs() << "ms";
    summary.queued = store.countPairs(QStringLiteral("pending"));
    summary.duplicatesRemoved = store.duplicatesRemoved();
    summary.seconds = double(timer.elapsed()) / 1000.0;
    report(100);
    qCDebug(lcDedup) << "dedup:" << summary.records << "records," << summary.pairsFound << "pairs,"
                     << summary.merged << "merged in" << summary.seconds << "s";
    return summary;
}

} // namespace evimap
