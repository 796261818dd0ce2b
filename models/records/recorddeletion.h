#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace evimap {

class Project;

// Deleting records, for the lead: a record goes with its sources, attachments rows, decisions,
// codings and results (the schema cascades). One transaction for all of them; each deletion
// leaves an audit row with the record's identifying fields and what went with it, so the
// history says what was there.
class RecordDeletion final
{
    Q_DECLARE_TR_FUNCTIONS(RecordDeletion)

public:
    static Status remove(Project &project, const QList<qint64> &recordIds, qint64 reviewerId);
};

} // namespace evimap
