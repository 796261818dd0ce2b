#include "import/importbatchstore.h"

#include "core/clock.h"
#include "core/sqlfailure.h"
#include "core/sqltext.h"
#include "project/project.h"

#include <QSqlQuery>
#include <QVariant>

namespace evimap {

ImportBatchStore::ImportBatchStore(Project &project)
    : m_project(project)
{}

Result<qint64> ImportBatchStore::insert(const NewImportBatch &batch, QString *uuid)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral(
        "INSERT INTO import_batch(uuid, file_name, file_sha256, format, source, route, "
        "search_date, search_query, imported_count, skipped_count, reviewer_id, imported_at) "
        "VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    const QString batchUuid = newUuid();
    if (uuid)
        *uuid = batchUuid;
    q.addBindValue(batchUuid);
    q.addBindValue(batch.fileName);
    q.addBindValue(batch.format);
    q.addBindValue(sqlText(batch.source));
    q.addBindValue(batch.route);
    q.addBindValue(batch.searchDate.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(batch.searchDate));
    q.addBindValue(batch.searchQuery.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(batch.searchQuery));
    q.addBindValue(batch.importedCount);
    q.addBindValue(batch.reviewerId > 0 ? QVariant(batch.reviewerId)
                                        : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(utcNow());
    if (!q.exec())
        return sqlFailure(q);
    return q.lastInsertId().toLongLong();
}

Status ImportBatchStore::remove(qint64 batchId)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("DELETE FROM import_batch WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status ImportBatchStore::finish(qint64 batchId, const QString &sha256, int imported, int skipped)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE import_batch SET file_sha256 = ?, imported_count = ?, "
                             "skipped_count = ? WHERE id = ?"));
    q.addBindValue(sha256);
    q.addBindValue(imported);
    q.addBindValue(skipped);
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

QString ImportBatchStore::earlierImportOf(const QString &sha256, qint64 exceptBatchId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT file_name, imported_at FROM import_batch "
                             "WHERE file_sha256 = ? AND id <> ?"));
    q.addBindValue(sha256);
    q.addBindValue(exceptBatchId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString() + QStringLiteral(" (") + q.value(1).toString() + QLatin1Char(')');
}

QStringList ImportBatchStore::sourcesUsed() const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    QStringList sources;
    if (q.exec(QStringLiteral("SELECT source FROM import_batch WHERE source <> '' "
                              "GROUP BY source ORDER BY max(id) DESC"))) {
        while (q.next())
            sources.append(q.value(0).toString());
    }
    return sources;
}

QList<ImportBatchName> ImportBatchStore::batches() const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    QList<ImportBatchName> list;
    if (q.exec(QStringLiteral("SELECT id, file_name, source FROM import_batch ORDER BY id"))) {
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    return list;
}

qint64 ImportBatchStore::recordFor(qint64 batchId, int number) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT coalesce(r.duplicate_of, r.id) FROM record_source s "
                             "JOIN record r ON r.id = s.record_id "
                             "WHERE s.batch_id = ? AND s.record_no = ?"));
    q.addBindValue(batchId);
    q.addBindValue(number);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace evimap
