#pragma once

#include "core/result.h"
#include "project/projectsettings.h"

#include <QString>

namespace evimap {

class Project;

// The two scores that sort candidate pairs: at or above `autoMerge` a pair is merged without
// asking; from `review` up to it, it waits in the review queue; below `review` it is dropped.
// Both are project settings (ProjectSettings::dedupAutoMerge and dedupReview, with their
// defaults).
struct DedupThresholds
{
    static constexpr double defaultAutoMerge = ProjectSettings::dedupAutoMerge.defaultValue();
    static constexpr double defaultReview = ProjectSettings::dedupReview.defaultValue();

    double autoMerge = defaultAutoMerge;
    double review = defaultReview;

    // Reads the project's settings; a missing or unreadable value falls back to its default,
    // and review is kept at or below autoMerge.
    static DedupThresholds fromProject(const Project &project);
    // Validates (0 < review <= autoMerge <= 1) and stores both settings in one transaction,
    // with an audit row. Only a lead changes them (`reviewerId` 0: the command line without
    // --reviewer).
    Status save(Project &project, qint64 reviewerId = 0) const;
    bool isValid() const;
};

} // namespace evimap
