#include "dedup/dedupstore.h"

#include "dedup/recordmerge.h"

#include "core/clock.h"
#include "core/sqltext.h"
#include "project/project.h"
#include "records/normalise.h"
#include "records/recordfields.h"
#include "records/recordstore.h"
#include "team/roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>
#include <QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace evimap {

namespace {

const QLatin1Char newline('\n');

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

QVariant reviewerValue(qint64 reviewerId)
{
    return reviewerId > 0 ? QVariant(reviewerId) : QVariant(QMetaType::fromType<qint64>());
}

// How complete a record is, in SQL (length() does not read long text from overflow pages).
const char completenessSql[] =
    "(length(title) > 0) + (length(abstract) > 0) + (length(authors) > 0) + "
    "(year IS NOT NULL) + (length(container) > 0) + (length(volume) > 0) + "
    "(length(issue) > 0) + (length(pages) > 0) + (length(doi) > 0) + (length(pmid) > 0) + "
    "(length(accession) > 0) + (length(keywords) > 0) + (length(url) > 0) + "
    "(length(language) > 0) + (length(publisher) > 0)";

const char pairColumns[] =
    "SELECT p.id, p.uuid, p.record_a, p.record_b, p.score, p.status, p.reasons, "
    "p.decided_by, p.decided_at, COALESCE(a.duplicate_of, a.id), COALESCE(b.duplicate_of, b.id) "
    "FROM dedup_pair p JOIN record a ON a.id = p.record_a JOIN record b ON b.id = p.record_b";

DedupPair pairFromQuery(const QSqlQuery &q)
{
    DedupPair p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.recordA = q.value(2).toLongLong();
    p.recordB = q.value(3).toLongLong();
    p.score = q.value(4).toDouble();
    p.status = q.value(5).toString();
    p.reasons = DedupScore::reasonsFromJson(q.value(6).toString());
    p.decidedBy = q.value(7).toLongLong();
    p.decidedAt = q.value(8).toString();
    p.rootA = q.value(9).toLongLong();
    p.rootB = q.value(10).toLongLong();
    return p;
}

QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s;
}

// Small union-find over record ids.
struct Groups
{
    QHash<qint64, qint64> parent;
    qint64 find(qint64 x)
    {
        qint64 root = x;
        while (parent.value(root, root) != root)
            root = parent.value(root);
        while (parent.value(x, x) != root) {
            const qint64 next = parent.value(x);
            parent.insert(x, root);
            x = next;
        }
        return root;
    }
    void unite(qint64 a, qint64 b)
    {
        const qint64 ra = find(a), rb = find(b);
        if (ra != rb)
            parent.insert(std::max(ra, rb), std::min(ra, rb));
    }
};

} // namespace

DedupStore::DedupStore(Project &project)
    : m_project(project)
    , m_db(project.database())
{}

quint64 DedupStore::pairKey(qint64 a, qint64 b)
{
    if (a > b)
        std::swap(a, b);
    return (quint64(a) << 32) ^ quint64(b);
}

QStringList DedupStore::mergeableFields()
{
    return RecordFields::names();
}

void DedupStore::setFieldValue(Record &r, const QString &field, const QString &value)
{
    // A merge never leaves the kept record without a type.
    if (field == QLatin1String("type") && value.isEmpty())
        r.type = RecordType::Other;
    else
        RecordFields::setValue(r, field, value);
}

QSqlQuery &DedupStore::statement(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &q = m_statements[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true); // no row cache: each row is read once
        q->prepare(sql);
    }
    return *q;
}

std::optional<Record> DedupStore::readRecord(qint64 id, qint64 *duplicateOf)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT uuid, duplicate_of, ") +
                             RecordFields::columns() + QStringLiteral(" FROM record WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Record r;
    r.id = id;
    r.uuid = q.value(0).toString();
    if (duplicateOf)
        *duplicateOf = q.value(1).toLongLong();
    int i = 2;
    for (const RecordField &field : RecordFields::all)
        field.setValue(r, q.value(i++).toString());
    q.finish();
    return r;
}

