#include "records/bulkindexing.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

// FTS5's own default: merge once a level holds four segments.
constexpr int defaultAutomerge = 4;
// Below this a complete merge costs more than the segments it removes.
constexpr qint64 mergeFrom = 1000;

} // namespace

BulkIndexing::BulkIndexing(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM record")) && q.next())
        m_recordsBefore = q.value(0).toLongLong();
    // A failure only costs speed: the import goes on with merging as it was.
    static_cast<void>(setAutomerge(0));
}

BulkIndexing::~BulkIndexing()
{
    // On the way out of a failed write, whose rollback undoes the setting anyway.
    if (!m_finished)
        static_cast<void>(setAutomerge(defaultAutomerge));
}

Status BulkIndexing::finish(qint64 recordsAdded)
{
    m_finished = true;
    if (recordsAdded >= mergeFrom && recordsAdded >= m_recordsBefore) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("INSERT INTO record_fts(record_fts) VALUES ('optimize')")))
            return failure(tr("merging the full-text index failed: %1").arg(q.lastError().text()));
    }
    return setAutomerge(defaultAutomerge);
}

Status BulkIndexing::setAutomerge(int level)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO record_fts(record_fts, rank) VALUES ('automerge', ?)"));
    q.addBindValue(level);
    if (!q.exec())
        return failure(tr("setting up the full-text index failed: %1").arg(q.lastError().text()));
    return {};
}

} // namespace evimap
