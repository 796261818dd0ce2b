#include "export/exportselectionstore.h"

#include "core/sqlfailure.h"
#include "project/project.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace evimap {

ExportSelectionStore::ExportSelectionStore(Project &project)
    : m_project(project)
{}

Result<QList<qint64>> ExportSelectionStore::recordIds(const QString &fts5Match,
                                                      const QString &includedAtStage,
                                                      bool includeDuplicates) const
{
    QString sql = QStringLiteral("SELECT r.id FROM record r");
    QStringList where;
    QVariantList binds;
    if (!fts5Match.isEmpty()) {
        where << QStringLiteral("r.id IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ?)");
        binds << fts5Match;
    }
    if (!includedAtStage.isEmpty()) {
        where << QStringLiteral("r.id IN (SELECT record_id FROM screening_result WHERE stage = ? "
                                "AND result = 'include')");
        binds << includedAtStage;
    }
    if (!includeDuplicates)
        where << QStringLiteral("r.duplicate_of IS NULL");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY r.id");
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return sqlFailure(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace evimap
