#pragma once

#include "core/result.h"
#include "records/recordfilter.h"

#include <QCoreApplication>
#include <QList>

namespace evimap {

class Project;

// The SQL of the record list's one-click views (RecordFilter): the ids of the records a filter
// matches, as `viewerId` may see them (Blinding: a reviewer id, 0 for nobody named, or
// Blinding::Unrestricted for the command line without --reviewer).
//
//  - "My votes" and "awaiting the other reviewer" are the viewer's own votes; they need a
//    reviewer. Awaiting lists every record the viewer voted on that is not settled, conflicts
//    included, so it tells nothing of how anyone else voted.
//  - Conflicts, and another reviewer's decisions (DecidedBy), are refused to a viewer who may
//    not see every vote while screening is blind.
//  - Coded counts reconciled codings and the viewer's own; others' codings only when the viewer
//    may see them.
//  - Tags others added are hidden while screening is blind, unless the viewer sees every vote.
//  - Records merged into another as duplicates are left out, except by the Duplicates view.
class RecordFilterStore final
{
    Q_DECLARE_TR_FUNCTIONS(RecordFilterStore)

public:
    RecordFilterStore(Project &project, qint64 viewerId);

    // The matching record ids, ascending. RecordView::All gives every live record.
    Result<QList<qint64>> ids(const RecordFilter &filter) const;
    // Whether the filter can be asked by this viewer at all (the same refusal ids() gives).
    Status allowed(const RecordFilter &filter) const;

private:
    Project &m_project;
    qint64 m_viewerId;
};

} // namespace evimap
