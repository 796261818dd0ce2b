#pragma once

#include "core/result.h"
#include "dedup/duplicatefinder.h"
#include "demo/demoreview.h"
#include "import/importjob.h"

#include <QCoreApplication>
#include <QString>

namespace evimap {

// The demo project, made from the data that ship inside the program: the demo references
// imported, the default codebook, duplicates merged where certain, and the worked review of
// resources/demo/demo-review.json played on it. `evimap demo` and the window's Open the Demo
// both make it this way.
class DemoProject final
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)

public:
    struct Summary
    {
        ImportSummary imported;
        DedupSummary deduplicated;
        DemoReviewSummary reviewed;
    };

    // Writes the demo references to `risPath` (what was imported, for people to look at), and
    // makes a fresh project at `projectPath`, replacing one that is there.
    static Result<Summary> build(const QString &projectPath, const QString &risPath);
};

} // namespace evimap
