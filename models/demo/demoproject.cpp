#include "demo/demoproject.h"

#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "core/outputfile.h"
#include "project/project.h"

#include <QDir>
#include <QFile>

namespace evimap {

Result<DemoProject::Summary> DemoProject::build(const QString &projectPath, const QString &risPath)
{
    QFile bundled(QStringLiteral(":/demo/loneliness-demo.ris"));
    if (!bundled.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Failure, tr("the demo data are missing from the program")};
    if (Status s = OutputFile::write(risPath, bundled.readAll()); !s)
        return s.error();

    // Each run starts from a fresh project so its outputs are the same every time.
    QFile::remove(projectPath);
    QDir(projectPath + QStringLiteral("-files")).removeRecursively();
    Result<std::unique_ptr<Project>> created =
        Project::create(projectPath, tr("Loneliness and mental health (demo)"));
    if (!created)
        return created.error();
    Project &project = *created.value();

    Summary summary;
    ImportOptions options;
    options.source = QStringLiteral("Demo search (PsycINFO, MEDLINE, Web of Science)");
    options.searchDate = QStringLiteral("2025-01-15");
    options.searchQuery = QStringLiteral("loneliness AND (intervention OR therapy OR program*)");
    Result<ImportSummary> imported = ImportJob::run(project, risPath, options);
    if (!imported)
        return imported.error();
    summary.imported = *imported;

    // The rest of a review, as a team would do it: the default codebook, duplicates merged
    // where certain, then the worked screening and coding of resources/demo/demo-review.json.
    Result<CodebookTemplate> codebookTemplate = CodebookTemplate::builtIn();
    if (!codebookTemplate)
        return codebookTemplate.error();
    if (Result<CodebookImportSummary> applied =
            Codebook(project).applyTemplate(*codebookTemplate, 0);
        !applied)
        return applied.error();
    DedupOptions dedupOptions;
    dedupOptions.autoMerge = true;
    Result<DedupSummary> deduplicated = DuplicateFinder::run(project, dedupOptions);
    if (!deduplicated)
        return deduplicated.error();
    summary.deduplicated = *deduplicated;
    QFile script(DemoReview::builtInResource());
    if (!script.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Failure,
                     tr("the demo review script is missing from the program")};
    Result<DemoReviewSummary> reviewed =
        DemoReview::apply(project, imported->batchId, script.readAll());
    if (!reviewed)
        return reviewed.error();
    summary.reviewed = *reviewed;
    return summary;
}

} // namespace evimap
