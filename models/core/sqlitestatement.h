#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace evimap {

// A prepared statement on the SQLite connection under a QSqlDatabase (the QSQLITE driver), for
// the statements that run once per imported record or read hundreds of thousands of rows.
// QSqlQuery::bindValue costs more than the insert itself there (a QVariant and a placeholder name
// per value, UTF-16 text that SQLite converts again); measured in docs/performance.md under Import.
// It takes part in the same transaction as the QSqlQuery statements on that connection.
class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds are 1-based, as in SQLite. A null QString binds '' (text columns are NOT NULL).
    void bind(int index, const QString &text);
    // UTF-8 bytes, not copied: they must stay unchanged until exec() or next() has run.
    void bindUtf8(int index, const QByteArray &utf8);
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Runs the statement and makes it ready for the next row.
    Status exec();
    // For a SELECT: steps to the next row; false at the end (the statement is then reset).
    Result<bool> next();
    qint64 int64At(int column) const;
    QString textAt(int column) const;
    qint64 lastInsertRowId() const;
    // Whether `db` is inside a transaction it opened (not in autocommit mode).
    static bool inTransaction(const QSqlDatabase &db);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
};

} // namespace evimap
