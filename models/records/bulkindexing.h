#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace evimap {

// The full-text index during one bulk write (an import), inside its transaction. FTS5 merges its
// segments a little after every flush ("automerge"); over a large import that merging is a tenth
// of the storing time. It is switched off while the records go in, and at the end the index is
// merged once, completely, when the write at least doubled the project; otherwise merging comes
// back on and later writes merge as usual. The settings live in the transaction, so a rollback
// leaves the index's own settings untouched.
class BulkIndexing final
{
    Q_DECLARE_TR_FUNCTIONS(BulkIndexing)

public:
    explicit BulkIndexing(QSqlDatabase db);
    ~BulkIndexing();
    BulkIndexing(const BulkIndexing &) = delete;
    BulkIndexing &operator=(const BulkIndexing &) = delete;

    // After the records are in: merges the index when `recordsAdded` is at least the number of
    // records before (and at least a thousand), then puts merging back on.
    Status finish(qint64 recordsAdded);

private:
    Status setAutomerge(int level);

    QSqlDatabase m_db;
    qint64 m_recordsBefore = 0;
    bool m_finished = false;
};

} // namespace evimap
