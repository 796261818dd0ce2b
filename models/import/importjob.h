#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <atomic>
#include <functional>

namespace evimap {

class Project;

// How a file is to be imported: its format (empty: detect) and its provenance for PRISMA.
struct ImportOptions
{
    QString format;
    QString source;                             // database or website name, e.g. "PsycINFO"
    QString route = QStringLiteral("database"); // see ImportJob::routes()
    QString searchDate;                         // optional, YYYY-MM-DD
    QString searchQuery;                        // optional
    bool again = false;                         // import a file whose sha256 was imported before
    QHash<QString, QString> formatOptions;      // e.g. CSV column mapping
    QString password;                           // encrypted PDFs
    qint64 reviewerId = 0;                      // who imported it (0: not known)
};

struct ImportSummary
{
    QString path;
    QString format;
    qint64 batchId = 0; // 0 when no record could be imported: then no batch is kept
    int imported = 0;
    int skipped = 0;
    // Records without a title: imported like the others, counted here and named in a warning
    // (see docs/import-formats.md, "Placeholders and missing titles").
    int untitled = 0;
    int placeholderAbstracts = 0; // "NA", "[No abstract available]"...: stored as empty
    IssueList issues;
};

// Imports one file as one import batch, in one transaction: all of its readable records, or
// nothing (on a refusal, a cancel or a database error). A pure function of its inputs, so it
// runs on a worker thread with its own Project connection.
class ImportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    using Progress = std::function<void(int percent)>;

    static Result<ImportSummary> run(Project &project, const QString &path,
                                     const ImportOptions &options,
                                     const std::atomic_bool *cancelled = nullptr,
                                     const Progress &progress = {});

    // The PRISMA identification routes a batch can have.
    static QStringList routes();
    // The source databases named in the project's batches, the most recently used first.
    static QStringList sourcesUsed(Project &project);
};

} // namespace evimap
