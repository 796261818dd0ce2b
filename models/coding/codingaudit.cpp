#include "coding/codingaudit.h"

#include "core/clock.h"
#include "core/sqltext.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {
QString toText(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Status CodingAudit::write(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log(uuid, at, reviewer_id, action, entity, "
                             "entity_uuid, record_id, before, after) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(utcNow());
    q.addBindValue(reviewerId > 0 ? QVariant(reviewerId)
                                  : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(action);
    q.addBindValue(sqlText(entity));
    q.addBindValue(sqlText(entityUuid));
    q.addBindValue(recordId > 0 ? QVariant(recordId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sqlText(toText(before)));
    q.addBindValue(sqlText(toText(after)));
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

} // namespace evimap