Status DedupStore::updateFields(const Record &record, const QStringList &fields)
{
    if (fields.isEmpty())
        return {};
    // Column names come from RecordFields (field names are the column names), never from
    // input; values are bound.
    QStringList assignments;
    QVariantList values;
    for (const QString &name : fields) {
        const RecordField *field = RecordFields::find(name);
        if (!field)
            return failure(tr("unknown field %1").arg(name));
        assignments << QLatin1String(field->name) + QStringLiteral(" = ?");
        values << field->columnValue(record);
    }
    if (fields.contains(QLatin1String("title"))) {
        assignments << QStringLiteral("norm_title = ?");
        values << sqlText(Normalise::title(record.title));
    }
    if (fields.contains(QLatin1String("doi"))) {
        assignments << QStringLiteral("norm_doi = ?");
        values << sqlText(Normalise::doi(record.doi));
    }
    if (fields.contains(QLatin1String("authors"))) {
        assignments << QStringLiteral("norm_authors = ?");
        values << sqlText(Normalise::authors(record.authors));
    }
    assignments << QStringLiteral("updated_at = ?");
    values << utcNow();
    QSqlQuery &q =
        statement(QStringLiteral("UPDATE record SET ") + assignments.join(QStringLiteral(", ")) +
                  QStringLiteral(" WHERE id = ?"));
    int i = 0;
    for (const QVariant &v : std::as_const(values))
        q.bindValue(i++, v);
    q.bindValue(i, record.id);
    if (!q.exec())
        return failure(tr("updating record %1 failed: %2").arg(record.id).arg(sqlError(q)));
    return {};
}

Result<QList<ComparableRecord>> DedupStore::activeRecords(const std::atomic_bool *cancelled) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral(
            "SELECT id, type, norm_title, CASE WHEN norm_title = '' THEN title ELSE '' END, "
            "norm_doi, CASE WHEN norm_doi = '' THEN doi ELSE '' END, pmid, accession, isbn, "
            "container, volume, pages, norm_authors, "
            "CASE WHEN norm_authors = '' THEN authors ELSE '' END, year, %1 "
            "FROM record WHERE duplicate_of IS NULL ORDER BY id")
            .arg(QLatin1String(completenessSql));
    if (!q.exec(sql))
        return failure(tr("reading the records failed: %1").arg(sqlError(q)));
    // Read the rows here (one connection, one thread), then normalise them on the pool.
    struct Row
    {
        qint64 id = 0;
        int year = 0;
        int completeness = 0;
        QString values[13];
    };
    std::vector<Row> rows;
    while (q.next()) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return Error{Error::Kind::Cancelled, tr("duplicate detection was cancelled")};
        Row row;
        row.id = q.value(0).toLongLong();
        row.year = q.value(14).toInt();
        row.completeness = q.value(15).toInt();
        for (int i = 1; i <= 13; ++i)
            row.values[i - 1] = q.value(i).toString();
        rows.push_back(std::move(row));
    }
    // Journal titles repeat: normalise each once (a cache per chunk of rows).
    QList<ComparableRecord> list(qsizetype(rows.size()));
    constexpr size_t chunk = 4096;
    std::vector<size_t> chunks((rows.size() + chunk - 1) / chunk);
    std::iota(chunks.begin(), chunks.end(), size_t(0));
    QtConcurrent::blockingMap(chunks, [&](size_t c) {
        QHash<QString, QStringList> journals;
        const size_t end = std::min(rows.size(), (c + 1) * chunk);
        for (size_t i = c * chunk; i < end; ++i) {
            const Row &row = rows[i];
            const QString *v = row.values; // type .. norm_authors, raw authors (columns 1-13)
            const QString normTitle = v[1].isEmpty() ? Normalise::title(v[2]) : v[1];
            const QString normDoi = v[3].isEmpty() ? Normalise::doi(v[4]) : v[3];
            const QString normAuthors =
                v[11].isEmpty() ? Normalise::authors(v[12].split(newline, Qt::SkipEmptyParts))
                                : v[11];
            ComparableRecord r =
                ComparableRecord::fromStored(row.id, v[0], normTitle, normDoi, v[5], v[6], v[7],
                                             v[8], v[9], v[10], normAuthors, row.year, &journals);
            r.completeness = row.completeness;
            list[qsizetype(i)] = std::move(r);
        }
    });
    return list;
}

