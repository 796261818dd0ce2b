#include "team/copyvalidation.h"

#include "project/project.h"
#include "project/schema.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace evimap {

namespace {

// Problems of one kind are listed up to this many per table; the first ones say enough.
constexpr int listedPerTable = 5;

struct Column
{
    QString name;
    QString type;
};

QList<Column> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QList<Column> columns;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next())
            columns.append({q.value(1).toString(), q.value(2).toString().toUpper()});
    }
    return columns;
}

// The longest value a column may hold: numbers and ids are short whatever their type says.
qint64 lengthLimit(const QString &table, const Column &column)
{
    if (column.type != QLatin1String("TEXT"))
        return 100;
    if ((table == QLatin1String("record") && column.name == QLatin1String("raw_fields")) ||
        (table == QLatin1String("audit_log") &&
         (column.name == QLatin1String("before") || column.name == QLatin1String("after"))))
        return CopyValidation::maxLargeTextChars;
    return CopyValidation::maxTextChars;
}

bool isTime(const QString &column)
{
    return column == QLatin1String("at") || column.endsWith(QLatin1String("_at"));
}

} // namespace

QStringList CopyValidation::problems(Project &copy)
{
    QSqlDatabase db = copy.database();
    QStringList problems;
    auto listRows = [&](const QString &sql, const QVariantList &binds,
                        const std::function<QString(const QSqlQuery &)> &describe) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            problems << tr("the copy could not be read: %1").arg(q.lastError().text());
            return;
        }
        while (q.next())
            problems << describe(q);
    };

    const QString earliest = QStringLiteral("1970-01-01");
    const QString latest =
        QDateTime::currentDateTimeUtc().addDays(futureDays).toString(Qt::ISODateWithMs);
    QStringList tables = Schema::requiredTables();
    tables.removeAll(QStringLiteral("record_fts"));
    // One pass over each table: its rows with a value too long or a time out of range.
    for (const QString &table : std::as_const(tables)) {
        const QList<Column> columns = columnsOf(db, table);
        QStringList selected{QStringLiteral("rowid")};
        QStringList wrong;
        QVariantList binds;
        for (const Column &c : columns) {
            selected << QStringLiteral("length(%1)").arg(c.name);
            wrong << QStringLiteral("length(%1) > %2").arg(c.name).arg(lengthLimit(table, c));
            if (!isTime(c.name))
                continue;
            // Times are UTC ISO-8601 and sort as text (core/clock.h).
            const QString badTime =
                QStringLiteral("(%1 IS NOT NULL AND (%1 NOT GLOB "
                               "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*' OR %1 < ? OR %1 > ?))")
                    .arg(c.name);
            selected << badTime << QStringLiteral("substr(%1, 1, 40)").arg(c.name);
            wrong << badTime;
            binds << earliest << latest;
        }
        const QVariantList allBinds = binds + binds; // once in the columns, once in WHERE
        listRows(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT %4")
                .arg(selected.join(QStringLiteral(", ")), table, wrong.join(QStringLiteral(" OR ")))
                .arg(listedPerTable),
            allBinds, [&](const QSqlQuery &q) {
                QStringList found;
                int at = 1;
                for (const Column &c : columns) {
                    const qint64 limit = lengthLimit(table, c);
                    const qint64 length = q.value(at++).toLongLong();
                    if (length > limit)
                        found << tr("%1 holds %2 characters (at most %3)")
                                     .arg(c.name)
                                     .arg(length)
                                     .arg(limit);
                    if (!isTime(c.name))
                        continue;
                    const bool badTime = q.value(at++).toInt() != 0;
                    const QString value = q.value(at++).toString();
                    if (badTime)
                        found << tr("%1 is \"%2\", not a time between 1970 and a week from "
                                    "now (is that computer's clock right?)")
                                     .arg(c.name, value);
                }
                return tr("%1 row %2: %3")
                    .arg(table, q.value(0).toString(), found.join(QStringLiteral(", ")));
            });
    }
    listRows(QStringLiteral("SELECT rowid, length(fulltext) FROM record_fts WHERE "
                            "length(fulltext) > ? LIMIT %1")
                 .arg(listedPerTable),
             {qint64(maxFullTextChars)}, [&](const QSqlQuery &q) {
                 return tr("the text of the PDFs of record %1 holds %2 characters (at most %3)")
                     .arg(q.value(0).toString(), q.value(1).toString())
                     .arg(maxFullTextChars);
             });
    listRows(QStringLiteral("SELECT id, year FROM record WHERE year IS NOT NULL AND year <> 0 AND "
                            "(typeof(year) <> 'integer' OR year < 1000 OR year > 9999) LIMIT %1")
                 .arg(listedPerTable),
             {}, [&](const QSqlQuery &q) {
                 return tr("record row %1: the year %2 is not a year")
                     .arg(q.value(0).toString(), q.value(1).toString().left(40));
             });
    for (const QString &table : {QStringLiteral("coding"), QStringLiteral("coding_result")}) {
        listRows(QStringLiteral("SELECT id, page FROM %1 WHERE page IS NOT NULL AND "
                                "(typeof(page) <> 'integer' OR page < 1 OR page > ?) LIMIT %2")
                     .arg(table)
                     .arg(listedPerTable),
                 {maxPage}, [&](const QSqlQuery &q) {
                     return tr("%1 row %2: the page %3 is not a page number (1 to %4)")
                         .arg(table, q.value(0).toString(), q.value(1).toString().left(40))
                         .arg(maxPage);
                 });
    }
    listRows(QStringLiteral("SELECT id, page_count FROM attachment WHERE typeof(page_count) <> "
                            "'integer' OR page_count < 0 OR page_count > ? LIMIT %1")
                 .arg(listedPerTable),
             {maxPage}, [&](const QSqlQuery &q) {
                 return tr("attachment row %1: %2 is not a number of pages (0 to %3)")
                     .arg(q.value(0).toString(), q.value(1).toString().left(40))
                     .arg(maxPage);
             });
    return problems;
}

} // namespace evimap
