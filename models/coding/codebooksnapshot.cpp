#include "coding/codebooksnapshot.h"

#include "coding/codebookstore.h"

namespace evimap {

Result<CodebookSnapshot> CodebookSnapshot::take(Project &project, const QSet<qint64> &concerned)
{
    return CodebookStore(project).snapshot(concerned);
}

Status CodebookSnapshot::restore(Project &project, const CodebookSnapshot &wanted,
                                 const CodebookSnapshot &expected, qint64 reviewerId,
                                 const QString &action, const QString &what)
{
    return CodebookStore(project).restore(wanted, expected, reviewerId, action, what);
}

} // namespace evimap
