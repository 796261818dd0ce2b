#pragma once

#include "core/result.h"
#include "ranking/rankingsettings.h"
#include "ranking/relevanceranker.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <vector>

namespace evimap {

class Project;

// What the ranking learns from in a project: every record that is not a duplicate, its text,
// and its title/abstract label so far.
struct RankingData
{
    QList<qint64> ids;          // record ids, ascending
    QStringList texts;          // title, abstract and keywords
    std::vector<qint8> labels;  // Label::Relevant / Irrelevant / Unscreened / Unsure
    std::vector<qint8> history; // 1 include, 0 exclude, in the order they were decided
    int screened() const { return int(history.size()); }
};

// The SQL of prioritised screening: reading the records and labels to learn from, the
// project's ranking settings (ProjectSettings::rankingSettings, JSON) and the audit log entry of
// each training (action "ranking.train").
class RankingStore final
{
    Q_DECLARE_TR_FUNCTIONS(RankingStore)

public:
    explicit RankingStore(Project &project)
        : m_project(project)
    {}

    // Labels from the settled title/abstract results; with `reviewerId`, also from that
    // reviewer's own decisions on records not settled yet. Never from another reviewer's
    // decision on an unsettled record, so a reviewer's ranking cannot reveal how others voted
    // (Blinding: settled results and one's own votes are what everyone may see). "Unsure" and
    // "not retrieved" are neither learnt from nor ranked.
    Result<RankingData> load(qint64 reviewerId = 0) const;

    RankingSettings settings() const;
    Status setSettings(const RankingSettings &settings);

    // Writes what was trained, on what, with which settings and how long it took, so the
    // ranking a reviewer saw can be explained later.
    Status logTraining(const Ranking &ranking, const RankingSettings &settings, qint64 reviewerId,
                       qint64 totalMs, bool blind);

private:
    Project &m_project;
};

} // namespace evimap
