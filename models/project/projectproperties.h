#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace evimap {

class Project;

// What a project is called and what it is about: the title and front matter of its reports and
// PRISMA diagram, the window's title. The name is the project row's (Project::name(), the
// file's name until someone gives it one); the rest are ProjectSettings (project.question,
// project.authors, project.registration, project.funder). Read by File ▸ Project Properties…,
// `evimap properties`, the report and the report dialog.
struct ProjectProperties
{
    Q_DECLARE_TR_FUNCTIONS(ProjectProperties)

public:
    QString name;
    QString question;     // the review question
    QStringList authors;  // in the order they are credited
    QString registration; // the protocol's registration, e.g. "PROSPERO CRD42024000001"
    QString funder;

    static ProjectProperties read(const Project &project);
    // Saves every property in one write transaction, with one audit entry
    // ("project.properties", before and after) when something changed. A lead's work
    // (Roles::require); an empty name is refused. Text is trimmed, empty authors dropped.
    static Status save(Project &project, const ProjectProperties &properties, qint64 reviewerId);

    // The properties as the report's front matter, one "Label: value" line each (the name
    // aside); properties left empty are left out.
    QList<QPair<QString, QString>> frontMatter() const;

    QJsonObject toJson() const;
    bool operator==(const ProjectProperties &other) const = default;
};

} // namespace evimap
