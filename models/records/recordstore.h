#pragma once

#include "core/result.h"
#include "core/sqlitestatement.h"
#include "records/record.h"
#include "records/recordfields.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <memory>
#include <optional>

namespace evimap {

// A record's column values as they are stored: UTF-8 text, the normalised matching keys, a new
// uuid and timestamps. Preparing is most of the CPU cost of storing a record and touches no
// database, so an import prepares records on the reading thread while another stores them.
struct PreparedRecord
{
    // The text columns of RecordStore's INSERT that are not typed fields, in its order.
    enum Column
    {
        Uuid,
        RawFormat,
        RawFields,
        NormTitle,
        NormDoi,
        NormAuthors,
        CreatedAt,
        UpdatedAt,
        ColumnCount
    };
    std::array<QByteArray, ColumnCount> text;
    // The typed fields' text, in RecordFields order (the year is `year`, its slot stays empty).
    std::array<QByteArray, RecordFields::all.size()> fields;
    QString uuid;
    int year = 0;
    int sourceRecordNo = 0;
    int sourceLine = 0;
};

// The SQL for records: insert (prepared once, for bulk import), read back, look up.
// Writes must run inside the caller's transaction (Project::writeTransaction).
class RecordStore final
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    explicit RecordStore(QSqlDatabase db);

    // Stores the record and links it to its batch; fills record.id and record.uuid.
    Status insert(Record &record, qint64 batchId);
    // The same in two steps: prepare() on any thread, then insert() here. Returns the new id.
    static PreparedRecord prepare(const Record &record);
    Result<qint64> insert(const PreparedRecord &record, qint64 batchId);

    std::optional<Record> record(qint64 id) const;
    std::optional<qint64> idByUuid(const QString &uuid) const;
    std::optional<qint64> idByDoi(const QString &doi) const;

    // Updates the typed fields of an existing record (not its raw fields or sources).
    Status update(const Record &record);

    // Names of the batches (file names and sources) a record came from.
    QStringList sourcesOf(qint64 id) const;
    // Where a merge put a record: the record it is a duplicate of (0: none), and the records
    // merged into it, in id order.
    qint64 duplicateOf(qint64 id) const;
    QList<qint64> duplicatesMergedInto(qint64 id) const;
    // The titles of `ids`, in their order (empty for an id that is not there).
    QStringList titles(const QList<qint64> &ids) const;

    static QString rawFieldsToJson(const QList<RawField> &fields);
    static QList<RawField> rawFieldsFromJson(const QString &json);

private:
    QSqlDatabase m_db;
    // Prepared at the first insert; SqliteStatement since this runs once per imported record.
    std::unique_ptr<SqliteStatement> m_insertRecord;
    std::unique_ptr<SqliteStatement> m_insertSource;
    std::unique_ptr<SqliteStatement> m_insertFts;
};

} // namespace evimap
