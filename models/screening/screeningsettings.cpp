#include "screening/screeningsettings.h"

#include "project/project.h"
#include "project/projectsettings.h"

namespace evimap {

ScreeningSettings ScreeningSettings::read(const Project &project)
{
    ScreeningSettings s;
    s.reviewersRequired = qMax(1, ProjectSettings::screeningReviewersRequired.read(project));
    s.reviewersRequiredFullText =
        qMax(0, ProjectSettings::screeningReviewersRequiredFullText.read(project));
    s.blind = ProjectSettings::screeningBlind.read(project);
    s.criteria = ProjectSettings::screeningCriteria.read(project);
    s.stoppedEarly = ProjectSettings::screeningStoppedEarly.read(project);
    return s;
}

int ScreeningSettings::reviewersRequiredAt(ScreeningStage stage) const
{
    if (stage == ScreeningStage::FullText && reviewersRequiredFullText >= 1)
        return reviewersRequiredFullText;
    return qMax(1, reviewersRequired);
}

ScreeningSettings ScreeningSettings::newProjectDefaults()
{
    ScreeningSettings s;
    s.reviewersRequired = 2;
    s.reviewersRequiredFullText = 2;
    s.blind = true;
    return s;
}

Status ScreeningSettings::write(Project &project) const
{
    return project.writeTransaction([&]() -> Status {
        const QSqlDatabase db = project.database();
        if (Status s =
                ProjectSettings::screeningReviewersRequired.write(db, qMax(1, reviewersRequired));
            !s)
            return s;
        if (Status s = ProjectSettings::screeningReviewersRequiredFullText.write(
                db, qMax(0, reviewersRequiredFullText));
            !s)
            return s;
        if (Status s = ProjectSettings::screeningBlind.write(db, blind); !s)
            return s;
        if (Status s = ProjectSettings::screeningStoppedEarly.write(db, stoppedEarly); !s)
            return s;
        return ProjectSettings::screeningCriteria.write(db, criteria);
    });
}

} // namespace evimap
