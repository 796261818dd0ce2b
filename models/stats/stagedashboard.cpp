#include "stats/stagedashboard.h"

#include "coding/codebook.h"
#include "coding/codingcomparison.h"
#include "coding/codingstore.h"
#include "dedup/dedupstore.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "screening/screeningstats.h"
#include "screening/screeningstore.h"
#include "team/blinding.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace evimap {

namespace {

QString kappaFigure(double kappa)
{
    return QString::number(kappa, 'f', 2);
}

// Agreement so far at a screening stage, in one line, from the statistics the Statistics
// window shows (computed once, there). Without `names` (a blinded viewer: the figures then rest
// on settled records only) it names nobody.
void describeAgreement(const StageStats &s, bool names, DashboardStageCounts *counts)
{
    if (s.fleissRaters >= 3 && s.fleissKappa) {
        counts->kappa = s.fleissKappa;
        counts->kappaText = StageDashboard::tr("Fleiss’ κ %1 (%2 reviewers, %3 records)")
                                .arg(kappaFigure(*s.fleissKappa))
                                .arg(s.fleissRaters)
                                .arg(s.fleissRecords);
        return;
    }
    const PairAgreement *best = nullptr;
    for (const PairAgreement &p : s.pairs) {
        if (!best || p.records > best->records)
            best = &p;
    }
    if (!best || best->records == 0)
        return;
    counts->kappa = best->kappa;
    if (!names) {
        counts->kappaText = best->kappa ? StageDashboard::tr("Cohen’s κ %1 over %2 settled records")
                                              .arg(kappaFigure(*best->kappa))
                                              .arg(best->records)
                                        : StageDashboard::tr("Cohen’s κ undefined so far");
        return;
    }
    counts->kappaText =
        best->kappa ? StageDashboard::tr("Cohen’s κ %1 (%2 and %3, %4 records)")
                          .arg(kappaFigure(*best->kappa), best->nameA, best->nameB)
                          .arg(best->records)
                    : StageDashboard::tr("Cohen’s κ undefined so far (%1 and %2, %3 records)")
                          .arg(best->nameA, best->nameB)
                          .arg(best->records);
}

QList<qint64> sorted(const QSet<qint64> &set)
{
    QList<qint64> list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

ScreeningStage screeningStage(DashboardStage stage)
{
    return stage == DashboardStage::FullText ? ScreeningStage::FullText
                                             : ScreeningStage::TitleAbstract;
}

// Who has work at a stage: the reviewers (not the leads, who settle), and anyone who did some.
bool hasWork(const Reviewer &r, bool didSome)
{
    return didSome || r.role == Role::Reviewer;
}

// The coding stage's sets, shared by compute() and records().
struct CodingSets
{
    QSet<qint64> toCode;
    QSet<qint64> reconciled;             // of toCode
    QHash<qint64, QSet<qint64>> codedBy; // reviewer → records of toCode
    QSet<qint64> toReconcile;            // coded by two or more, not reconciled
    QList<qint64> coders;                // reviewers who coded some of toCode
};

CodingSets codingSets(Project &project, const Codebook &codebook, const QList<Reviewer> &people)
{
    CodingSets s;
    CodingStore store(project, codebook);
    const QList<qint64> toCode = store.recordsToCode();
    s.toCode = QSet<qint64>(toCode.begin(), toCode.end());
    const QList<qint64> reconciled = store.reconciledRecords();
    for (qint64 id : reconciled) {
        if (s.toCode.contains(id))
            s.reconciled.insert(id);
    }
    QHash<qint64, int> coders;
    for (const Reviewer &r : people) {
        QSet<qint64> mine;
        const QList<qint64> coded = store.recordsCodedBy(r.id);
        for (qint64 id : coded) {
            if (s.toCode.contains(id)) {
                mine.insert(id);
                ++coders[id];
            }
        }
        if (!mine.isEmpty())
            s.coders.append(r.id);
        s.codedBy.insert(r.id, mine);
    }
    for (auto it = coders.cbegin(); it != coders.cend(); ++it) {
        if (it.value() >= 2 && !s.reconciled.contains(it.key()))
            s.toReconcile.insert(it.key());
    }
    return s;
}

} // namespace

QString StageDashboard::stageName(DashboardStage stage)
{
    switch (stage) {
    case DashboardStage::Duplicates:
        return tr("Duplicates");
    case DashboardStage::TitleAbstract:
        return tr("Title/abstract");
    case DashboardStage::FullText:
        return tr("Full text");
    case DashboardStage::Coding:
        return tr("Coding");
    }
    return {};
}

const DashboardStageCounts &StageDashboard::stage(DashboardStage stage) const
{
    return m_stages.at(int(stage));
}

std::optional<ReviewerWork> StageDashboard::mine(DashboardStage stage) const
{
    if (m_viewerId <= 0)
        return std::nullopt;
    for (const ReviewerWork &w : this->stage(stage).reviewers) {
        if (w.reviewerId == m_viewerId)
            return w;
    }
    return std::nullopt;
}

Result<StageDashboard> StageDashboard::compute(Project &project, qint64 viewerId)
{
    const Blinding viewer(project, viewerId);
    StageDashboard d;
    d.m_viewerId = viewerId;
    d.m_seesScreening = viewer.maySeeConflicts();
    d.m_seesCoding = viewer.seesAllCoding();

    Result<ScreeningStats> stats = ScreeningStats::compute(project, viewer);
    if (!stats)
        return stats.error();
    ScreeningStore store(project);
    const QList<Reviewer> people = Reviewers(project).all();

    // Duplicates: the pairs detection found, and what became of the records.
    {
        DedupStore dedup(project);
        DashboardStageCounts c;
        c.stage = DashboardStage::Duplicates;
        c.waiting = dedup.countPairs(QStringLiteral("pending")) +
                    dedup.countPairs(QStringLiteral("linked"));
        c.done = dedup.countPairs(QStringLiteral("duplicate")) +
                 dedup.countPairs(QStringLiteral("auto_merged")) +
                 dedup.countPairs(QStringLiteral("not_duplicate"));
        c.hasOutcome = true;
        c.excluded = dedup.duplicatesRemoved();
        c.included = store.eligibleCount(ScreeningStage::TitleAbstract);
        c.records = c.included + c.excluded;
        d.m_stages.append(c);
    }

    // Screening, per stage.
    for (const StageStats *s : {&stats->titleAbstract, &stats->fullText}) {
        DashboardStageCounts c;
        c.stage = s->stage == ScreeningStage::TitleAbstract ? DashboardStage::TitleAbstract
                                                            : DashboardStage::FullText;
        c.records = s->eligible;
        c.done = s->included + s->excluded + s->notRetrieved;
        c.waiting = qMax<qint64>(0, c.records - c.done);
        c.hasConflicts = true;
        if (d.m_seesScreening)
            c.conflicts = s->conflicts;
        c.hasOutcome = true;
        c.included = s->included;
        c.excluded = s->excluded;
        c.notRetrieved = s->notRetrieved;
        describeAgreement(*s, d.m_seesScreening, &c);

        const QList<qint64> eligible = store.eligibleRecords(s->stage);
        const QSet<qint64> settled = store.settledRecords(s->stage);
        QSet<qint64> someDecided;
        for (const ReviewerProgress &p : s->reviewers)
            someDecided.insert(p.reviewerId);
        for (const Reviewer &r : people) {
            const bool mineOnly = !d.m_seesScreening;
            if (mineOnly ? r.id != viewerId : !hasWork(r, someDecided.contains(r.id)))
                continue;
            const QSet<qint64> decided = store.recordsDecidedBy(r.id, s->stage);
            ReviewerWork w;
            w.reviewerId = r.id;
            w.name = r.name;
            for (qint64 id : eligible) {
                if (decided.contains(id))
                    ++w.done;
                else if (!settled.contains(id))
                    ++w.left;
            }
            c.reviewers.append(w);
        }
        d.m_stages.append(c);
    }

    // Coding: the records to code, their reconciliation, and each coder's share.
    {
        const Codebook codebook(project);
        const CodingSets s = codingSets(project, codebook, people);
        DashboardStageCounts c;
        c.stage = DashboardStage::Coding;
        c.records = s.toCode.size();
        c.done = s.reconciled.size();
        c.waiting = c.records - c.done;
        c.hasConflicts = true;
        if (d.m_seesCoding) {
            c.conflicts = s.toReconcile.size();
            if (s.coders.size() == 2) {
                const Result<CodingComparison> compared =
                    CodingComparison::compare(project, codebook, s.coders.at(0), s.coders.at(1));
                if (compared && compared->overall.items() > 0) {
                    c.kappa = compared->overall.kappa();
                    const int records = int(compared->items.size());
                    c.kappaText =
                        c.kappa ? tr("Cohen’s κ %1 over codes (%2 and %3, %4 records)")
                                      .arg(kappaFigure(*c.kappa), compared->nameA, compared->nameB)
                                      .arg(records)
                                : tr("Cohen’s κ undefined so far (%1 and %2, %3 records)")
                                      .arg(compared->nameA, compared->nameB)
                                      .arg(records);
                }
            }
        }
        for (const Reviewer &r : people) {
            const QSet<qint64> coded = s.codedBy.value(r.id);
            if (!d.m_seesCoding ? r.id != viewerId : !hasWork(r, !coded.isEmpty()))
                continue;
            ReviewerWork w;
            w.reviewerId = r.id;
            w.name = r.name;
            w.done = coded.size();
            for (qint64 id : s.toCode) {
                if (!coded.contains(id) && !s.reconciled.contains(id))
                    ++w.left;
            }
            c.reviewers.append(w);
        }
        d.m_stages.append(c);
    }
    return d;
}

Result<QList<qint64>> StageDashboard::records(Project &project, qint64 viewerId,
                                              DashboardStage stage, DashboardCount count)
{
    const Blinding viewer(project, viewerId);
    const auto leadOnly = [] {
        return Error{Error::Kind::Usage,
                     tr("Only the lead sees the conflicts while reviewing is blind: they would "
                        "show how others voted on records not settled yet.")};
    };
    if (stage == DashboardStage::Duplicates)
        return Error{Error::Kind::Usage, tr("Duplicates are reviewed as pairs, not as a list.")};

    if (stage == DashboardStage::Coding) {
        const Codebook codebook(project);
        const CodingSets s = codingSets(project, codebook, Reviewers(project).all());
        switch (count) {
        case DashboardCount::Done:
            return sorted(s.reconciled);
        case DashboardCount::Waiting:
            return sorted(s.toCode - s.reconciled);
        case DashboardCount::Conflicts:
            if (!viewer.seesAllCoding())
                return leadOnly();
            return sorted(s.toReconcile);
        default:
            return Error{Error::Kind::Usage, tr("Coding has no such list.")};
        }
    }

    const ScreeningStage screening = screeningStage(stage);
    ScreeningStore store(project);
    if (count == DashboardCount::Conflicts) {
        if (!viewer.maySeeConflicts())
            return leadOnly();
        QList<qint64> ids;
        const QList<ScreeningConflict> conflicts = store.conflicts(screening);
        for (const ScreeningConflict &c : conflicts)
            ids.append(c.recordId);
        return ids;
    }
    const QList<qint64> eligible = store.eligibleRecords(screening);
    const QSet<qint64> held(eligible.begin(), eligible.end());
    QSet<qint64> wanted;
    const QList<ScreeningResult> results = store.results(screening);
    for (const ScreeningResult &r : results) {
        if (!held.contains(r.recordId))
            continue;
        const bool match =
            count == DashboardCount::Done ||
            (count == DashboardCount::Included && r.result == ResultKind::Include) ||
            (count == DashboardCount::Excluded && r.result == ResultKind::Exclude) ||
            (count == DashboardCount::NotRetrieved && r.result == ResultKind::NotRetrieved);
        if (match)
            wanted.insert(r.recordId);
    }
    if (count == DashboardCount::Waiting) {
        QSet<qint64> waiting = held;
        for (const ScreeningResult &r : results)
            waiting.remove(r.recordId);
        return sorted(waiting);
    }
    return sorted(wanted);
}

} // namespace evimap
