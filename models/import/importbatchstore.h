#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace evimap {

class Project;

// An import batch as it is started: where the records came from.
struct NewImportBatch
{
    QString fileName;
    QString format; // reader id, or "manual"
    QString source; // the database or organisation searched
    QString route = QStringLiteral("database");
    QString searchDate;  // empty: not given (NULL)
    QString searchQuery; // empty: not given (NULL)
    int importedCount = 0;
    qint64 reviewerId = 0; // 0: not given (NULL)
};

// An import batch as the record list names it.
struct ImportBatchName
{
    qint64 id = 0;
    QString fileName;
    QString source;
};

// The SQL of import batches (table import_batch): one row per file imported or record entered
// by hand, which PRISMA counts and the audit log names. Writing methods run inside the caller's
// write transaction.
class ImportBatchStore final
{
public:
    explicit ImportBatchStore(Project &project);

    // Inserts a batch (no sha256 yet, imported now) and returns its id and uuid.
    Result<qint64> insert(const NewImportBatch &batch, QString *uuid = nullptr);
    Status remove(qint64 batchId);
    // Once the file is read: its sha256 and counts.
    Status finish(qint64 batchId, const QString &sha256, int imported, int skipped);
    // "FILE (WHEN)" of an earlier batch of the same file, or empty.
    QString earlierImportOf(const QString &sha256, qint64 exceptBatchId) const;
    // Sources named so far, the most recently used first.
    QStringList sourcesUsed() const;
    // Every batch, oldest first.
    QList<ImportBatchName> batches() const;
    // The record that stands for record number `number` of the batch after duplicates were
    // merged; 0 when there is none.
    qint64 recordFor(qint64 batchId, int number) const;

private:
    Project &m_project;
};

} // namespace evimap
