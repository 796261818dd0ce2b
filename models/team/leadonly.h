#pragma once

#include "core/result.h"

#include <QString>

namespace evimap {

class Project;

// Refuses an action meant for the project's lead when `reviewerId` is a reviewer, with a message
// naming the action and the person: `action` completes "only a lead can …", so it is a verb
// phrase ("delete records", "reopen a settled record"). 0 stands for the command line used without
// --reviewer (a script the lead runs) and is let through, as elsewhere in the models.
//
// Roles guard against mistakes, not against people: whoever can write the project file can
// change anything in it (docs/team-work.md).
Status requireLead(Project &project, qint64 reviewerId, const QString &action);

} // namespace evimap
