#include "records/recordstore.h"

#include "core/clock.h"
#include "core/sqltext.h"
#include "records/normalise.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace evimap {

namespace {

void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

constexpr std::size_t titleField = RecordFields::indexOf("title");
constexpr std::size_t abstractField = RecordFields::indexOf("abstract");
constexpr std::size_t keywordsField = RecordFields::indexOf("keywords");

// Every typed field's column but the year's (it is bound as a number), in RecordFields order.
template<typename F>
void forEachTextField(F &&f)
{
    for (std::size_t i = 0; i < RecordFields::all.size(); ++i) {
        if (RecordFields::all[i].kind != RecordField::Kind::Year)
            f(i, RecordFields::all[i]);
    }
}

const QString &selectSql()
{
    static const QString sql = QStringLiteral("SELECT id, uuid, ") + RecordFields::columns() +
                               QStringLiteral(", raw_format, raw_fields FROM record");
    return sql;
}

// The INSERT's columns: the PreparedRecord::Column ones, the typed fields' text, the year.
const QByteArray &insertSql()
{
    static const QByteArray sql = [] {
        QStringList columns{QStringLiteral("uuid"),       QStringLiteral("raw_format"),
                            QStringLiteral("raw_fields"), QStringLiteral("norm_title"),
                            QStringLiteral("norm_doi"),   QStringLiteral("norm_authors"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at")};
        forEachTextField(
            [&](std::size_t, const RecordField &field) { columns << QLatin1String(field.name); });
        columns << QStringLiteral("year");
        const QStringList marks(columns.size(), QStringLiteral("?"));
        return (QStringLiteral("INSERT INTO record(") + columns.join(QStringLiteral(", ")) +
                QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')'))
            .toUtf8();
    }();
    return sql;
}

const QString &updateSql()
{
    static const QString sql = [] {
        QStringList assignments;
        for (const RecordField &field : RecordFields::all)
            assignments << QLatin1String(field.name) + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE record SET ") + assignments.join(QStringLiteral(", ")) +
               QStringLiteral(", norm_title = ?, norm_doi = ?, norm_authors = ?, updated_at = ? "
                              "WHERE id = ?");
    }();
    return sql;
}

} // namespace

RecordStore::RecordStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

// Hand-written because it runs once per imported record and QJsonDocument is several times
// slower for this simple shape.
QString RecordStore::rawFieldsToJson(const QList<RawField> &fields)
{
    if (fields.isEmpty())
        return QStringLiteral("[]");
    QString out;
    out.reserve(64 * fields.size());
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QLatin1Char('[');
        appendJsonString(out, fields[i].first);
        out += QLatin1Char(',');
        appendJsonString(out, fields[i].second);
        out += QLatin1Char(']');
    }
    out += QLatin1Char(']');
    return out;
}

QList<RawField> RecordStore::rawFieldsFromJson(const QString &json)
{
    QList<RawField> fields;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &item : array) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2)
            fields.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return fields;
}

PreparedRecord RecordStore::prepare(const Record &record)
{
    PreparedRecord p;
    p.uuid = newUuid();
    p.year = record.year;
    p.sourceRecordNo = record.sourceRecordNo;
    p.sourceLine = record.sourceLine;
    const QByteArray now = utcNow().toUtf8();
    auto &t = p.text;
    t[PreparedRecord::Uuid] = p.uuid.toUtf8();
    forEachTextField([&](std::size_t i, const RecordField &field) {
        p.fields[i] = field.value(record).toUtf8();
    });
    t[PreparedRecord::RawFormat] = record.rawFormat.toUtf8();
    t[PreparedRecord::RawFields] = rawFieldsToJson(record.rawFields).toUtf8();
    t[PreparedRecord::NormTitle] = Normalise::title(record.title).toUtf8();
    t[PreparedRecord::NormDoi] = Normalise::doi(record.doi).toUtf8();
    t[PreparedRecord::NormAuthors] = Normalise::authors(record.authors).toUtf8();
    t[PreparedRecord::CreatedAt] = now;
    t[PreparedRecord::UpdatedAt] = now;
    return p;
}

Status RecordStore::insert(Record &record, qint64 batchId)
{
    const PreparedRecord prepared = prepare(record);
    Result<qint64> id = insert(prepared, batchId);
    if (!id)
        return id.error();
    record.uuid = prepared.uuid;
    record.id = *id;
    return {};
}

