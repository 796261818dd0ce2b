#include "coding/codebookstore.h"

#include "core/clock.h"
#include "core/sqlfailure.h"
#include "core/sqltext.h"
#include "project/project.h"
#include "team/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace evimap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Codebook)
};

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString joinNotes(const QString &a, const QString &b)
{
    if (a.isEmpty() || a == b)
        return b.isEmpty() ? a : b;
    if (b.isEmpty())
        return a;
    return a + QLatin1String("; ") + b;
}

const char codeColumns[] =
    "id, uuid, parent_id, key, label, definition, colour, choice, position, retired, merged_into";
const char fieldColumns[] = "id, uuid, key, label, kind, choices, definition, position, retired";
const char codingColumns[] =
    "id, uuid, record_id, code_id, reviewer_id, quote, page, note, coded_at";
const char resultColumns[] =
    "id, uuid, record_id, code_id, quote, page, note, settled_by, settled_at";

// A set of ids as the JSON array the statements read with json_each (bound, not spliced).
QString jsonIds(const QSet<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    return QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']');
}

Result<QList<QVariantList>> rows(QSqlDatabase db, const QString &sql, const QVariant &bound = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (bound.isValid())
        q.addBindValue(bound);
    if (!q.exec())
        return sqlFailure(q);
    QList<QVariantList> list;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        list << row;
    }
    return list;
}

Status insertRows(QSqlDatabase db, const QString &table, const char *columns,
                  const QList<QVariantList> &list)
{
    if (list.isEmpty())
        return {};
    const int n = int(list.first().size());
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                  .arg(table, QLatin1String(columns), marks.join(QLatin1Char(','))));
    for (const QVariantList &row : list) {
        for (int i = 0; i < n; ++i)
            q.bindValue(i, row.at(i));
        if (!q.exec())
            return sqlFailure(q);
    }
    return {};
}

QSet<qint64> idsOf(const QList<QVariantList> &list)
{
    QSet<qint64> ids;
    for (const QVariantList &row : list)
        ids.insert(row.first().toLongLong());
    return ids;
}

} // namespace

CodebookStore::CodebookStore(Project &project)
    : m_project(project)
{}

QString CodebookStore::choicesJson(const QStringList &choices)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact));
}

Status CodebookStore::readAll(QList<Code> *codes, QList<ExtractionField> *fields) const
{
    QSqlQuery q(m_project.database());
    if (!q.exec(QStringLiteral("SELECT id, uuid, parent_id, key, label, definition, colour, "
                               "choice, position, retired, merged_into FROM code "
                               "ORDER BY position, id")))
        return sqlFailure(q);
    while (q.next()) {
        Code c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.parentId = q.value(2).toLongLong();
        c.key = q.value(3).toString();
        c.label = q.value(4).toString();
        c.definition = q.value(5).toString();
        c.colour = q.value(6).toString();
        c.choice = q.value(7).toString();
        c.position = q.value(8).toInt();
        c.retired = q.value(9).toInt() != 0;
        c.mergedInto = q.value(10).toLongLong();
        codes->append(c);
    }
    if (!q.exec(QStringLiteral("SELECT id, uuid, key, label, kind, choices, definition, "
                               "position, retired FROM extraction_field ORDER BY position, id")))
        return sqlFailure(q);
    while (q.next()) {
        ExtractionField f;
        f.id = q.value(0).toLongLong();
        f.uuid = q.value(1).toString();
        f.key = q.value(2).toString();
        f.label = q.value(3).toString();
        f.kind = q.value(4).toString();
        const QJsonArray choices = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
        for (const QJsonValue &choice : choices)
            f.choices.append(choice.toString());
        f.definition = q.value(6).toString();
        f.position = q.value(7).toInt();
        f.retired = q.value(8).toInt() != 0;
        fields->append(f);
    }
    return {};
}

QHash<qint64, int> CodebookStore::codingCounts() const
{
    QHash<qint64, int> counts;
    QSqlQuery q(m_project.database());
    if (q.exec(QStringLiteral("SELECT code_id, count(*) FROM coding GROUP BY code_id"))) {
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return counts;
}

void CodebookStore::countCodingsBelow(qint64 id, int *codings, int *coders) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT c.id FROM code c JOIN tree t "
        "ON c.parent_id = t.id) SELECT count(*), count(DISTINCT reviewer_id) FROM coding "
        "WHERE code_id IN (SELECT id FROM tree)"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        *codings = q.value(0).toInt();
        *coders = q.value(1).toInt();
    }
}

