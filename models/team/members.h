#pragma once

#include "core/result.h"
#include "project/reviewers.h"
#include "team/roles.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace evimap {

class Project;

// A person on the project as Team ▸ Members and `evimap members` list them.
struct Member
{
    Reviewer reviewer;
    qint64 votes = 0; // screening decisions cast so far, at both stages
};

// The lead's changes to the people on a project: renaming someone (a typo in a name), giving
// someone another role (a second lead, a viewer who only reads), and saying who is at a shared
// computer. Each is one write transaction with its AuditLog entry ("team.rename", "team.role",
// "team.switch"); renaming and roles are the lead's work (Roles::require), and the last lead
// keeps their role so that someone can always settle and edit the codebook.
class Members final
{
    Q_DECLARE_TR_FUNCTIONS(Members)

public:
    explicit Members(Project &project)
        : m_project(project)
    {}

    // Everyone, in the order they joined, with how many screening votes they cast. The number
    // of votes is no one's vote, so it is shown to everyone (blinding hides votes, not work).
    QList<Member> list() const;

    // Renames `reviewerId` to `newName` (trimmed); refuses an empty name and one another person
    // already has (by name or initials, ignoring case).
    Status rename(qint64 leadId, qint64 reviewerId, const QString &newName);
    // Gives `reviewerId` the role `role`; refuses to take the lead's role from the last lead.
    Status setRole(qint64 leadId, qint64 reviewerId, Role role);
    // Records that the person at this computer is now `toId` (was `fromId`, 0: nobody yet).
    Status recordSwitch(qint64 fromId, qint64 toId);

private:
    Project &m_project;
};

} // namespace evimap
