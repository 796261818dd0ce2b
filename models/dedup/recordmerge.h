#pragma once

#include "core/result.h"
#include "records/record.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace evimap {

class DedupStore;
struct MergeResult;

// One merge of records into a kept record, inside the caller's write transaction: the steps of
// DedupStore::mergeInTransaction, named. `run()` reads the group, gives the kept record its
// values, keeps every value it does not take in record_history, points the other records (and
// what was merged into them) at it, settles the pairs and logs the whole merge in audit_log,
// which is what undo reads back. The SQL is the store's: this class holds the order of the
// steps and what they pass to each other.
class RecordMerge final
{
public:
    struct Request
    {
        QList<qint64> records; // at least two, one of them `kept`
        qint64 kept = 0;
        QHash<QString, qint64> choices; // field -> the record whose value the kept one takes
        QList<qint64> pairIds;          // empty: every pending or linked pair among the records
        qint64 reviewerId = 0;
        bool automatic = false;
    };

    RecordMerge(DedupStore &store, Request request);

    Result<MergeResult> run();

private:
    Status readGroup();
    void chooseValues();
    Status writeKeptFields();
    Status keepHistory();
    Status pointAtKept();
    Status settlePairs();
    Status logMerge();

    DedupStore &m_store;
    Request m_request;
    QList<qint64> m_ids; // the records, each once
    QList<Record> m_group;
    Record m_kept;
    QString m_operation; // audit_log uuid
    QString m_now;

    QStringList m_fields;        // DedupStore::mergeableFields()
    QList<QStringList> m_values; // per record, per field
    QStringList m_final;         // the kept record's values after the merge
    Record m_result;             // the kept record after the merge
    QJsonObject m_fieldsBefore, m_fieldsAfter;
    int m_historyRows = 0;
    QJsonObject m_duplicateOfBefore;
    QList<qint64> m_merged;
    QJsonObject m_pairsBefore;
    QJsonArray m_pairList;
};

} // namespace evimap