QHash<quint64, QString> DedupStore::decidedPairs() const
{
    QHash<quint64, QString> decided;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT record_a, record_b, status FROM dedup_pair WHERE status <> 'pending'"))) {
        while (q.next())
            decided.insert(pairKey(q.value(0).toLongLong(), q.value(1).toLongLong()),
                           q.value(2).toString());
    }
    return decided;
}

Result<QList<qint64>> DedupStore::savePairsInTransaction(const QList<FoundPair> &pairs)
{
    QSqlQuery &upsert = statement(QStringLiteral(
        "INSERT INTO dedup_pair(uuid, record_a, record_b, score, reasons, status) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(record_a, record_b) DO UPDATE SET "
        "score = excluded.score, reasons = excluded.reasons WHERE dedup_pair.status = 'pending'"));
    QSqlQuery &select =
        statement(QStringLiteral("SELECT id FROM dedup_pair WHERE record_a = ? AND record_b = ?"));
    QList<qint64> ids;
    ids.reserve(pairs.size());
    for (const FoundPair &p : pairs) {
        const qint64 a = std::min(p.a, p.b), b = std::max(p.a, p.b);
        upsert.bindValue(0, newUuid());
        upsert.bindValue(1, a);
        upsert.bindValue(2, b);
        upsert.bindValue(3, p.score);
        upsert.bindValue(4,
                         sqlText(p.reasonsJson.isEmpty() ? QStringLiteral("[]") : p.reasonsJson));
        upsert.bindValue(5, p.linked ? QStringLiteral("linked") : QStringLiteral("pending"));
        if (!upsert.exec())
            return failure(tr("storing a duplicate pair failed: %1").arg(sqlError(upsert)));
        select.bindValue(0, a);
        select.bindValue(1, b);
        if (!select.exec() || !select.next())
            return failure(tr("storing a duplicate pair failed: %1").arg(sqlError(select)));
        ids.append(select.value(0).toLongLong());
        select.finish();
    }
    return ids;
}

Status DedupStore::writeAudit(const QString &uuid, qint64 reviewerId, const QString &action,
                              const QString &entity, const QString &entityUuid, qint64 recordId,
                              const QJsonObject &before, const QJsonObject &after)
{
    // Every decision about duplicates is recorded here, inside its transaction: a viewer's is
    // refused before it is saved.
    if (Status s = Roles::require(m_project, reviewerId, Work::Own, tr("decide about duplicates"));
        !s)
        return s;
    if (!m_audit)
        m_audit = std::make_unique<AuditLog>(m_db);
    AuditChange change;
    change.uuid = uuid;
    change.action = action;
    change.entity = entity;
    change.entityUuid = entityUuid;
    change.reviewerId = reviewerId;
    change.recordId = recordId;
    change.before = before;
    change.after = after;
    return m_audit->record(change);
}

Result<MergeResult> DedupStore::mergeInTransaction(const QList<qint64> &recordIds, qint64 keptId,
                                                   const QHash<QString, qint64> &choices,
                                                   const QList<qint64> &pairIds, qint64 reviewerId,
                                                   bool automatic)
{
    return RecordMerge(*this, {recordIds, keptId, choices, pairIds, reviewerId, automatic}).run();
}

