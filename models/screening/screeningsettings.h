#pragma once

#include "core/result.h"
#include "project/projectsettings.h"
#include "screening/screeningdecision.h"

#include <QString>

namespace evimap {

class Project;

// The lead's screening settings, kept in the project's `setting` table (their keys, defaults
// and meaning: ProjectSettings::screening*, project/projectsettings.h).
struct ScreeningSettings
{
    int reviewersRequired = ProjectSettings::screeningReviewersRequired.defaultValue();
    // At full text, when it differs; 0: as at title/abstract (projects made before it existed).
    int reviewersRequiredFullText =
        ProjectSettings::screeningReviewersRequiredFullText.defaultValue();
    bool blind = ProjectSettings::screeningBlind.defaultValue();
    QString criteria;
    bool stoppedEarly = ProjectSettings::screeningStoppedEarly.defaultValue();

    // How many reviewers must agree on a record at this stage.
    int reviewersRequiredAt(ScreeningStage stage) const;

    // What a new project starts with: two reviewers per record at each stage, blind.
    static ScreeningSettings newProjectDefaults();

    static ScreeningSettings read(const Project &project);
    // Writes all the settings, in one transaction.
    Status write(Project &project) const;
};

} // namespace evimap
