#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace evimap {

class Project;
struct Reviewer;

// The roles of the people on a project, and what each may do. This is the one place the rule is
// written: the models, the command line and the windows all ask here.
//
//  - A lead does everything: settles and reopens records, edits the codebook, the exclusion
//    reasons, the highlight terms and the duplicate thresholds, reconciles codings, deletes
//    records and decides merge conflicts, besides their own screening and coding.
//  - A reviewer does their own work: screens, codes, marks full texts not retrieved.
//  - A viewer reads what is settled and writes nothing (Blinding decides what they see): every
//    store that writes refuses them through require(), with Work::Own or Work::Lead.
//
// Roles guard against mistakes, not against people: whoever can write the project file can
// change anything in it (docs/team-work.md).
enum class Role
{
    Lead,
    Reviewer,
    Viewer,
};

// What an action asks of the person who does it.
enum class Work
{
    Own,  // their own decisions, codings and marks
    Lead, // the review's settlements and lists, and other people's work
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    // The role's word in the project file (reviewer.role) and in messages: "lead", "reviewer",
    // "viewer".
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString &key);

    static bool allows(Role role, Work work);

    // Refuses `action` unless the person's role allows `work`, with one message naming the
    // action, the person and their role: `action` completes "only a lead can …", so it is a verb
    // phrase ("delete records", "reopen a settled record", "settle record 5"). `reviewerId` 0
    // stands for the command line used without --reviewer (a script whoever holds the file runs)
    // and is let through; an id that names nobody is refused.
    static Status require(Project &project, qint64 reviewerId, Work work, const QString &action);
    static Status require(const Reviewer &reviewer, Work work, const QString &action);
};

} // namespace evimap
