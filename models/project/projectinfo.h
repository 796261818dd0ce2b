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
    qint64 records = 0;       // all stored records
    qint64 uniqueRecords = 0; // records not marked as duplicates
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

// `evimap check`: integrity, foreign keys, schema, and records or codes linked in a circle (a
// record a duplicate of itself through others, a code its own parent), which would make them
// vanish from every list. A merge runs the same on the copy before it reads anything.
struct ProjectCheck
{
    QStringList problems; // empty when the file is sound

    static ProjectCheck run(Project &project);
    // Circles of duplicate_of, code parents and codes merged into others, in words.
    static QStringList cycles(Project &project);
    // Every attachment's file: there, inside NAME.evimap-files/, and the one its SHA-256 names.
    static QStringList attachmentProblems(Project &project);
};

} // namespace evimap