Result<qint64> RecordStore::insert(const PreparedRecord &record, qint64 batchId)
{
    if (!m_insertRecord) {
        m_insertRecord = std::make_unique<SqliteStatement>(m_db, insertSql().constData());
        m_insertSource = std::make_unique<SqliteStatement>(
            m_db,
            "INSERT INTO record_source(record_id, batch_id, record_no, line) VALUES (?, ?, ?, ?)");
        // Here rather than in a trigger: see schema version 3.
        m_insertFts = std::make_unique<SqliteStatement>(
            m_db, "INSERT INTO record_fts(rowid, title, abstract, keywords) VALUES (?, ?, ?, ?)");
    }
    SqliteStatement &q = *m_insertRecord;
    int parameter = 0;
    for (const QByteArray &text : record.text)
        q.bindUtf8(++parameter, text);
    forEachTextField(
        [&](std::size_t i, const RecordField &) { q.bindUtf8(++parameter, record.fields[i]); });
    if (record.year > 0)
        q.bind(++parameter, qint64(record.year));
    else
        q.bindNull(++parameter);
    if (Status s = q.exec(); !s)
        return failure(
            tr("storing record %1 failed: %2").arg(record.sourceRecordNo).arg(s.errorString()));
    const qint64 id = q.lastInsertRowId();
    m_insertFts->bind(1, id);
    m_insertFts->bindUtf8(2, record.fields[titleField]);
    m_insertFts->bindUtf8(3, record.fields[abstractField]);
    m_insertFts->bindUtf8(4, record.fields[keywordsField]);
    if (Status s = m_insertFts->exec(); !s)
        return failure(
            tr("indexing record %1 failed: %2").arg(record.sourceRecordNo).arg(s.errorString()));
    if (batchId > 0) {
        m_insertSource->bind(1, id);
        m_insertSource->bind(2, batchId);
        m_insertSource->bind(3, qint64(record.sourceRecordNo));
        m_insertSource->bind(4, qint64(record.sourceLine));
        if (Status s = m_insertSource->exec(); !s)
            return failure(
                tr("storing record %1 failed: %2").arg(record.sourceRecordNo).arg(s.errorString()));
    }
    return id;
}

std::optional<Record> RecordStore::record(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(selectSql() + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Record r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.uuid = q.value(i++).toString();
    for (const RecordField &field : RecordFields::all)
        field.setValue(r, q.value(i++).toString());
    r.rawFormat = q.value(i++).toString();
    r.rawFields = rawFieldsFromJson(q.value(i++).toString());
    return r;
}

std::optional<qint64> RecordStore::idByUuid(const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM record WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> RecordStore::idByDoi(const QString &doi) const
{
    const QString key = Normalise::doi(doi);
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM record WHERE norm_doi = ? AND norm_doi <> '' "
                             "ORDER BY duplicate_of IS NOT NULL, id LIMIT 1"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Status RecordStore::update(const Record &r)
{
    QSqlQuery q(m_db);
    q.prepare(updateSql());
    for (const RecordField &field : RecordFields::all)
        q.addBindValue(field.columnValue(r));
    for (const QVariant &v :
         {sqlText(Normalise::title(r.title)), sqlText(Normalise::doi(r.doi)),
          sqlText(Normalise::authors(r.authors)), QVariant(utcNow()), QVariant(r.id)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

QStringList RecordStore::sourcesOf(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT b.file_name, b.source FROM record_source s "
        "JOIN import_batch b ON b.id = s.batch_id "
        "WHERE s.record_id = ? OR s.record_id IN (SELECT id FROM record WHERE duplicate_of = ?) "
        "ORDER BY b.id"));
    q.addBindValue(id);
    q.addBindValue(id);
    QStringList list;
    if (q.exec()) {
        while (q.next()) {
            const QString source = q.value(1).toString();
            list.append(source.isEmpty() ? q.value(0).toString()
                                         : source + QStringLiteral(" (") + q.value(0).toString() +
                                               QLatin1Char(')'));
        }
    }
    return list;
}

qint64 RecordStore::duplicateOf(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT duplicate_of FROM record WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return 0;
}

QList<qint64> RecordStore::duplicatesMergedInto(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM record WHERE duplicate_of = ? ORDER BY id"));
    q.addBindValue(id);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QStringList RecordStore::titles(const QList<qint64> &ids) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title FROM record WHERE id = ?"));
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids) {
        q.addBindValue(id);
        list.append(q.exec() && q.next() ? q.value(0).toString() : QString());
    }
    return list;
}

} // namespace evimap