Status DedupStore::insertHistory(qint64 recordId, const QString &field, const QString &value,
                                 const QString &fromRecordUuid, const QString &reason,
                                 const QString &at)
{
    QSqlQuery &history =
        statement(QStringLiteral("INSERT INTO record_history(uuid, record_id, field, value, "
                                 "from_record_uuid, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    history.bindValue(0, newUuid());
    history.bindValue(1, recordId);
    history.bindValue(2, field);
    history.bindValue(3, value);
    history.bindValue(4, fromRecordUuid);
    history.bindValue(5, reason);
    history.bindValue(6, at);
    if (!history.exec())
        return failure(tr("writing the record history failed: %1").arg(sqlError(history)));
    return {};
}

Result<QList<qint64>> DedupStore::mergedInto(qint64 recordId)
{
    QSqlQuery &children = statement(QStringLiteral("SELECT id FROM record WHERE duplicate_of = ?"));
    children.bindValue(0, recordId);
    if (!children.exec())
        return failure(sqlError(children));
    QList<qint64> earlier;
    while (children.next())
        earlier.append(children.value(0).toLongLong());
    return earlier;
}

Status DedupStore::pointAt(qint64 recordId, qint64 keptId, const QString &at)
{
    QSqlQuery &point = statement(
        QStringLiteral("UPDATE record SET duplicate_of = ?, updated_at = ? WHERE id = ?"));
    point.bindValue(0, keptId);
    point.bindValue(1, at);
    point.bindValue(2, recordId);
    if (!point.exec())
        return failure(sqlError(point));
    return {};
}

Result<QList<qint64>> DedupStore::openPairsAmong(const QList<qint64> &recordIds)
{
    QSqlQuery p(m_db);
    const QString in = placeholders(recordIds.size());
    p.prepare(QStringLiteral("SELECT p.id FROM dedup_pair p JOIN record a ON a.id = p.record_a "
                             "JOIN record b ON b.id = p.record_b WHERE p.status IN ('pending', "
                             "'linked') AND COALESCE(a.duplicate_of, a.id) IN (%1) "
                             "AND COALESCE(b.duplicate_of, b.id) IN (%1)")
                  .arg(in));
    for (int round = 0; round < 2; ++round) {
        for (const qint64 id : recordIds)
            p.addBindValue(id);
    }
    if (!p.exec())
        return failure(sqlError(p));
    QList<qint64> ids;
    while (p.next())
        ids.append(p.value(0).toLongLong());
    return ids;
}

std::optional<QString> DedupStore::pairStatus(qint64 pairId)
{
    QSqlQuery &status = statement(QStringLiteral("SELECT status FROM dedup_pair WHERE id = ?"));
    status.bindValue(0, pairId);
    if (!status.exec() || !status.next())
        return std::nullopt;
    const QString value = status.value(0).toString();
    status.finish();
    return value;
}

Status DedupStore::setPairStatus(qint64 pairId, const QString &status, qint64 reviewerId,
                                 const QString &at)
{
    QSqlQuery &decide = statement(QStringLiteral(
        "UPDATE dedup_pair SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?"));
    decide.bindValue(0, status);
    decide.bindValue(1, reviewerValue(reviewerId));
    decide.bindValue(2, at);
    decide.bindValue(3, pairId);
    if (!decide.exec())
        return failure(sqlError(decide));
    return {};
}

Result<MergeResult> DedupStore::merge(const QList<qint64> &records, qint64 kept,
                                      const QHash<QString, qint64> &choices, qint64 reviewerId)
{
    Result<MergeResult> outcome = Error{};
    Status s = m_project.writeTransaction([&]() -> Status {
        outcome = mergeInTransaction(records, kept, choices, {}, reviewerId, false);
        return outcome ? Status() : Status(outcome.error());
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<MergeResult> DedupStore::decide(qint64 pairId, bool duplicate, qint64 reviewerId)
{
    const std::optional<DedupPair> p = pair(pairId);
    if (!p)
        return Error{Error::Kind::Usage, tr("there is no duplicate pair %1").arg(pairId)};
    if (p->status != QLatin1String("pending") && p->status != QLatin1String("linked"))
        return Error{
            Error::Kind::Usage,
            tr("pair %1 was already decided (%2); undo that first").arg(pairId).arg(p->status)};
    if (!duplicate) {
        if (Status s = markNotDuplicate({pairId}, reviewerId); !s)
            return s.error();
        return MergeResult{};
    }
    if (p->rootA == p->rootB)
        return Error{Error::Kind::Usage,
                     tr("the records of pair %1 were already merged").arg(pairId)};
    const QList<qint64> records{p->rootA, p->rootB};
    Result<MergeResult> outcome = Error{};
    Status s = m_project.writeTransaction([&]() -> Status {
        outcome = mergeInTransaction(records, mostComplete(records), {}, {}, reviewerId, false);
        return outcome ? Status() : Status(outcome.error());
    });
    if (!s)
        return s.error();
    return outcome;
}

Status DedupStore::markNotDuplicate(const QList<qint64> &pairIds, qint64 reviewerId)
{
    return m_project.writeTransaction([&]() -> Status {
        for (const qint64 pairId : pairIds) {
            const std::optional<DedupPair> p = pair(pairId);
            if (!p)
                return Error{Error::Kind::Usage, tr("there is no duplicate pair %1").arg(pairId)};
            if (p->status != QLatin1String("pending") && p->status != QLatin1String("linked"))
                return Error{Error::Kind::Usage, tr("pair %1 was already decided (%2); undo that "
                                                    "first")
                                                     .arg(pairId)
                                                     .arg(p->status)};
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE dedup_pair SET status = 'not_duplicate', "
                                     "decided_by = ?, decided_at = ? WHERE id = ?"));
            q.addBindValue(reviewerValue(reviewerId));
            q.addBindValue(utcNow());
            q.addBindValue(pairId);
            if (!q.exec())
                return failure(sqlError(q));
            if (Status s = writeAudit(
                    newUuid(), reviewerId, QStringLiteral("dedup.not_duplicate"),
                    QStringLiteral("dedup_pair"), p->uuid, p->recordA,
                    QJsonObject{{QStringLiteral("status"), p->status}},
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("not_duplicate")},
                                {QStringLiteral("records"), QJsonArray{p->recordA, p->recordB}}});
                !s)
                return s;
        }
        return {};
    });
}

Status DedupStore::undo(qint64 pairId, qint64 reviewerId)
{
    const std::optional<DedupPair> p = pair(pairId);
    if (!p)
        return Error{Error::Kind::Usage, tr("there is no duplicate pair %1").arg(pairId)};
    if (p->status == QLatin1String("pending"))
        return Error{Error::Kind::Usage,
                     tr("pair %1 has not been decided; there is nothing to undo").arg(pairId)};
    return m_project.writeTransaction([&]() -> Status {
        if (p->status == QLatin1String("duplicate") || p->status == QLatin1String("auto_merged"))
            return splitInTransaction(*p, reviewerId);
        // "Not a duplicate" (or a link) goes back to the queue.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE dedup_pair SET status = 'pending', decided_by = NULL, "
                                 "decided_at = NULL WHERE id = ?"));
        q.addBindValue(pairId);
        if (!q.exec())
            return failure(sqlError(q));
        const QString action = p->status == QLatin1String("linked")
                                   ? QStringLiteral("dedup.unlink")
                                   : QStringLiteral("dedup.undo_not_duplicate");
        return writeAudit(newUuid(), reviewerId, action, QStringLiteral("dedup_pair"), p->uuid,
                          p->recordA,
                          QJsonObject{{QStringLiteral("status"), p->status},
                                      {QStringLiteral("decided_by"), p->decidedBy},
                                      {QStringLiteral("decided_at"), p->decidedAt}},
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")}});
    });
}

