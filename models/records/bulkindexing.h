#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace evimap {

// The full-text index during one bulk write (an import), inside its transaction. FTS5 writes the
// terms it holds in memory out as a new segment every 1 MiB and merges segments a little after
// each such write ("automerge"). While the records go in, segments are written every 16 MiB and
// not merged: 100,000 records leave 7 segments instead of hundreds. Merging them into one at the
// end ('optimize') cost 0.76 s of the bare insert's 7–8 s and made no search measurably faster
// (phrase, prefix, AND, OR and NOT queries over those records took 1.6–8 ms either way), so
// they stay as they are and later writes merge them as usual. finish() puts both settings back
// to FTS5's defaults; they live in the transaction, so a rollback leaves them untouched too.
class BulkIndexing final
{
    Q_DECLARE_TR_FUNCTIONS(BulkIndexing)

public:
    explicit BulkIndexing(QSqlDatabase db);
    ~BulkIndexing();
    BulkIndexing(const BulkIndexing &) = delete;
    BulkIndexing &operator=(const BulkIndexing &) = delete;

    // After the records are in: FTS5's own settings again.
    Status finish();

private:
    Status setConfig(const char *key, int value);

    QSqlDatabase m_db;
    bool m_finished = false;
};

} // namespace evimap
