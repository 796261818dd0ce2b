#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace evimap {

class Project;

// What `evimap info` and the status bar show: the schema and how much is in the project.
struct ProjectInfo
{
    QString path;
    QString name;
    QString uuid;
    int schemaVersion = 0;
    qint64 records = 0;          // all stored records
    qint64 uniqueRecords = 0;    // records not marked as duplicates
    qint64 duplicates = 0;
    qint64 batches = 0;
    qint64 attachments = 0;
    qint64 reviewers = 0;
    qint64 decisions = 0;
    qint64 codes = 0;
    qint64 codings = 0;

    static Result<ProjectInfo> read(Project &project);
    QJsonObject toJson() const;
    QString toText() const;
};

// `evimap check`: integrity, foreign keys and schema.
struct ProjectCheck
{
    QStringList problems; // empty when the file is sound

    static ProjectCheck run(Project &project);
};

} // namespace evimap
