#include "coding/codebooksnapshot.h"

#include "project/project.h"
#include "team/auditlog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace evimap {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Codebook)
};

const char codeColumns[] =
    "id, uuid, parent_id, key, label, definition, colour, choice, position, retired, merged_into";
const char fieldColumns[] = "id, uuid, key, label, kind, choices, definition, position, retired";
const char codingColumns[] =
    "id, uuid, record_id, code_id, reviewer_id, quote, page, note, coded_at";
const char resultColumns[] =
    "id, uuid, record_id, code_id, quote, page, note, settled_by, settled_at";

Error sqlFailure(const QSqlQuery &q)
{
    return failure(q.lastError().text());
}

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

Result<CodebookSnapshot> CodebookSnapshot::take(Project &project, const QSet<qint64> &concerned)
{
    QSqlDatabase db = project.database();
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

Status CodebookSnapshot::restore(Project &project, const CodebookSnapshot &wanted,
                                 const CodebookSnapshot &expected, qint64 reviewerId,
                                 const QString &action, const QString &what)
{
    return project.writeTransaction([&]() -> Status {
        QSqlDatabase db = project.database();
        // Codes that did not exist have no codings, so either snapshot's rows hold over both
        // sets of codes.
        const QSet<qint64> concerned = wanted.concerned | expected.concerned;
        Result<CodebookSnapshot> now = take(project, concerned);
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
