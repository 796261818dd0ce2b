#pragma once

#include "core/result.h"

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
    QString role = QStringLiteral("reviewer"); // "lead" or "reviewer"

    bool isLead() const { return role == QLatin1String("lead"); }
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
    // Adds a reviewer; the first one of a project becomes its lead.
    Result<Reviewer> add(const QString &name, const QString &initials, const QString &role = {});
    // Finds or adds (the command line's --reviewer).
    Result<Reviewer> ensure(const QString &nameOrInitials);

private:
    Project &m_project;
};

} // namespace evimap
