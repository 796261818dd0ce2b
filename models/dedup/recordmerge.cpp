#include "dedup/recordmerge.h"

#include "core/clock.h"
#include "dedup/dedupstore.h"
#include "records/recordfields.h"

namespace evimap {

RecordMerge::RecordMerge(DedupStore &store, Request request)
    : m_store(store)
    , m_request(std::move(request))
{}

Result<MergeResult> RecordMerge::run()
{
    for (Status (RecordMerge::*step)() :
         {&RecordMerge::readGroup, &RecordMerge::writeKeptFields, &RecordMerge::keepHistory,
          &RecordMerge::pointAtKept, &RecordMerge::settlePairs, &RecordMerge::logMerge}) {
        if (Status s = (this->*step)(); !s)
            return s.error();
    }
    MergeResult outcome;
    outcome.operation = m_operation;
    outcome.kept = m_request.kept;
    outcome.merged = m_merged;
    for (const QJsonValue &v : std::as_const(m_pairList))
        outcome.pairs.append(v.toInteger());
    return outcome;
}

// The records, each once, all current (not merged into another), one of them the kept one.
Status RecordMerge::readGroup()
{
    for (const qint64 id : std::as_const(m_request.records)) {
        if (!m_ids.contains(id))
            m_ids.append(id);
    }
    if (m_ids.size() < 2 || !m_ids.contains(m_request.kept))
        return Error{
            Error::Kind::Usage,
            DedupStore::tr("a merge needs at least two records, one of them the one kept")};
    for (const qint64 id : std::as_const(m_ids)) {
        qint64 duplicateOf = 0;
        std::optional<Record> r = m_store.readRecord(id, &duplicateOf);
        if (!r)
            return Error{Error::Kind::Usage, DedupStore::tr("record %1 does not exist").arg(id)};
        if (duplicateOf > 0)
            return Error{Error::Kind::Usage,
                         DedupStore::tr("record %1 was already merged into another record; "
                                        "merge that one instead")
                             .arg(id)};
        m_group.append(*r);
        if (id == m_request.kept)
            m_kept = *r;
    }
    m_operation = newUuid();
    return {};
}

// The kept record's values: chosen, or its own, or the first other record that has one.
void RecordMerge::chooseValues()
{
    // Every field of every record once, in mergeableFields() order.
    m_fields = DedupStore::mergeableFields();
    m_values.reserve(m_group.size());
    qsizetype keptIndex = 0;
    for (qsizetype g = 0; g < m_group.size(); ++g) {
        QStringList v;
        v.reserve(m_fields.size());
        for (const QString &field : std::as_const(m_fields))
            v.append(RecordFields::value(m_group.at(g), field));
        m_values.append(v);
        if (m_group.at(g).id == m_request.kept)
            keptIndex = g;
    }
    m_result = m_kept;
    m_final = m_values.at(keptIndex);
    for (qsizetype f = 0; f < m_fields.size(); ++f) {
        const QString &field = m_fields.at(f);
        QString value = m_final.at(f);
        if (m_request.choices.contains(field)) {
            const qint64 from = m_request.choices.value(field);
            for (qsizetype g = 0; g < m_group.size(); ++g) {
                if (m_group.at(g).id == from)
                    value = m_values.at(g).at(f);
            }
        } else if (value.isEmpty()) {
            for (const QStringList &v : std::as_const(m_values)) {
                if (!v.at(f).isEmpty()) {
                    value = v.at(f);
                    break;
                }
            }
        }
        if (value != m_final.at(f)) {
            m_fieldsBefore.insert(field, m_final.at(f));
            m_fieldsAfter.insert(field, value);
            DedupStore::setFieldValue(m_result, field, value);
            m_final[f] = value;
        }
    }
}

Status RecordMerge::writeKeptFields()
{
    chooseValues();
    return m_store.updateFields(m_result, m_fieldsAfter.keys());
}

// What the kept record does not take goes to its history.
Status RecordMerge::keepHistory()
{
    m_now = utcNow();
    const QString reason = QStringLiteral("merge ") + m_operation;
    for (qsizetype g = 0; g < m_group.size(); ++g) {
        for (qsizetype f = 0; f < m_fields.size(); ++f) {
            const QString &value = m_values.at(g).at(f);
            if (value.isEmpty() || value == m_final.at(f))
                continue;
            if (Status s = m_store.insertHistory(m_request.kept, m_fields.at(f), value,
                                                 m_group.at(g).uuid, reason, m_now);
                !s)
                return s;
            ++m_historyRows;
        }
    }
    return {};
}

// Points the others, and whatever was merged into them before, at the kept record.
Status RecordMerge::pointAtKept()
{
    for (const qint64 id : std::as_const(m_ids)) {
        if (id == m_request.kept)
            continue;
        m_merged.append(id);
        m_duplicateOfBefore.insert(QString::number(id), QJsonValue::Null);
        Result<QList<qint64>> earlier = m_store.mergedInto(id);
        if (!earlier)
            return earlier.error();
        for (const qint64 child : std::as_const(earlier.value())) {
            m_duplicateOfBefore.insert(QString::number(child), id);
            if (Status s = m_store.pointAt(child, m_request.kept, m_now); !s)
                return s;
        }
        if (Status s = m_store.pointAt(id, m_request.kept, m_now); !s)
            return s;
    }
    return {};
}

// The pairs this merge settles: named, or every open pair among the records.
Status RecordMerge::settlePairs()
{
    QList<qint64> settled = m_request.pairIds;
    if (settled.isEmpty()) {
        Result<QList<qint64>> open = m_store.openPairsAmong(m_ids);
        if (!open)
            return open.error();
        settled = open.value();
    }
    const QString status =
        m_request.automatic ? QStringLiteral("auto_merged") : QStringLiteral("duplicate");
    for (const qint64 pairId : std::as_const(settled)) {
        const std::optional<QString> before = m_store.pairStatus(pairId);
        if (!before)
            continue;
        m_pairsBefore.insert(QString::number(pairId), *before);
        m_pairList.append(pairId);
        if (Status s = m_store.setPairStatus(pairId, status, m_request.reviewerId, m_now); !s)
            return s;
    }
    return {};
}

// The merge in audit_log, with everything undo needs to split it again.
Status RecordMerge::logMerge()
{
    QJsonArray mergedList;
    for (const qint64 id : std::as_const(m_merged))
        mergedList.append(id);
    const QJsonObject before{{QStringLiteral("fields"), m_fieldsBefore},
                             {QStringLiteral("duplicate_of"), m_duplicateOfBefore},
                             {QStringLiteral("pairs"), m_pairsBefore}};
    const QJsonObject after{{QStringLiteral("kept"), m_request.kept},
                            {QStringLiteral("records"), mergedList},
                            {QStringLiteral("pairs"), m_pairList},
                            {QStringLiteral("fields"), m_fieldsAfter},
                            {QStringLiteral("history_rows"), m_historyRows},
                            {QStringLiteral("automatic"), m_request.automatic}};
    return m_store.writeAudit(m_operation, m_request.reviewerId, QStringLiteral("dedup.merge"),
                              QStringLiteral("record"), m_kept.uuid, m_request.kept, before, after);
}

} // namespace evimap
