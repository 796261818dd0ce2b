#include "team/audittrail.h"

#include "core/csvrowwriter.h"
#include "project/project.h"
#include "team/auditwording.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace evimap {

QList<AuditEntry> AuditTrail::read(Project &project, qint64 recordId, int limit)
{
    QList<AuditEntry> entries;
    QSqlQuery q(project.database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT a.id, a.uuid, a.at, IFNULL(r.name, ''), IFNULL(r.initials, ''), a.action, "
        "a.entity, a.entity_uuid, IFNULL(a.record_id, 0), a.before, a.after, "
        "IFNULL(a.reviewer_id, 0) FROM audit_log a "
        "LEFT JOIN reviewer r ON r.id = a.reviewer_id");
    if (recordId > 0)
        sql += QStringLiteral(" WHERE a.record_id = ?");
    sql += QStringLiteral(" ORDER BY a.at, a.id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    q.prepare(sql);
    if (recordId > 0)
        q.addBindValue(recordId);
    if (limit > 0)
        q.addBindValue(limit);
    if (!q.exec())
        return entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.uuid = q.value(1).toString();
        e.at = q.value(2).toString();
        e.reviewer = q.value(3).toString();
        e.initials = q.value(4).toString();
        e.action = q.value(5).toString();
        e.entity = q.value(6).toString();
        e.entityUuid = q.value(7).toString();
        e.recordId = q.value(8).toLongLong();
        e.before = q.value(9).toString();
        e.after = q.value(10).toString();
        e.reviewerId = q.value(11).toLongLong();
        entries.append(e);
    }
    return entries;
}

QByteArray AuditTrail::toCsv(const QList<AuditEntry> &entries)
{
    return toCsv(entries, AuditNames());
}

QByteArray AuditTrail::toCsv(const QList<AuditEntry> &entries, const AuditNames &names)
{
    QString out = CsvRowWriter::row(
        {QStringLiteral("at"), QStringLiteral("reviewer"), QStringLiteral("initials"),
         QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("entity_uuid"),
         QStringLiteral("record"), QStringLiteral("before"), QStringLiteral("after"),
         QStringLiteral("local_time"), QStringLiteral("description"), QStringLiteral("changes")});
    for (const AuditEntry &e : entries)
        out += CsvRowWriter::row({e.at, e.reviewer, e.initials, e.action, e.entity, e.entityUuid,
                                  e.recordId > 0 ? QString::number(e.recordId) : QString(),
                                  e.before, e.after, AuditWording::localTime(e.at),
                                  AuditWording::sentence(e, names),
                                  AuditWording::changes(e, names).join(QStringLiteral("; "))});
    return CsvRowWriter::bom() + out.toUtf8();
}

} // namespace evimap