QSet<QString> CodebookStore::siblingKeys(qint64 parentId, qint64 exceptId) const
{
    QSet<QString> taken;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT key FROM code WHERE parent_id IS ? AND id <> ?"));
    q.addBindValue(nullableId(parentId));
    q.addBindValue(exceptId);
    if (q.exec()) {
        while (q.next())
            taken.insert(q.value(0).toString());
    }
    return taken;
}

QList<CodebookStore::Assignment> CodebookStore::assignments() const
{
    QList<Assignment> list;
    QSqlQuery q(m_project.database());
    if (!q.exec(QStringLiteral("SELECT record_id, reviewer_id, code_id FROM coding "
                               "UNION ALL SELECT record_id, 0, code_id FROM coding_result")))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return list;
}

QStringList CodebookStore::fieldValues(qint64 fieldId) const
{
    QStringList values;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT value FROM extraction_value WHERE field_id = ?"));
    q.addBindValue(fieldId);
    if (q.exec()) {
        while (q.next())
            values.append(q.value(0).toString());
    }
    return values;
}

Result<std::optional<Code>> CodebookStore::storedText(qint64 id) const
{
    QSqlQuery q(m_project.database());
    q.prepare(
        QStringLiteral("SELECT label, key, definition, colour, choice FROM code WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<Code>();
    Code c;
    c.id = id;
    c.label = q.value(0).toString();
    c.key = q.value(1).toString();
    c.definition = q.value(2).toString();
    c.colour = q.value(3).toString();
    c.choice = q.value(4).toString();
    return std::optional<Code>(c);
}

Result<QList<Code>> CodebookStore::storedChildren(qint64 parentId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT id, key, label, definition, colour, choice FROM code "
                             "WHERE parent_id IS ?"));
    q.addBindValue(nullableId(parentId));
    if (!q.exec())
        return sqlFailure(q);
    QList<Code> list;
    while (q.next()) {
        Code c;
        c.id = q.value(0).toLongLong();
        c.key = q.value(1).toString();
        c.label = q.value(2).toString();
        c.definition = q.value(3).toString();
        c.colour = q.value(4).toString();
        c.choice = q.value(5).toString();
        c.parentId = parentId;
        list.append(c);
    }
    return list;
}

Result<std::optional<CodebookStore::StoredField>>
CodebookStore::storedField(const QString &key) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT id, label, kind, choices, definition FROM extraction_field "
                             "WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<StoredField>();
    return std::optional<StoredField>(StoredField{q.value(0).toLongLong(), q.value(1).toString(),
                                                  q.value(2).toString(), q.value(3).toString(),
                                                  q.value(4).toString()});
}

Status CodebookStore::countCodings(qint64 id, int *codings, int *results) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM coding WHERE code_id = ?), "
                             "(SELECT count(*) FROM coding_result WHERE code_id = ?)"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    *codings = q.value(0).toInt();
    *results = q.value(1).toInt();
    return {};
}

Result<QString> CodebookStore::uuidOf(qint64 id) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT uuid FROM code WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    return q.value(0).toString();
}

