#include "screening/exclusionreasonstore.h"

#include "core/clock.h"
#include "core/sqlfailure.h"
#include "project/project.h"
#include "team/auditlog.h"
#include "team/roles.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace evimap {

namespace {

Error usage(const QString &message)
{
    return Error{Error::Kind::Usage, message};
}

ExclusionReason reasonFrom(const QSqlQuery &q)
{
    ExclusionReason r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.label = q.value(2).toString();
    r.position = q.value(3).toInt();
    r.retired = q.value(4).toBool();
    return r;
}

} // namespace

ExclusionReasonStore::ExclusionReasonStore(Project &project)
    : m_project(project)
{}

Status ExclusionReasonStore::requireLead(qint64 reviewerId) const
{
    return Roles::require(m_project, reviewerId, Work::Lead, tr("edit the exclusion reasons"));
}

QString ExclusionReasonStore::label(qint64 id) const
{
    if (id <= 0)
        return {};
    const std::optional<ExclusionReason> r = reason(id);
    return r ? r->label : QString();
}

QList<ExclusionReason> ExclusionReasonStore::reasons(bool includeRetired) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT id, uuid, label, position, retired FROM exclusion_reason%1 "
                             "ORDER BY retired, position, id")
                  .arg(includeRetired ? QString() : QStringLiteral(" WHERE retired = 0")));
    QList<ExclusionReason> list;
    if (q.exec()) {
        while (q.next())
            list.append(reasonFrom(q));
    }
    return list;
}

std::optional<ExclusionReason> ExclusionReasonStore::reason(qint64 id) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral(
        "SELECT id, uuid, label, position, retired FROM exclusion_reason WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return reasonFrom(q);
    return std::nullopt;
}

std::optional<ExclusionReason> ExclusionReasonStore::findReason(const QString &labelOrNumber) const
{
    const QString wanted = labelOrNumber.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    const QList<ExclusionReason> active = reasons(false);
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= active.size() ? std::optional(active.at(number - 1))
                                                      : std::nullopt;
    for (const ExclusionReason &r : active) {
        if (r.label.compare(wanted, Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

Result<ExclusionReason> ExclusionReasonStore::addReason(const QString &label, qint64 reviewerId)
{
    const QString text = label.simplified();
    if (text.isEmpty())
        return usage(tr("an exclusion reason needs a label"));
    bool isNumber = false;
    text.toInt(&isNumber);
    if (isNumber)
        return usage(tr("an exclusion reason cannot be a bare number (numbers pick reasons)"));
    if (Status s = requireLead(reviewerId); !s)
        return s.error();
    for (const ExclusionReason &r : reasons(true)) {
        if (r.label.compare(text, Qt::CaseInsensitive) == 0)
            return usage(r.retired ? tr("the exclusion reason \"%1\" exists (retired)").arg(r.label)
                                   : tr("the exclusion reason \"%1\" exists").arg(r.label));
    }
    ExclusionReason added;
    added.uuid = newUuid();
    added.label = text;
    Status s = m_project.writeTransaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        if (!q.exec(
                QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM exclusion_reason")) ||
            !q.next())
            return sqlFailure(q);
        added.position = q.value(0).toInt();
        q.prepare(QStringLiteral(
            "INSERT INTO exclusion_reason(uuid, label, position, retired) VALUES (?, ?, ?, 0)"));
        q.addBindValue(added.uuid);
        q.addBindValue(added.label);
        q.addBindValue(added.position);
        if (!q.exec())
            return sqlFailure(q);
        added.id = q.lastInsertId().toLongLong();
        return AuditLog::record(
            m_project.database(),
            AuditChange{QStringLiteral("screening.reason.add"), QStringLiteral("exclusion_reason"),
                        added.uuid, reviewerId, 0, QJsonObject(),
                        QJsonObject({{QStringLiteral("label"), added.label}}), QString()});
    });
    if (!s)
        return s.error();
    return added;
}

Status ExclusionReasonStore::renameReason(qint64 id, const QString &label, qint64 reviewerId)
{
    const QString text = label.simplified();
    if (text.isEmpty())
        return usage(tr("an exclusion reason needs a label"));
    if (Status s = requireLead(reviewerId); !s)
        return s;
    const std::optional<ExclusionReason> r = reason(id);
    if (!r)
        return usage(tr("there is no exclusion reason %1").arg(id));
    return m_project.writeTransaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("UPDATE exclusion_reason SET label = ? WHERE id = ?"));
        q.addBindValue(text);
        q.addBindValue(id);
        if (!q.exec())
            return sqlFailure(q);
        return AuditLog::record(m_project.database(),
                                AuditChange{QStringLiteral("screening.reason.rename"),
                                            QStringLiteral("exclusion_reason"), r->uuid, reviewerId,
                                            0, QJsonObject({{QStringLiteral("label"), r->label}}),
                                            QJsonObject({{QStringLiteral("label"), text}}),
                                            QString()});
    });
}

Status ExclusionReasonStore::moveReason(qint64 id, int position, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s;
    QList<ExclusionReason> active = reasons(false);
    const qsizetype from = std::find_if(active.cbegin(), active.cend(),
                                        [id](const ExclusionReason &r) { return r.id == id; }) -
                           active.cbegin();
    if (from >= active.size())
        return usage(tr("there is no active exclusion reason %1").arg(id));
    const qsizetype to = std::clamp<qsizetype>(position, 0, active.size() - 1);
    active.move(from, to);
    return m_project.writeTransaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("UPDATE exclusion_reason SET position = ? WHERE id = ?"));
        for (qsizetype i = 0; i < active.size(); ++i) {
            q.bindValue(0, int(i + 1));
            q.bindValue(1, active.at(i).id);
            if (!q.exec())
                return sqlFailure(q);
        }
        return AuditLog::record(
            m_project.database(),
            AuditChange{QStringLiteral("screening.reason.move"), QStringLiteral("exclusion_reason"),
                        active.at(to).uuid, reviewerId, 0,
                        QJsonObject({{QStringLiteral("position"), int(from + 1)}}),
                        QJsonObject({{QStringLiteral("position"), int(to + 1)}}), QString()});
    });
}

Status ExclusionReasonStore::retireReason(qint64 id, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s;
    const std::optional<ExclusionReason> r = reason(id);
    if (!r)
        return usage(tr("there is no exclusion reason %1").arg(id));
    if (r->retired)
        return {};
    return m_project.writeTransaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("UPDATE exclusion_reason SET retired = 1 WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlFailure(q);
        return AuditLog::record(m_project.database(),
                                AuditChange{QStringLiteral("screening.reason.retire"),
                                            QStringLiteral("exclusion_reason"), r->uuid, reviewerId,
                                            0,
                                            QJsonObject({{QStringLiteral("label"), r->label},
                                                         {QStringLiteral("retired"), false}}),
                                            QJsonObject({{QStringLiteral("label"), r->label},
                                                         {QStringLiteral("retired"), true}}),
                                            QString()});
    });
}

} // namespace evimap
