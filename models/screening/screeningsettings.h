#pragma once

#include "core/result.h"
#include "project/projectsettings.h"

#include <QString>

namespace evimap {

class Project;

// The lead's screening settings, kept in the project's `setting` table (their keys, defaults
// and meaning: ProjectSettings::screening*, project/projectsettings.h).
struct ScreeningSettings
{
    int reviewersRequired = ProjectSettings::screeningReviewersRequired.defaultValue();
    bool blind = ProjectSettings::screeningBlind.defaultValue();
    QString criteria;
    bool stoppedEarly = ProjectSettings::screeningStoppedEarly.defaultValue();

    static ScreeningSettings read(const Project &project);
    // Writes all four settings, in one transaction.
    Status write(Project &project) const;
};

} // namespace evimap
