#pragma once

#include "core/result.h"
#include "dedup/comparablerecord.h"
#include "dedup/duplicatescorer.h"
#include "records/record.h"
#include "team/auditlog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace evimap {

class Project;

// A candidate pair as stored in dedup_pair.
struct DedupPair
{
    qint64 id = 0;
    QString uuid;
    qint64 recordA = 0; // record_a < record_b
    qint64 recordB = 0;
    double score = 0.0;
    QString status; // pending, duplicate, not_duplicate, auto_merged, linked
    QList<DedupReason> reasons;
    qint64 decidedBy = 0;
    QString decidedAt;
    // The records the two stand for now: themselves, or the records they were merged into.
    qint64 rootA = 0;
    qint64 rootB = 0;
};

// Pending pairs that hang together (A~B, B~C): a group the reviewer decides at once.
struct DedupGroup
{
    QList<qint64> records; // current (not merged) records, the most complete first
    QList<DedupPair> pairs;
    double bestScore = 0.0;
};

// What a merge did.
struct MergeResult
{
    QString operation; // uuid of its audit_log row; undo finds the merge by it
    qint64 kept = 0;
    QList<qint64> merged;
    QList<qint64> pairs;
};

// The SQL of duplicate detection and merging. Reads the records' normalised keys, stores
// candidate pairs, merges records (record.duplicate_of) and undoes merges and decisions.
//
// A merge keeps one record and points the others at it with duplicate_of; their rows, sources
// (record_source) and identifiers stay, so nothing is lost and a merge can be undone. The kept
// record takes the chosen value of each field (by default its own, or the first non-empty one
// of the others); every other differing value goes to record_history, and the merge, with the
// kept record's old values, to audit_log.
//
// Methods named *InTransaction expect the caller's Project::writeTransaction; the others open
// their own.
class DedupStore final
{
    Q_DECLARE_TR_FUNCTIONS(DedupStore)

public:
    explicit DedupStore(Project &project);

    // Records not merged into another, as duplicate detection compares them, in id order.
    Result<QList<ComparableRecord>>
    activeRecords(const std::atomic_bool *cancelled = nullptr) const;
    // Pairs that were decided (every status but pending), keyed by pairKey(a, b).
    QHash<quint64, QString> decidedPairs() const;
    static quint64 pairKey(qint64 a, qint64 b);

    // A pair found by detection: new pairs are inserted (pending, or linked), pending pairs get
    // the new score and reasons, decided pairs are left as they are. Returns each pair's id.
    struct FoundPair
    {
        qint64 a = 0;
        qint64 b = 0;
        double score = 0.0;
        QString reasonsJson;
        bool linked = false;
    };
    Result<QList<qint64>> savePairsInTransaction(const QList<FoundPair> &pairs);

    // Merges `records` (current records, at least two) into `kept`. `choices` names, per field
    // (see mergeableFields()), the record whose value the kept record takes. `pairIds` are
    // the pairs this merge settles; when empty, every pending or linked pair among the records
    // is. Automatic merges mark their pairs auto_merged, the others duplicate.
    Result<MergeResult> mergeInTransaction(const QList<qint64> &records, qint64 kept,
                                           const QHash<QString, qint64> &choices,
                                           const QList<qint64> &pairIds, qint64 reviewerId,
                                           bool automatic);
    Result<MergeResult> merge(const QList<qint64> &records, qint64 kept,
                              const QHash<QString, qint64> &choices, qint64 reviewerId);

    // The reviewer's decision on one pair: a duplicate merges the pair's two records (the more
    // complete one kept); not a duplicate marks it so (it is never merged automatically again).
    Result<MergeResult> decide(qint64 pairId, bool duplicate, qint64 reviewerId);
    Status markNotDuplicate(const QList<qint64> &pairIds, qint64 reviewerId);

    // Undoes the decision on a pair: "not a duplicate" goes back to the queue; a merge is split
    // (the whole merge the pair was part of: records, fields, history and pairs restored), and
    // its pairs go back to the queue. A merge that a later merge built on must wait for that
    // one to be undone first.
    Status undo(qint64 pairId, qint64 reviewerId);

    std::optional<DedupPair> pair(qint64 id) const;
    // Pairs with a status (empty: all), best score first.
    QList<DedupPair> pairs(const QString &status = {}) const;
    // The review queue: pending pairs grouped by the records they connect, best first.
    QList<DedupGroup> reviewGroups() const;

    qint64 countPairs(const QString &status) const;
    // What a detection run reads, in a few numbers (the records not merged, the pairs decided):
    // when it differs between reading and writing, someone else changed them meanwhile (another
    // run merged them), and what the run found no longer holds. Empty when it cannot be read.
    QString detectionState() const;
    // One audit_log row for a detection run (its counts), inside the caller's transaction.
    Status logRunInTransaction(const QJsonObject &summary, qint64 reviewerId);

    // PRISMA "duplicates removed": records merged into another.
    qint64 duplicatesRemoved() const;
    // Every identifier of a record and of the records merged into it ("doi:10.1/x", "pmid:1").
    QStringList identifiersOf(qint64 recordId) const;
    // The most complete of some records (most filled fields; ties: the oldest).
    qint64 mostComplete(const QList<qint64> &records) const;

    // Fields a merge chooses between: every typed field (RecordFields), in display order.
    static QStringList mergeableFields();
    // RecordFields::setValue, except that an empty type is "other".
    static void setFieldValue(Record &record, const QString &field, const QString &value);

private:
    // The steps of a merge (RecordMerge) read and write through these.
    friend class RecordMerge;
    Status insertHistory(qint64 recordId, const QString &field, const QString &value,
                         const QString &fromRecordUuid, const QString &reason, const QString &at);
    // Records merged into `recordId` before.
    Result<QList<qint64>> mergedInto(qint64 recordId);
    Status pointAt(qint64 recordId, qint64 keptId, const QString &at);
    // Pending or linked pairs whose two records (or the records they were merged into) are
    // among `recordIds`.
    Result<QList<qint64>> openPairsAmong(const QList<qint64> &recordIds);
    std::optional<QString> pairStatus(qint64 pairId);
    Status setPairStatus(qint64 pairId, const QString &status, qint64 reviewerId,
                         const QString &at);

    Status writeAudit(const QString &uuid, qint64 reviewerId, const QString &action,
                      const QString &entity, const QString &entityUuid, qint64 recordId,
                      const QJsonObject &before, const QJsonObject &after);
    Status splitInTransaction(const DedupPair &pair, qint64 reviewerId);
    // A statement prepared once per store (a run merges thousands of groups).
    QSqlQuery &statement(const QString &sql);
    // The fields a merge works on (not the raw fields), and where the record points.
    std::optional<Record> readRecord(qint64 id, qint64 *duplicateOf);
    // Writes only the named fields (and the keys derived from them).
    Status updateFields(const Record &record, const QStringList &fields);

    Project &m_project;
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<AuditLog> m_audit; // prepared at the first entry
};

} // namespace evimap