Result<int> CodebookStore::nextPosition(qint64 parentId)
{
    QSqlQuery q(m_project.database());
    q.prepare(
        QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM code WHERE parent_id IS ?"));
    q.addBindValue(nullableId(parentId));
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    return q.value(0).toInt();
}

Result<qint64> CodebookStore::insertCode(const Code &c)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("INSERT INTO code(uuid, parent_id, key, label, definition, colour, "
                             "choice, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.uuid);
    q.addBindValue(nullableId(c.parentId));
    q.addBindValue(c.key);
    q.addBindValue(c.label);
    q.addBindValue(sqlText(c.definition));
    q.addBindValue(sqlText(c.colour));
    q.addBindValue(c.choice);
    q.addBindValue(c.position);
    if (!q.exec())
        return sqlFailure(q);
    return q.lastInsertId().toLongLong();
}

Status CodebookStore::updateText(const Code &c)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE code SET label = ?, key = ?, definition = ?, colour = ?, "
                             "choice = ? WHERE id = ?"));
    q.addBindValue(c.label);
    q.addBindValue(c.key);
    q.addBindValue(sqlText(c.definition));
    q.addBindValue(sqlText(c.colour));
    q.addBindValue(c.choice);
    q.addBindValue(c.id);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CodebookStore::updateTemplateText(qint64 id, const QString &label, const QString &definition,
                                         const QString &colour, const QString &choice)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE code SET label = ?, definition = ?, colour = ?, "
                             "choice = ? WHERE id = ?"));
    q.addBindValue(label);
    q.addBindValue(sqlText(definition));
    q.addBindValue(sqlText(colour));
    q.addBindValue(choice);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CodebookStore::setParent(qint64 id, qint64 parentId, const QString &key)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE code SET parent_id = ?, key = ? WHERE id = ?"));
    q.addBindValue(nullableId(parentId));
    q.addBindValue(key);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CodebookStore::setPosition(qint64 id, int position)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE code SET position = ? WHERE id = ?"));
    q.addBindValue(position);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CodebookStore::setParentAndPosition(qint64 id, qint64 parentId, int position,
                                           const QString &key)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE code SET parent_id = ?, position = ?, key = ? WHERE id = ?"));
    q.addBindValue(parentId);
    q.addBindValue(position);
    q.addBindValue(key);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CodebookStore::shiftPositions(qint64 parentId, int position, int by)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE code SET position = position + ? "
                             "WHERE parent_id = ? AND position > ?"));
    q.addBindValue(by);
    q.addBindValue(parentId);
    q.addBindValue(position);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CodebookStore::markMerged(qint64 sourceId, qint64 targetId)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE code SET retired = 1, merged_into = ? WHERE id = ?"));
    q.addBindValue(targetId);
    q.addBindValue(sourceId);
    if (!q.exec())
        return sqlFailure(q);
    q.prepare(QStringLiteral("UPDATE code SET merged_into = ? WHERE merged_into = ?"));
    q.addBindValue(targetId);
    q.addBindValue(sourceId);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CodebookStore::setRetired(qint64 id, bool retired)
{
    QSqlQuery q(m_project.database());
    q.prepare(retired
                  ? QStringLiteral("UPDATE code SET retired = 1 WHERE id = ?")
                  : QStringLiteral("UPDATE code SET retired = 0, merged_into = NULL WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Result<int> CodebookStore::nextFieldPosition()
{
    QSqlQuery q(m_project.database());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM extraction_field")) ||
        !q.next())
        return sqlFailure(q);
    return q.value(0).toInt();
}

Result<qint64> CodebookStore::insertField(const ExtractionField &f)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("INSERT INTO extraction_field(uuid, key, label, kind, choices, "
                             "definition, position) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(f.uuid);
    q.addBindValue(f.key);
    q.addBindValue(f.label);
    q.addBindValue(f.kind);
    q.addBindValue(choicesJson(f.choices));
    q.addBindValue(sqlText(f.definition));
    q.addBindValue(f.position);
    if (!q.exec())
        return sqlFailure(q);
    return q.lastInsertId().toLongLong();
}

Status CodebookStore::updateField(const ExtractionField &f)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE extraction_field SET key = ?, label = ?, kind = ?, "
                             "choices = ?, definition = ? WHERE id = ?"));
    q.addBindValue(f.key);
    q.addBindValue(f.label);
    q.addBindValue(f.kind);
    q.addBindValue(choicesJson(f.choices));
    q.addBindValue(sqlText(f.definition));
    q.addBindValue(f.id);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CodebookStore::updateTemplateField(qint64 id, const QString &label,
                                          const QStringList &choices, const QString &definition)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE extraction_field SET label = ?, choices = ?, "
                             "definition = ? WHERE id = ?"));
    q.addBindValue(label);
    q.addBindValue(choicesJson(choices));
    q.addBindValue(sqlText(definition));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CodebookStore::setFieldRetired(qint64 id, bool retired)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("UPDATE extraction_field SET retired = ? WHERE id = ?"));
    q.addBindValue(retired ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CodebookStore::moveCodings(bool results, qint64 source, qint64 target, int *moved)
{
    QSqlDatabase db = m_project.database();
    const QString table = results ? QStringLiteral("coding_result") : QStringLiteral("coding");
    const QString owner = results ? QStringLiteral("0") : QStringLiteral("reviewer_id");
    QSqlQuery rows(db);
    rows.prepare(QStringLiteral("SELECT id, record_id, %1, quote, page, note FROM %2 "
                                "WHERE code_id = ?")
                     .arg(owner, table));
    rows.addBindValue(source);
    if (!rows.exec())
        return sqlFailure(rows);
    QSqlQuery q(db);
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const qint64 record = rows.value(1).toLongLong();
        const qint64 reviewer = rows.value(2).toLongLong();
        ++*moved;
        if (results) {
            q.prepare(QStringLiteral("SELECT id, quote, page, note FROM coding_result "
                                     "WHERE record_id = ? AND code_id = ?"));
            q.addBindValue(record);
            q.addBindValue(target);
        } else {
            q.prepare(QStringLiteral("SELECT id, quote, page, note FROM coding "
                                     "WHERE record_id = ? AND code_id = ? AND reviewer_id = ?"));
            q.addBindValue(record);
            q.addBindValue(target);
            q.addBindValue(reviewer);
        }
        if (!q.exec())
            return sqlFailure(q);
        if (!q.next()) {
            q.prepare(QStringLiteral("UPDATE %1 SET code_id = ? WHERE id = ?").arg(table));
            q.addBindValue(target);
            q.addBindValue(id);
            if (!q.exec())
                return sqlFailure(q);
            continue;
        }
        const qint64 targetRow = q.value(0).toLongLong();
        const QString quote =
            q.value(1).toString().isEmpty() ? rows.value(3).toString() : q.value(1).toString();
        const QVariant page = q.value(2).isNull() ? rows.value(4) : q.value(2);
        const QString note = joinNotes(q.value(3).toString(), rows.value(5).toString());
        q.prepare(
            QStringLiteral("UPDATE %1 SET quote = ?, page = ?, note = ? WHERE id = ?").arg(table));
        q.addBindValue(sqlText(quote));
        q.addBindValue(page);
        q.addBindValue(sqlText(note));
        q.addBindValue(targetRow);
        if (!q.exec())
            return sqlFailure(q);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        if (!q.exec())
            return sqlFailure(q);
    }
    return {};
}

