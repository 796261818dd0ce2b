#pragma once

#include "core/result.h"
#include "screening/screeningdecision.h"

#include <QString>

namespace evimap {

class Project;

// The lead's screening settings, kept in the project's `setting` table:
//   screening.reviewersRequired  how many reviewers must agree before a record is settled (1);
//                                at both stages, unless the next key says otherwise
//   screening.reviewersRequired.fullText
//                                the same at full text, when it differs; absent or empty in
//                                projects made before it existed, which keeps their meaning
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
    static inline const QString reviewersRequiredFullTextKey =
        QStringLiteral("screening.reviewersRequired.fullText");
    static inline const QString blindKey = QStringLiteral("screening.blind");
    static inline const QString criteriaKey = QStringLiteral("screening.criteria");
    static inline const QString stoppedEarlyKey = QStringLiteral("screening.stoppedEarly");

    int reviewersRequired = 1;         // at title/abstract (and full text, unless below)
    int reviewersRequiredFullText = 0; // 0: as at title/abstract
    bool blind = true;
    QString criteria;
    bool stoppedEarly = false;

    // How many reviewers must agree on a record at this stage.
    int reviewersRequiredAt(ScreeningStage stage) const;

    // What a new project starts with: two reviewers per record at each stage, blind.
    static ScreeningSettings newProjectDefaults();

    static ScreeningSettings read(const Project &project);
    // Writes all the settings.
    Status write(Project &project) const;
};

} // namespace evimap
