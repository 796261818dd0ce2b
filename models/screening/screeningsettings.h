#pragma once

#include "core/result.h"

#include <QString>

namespace evimap {

class Project;

// The lead's screening settings, kept in the project's `setting` table:
//   screening.reviewersRequired  how many reviewers must agree before a record is settled (1)
//   screening.blind              reviewers do not see each other's decisions on unsettled
//                                records ("true")
//   screening.criteria           the inclusion/exclusion criteria shown beside each record
//   screening.stoppedEarly       title/abstract screening stopped before every record was
//                                screened, on the strength of the prioritised ranking ("1"):
//                                PRISMA then reports the records never screened as removed by
//                                automation, not as excluded
struct ScreeningSettings
{
    static inline const QString reviewersRequiredKey =
        QStringLiteral("screening.reviewersRequired");
    static inline const QString blindKey = QStringLiteral("screening.blind");
    static inline const QString criteriaKey = QStringLiteral("screening.criteria");
    static inline const QString stoppedEarlyKey = QStringLiteral("screening.stoppedEarly");

    int reviewersRequired = 1;
    bool blind = true;
    QString criteria;
    bool stoppedEarly = false;

    static ScreeningSettings read(const Project &project);
    // Writes all four settings.
    Status write(Project &project) const;
};

} // namespace evimap