Status CodebookStore::copyCodings(bool results, qint64 source, qint64 target, int *copied)
{
    QSqlDatabase db = m_project.database();
    QSqlQuery rows(db);
    rows.prepare(results ? QStringLiteral("SELECT record_id, quote, page, note, settled_by, "
                                          "settled_at FROM coding_result WHERE code_id = ?")
                         : QStringLiteral("SELECT record_id, quote, page, note, reviewer_id, "
                                          "coded_at FROM coding WHERE code_id = ?"));
    rows.addBindValue(source);
    if (!rows.exec())
        return sqlFailure(rows);
    QSqlQuery q(db);
    q.prepare(results ? QStringLiteral("INSERT INTO coding_result(uuid, record_id, code_id, quote, "
                                       "page, note, settled_by, settled_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                      : QStringLiteral("INSERT INTO coding(uuid, record_id, code_id, quote, page, "
                                       "note, reviewer_id, coded_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    while (rows.next()) {
        q.addBindValue(newUuid());
        q.addBindValue(rows.value(0));
        q.addBindValue(target);
        q.addBindValue(sqlText(rows.value(1).toString()));
        q.addBindValue(rows.value(2));
        q.addBindValue(sqlText(rows.value(3).toString()));
        q.addBindValue(rows.value(4));
        q.addBindValue(rows.value(5));
        if (!q.exec())
            return sqlFailure(q);
        ++*copied;
    }
    return {};
}

Result<CodebookSnapshot> CodebookStore::snapshot(const QSet<qint64> &concerned) const
{
    QSqlDatabase db = m_project.database();
    CodebookSnapshot s;
    s.concerned = concerned;
    const QString ids = jsonIds(concerned);
    Result<QList<QVariantList>> codes =
        rows(db, QStringLiteral("SELECT %1 FROM code ORDER BY id").arg(QLatin1String(codeColumns)));
    if (!codes)
        return codes.error();
    Result<QList<QVariantList>> fields =
        rows(db, QStringLiteral("SELECT %1 FROM extraction_field ORDER BY id")
                     .arg(QLatin1String(fieldColumns)));
    if (!fields)
        return fields.error();
    Result<QList<QVariantList>> codings =
        rows(db,
             QStringLiteral("SELECT %1 FROM coding WHERE code_id IN (SELECT value FROM "
                            "json_each(?)) ORDER BY id")
                 .arg(QLatin1String(codingColumns)),
             ids);
    if (!codings)
        return codings.error();
    Result<QList<QVariantList>> results =
        rows(db,
             QStringLiteral("SELECT %1 FROM coding_result WHERE code_id IN (SELECT value FROM "
                            "json_each(?)) ORDER BY id")
                 .arg(QLatin1String(resultColumns)),
             ids);
    if (!results)
        return results.error();
    s.codes = *codes;
    s.fields = *fields;
    s.codings = *codings;
    s.results = *results;
    return s;
}

Status CodebookStore::restore(const CodebookSnapshot &wanted, const CodebookSnapshot &expected,
                              qint64 reviewerId, const QString &action, const QString &what)
{
    return m_project.writeTransaction([&]() -> Status {
        QSqlDatabase db = m_project.database();
        // Codes that did not exist have no codings, so either snapshot's rows hold over both
        // sets of codes.
        const QSet<qint64> concerned = wanted.concerned | expected.concerned;
        Result<CodebookSnapshot> now = snapshot(concerned);
        if (!now)
            return now.error();
        if (!(*now == expected))
            return Error{Error::Kind::Conflict,
                         Tr::tr("the codebook changed since (in another window or another "
                                "EviMap), so \"%1\" was left as it is")
                             .arg(what)};
        QSqlQuery q(db);
        // Codes: drop those the wanted state lacks (their codings go with them), add the
        // missing ones without links first, then give every code its wanted values.
        const QSet<qint64> wantedCodes = idsOf(wanted.codes);
        for (qint64 id : idsOf(now->codes) - wantedCodes) {
            q.prepare(QStringLiteral("DELETE FROM code WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                return sqlFailure(q);
        }
        const QSet<qint64> present = idsOf(now->codes);
        for (const QVariantList &row : wanted.codes) {
            if (present.contains(row.first().toLongLong()))
                continue;
            q.prepare(QStringLiteral("INSERT INTO code(id, uuid, label) VALUES (?, ?, ?)"));
            q.addBindValue(row.at(0));
            q.addBindValue(row.at(1));
            q.addBindValue(row.at(4));
            if (!q.exec())
                return sqlFailure(q);
        }
        q.prepare(QStringLiteral("UPDATE code SET uuid = ?, parent_id = ?, key = ?, label = ?, "
                                 "definition = ?, colour = ?, choice = ?, position = ?, "
                                 "retired = ?, merged_into = ? WHERE id = ?"));
        for (const QVariantList &row : wanted.codes) {
            for (int i = 1; i < row.size(); ++i)
                q.bindValue(i - 1, row.at(i));
            q.bindValue(int(row.size()) - 1, row.at(0));
            if (!q.exec())
                return sqlFailure(q);
        }
        // Extraction fields: as wanted (their values are not touched).
        q.prepare(QStringLiteral(
            "DELETE FROM extraction_field WHERE id NOT IN (SELECT value FROM json_each(?))"));
        q.addBindValue(jsonIds(idsOf(wanted.fields)));
        if (!q.exec())
            return sqlFailure(q);
        for (const QVariantList &row : wanted.fields) {
            q.prepare(QStringLiteral("INSERT INTO extraction_field(%1) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                                     "uuid = excluded.uuid, key = excluded.key, label = "
                                     "excluded.label, kind = excluded.kind, choices = "
                                     "excluded.choices, definition = excluded.definition, "
                                     "position = excluded.position, retired = excluded.retired")
                          .arg(QLatin1String(fieldColumns)));
            for (int i = 0; i < row.size(); ++i)
                q.bindValue(i, row.at(i));
            if (!q.exec())
                return sqlFailure(q);
        }
        // The codings of the codes concerned: as wanted.
        for (const char *table : {"coding", "coding_result"}) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE code_id IN (SELECT value FROM "
                                     "json_each(?))")
                          .arg(QLatin1String(table)));
            q.addBindValue(jsonIds(concerned));
            if (!q.exec())
                return sqlFailure(q);
        }
        if (Status s = insertRows(db, QStringLiteral("coding"), codingColumns, wanted.codings); !s)
            return s;
        if (Status s =
                insertRows(db, QStringLiteral("coding_result"), resultColumns, wanted.results);
            !s)
            return s;
        AuditChange audit;
        audit.action = action;
        audit.entity = QStringLiteral("code");
        audit.reviewerId = reviewerId;
        audit.after = QJsonObject{{QStringLiteral("change"), what}};
        return AuditLog::record(db, audit);
    });
}

} // namespace evimap
