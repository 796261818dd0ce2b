#pragma once

#include "core/result.h"
#include "maps/evidencemap.h"
#include "maps/mapcodebook.h"
#include "screening/screeningdecision.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <limits>

namespace evimap {

// The SQL behind maps, charts, the PRISMA diagram and reports. Read-only; every statement binds
// its parameters.
class MapStore final
{
    Q_DECLARE_TR_FUNCTIONS(MapStore)

public:
    explicit MapStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<QList<MapCodebook::Row>> codeRows() const;

    // Whether any settled screening result exists at a stage ("ta" or "ft").
    Result<bool> hasScreeningResults(const QString &stage) const;
    // The records in scope (not duplicates), ascending by id. `scope` must not be Auto. Years
    // are inclusive bounds, 0 for none; a bound leaves out records without a year. Without
    // `withText` only ids and years are read (for aggregation alone). Only records whose ids
    // lie in [fromRecordId, toRecordId].
    Result<QList<EvidenceMapItem>>
    items(ScreeningScope scope, int yearFrom, int yearTo, bool withText = true,
          qint64 fromRecordId = std::numeric_limits<qint64>::min(),
          qint64 toRecordId = std::numeric_limits<qint64>::max()) const;
    // (record id, code id) of every code that counts under `source` for the records whose ids
    // lie in [fromRecordId, toRecordId], unordered. Codes are the stored ids; the
    // caller follows merges.
    Result<QList<QPair<qint64, qint64>>>
    codings(CodingSource source, qint64 fromRecordId = std::numeric_limits<qint64>::min(),
            qint64 toRecordId = std::numeric_limits<qint64>::max()) const;
    // The largest record id, 0 for none.
    Result<qint64> maxRecordId() const;

    // PRISMA: one row per import batch.
    struct BatchCount
    {
        qint64 id = 0;
        QString route;
        QString source;
        QString fileName;
        qint64 records = 0; // record_source rows
    };
    Result<QList<BatchCount>> batchCounts() const;
    // PRISMA: one row per record.
    struct RecordFlow
    {
        qint64 id = 0;
        bool duplicate = false;
        bool hasSource = false;
        QString route; // route of the record's first batch; empty without a source
        QString ta;    // settled result at title/abstract, empty when none
        QString ft;    // settled result at full text, empty when none
        qint64 ftReason = 0;
    };
    Result<QList<RecordFlow>> recordFlow() const;
    struct Reason
    {
        qint64 id = 0;
        QString label;
    };
    Result<QList<Reason>> exclusionReasons() const;

    // Charts: every screening decision on a record that is not a duplicate, with its reviewer
    // as a chart names them (initials, else name), by reviewer, stage (title/abstract first)
    // and record. The charts keep those the viewer may see (Blinding).
    struct ChartDecision
    {
        ScreeningDecision decision;
        QString reviewer;
    };
    Result<QList<ChartDecision>> decisions() const;

private:
    QSqlDatabase m_db;
};

} // namespace evimap
