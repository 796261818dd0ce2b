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

const QLatin1Char newline('\n');

QVariant yearValue(int year)
{
    return year > 0 ? QVariant(year) : QVariant(QMetaType::fromType<int>());
}

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

const char selectColumns[] =
    "SELECT id, uuid, type, title, abstract, authors, year, date, container, volume, issue, "
    "pages, doi, pmid, accession, isbn, url, keywords, language, country, publisher, notes, "
    "raw_format, raw_fields FROM record";

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
    t[PreparedRecord::Type] = record.type.toUtf8();
    t[PreparedRecord::Title] = record.title.toUtf8();
    t[PreparedRecord::Abstract] = record.abstract.toUtf8();
    t[PreparedRecord::Authors] = record.authors.join(newline).toUtf8();
    t[PreparedRecord::Date] = record.date.toUtf8();
    t[PreparedRecord::Container] = record.container.toUtf8();
    t[PreparedRecord::Volume] = record.volume.toUtf8();
    t[PreparedRecord::Issue] = record.issue.toUtf8();
    t[PreparedRecord::Pages] = record.pages.toUtf8();
    t[PreparedRecord::Doi] = record.doi.toUtf8();
    t[PreparedRecord::Pmid] = record.pmid.toUtf8();
    t[PreparedRecord::Accession] = record.accession.toUtf8();
    t[PreparedRecord::Isbn] = record.isbn.toUtf8();
    t[PreparedRecord::Url] = record.url.toUtf8();
    t[PreparedRecord::Keywords] = record.keywords.join(newline).toUtf8();
    t[PreparedRecord::Language] = record.language.toUtf8();
    t[PreparedRecord::Country] = record.country.toUtf8();
    t[PreparedRecord::Publisher] = record.publisher.toUtf8();
    t[PreparedRecord::Notes] = record.notes.toUtf8();
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
        m_insertRecord = std::make_unique<SqliteStatement>(
            m_db,
            "INSERT INTO record(uuid, type, title, abstract, authors, date, container, "
            "volume, issue, pages, doi, pmid, accession, isbn, url, keywords, language, country, "
            "publisher, notes, raw_format, raw_fields, norm_title, norm_doi, norm_authors, "
            "created_at, updated_at, year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_insertSource = std::make_unique<SqliteStatement>(
            m_db,
            "INSERT INTO record_source(record_id, batch_id, record_no, line) VALUES (?, ?, ?, ?)");
        // Here rather than in a trigger: see schema version 3.
        m_insertFts = std::make_unique<SqliteStatement>(
            m_db, "INSERT INTO record_fts(rowid, title, abstract, keywords) VALUES (?, ?, ?, ?)");
    }
    SqliteStatement &q = *m_insertRecord;
    for (int column = 0; column < PreparedRecord::ColumnCount; ++column)
        q.bindUtf8(column + 1, record.text[column]);
    if (record.year > 0)
        q.bind(PreparedRecord::ColumnCount + 1, qint64(record.year));
    else
        q.bindNull(PreparedRecord::ColumnCount + 1);
    if (Status s = q.exec(); !s)
        return failure(
            tr("storing record %1 failed: %2").arg(record.sourceRecordNo).arg(s.errorString()));
    const qint64 id = q.lastInsertRowId();
    m_insertFts->bind(1, id);
    m_insertFts->bindUtf8(2, record.text[PreparedRecord::Title]);
    m_insertFts->bindUtf8(3, record.text[PreparedRecord::Abstract]);
    m_insertFts->bindUtf8(4, record.text[PreparedRecord::Keywords]);
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
    q.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Record r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.uuid = q.value(i++).toString();
    r.type = q.value(i++).toString();
    r.title = q.value(i++).toString();
    r.abstract = q.value(i++).toString();
    r.authors = q.value(i++).toString().split(newline, Qt::SkipEmptyParts);
    r.year = q.value(i++).toInt();
    r.date = q.value(i++).toString();
    r.container = q.value(i++).toString();
    r.volume = q.value(i++).toString();
    r.issue = q.value(i++).toString();
    r.pages = q.value(i++).toString();
    r.doi = q.value(i++).toString();
    r.pmid = q.value(i++).toString();
    r.accession = q.value(i++).toString();
    r.isbn = q.value(i++).toString();
    r.url = q.value(i++).toString();
    r.keywords = q.value(i++).toString().split(newline, Qt::SkipEmptyParts);
    r.language = q.value(i++).toString();
    r.country = q.value(i++).toString();
    r.publisher = q.value(i++).toString();
    r.notes = q.value(i++).toString();
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
    q.prepare(QStringLiteral(
        "SELECT id FROM record WHERE norm_doi = ? ORDER BY duplicate_of IS NOT NULL, id LIMIT 1"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Status RecordStore::update(const Record &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE record SET type = ?, title = ?, abstract = ?, authors = ?, year = ?, date = ?, "
        "container = ?, volume = ?, issue = ?, pages = ?, doi = ?, pmid = ?, accession = ?, "
        "isbn = ?, url = ?, keywords = ?, language = ?, country = ?, publisher = ?, notes = ?, "
        "norm_title = ?, norm_doi = ?, norm_authors = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &v : {sqlText(r.type),
                              sqlText(r.title),
                              sqlText(r.abstract),
                              sqlText(r.authors.join(newline)),
                              yearValue(r.year),
                              sqlText(r.date),
                              sqlText(r.container),
                              sqlText(r.volume),
                              sqlText(r.issue),
                              sqlText(r.pages),
                              sqlText(r.doi),
                              sqlText(r.pmid),
                              sqlText(r.accession),
                              sqlText(r.isbn),
                              sqlText(r.url),
                              sqlText(r.keywords.join(newline)),
                              sqlText(r.language),
                              sqlText(r.country),
                              sqlText(r.publisher),
                              sqlText(r.notes),
                              sqlText(Normalise::title(r.title)),
                              sqlText(Normalise::doi(r.doi)),
                              sqlText(Normalise::authors(r.authors)),
                              QVariant(utcNow()),
                              QVariant(r.id)})
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

} // namespace evimap