Status DedupStore::splitInTransaction(const DedupPair &pair, qint64 reviewerId)
{
    // The merge that settled this pair.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, uuid, record_id, before, after FROM audit_log WHERE action = 'dedup.merge' "
        "AND EXISTS (SELECT 1 FROM json_each(audit_log.after, '$.pairs') WHERE value = ?) "
        "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(pair.id);
    if (!q.exec())
        return failure(sqlError(q));
    if (!q.next())
        return failure(
            tr("the merge of pair %1 is not in the audit log; it cannot be undone").arg(pair.id));
    const qint64 auditId = q.value(0).toLongLong();
    const QString operation = q.value(1).toString();
    const qint64 keptId = q.value(2).toLongLong();
    const QJsonObject before = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();

    auto undone = [&](const QString &op) {
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("SELECT 1 FROM audit_log WHERE action = 'dedup.split' AND "
                                 "json_extract(after, '$.undoes') = ?"));
        u.addBindValue(op);
        return u.exec() && u.next();
    };
    if (undone(operation))
        return failure(tr("the merge of pair %1 was already undone").arg(pair.id));
    // Later merges into the same record, or of it into another, must be undone first.
    QSqlQuery later(m_db);
    later.prepare(QStringLiteral(
        "SELECT uuid FROM audit_log WHERE action = 'dedup.merge' AND id > ? AND (record_id = ? "
        "OR EXISTS (SELECT 1 FROM json_each(audit_log.after, '$.records') WHERE value = ?))"));
    later.addBindValue(auditId);
    later.addBindValue(keptId);
    later.addBindValue(keptId);
    if (!later.exec())
        return failure(sqlError(later));
    while (later.next()) {
        if (!undone(later.value(0).toString()))
            return Error{Error::Kind::Usage,
                         tr("record %1 was merged again later; undo that merge first").arg(keptId)};
    }

    // Fields of the kept record.
    std::optional<Record> kept = readRecord(keptId, nullptr);
    if (!kept)
        return failure(tr("record %1 no longer exists").arg(keptId));
    const QJsonObject fields = before.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        setFieldValue(*kept, it.key(), it.value().toString());
    if (Status s = updateFields(*kept, fields.keys()); !s)
        return s;
    // duplicate_of as it was.
    QSqlQuery point(m_db);
    point.prepare(
        QStringLiteral("UPDATE record SET duplicate_of = ?, updated_at = ? WHERE id = ?"));
    const QJsonObject duplicateOf = before.value(QStringLiteral("duplicate_of")).toObject();
    for (auto it = duplicateOf.begin(); it != duplicateOf.end(); ++it) {
        point.bindValue(0, it.value().isNull() ? QVariant(QMetaType::fromType<qint64>())
                                               : QVariant(it.value().toInteger()));
        point.bindValue(1, utcNow());
        point.bindValue(2, it.key().toLongLong());
        if (!point.exec())
            return failure(sqlError(point));
    }
    // The history rows the merge wrote.
    QSqlQuery history(m_db);
    history.prepare(
        QStringLiteral("DELETE FROM record_history WHERE record_id = ? AND reason = ?"));
    history.addBindValue(keptId);
    history.addBindValue(QStringLiteral("merge ") + operation);
    if (!history.exec())
        return failure(sqlError(history));
    // Its pairs back to the queue (or to what they were).
    QSqlQuery restore(m_db);
    restore.prepare(QStringLiteral("UPDATE dedup_pair SET status = ?, decided_by = NULL, "
                                   "decided_at = NULL WHERE id = ?"));
    const QJsonObject pairs = before.value(QStringLiteral("pairs")).toObject();
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        restore.bindValue(0, it.value().toString());
        restore.bindValue(1, it.key().toLongLong());
        if (!restore.exec())
            return failure(sqlError(restore));
    }
    return writeAudit(
        newUuid(), reviewerId, QStringLiteral("dedup.split"), QStringLiteral("record"), kept->uuid,
        keptId,
        QJsonObject{{QStringLiteral("kept"), keptId},
                    {QStringLiteral("records"), after.value(QStringLiteral("records"))},
                    {QStringLiteral("fields"), after.value(QStringLiteral("fields"))}},
        QJsonObject{{QStringLiteral("undoes"), operation},
                    {QStringLiteral("pair"), pair.id},
                    {QStringLiteral("fields"), fields}});
}

