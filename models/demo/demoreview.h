#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace evimap {

class Project;

// What a scripted review changed in a project.
struct DemoReviewSummary
{
    int reviewers = 0;
    int decisions = 0; // title/abstract and full-text decisions of both reviewers
    int settled = 0;   // disagreements the lead settled
    int codings = 0;   // codes applied
};

// Plays a worked review on a project that holds the demo references: reviewers, exclusion
// reasons, blind dual title/abstract screening with the lead settling disagreements, full-text
// screening and coding. The script (resources/demo/demo-review.json) names records by their
// number in the imported file, so it works before or after duplicates are merged. Everything
// goes through the same stores as a reviewer's keystrokes, so the demo shows real behaviour.
class DemoReview final
{
    Q_DECLARE_TR_FUNCTIONS(DemoReview)

public:
    static QString builtInResource() { return QStringLiteral(":/demo/demo-review.json"); }

    // `batchId` is the import batch the script's record numbers refer to.
    static Result<DemoReviewSummary> apply(Project &project, qint64 batchId,
                                           const QByteArray &script);
};

} // namespace evimap
