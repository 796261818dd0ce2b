#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <cstdlib>

namespace evimap {

// Gives one connection a larger SQLite page cache for a bulk write (an import, a dedup run) and
// puts the old size back when it ends. With SQLite's default 2 MB, a transaction that grows
// several indexes at once (the record's random UUIDs above all) keeps evicting and re-reading
// pages; measured in docs/performance.md under Import.
class PageCacheScope final
{
public:
    PageCacheScope(QSqlDatabase db, int kibibytes)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toInt();
        // Negative values are KiB in SQLite's convention; positive ones are pages.
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-std::abs(kibibytes)));
    }
    ~PageCacheScope()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    PageCacheScope(const PageCacheScope &) = delete;
    PageCacheScope &operator=(const PageCacheScope &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -2000;
};

} // namespace evimap
