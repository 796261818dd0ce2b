#include "team/auditlog.h"

#include "core/clock.h"
#include "core/sqltext.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace evimap {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Compact JSON; an empty object is an empty text, as the column's default.
QString jsonText(const QJsonObject &object)
{
    return object.isEmpty()
               ? QStringLiteral("")
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db)
    : m_insert(db)
{
    m_insert.prepare(QStringLiteral(
        "INSERT INTO audit_log(uuid, at, reviewer_id, action, entity, entity_uuid, record_id, "
        "before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

Status AuditLog::record(const AuditChange &change)
{
    m_insert.bindValue(0, change.uuid.isEmpty() ? newUuid() : change.uuid);
    m_insert.bindValue(1, utcNow());
    m_insert.bindValue(2, idOrNull(change.reviewerId));
    m_insert.bindValue(3, change.action);
    m_insert.bindValue(4, sqlText(change.entity));
    m_insert.bindValue(5, sqlText(change.entityUuid));
    m_insert.bindValue(6, idOrNull(change.recordId));
    m_insert.bindValue(7, jsonText(change.before));
    m_insert.bindValue(8, jsonText(change.after));
    if (!m_insert.exec())
        return failure(tr("writing the audit log failed: %1").arg(m_insert.lastError().text()));
    return {};
}

Status AuditLog::record(QSqlDatabase db, const AuditChange &change)
{
    return AuditLog(std::move(db)).record(change);
}

} // namespace evimap
