#pragma once

#include "core/result.h"
#include "team/roles.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace evimap {

class Project;

struct Reviewer
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString initials;
    Role role = Role::Reviewer;

    bool isLead() const { return role == Role::Lead; }
};

// The people who work on a project. Every decision and code is attributed to one of them.
class Reviewers final
{
    Q_DECLARE_TR_FUNCTIONS(Reviewers)

public:
    explicit Reviewers(Project &project)
        : m_project(project)
    {}

    QList<Reviewer> all() const;
    std::optional<Reviewer> byId(qint64 id) const;
    // Matches initials or name, case-insensitively.
    std::optional<Reviewer> find(const QString &nameOrInitials) const;
    // The person with `id`, or named (name or initials), or the one refusal for somebody the
    // project does not know (unknown()): the models look people up by id here, the command
    // line's --reviewer by name.
    Result<Reviewer> withId(qint64 id) const;
    Result<Reviewer> named(const QString &nameOrInitials) const;
    // FILE has no reviewer "Zed", FILE has no reviewer with id 7: one message, a Usage error.
    Error unknown(const QString &nameOrInitials) const;
    Error unknown(qint64 id) const;
    // Adds a reviewer; without a role the first one of a project becomes its lead.
    Result<Reviewer> add(const QString &name, const QString &initials,
                         std::optional<Role> role = std::nullopt);
    // Finds the person by name or initials, or adds them, with `initials` or, when none are
    // given, initials made from the name (the command line's --reviewer, the window's "Which
    // reviewer are you?").
    Result<Reviewer> ensure(const QString &nameOrInitials, const QString &initials = {});

private:
    Project &m_project;
};

} // namespace evimap
