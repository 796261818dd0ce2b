#include "records/recorddeletion.h"

#include "project/project.h"
#include "team/auditlog.h"
#include "team/roles.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace evimap {

Status RecordDeletion::remove(Project &project, const QList<qint64> &recordIds, qint64 reviewerId)
{
    if (Status s = Roles::require(project, reviewerId, Work::Lead, tr("delete records")); !s)
        return s;
    return project.writeTransaction([&]() -> Status {
        QSqlDatabase db = project.database();
        AuditLog audit(db);
        for (const qint64 id : recordIds) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT uuid, title, authors, year, doi, pmid, "
                               "(SELECT count(*) FROM screening_decision WHERE record_id = r.id), "
                               "(SELECT count(*) FROM coding WHERE record_id = r.id), "
                               "(SELECT count(*) FROM attachment WHERE record_id = r.id) "
                               "FROM record r WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                return failure(q.lastError().text());
            if (!q.next())
                return Error{Error::Kind::Usage, tr("there is no record %1").arg(id)};
            const QString uuid = q.value(0).toString();
            const QJsonObject before{{QStringLiteral("id"), id},
                                     {QStringLiteral("title"), q.value(1).toString()},
                                     {QStringLiteral("authors"), q.value(2).toString()},
                                     {QStringLiteral("year"), q.value(3).toInt()},
                                     {QStringLiteral("doi"), q.value(4).toString()},
                                     {QStringLiteral("pmid"), q.value(5).toString()},
                                     {QStringLiteral("decisions"), q.value(6).toInt()},
                                     {QStringLiteral("codings"), q.value(7).toInt()},
                                     {QStringLiteral("attachments"), q.value(8).toInt()}};
            q.prepare(QStringLiteral("DELETE FROM record WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                return failure(q.lastError().text());
            // record_id stays empty: the record is gone, its UUID says which one it was.
            AuditChange change;
            change.action = QStringLiteral("record.delete");
            change.entity = QStringLiteral("record");
            change.entityUuid = uuid;
            change.reviewerId = reviewerId;
            change.before = before;
            if (Status s = audit.record(change); !s)
                return s;
        }
        return {};
    });
}

} // namespace evimap
