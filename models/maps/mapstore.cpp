#include "maps/mapstore.h"

#include "core/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

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
                                               bool withText, qint64 fromRecordId,
                                               qint64 toRecordId) const
{
    // The included records, when the scope asks for them, ascending.
    std::vector<qint64> included;
    const bool onlyIncluded =
        scope == ScreeningScope::IncludedFullText || scope == ScreeningScope::IncludedTitleAbstract;
    if (onlyIncluded) {
        SqliteStatement q(m_db, "SELECT record_id FROM screening_result WHERE stage = ?1 "
                                "AND result = 'include' AND record_id BETWEEN ?2 AND ?3 "
                                "ORDER BY record_id");
        q.bind(1, scope == ScreeningScope::IncludedFullText ? QStringLiteral("ft")
                                                            : QStringLiteral("ta"));
        q.bind(2, fromRecordId);
        q.bind(3, toRecordId);
        for (;;) {
            Result<bool> row = q.next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            included.push_back(q.int64At(0));
        }
    }
    // Ids and years alone come from the index record_live_year (schema 4): reading them from
    // the table would walk every record's title and abstract.
    SqliteStatement q(m_db, withText ? "SELECT id, year, title, authors, container, doi, type "
                                       "FROM record WHERE duplicate_of IS NULL "
                                       "AND (?1 = 0 OR year >= ?1) AND (?2 = 0 OR year <= ?2) "
                                       "AND id BETWEEN ?3 AND ?4 ORDER BY id"
                                     : "SELECT id, year FROM record "
                                       "WHERE duplicate_of IS NULL "
                                       "AND (?1 = 0 OR year >= ?1) AND (?2 = 0 OR year <= ?2) "
                                       "AND id BETWEEN ?3 AND ?4 ORDER BY id");
    q.bind(1, qint64(qMax(0, yearFrom)));
    q.bind(2, qint64(qMax(0, yearTo)));
    q.bind(3, fromRecordId);
    q.bind(4, toRecordId);
    QList<EvidenceMapItem> list;
    auto next = included.cbegin();
    for (;;) {
        Result<bool> row = q.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 id = q.int64At(0);
        if (onlyIncluded) {
            while (next != included.cend() && *next < id)
                ++next;
            if (next == included.cend())
                break;
            if (*next != id)
                continue;
        }
        EvidenceMapItem item;
        item.recordId = id;
        item.year = int(q.int64At(1));
        if (withText) {
            item.title = q.textAt(2);
            item.authors = q.textAt(3);
            item.container = q.textAt(4);
            item.doi = q.textAt(5);
            item.type = q.textAt(6);
        }
        list.append(std::move(item));
    }
    return list;
}

Result<QList<QPair<qint64, qint64>>> MapStore::codings(CodingSource source, qint64 fromRecordId,
                                                       qint64 toRecordId) const
{
    // Half a million rows: read through the C API (SqliteStatement), where QtSql's per-value
    // cost was most of the whole map query (docs/performance.md, Maps). The record id range is
    // a range of the (record_id, code_id) unique indexes.
    const char *sql = nullptr;
    switch (source) {
    case CodingSource::ReconciledOnly:
        sql = "SELECT record_id, code_id FROM coding_result "
              "WHERE record_id BETWEEN ?1 AND ?2";
        break;
    case CodingSource::Reviewers:
        sql = "SELECT DISTINCT record_id, code_id FROM coding "
              "WHERE record_id BETWEEN ?1 AND ?2";
        break;
    case CodingSource::ReconciledElseReviewers:
        sql = "SELECT record_id, code_id FROM coding_result WHERE record_id BETWEEN ?1 AND ?2 "
              "UNION ALL "
              "SELECT DISTINCT c.record_id, c.code_id FROM coding c "
              "WHERE c.record_id BETWEEN ?1 AND ?2 AND NOT EXISTS "
              "(SELECT 1 FROM coding_result x WHERE x.record_id = c.record_id)";
        break;
    }
    SqliteStatement q(m_db, sql);
    q.bind(1, fromRecordId);
    q.bind(2, toRecordId);
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

Result<qint64> MapStore::maxRecordId() const
{
    SqliteStatement q(m_db, "SELECT IFNULL(MAX(id), 0) FROM record");
    Result<bool> row = q.next();
    if (!row)
        return row.error();
    const qint64 id = *row ? q.int64At(0) : 0;
    return id;
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

Result<QList<MapStore::ChartDecision>> MapStore::decisions() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT d.id, d.record_id, d.stage, d.reviewer_id, d.decision, d.reason_id, "
            "d.decided_at, CASE WHEN v.initials = '' THEN v.name ELSE v.initials END "
            "FROM screening_decision d JOIN reviewer v ON v.id = d.reviewer_id "
            "JOIN record r ON r.id = d.record_id WHERE r.duplicate_of IS NULL "
            "ORDER BY v.id, d.stage DESC, d.record_id")))
        return sqlFailure(q);
    QList<ChartDecision> list;
    while (q.next()) {
        ChartDecision row;
        ScreeningDecision &d = row.decision;
        d.id = q.value(0).toLongLong();
        d.recordId = q.value(1).toLongLong();
        d.stage = ScreeningNames::stageFromKey(q.value(2).toString())
                      .value_or(ScreeningStage::TitleAbstract);
        d.reviewerId = q.value(3).toLongLong();
        d.decision =
            ScreeningNames::decisionFromKey(q.value(4).toString()).value_or(Decision::Unsure);
        d.reasonId = q.value(5).toLongLong();
        d.decidedAt = q.value(6).toString();
        row.reviewer = q.value(7).toString();
        list.append(std::move(row));
    }
    return list;
}

} // namespace evimap
