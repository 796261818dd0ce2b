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

QString CodingAudit::insertStatement()
{
    return QStringLiteral(
        "INSERT INTO audit_log(uuid, at, reviewer_id, action, entity, entity_uuid, "
        "record_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

Status CodingAudit::write(QSqlQuery &q) const
{
    q.bindValue(0, newUuid());
    q.bindValue(1, utcNow());
    q.bindValue(2,
                reviewerId > 0 ? QVariant(reviewerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(3, action);
    q.bindValue(4, sqlText(entity));
    q.bindValue(5, sqlText(entityUuid));
    q.bindValue(6, recordId > 0 ? QVariant(recordId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(7, sqlText(toText(before)));
    q.bindValue(8, sqlText(toText(after)));
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

Status CodingAudit::write(QSqlDatabase db) const
{
    QSqlQuery q(db);
    if (!q.prepare(insertStatement()))
        return failure(q.lastError().text());
    return write(q);
}

} // namespace evimap
