#include "screening/screeningsettings.h"

#include "project/project.h"
#include "project/projectsettings.h"

namespace evimap {

ScreeningSettings ScreeningSettings::read(const Project &project)
{
    ScreeningSettings s;
    s.reviewersRequired = qMax(1, ProjectSettings::screeningReviewersRequired.read(project));
    s.blind = ProjectSettings::screeningBlind.read(project);
    s.criteria = ProjectSettings::screeningCriteria.read(project);
    s.stoppedEarly = ProjectSettings::screeningStoppedEarly.read(project);
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
        if (Status s = ProjectSettings::screeningBlind.write(db, blind); !s)
            return s;
        if (Status s = ProjectSettings::screeningStoppedEarly.write(db, stoppedEarly); !s)
            return s;
        return ProjectSettings::screeningCriteria.write(db, criteria);
    });
}

} // namespace evimap