std::optional<DedupPair> DedupStore::pair(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(pairColumns) + QStringLiteral(" WHERE p.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return pairFromQuery(q);
    return std::nullopt;
}

QList<DedupPair> DedupStore::pairs(const QString &status) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (status.isEmpty()) {
        q.prepare(QString::fromLatin1(pairColumns) +
                  QStringLiteral(" ORDER BY p.score DESC, p.id"));
    } else {
        q.prepare(QString::fromLatin1(pairColumns) +
                  QStringLiteral(" WHERE p.status = ? ORDER BY p.score DESC, p.id"));
        q.addBindValue(status);
    }
    QList<DedupPair> list;
    if (q.exec()) {
        while (q.next())
            list.append(pairFromQuery(q));
    }
    return list;
}

QList<DedupGroup> DedupStore::reviewGroups() const
{
    const QList<DedupPair> pending = pairs(QStringLiteral("pending"));
    Groups groups;
    for (const DedupPair &p : pending) {
        if (p.rootA != p.rootB)
            groups.unite(p.rootA, p.rootB);
    }
    QHash<qint64, DedupGroup> byRoot;
    QList<qint64> order;
    for (const DedupPair &p : pending) {
        if (p.rootA == p.rootB)
            continue; // both already merged into one record
        const qint64 root = groups.find(p.rootA);
        if (!byRoot.contains(root))
            order.append(root);
        DedupGroup &g = byRoot[root];
        g.pairs.append(p);
        g.bestScore = std::max(g.bestScore, p.score);
        for (const qint64 id : {p.rootA, p.rootB}) {
            if (!g.records.contains(id))
                g.records.append(id);
        }
    }
    QList<DedupGroup> list;
    list.reserve(order.size());
    for (const qint64 root : std::as_const(order)) {
        DedupGroup g = byRoot.take(root);
        const qint64 best = mostComplete(g.records);
        std::sort(g.records.begin(), g.records.end());
        g.records.removeOne(best);
        g.records.prepend(best);
        list.append(std::move(g));
    }
    std::stable_sort(list.begin(), list.end(), [](const DedupGroup &x, const DedupGroup &y) {
        return x.bestScore > y.bestScore;
    });
    return list;
}

