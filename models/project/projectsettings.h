#pragma once

#include "core/result.h"

#include <QLatin1String>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace evimap {

class Project;

// A typed setting of the project, kept in its `setting` table and shared by everyone who opens
// the file (the user's own preferences are Preference<T>, models/core/preferences.h). Its key
// and default live in one place, the list ProjectSettings below; code reads and writes settings
// only through it, never as text.
//
// One encoding: true and false are "1" and "0", numbers are written as QString::number() writes
// them, text as it is. Reading also understands what older versions wrote ("true"/"false",
// "yes"/"no", "on"/"off"); a missing value, or one that cannot be read, gives the default.
// Writing a setting replaces its own row only, so keys this version does not know (a newer
// EviMap's) are kept.
template<typename T>
class ProjectSetting final
{
public:
    constexpr ProjectSetting(const char *key, T defaultValue)
        : m_key(key)
        , m_default(defaultValue)
    {}

    QLatin1String key() const { return QLatin1String(m_key); }
    constexpr T defaultValue() const { return m_default; }

    T read(const Project &project) const;
    // In a write transaction of its own.
    Status write(Project &project, const T &value) const;
    // Inside the caller's write transaction on `db`, stamped `updatedAt` (empty: now).
    Status write(QSqlDatabase db, const T &value, const QString &updatedAt = {}) const;

    // The encoding, both ways.
    static QString encode(const T &value);
    static std::optional<T> decode(const QString &text);

private:
    const char *m_key;
    T m_default;
};

extern template class ProjectSetting<bool>;
extern template class ProjectSetting<int>;
extern template class ProjectSetting<qint64>;
extern template class ProjectSetting<double>;
extern template class ProjectSetting<QString>;

// Every project setting, with its key and default.
namespace ProjectSettings {

// Screening (ScreeningSettings groups them for the lead's dialog).
// How many reviewers must agree before a record is settled (at least 1), at both stages unless
// the next setting says otherwise.
inline constexpr ProjectSetting<int> screeningReviewersRequired("screening.reviewersRequired", 1);
// The same at full text, when it differs; 0 (or absent, in projects made before it existed):
// as at title/abstract.
inline constexpr ProjectSetting<int>
    screeningReviewersRequiredFullText("screening.reviewersRequired.fullText", 0);
// Reviewers do not see each other's decisions on records not yet settled.
inline constexpr ProjectSetting<bool> screeningBlind("screening.blind", true);
// The inclusion and exclusion criteria shown beside each record.
inline const ProjectSetting<QString> screeningCriteria("screening.criteria", QString());
// Title/abstract screening stopped before every record was screened, on the strength of the
// prioritised ranking: PRISMA then reports the records never screened as removed by
// automation, not as excluded.
inline constexpr ProjectSetting<bool> screeningStoppedEarly("screening.stoppedEarly", false);

// Coding: reviewers do not see each other's codings of a record until it is reconciled.
inline constexpr ProjectSetting<bool> codingBlind("coding.blind", true);
// The codebook's name and description, from the template it was made from.
inline const ProjectSetting<QString> codebookName("codebook.name", QString());
inline const ProjectSetting<QString> codebookDescription("codebook.description", QString());

// Duplicates (DedupThresholds): a pair scoring at or above the first is merged without asking,
// from the second up to it waits for review. The defaults were measured on labelled data
// (docs/performance.md, "Deduplication"): no false automatic merge, and almost every duplicate
// above the review threshold.
inline constexpr ProjectSetting<double> dedupAutoMerge("dedup.autoThreshold", 0.97);
inline constexpr ProjectSetting<double> dedupReview("dedup.reviewThreshold", 0.5);

// PRISMA counts typed in by the lead, where the data cannot say them (-1: not given).
inline constexpr ProjectSetting<qint64> prismaAutomationExcluded("prisma.automationExcluded", -1);
inline constexpr ProjectSetting<qint64> prismaOtherRemoved("prisma.otherRemoved", -1);

// The prioritised ranking's settings, as RankingSettings' JSON.
inline const ProjectSetting<QString> rankingSettings("ranking.settings", QString());

// The project's properties besides its name (ProjectProperties): the review question, the
// authors (one a line), the protocol registration (a PROSPERO or OSF id) and the funder.
inline const ProjectSetting<QString> projectQuestion("project.question", QString());
inline const ProjectSetting<QString> projectAuthors("project.authors", QString());
inline const ProjectSetting<QString> projectRegistration("project.registration", QString());
inline const ProjectSetting<QString> projectFunder("project.funder", QString());

// An offline copy (CopyOrigin): the file it was taken from, when, and for which reviewer.
inline const ProjectSetting<QString> copyOrigin("team.copy.origin", QString());
inline const ProjectSetting<QString> copyTakenAt("team.copy.taken_at", QString());
inline const ProjectSetting<QString> copyReviewer("team.copy.reviewer", QString());

} // namespace ProjectSettings

} // namespace evimap
