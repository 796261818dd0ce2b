#include "team/leadonly.h"

#include "project/project.h"
#include "project/reviewers.h"

#include <QCoreApplication>

namespace evimap {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
};
} // namespace

Status requireLead(Project &project, qint64 reviewerId, const QString &action)
{
    if (reviewerId == 0)
        return {};
    const std::optional<Reviewer> reviewer = Reviewers(project).byId(reviewerId);
    if (!reviewer)
        return Error{Error::Kind::Usage, Tr::tr("unknown reviewer (id %1)").arg(reviewerId)};
    if (!reviewer->isLead())
        return Error{Error::Kind::Usage,
                     Tr::tr("only a lead can %1; %2 is a reviewer of this project")
                         .arg(action, reviewer->name)};
    return {};
}

} // namespace evimap