qint64 DedupStore::countPairs(const QString &status) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM dedup_pair WHERE status = ?"));
    q.addBindValue(status);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString DedupStore::detectionState() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) || '/' || total(id) FROM record WHERE duplicate_of IS NULL), "
            "(SELECT count(*) || '/' || total(id) FROM dedup_pair WHERE status <> 'pending')")) ||
        !q.next())
        return {};
    return q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
}

Status DedupStore::logRunInTransaction(const QJsonObject &summary, qint64 reviewerId)
{
    return writeAudit(newUuid(), reviewerId, QStringLiteral("dedup.run"), QStringLiteral("project"),
                      m_project.uuid(), 0, {}, summary);
}

qint64 DedupStore::duplicatesRemoved() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM record WHERE duplicate_of IS NOT NULL")) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

QStringList DedupStore::identifiersOf(qint64 recordId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT doi, pmid, accession, isbn FROM record "
                             "WHERE id = ? OR duplicate_of = ? ORDER BY id"));
    q.addBindValue(recordId);
    q.addBindValue(recordId);
    QStringList list;
    if (q.exec()) {
        while (q.next()) {
            const char *const names[] = {"doi", "pmid", "accession", "isbn"};
            for (int i = 0; i < 4; ++i) {
                const QString value = q.value(i).toString();
                const QString entry = QLatin1String(names[i]) + QLatin1Char(':') + value;
                if (!value.isEmpty() && !list.contains(entry, Qt::CaseInsensitive))
                    list.append(entry);
            }
        }
    }
    return list;
}

qint64 DedupStore::mostComplete(const QList<qint64> &records) const
{
    if (records.isEmpty())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM record WHERE id IN (%1) ORDER BY %2 DESC, id LIMIT 1")
                  .arg(placeholders(records.size()), QLatin1String(completenessSql)));
    for (const qint64 id : records)
        q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return *std::min_element(records.begin(), records.end());
}

} // namespace evimap
