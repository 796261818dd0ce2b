#pragma once

#include "core/result.h"
#include "records/record.h"

#include <QCoreApplication>
#include <QList>

namespace evimap {

class Project;

// Correcting a record's fields by hand: a typo in a title, a DOI the export left out. The editor
// started from one version of the record; if someone else changed the record since (another
// window on the same file), saving is refused as a Conflict that names what they changed, so no
// correction is overwritten silently. Each saved edit leaves an audit row with the fields it
// changed, before and after.
class RecordEdit final
{
    Q_DECLARE_TR_FUNCTIONS(RecordEdit)

public:
    struct Change
    {
        QString field; // "title", "doi", ... (the names of `evimap import --map`)
        QString before;
        QString after;
    };
    // The fields (RecordFields) whose values differ between `a` and `b`.
    static QList<Change> differences(const Record &a, const Record &b);

    // Stores `edited` (same id as `original`) when the stored record is still `original`.
    static Status save(Project &project, const Record &original, const Record &edited,
                       qint64 reviewerId);
};

} // namespace evimap
