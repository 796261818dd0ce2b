#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace evimap {

class Project;

// The SQL that picks the records an export writes (ExportJob): the records matching a full-text
// search, included at a screening stage, duplicates or not, in record order.
class ExportSelectionStore final
{
public:
    explicit ExportSelectionStore(Project &project);

    // `fts5Match` empty: no search; `includedAtStage` empty: any record, else "ta" or "ft".
    Result<QList<qint64>> recordIds(const QString &fts5Match, const QString &includedAtStage,
                                    bool includeDuplicates) const;

private:
    Project &m_project;
};

} // namespace evimap
