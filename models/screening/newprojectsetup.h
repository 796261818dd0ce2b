#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace evimap {

class Project;

// What a new project starts with, asked by the window's New Project and by `evimap new`: how
// many reviewers screen each record at each stage (two and two, as Cochrane asks), and the
// full-text exclusion reasons (the standard list, which the lead edits).
struct NewProjectSetup
{
    Q_DECLARE_TR_FUNCTIONS(NewProjectSetup)

public:
    int reviewersTitleAbstract = 2;
    int reviewersFullText = 2;
    QStringList exclusionReasons = standardExclusionReasons();

    // Wrong population, intervention, comparator, outcome, study design, publication type;
    // not retrievable; duplicate.
    static QStringList standardExclusionReasons();

    // Writes the screening settings and adds the reasons (blank and repeated ones dropped).
    Status apply(Project &project) const;
};

} // namespace evimap
