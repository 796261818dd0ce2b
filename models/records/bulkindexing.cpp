#include "records/bulkindexing.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

// FTS5's own defaults: merge a little after every write of a segment once a level holds four;
// write the terms held in memory out as a new segment once they take 1 MiB.
constexpr int defaultAutomerge = 4;
constexpr int defaultHashSize = 1024 * 1024;
// During a bulk write. Measured on 100,000 RIS records (the bare insert, bench_import_baseline):
// 16 MiB instead of 1 MiB took it from 7.8 s to 7.1 s and leaves 7 segments; 32 MiB was no
// faster and holds more memory.
constexpr int bulkHashSize = 16 * 1024 * 1024;

} // namespace

BulkIndexing::BulkIndexing(QSqlDatabase db)
    : m_db(std::move(db))
{
    // A failure only costs speed: the import goes on with the index's settings as they were.
    static_cast<void>(setConfig("automerge", 0));
    static_cast<void>(setConfig("hashsize", bulkHashSize));
}

BulkIndexing::~BulkIndexing()
{
    // On the way out of a failed write, whose rollback undoes the settings anyway.
    if (!m_finished)
        static_cast<void>(finish());
}

Status BulkIndexing::finish()
{
    m_finished = true;
    if (Status s = setConfig("hashsize", defaultHashSize); !s)
        return s;
    return setConfig("automerge", defaultAutomerge);
}

Status BulkIndexing::setConfig(const char *key, int value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO record_fts(record_fts, rank) VALUES (?, ?)"));
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(value);
    if (!q.exec())
        return failure(tr("setting up the full-text index failed: %1").arg(q.lastError().text()));
    return {};
}

} // namespace evimap
