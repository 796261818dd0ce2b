#include "maps/mapstore.h"

#include "core/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

Error sqlFailure(const QSqlQuery &q)
{
    return failure(MapStore::tr("reading the project failed: %1").arg(q.lastError().text()));
}

} // namespace

Result<QList<MapCodebook::Row>> MapStore::codeRows() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, IFNULL(parent_id, 0), IFNULL(merged_into, 0), key, "
                               "label, colour, definition, choice, position, retired FROM code "
                               "ORDER BY id")))
        return sqlFailure(q);
    QList<MapCodebook::Row> rows;
    while (q.next()) {
        MapCodebook::Row row;
        row.id = q.value(0).toLongLong();
        row.parentId = q.value(1).toLongLong();
        row.mergedInto = q.value(2).toLongLong();
        row.key = q.value(3).toString();
        row.label = q.value(4).toString();
        row.colour = q.value(5).toString();
        row.definition = q.value(6).toString();
        row.choice = q.value(7).toString();
        row.position = q.value(8).toInt();
        row.retired = q.value(9).toInt() != 0;
        rows.append(row);
    }
    return rows;
}

Result<bool> MapStore::hasScreeningResults(const QString &stage) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM screening_result WHERE stage = ?)"));
    q.addBindValue(stage);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    return q.value(0).toBool();
}

Result<QList<EvidenceMapItem>> MapStore::items(ScreeningScope scope, int yearFrom, int yearTo,
                                               bool withText) const
{
    QString sql = withText ? QStringLiteral("SELECT r.id, r.year, r.title, r.authors, r.container, "
                                            "r.doi, r.type FROM record r")
                           : QStringLiteral("SELECT r.id, r.year FROM record r");
    QVariantList binds;
    if (scope == ScreeningScope::IncludedFullText ||
        scope == ScreeningScope::IncludedTitleAbstract) {
        sql += QStringLiteral(" JOIN screening_result s ON s.record_id = r.id AND s.stage = ? "
                              "AND s.result = 'include'");
        binds << (scope == ScreeningScope::IncludedFullText ? QStringLiteral("ft")
                                                            : QStringLiteral("ta"));
    }
    sql += QStringLiteral(" WHERE r.duplicate_of IS NULL");
    if (yearFrom > 0) {
        sql += QStringLiteral(" AND r.year >= ?");
        binds << yearFrom;
    }
    if (yearTo > 0) {
        sql += QStringLiteral(" AND r.year <= ?");
        binds << yearTo;
    }
    sql += QStringLiteral(" ORDER BY r.id");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return sqlFailure(q);
    QList<EvidenceMapItem> list;
    while (q.next()) {
        EvidenceMapItem item;
        item.recordId = q.value(0).toLongLong();
        item.year = q.value(1).toInt();
        if (withText) {
            item.title = q.value(2).toString();
            item.authors = q.value(3).toString();
            item.container = q.value(4).toString();
            item.doi = q.value(5).toString();
            item.type = q.value(6).toString();
        }
        list.append(std::move(item));
    }
    return list;
}

Result<QList<QPair<qint64, qint64>>> MapStore::codings(CodingSource source) const
{
    // Half a million rows: read through the C API (SqliteStatement), where QtSql's per-value
    // cost was most of the whole map query (docs/performance.md, Maps).
    const char *sql = nullptr;
    switch (source) {
    case CodingSource::ReconciledOnly:
        sql = "SELECT record_id, code_id FROM coding_result";
        break;
    case CodingSource::Reviewers:
        sql = "SELECT DISTINCT record_id, code_id FROM coding";
        break;
    case CodingSource::ReconciledElseReviewers:
        sql = "SELECT record_id, code_id FROM coding_result "
              "UNION ALL "
              "SELECT DISTINCT c.record_id, c.code_id FROM coding c WHERE NOT EXISTS "
              "(SELECT 1 FROM coding_result x WHERE x.record_id = c.record_id)";
        break;
    }
    SqliteStatement q(m_db, sql);
    QList<QPair<qint64, qint64>> list;
    for (;;) {
        Result<bool> row = q.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        list.append({q.int64At(0), q.int64At(1)});
    }
    return list;
}

Result<QList<MapStore::BatchCount>> MapStore::batchCounts() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT b.id, b.route, b.source, b.file_name, "
                               "(SELECT COUNT(*) FROM record_source s WHERE s.batch_id = b.id) "
                               "FROM import_batch b ORDER BY b.id")))
        return sqlFailure(q);
    QList<BatchCount> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toLongLong()});
    return list;
}

Result<QList<MapStore::RecordFlow>> MapStore::recordFlow() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT r.id, r.duplicate_of IS NOT NULL, f.batch_id IS NOT NULL, "
            "IFNULL(b.route, ''), IFNULL(ta.result, ''), IFNULL(ft.result, ''), "
            "IFNULL(ft.reason_id, 0) "
            "FROM record r "
            "LEFT JOIN (SELECT record_id, MIN(batch_id) AS batch_id FROM record_source "
            "GROUP BY record_id) f ON f.record_id = r.id "
            "LEFT JOIN import_batch b ON b.id = f.batch_id "
            "LEFT JOIN screening_result ta ON ta.record_id = r.id AND ta.stage = 'ta' "
            "LEFT JOIN screening_result ft ON ft.record_id = r.id AND ft.stage = 'ft' "
            "ORDER BY r.id")))
        return sqlFailure(q);
    QList<RecordFlow> list;
    while (q.next()) {
        RecordFlow row;
        row.id = q.value(0).toLongLong();
        row.duplicate = q.value(1).toBool();
        row.hasSource = q.value(2).toBool();
        row.route = q.value(3).toString();
        row.ta = q.value(4).toString();
        row.ft = q.value(5).toString();
        row.ftReason = q.value(6).toLongLong();
        list.append(row);
    }
    return list;
}

Result<QList<MapStore::Reason>> MapStore::exclusionReasons() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, label FROM exclusion_reason ORDER BY position, id")))
        return sqlFailure(q);
    QList<Reason> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

Result<QList<MapStore::ReviewerDecisions>> MapStore::decisionsPerReviewer() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT v.id, v.name, v.initials, d.stage, d.decision, COUNT(*) "
            "FROM screening_decision d JOIN reviewer v ON v.id = d.reviewer_id "
            "JOIN record r ON r.id = d.record_id WHERE r.duplicate_of IS NULL "
            "GROUP BY v.id, d.stage, d.decision ORDER BY v.id, d.stage DESC, d.decision")))
        return sqlFailure(q);
    QList<ReviewerDecisions> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()});
    return list;
}

Result<QList<MapStore::DecisionPair>> MapStore::decisionPairs() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT a.stage, a.decision, b.decision, MAX(a.decided_at, b.decided_at) "
            "FROM screening_decision a JOIN screening_decision b ON b.record_id = a.record_id "
            "AND b.stage = a.stage AND b.reviewer_id > a.reviewer_id "
            "JOIN record r ON r.id = a.record_id WHERE r.duplicate_of IS NULL "
            "ORDER BY 4, a.record_id, a.reviewer_id, b.reviewer_id")))
        return sqlFailure(q);
    QList<DecisionPair> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    return list;
}

} // namespace evimap
