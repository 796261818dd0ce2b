#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace evimap {

class Project;

// Where an offline copy came from, kept in the copy's own settings (ProjectSettings::copy*). A
// merge uses `takenAt` to tell what changed in the copy, in the main file, or in both since the
// copy was taken.
struct CopyOrigin
{
    QString originFile;   // file name of the main project (never a full path: copies travel)
    QString takenAt;      // UTC ISO-8601; empty for a file copied by hand
    QString reviewerUuid; // who the copy is for
    QString reviewerName;

    bool isOfflineCopy() const { return !takenAt.isEmpty(); }
    static CopyOrigin read(Project &project);
};

struct TakenCopy
{
    QString path;
    CopyOrigin origin;
    int attachmentsCopied = 0;
    QStringList notices; // attachments whose files were missing
};

// "Take a copy to work offline": a consistent snapshot of the main file for one reviewer, with
// its attached PDFs, marked with its origin. The main file's write lock is held while the file is
// copied, so the snapshot is whole and its time stamp separates before from after exactly.
class ProjectCopy final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCopy)

public:
    static Result<TakenCopy> take(Project &main, const QString &outPath, qint64 reviewerId);
};

} // namespace evimap
