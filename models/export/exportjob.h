#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace evimap {

class Project;

// Which records to export.
struct ExportSelection
{
    QString searchText;      // full-text search, as in the record table; empty = all
    QString includedAtStage; // "ta" or "ft": only records whose settled result is include
    QList<qint64> recordIds; // explicit records (empty = not restricted)
    bool includeDuplicates = false;
    // Whose tags are written (TagStore, blinding): a reviewer, or everyone's (the default, as
    // the command line without --reviewer sees them).
    qint64 viewerId = -1; // Blinding::Unrestricted
};

// How a long export is watched: a cancel flag checked between records (a cancelled export
// writes nothing and ends with an Error of kind Cancelled) and the records written so far.
struct ExportControl
{
    const std::atomic_bool *cancelled = nullptr;
    std::function<void(int written, int total)> progress;
};

// Exports a selection of a project's records to a file, streaming from the database.
class ExportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ExportJob)

public:
    // Returns the number of records written. The file is written to a temporary name first and
    // renamed at the end, so a failed export never leaves half a file under the chosen name.
    static Result<int> run(Project &project, const ExportSelection &selection,
                           const QString &format, const QString &path,
                           const ExportControl &control = {});

    static Result<QList<qint64>> selectIds(Project &project, const ExportSelection &selection);
};

} // namespace evimap
