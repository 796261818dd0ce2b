#include "team/roles.h"

#include "project/project.h"
#include "project/reviewers.h"

namespace evimap {

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Lead:
        return QStringLiteral("lead");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString &key)
{
    for (Role role : {Role::Lead, Role::Reviewer, Role::Viewer}) {
        if (key == Roles::key(role))
            return role;
    }
    return std::nullopt;
}

bool Roles::allows(Role role, Work work)
{
    switch (work) {
    case Work::Own:
        return role == Role::Lead || role == Role::Reviewer;
    case Work::Lead:
        return role == Role::Lead;
    }
    return false;
}

Status Roles::require(Project &project, qint64 reviewerId, Work work, const QString &action)
{
    if (reviewerId == 0)
        return {};
    const Result<Reviewer> reviewer = Reviewers(project).withId(reviewerId);
    if (!reviewer)
        return reviewer.error();
    return require(*reviewer, work, action);
}

Status Roles::require(const Reviewer &reviewer, Work work, const QString &action)
{
    if (allows(reviewer.role, work))
        return {};
    const QString message =
        work == Work::Lead ? tr("only a lead can %1; %2 is a %3, not the project's lead")
                           : tr("only a reviewer or a lead can %1; %2 is a %3 of this project");
    return Error{Error::Kind::Usage, message.arg(action, reviewer.name, key(reviewer.role))};
}

} // namespace evimap
