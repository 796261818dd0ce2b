#include "records/tagstore.h"

#include "core/clock.h"
#include "core/sqlfailure.h"
#include "project/project.h"
#include "team/auditlog.h"
#include "team/blinding.h"
#include "team/roles.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

Status audit(AuditLog &log, const char *action, const char *entity, const QString &uuid, qint64 who,
             qint64 recordId, const QJsonObject &before, const QJsonObject &after)
{
    AuditChange change;
    change.action = QLatin1String(action);
    change.entity = QLatin1String(entity);
    change.entityUuid = uuid;
    change.reviewerId = who;
    change.recordId = recordId;
    change.before = before;
    change.after = after;
    return log.record(change);
}

} // namespace

TagStore::TagStore(Project &project, qint64 viewerId)
    : m_project(project)
    , m_viewerId(viewerId)
{}

qint64 TagStore::writerId() const
{
    return m_viewerId > 0 ? m_viewerId : 0;
}

bool TagStore::seesAll() const
{
    return Blinding(m_project, m_viewerId).seesAllScreening();
}

Result<QString> TagStore::checkedName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error{Error::Kind::Usage, tr("A tag needs a name.")};
    if (trimmed.size() > 80)
        return Error{Error::Kind::Usage, tr("A tag's name has at most 80 characters.")};
    return trimmed;
}

Result<QList<TagCount>> TagStore::tags() const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    const bool all = seesAll();
    q.prepare(QStringLiteral("SELECT t.name, COUNT(DISTINCT rt.record_id) FROM tag t JOIN "
                             "record_tag rt ON rt.tag_id = t.id JOIN record r ON r.id = "
                             "rt.record_id AND r.duplicate_of IS NULL%1 GROUP BY t.id ORDER BY "
                             "t.name COLLATE NOCASE")
                  .arg(all ? QString() : QStringLiteral(" WHERE rt.reviewer_id IS ?")));
    if (!all)
        q.addBindValue(m_viewerId > 0 ? QVariant(m_viewerId)
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return sqlFailure(q);
    QList<TagCount> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toInt()});
    return list;
}

QStringList TagStore::tagsOf(qint64 recordId) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    const bool all = seesAll();
    q.prepare(QStringLiteral("SELECT DISTINCT t.name FROM tag t JOIN record_tag rt ON rt.tag_id "
                             "= t.id WHERE rt.record_id = ?%1 ORDER BY t.name COLLATE NOCASE")
                  .arg(all ? QString() : QStringLiteral(" AND rt.reviewer_id IS ?")));
    q.addBindValue(recordId);
    if (!all)
        q.addBindValue(m_viewerId > 0 ? QVariant(m_viewerId)
                                      : QVariant(QMetaType(QMetaType::LongLong)));
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

Result<int> TagStore::add(const QList<qint64> &recordIds, const QString &name,
                          QList<qint64> *changed)
{
    const Result<QString> checked = checkedName(name);
    if (!checked)
        return checked.error();
    if (Status s = Roles::require(m_project, writerId(), Work::Own, tr("tag records")); !s)
        return s.error();
    int tagged = 0;
    QList<qint64> tagIds;
    const qint64 who = writerId();
    const QVariant whoValue = who > 0 ? QVariant(who) : QVariant(QMetaType(QMetaType::LongLong));
    Status s = m_project.writeTransaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("SELECT id, uuid, name FROM tag WHERE name = ?"));
        q.addBindValue(*checked);
        if (!q.exec())
            return sqlFailure(q);
        qint64 tagId = 0;
        QString tagUuid;
        QString tagName = *checked;
        AuditLog log(m_project.database());
        if (q.next()) {
            tagId = q.value(0).toLongLong();
            tagUuid = q.value(1).toString();
            tagName = q.value(2).toString(); // as first written
        } else {
            tagUuid = newUuid();
            q.prepare(QStringLiteral("INSERT INTO tag (uuid, name, created_at) VALUES (?, ?, ?)"));
            q.addBindValue(tagUuid);
            q.addBindValue(tagName);
            q.addBindValue(utcNow());
            if (!q.exec())
                return sqlFailure(q);
            tagId = q.lastInsertId().toLongLong();
            if (Status st = audit(log, "tag.create", "tag", tagUuid, who, 0, {},
                                  QJsonObject{{QStringLiteral("name"), tagName}});
                !st)
                return st;
        }
        QSqlQuery exists(m_project.database());
        exists.prepare(QStringLiteral("SELECT 1 FROM record_tag WHERE record_id = ? AND tag_id = ? "
                                      "AND reviewer_id IS ?"));
        QSqlQuery insert(m_project.database());
        insert.prepare(QStringLiteral("INSERT INTO record_tag (uuid, record_id, tag_id, "
                                      "reviewer_id, created_at) VALUES (?, ?, ?, ?, ?)"));
        for (qint64 recordId : recordIds) {
            exists.addBindValue(recordId);
            exists.addBindValue(tagId);
            exists.addBindValue(whoValue);
            if (!exists.exec())
                return sqlFailure(exists);
            if (exists.next())
                continue;
            const QString uuid = newUuid();
            insert.addBindValue(uuid);
            insert.addBindValue(recordId);
            insert.addBindValue(tagId);
            insert.addBindValue(whoValue);
            insert.addBindValue(utcNow());
            if (!insert.exec())
                return Error{Error::Kind::Usage, tr("Record %1 cannot be tagged: %2")
                                                     .arg(recordId)
                                                     .arg(insert.lastError().text())};
            if (Status st = audit(log, "record.tag", "record_tag", uuid, who, recordId, {},
                                  QJsonObject{{QStringLiteral("tag"), tagName}});
                !st)
                return st;
            ++tagged;
            tagIds.append(recordId);
        }
        return {};
    });
    if (!s)
        return s.error();
    if (changed)
        *changed = tagIds;
    return tagged;
}

Result<int> TagStore::remove(const QList<qint64> &recordIds, const QString &name,
                             QList<qint64> *changed)
{
    const Result<QString> checked = checkedName(name);
    if (!checked)
        return checked.error();
    if (Status s = Roles::require(m_project, writerId(), Work::Own, tr("tag records")); !s)
        return s.error();
    const qint64 who = writerId();
    const QVariant whoValue = who > 0 ? QVariant(who) : QVariant(QMetaType(QMetaType::LongLong));
    int removed = 0;
    QList<qint64> untagged;
    Status s = m_project.writeTransaction([&]() -> Status {
        AuditLog log(m_project.database());
        QSqlQuery find(m_project.database());
        find.prepare(QStringLiteral("SELECT rt.id, rt.uuid, t.name FROM record_tag rt JOIN tag t "
                                    "ON t.id = rt.tag_id WHERE rt.record_id = ? AND t.name = ? AND "
                                    "rt.reviewer_id IS ?"));
        QSqlQuery del(m_project.database());
        del.prepare(QStringLiteral("DELETE FROM record_tag WHERE id = ?"));
        for (qint64 recordId : recordIds) {
            find.addBindValue(recordId);
            find.addBindValue(*checked);
            find.addBindValue(whoValue);
            if (!find.exec())
                return sqlFailure(find);
            if (!find.next())
                continue;
            const qint64 rowId = find.value(0).toLongLong();
            const QString uuid = find.value(1).toString();
            const QString tagName = find.value(2).toString();
            find.finish();
            del.addBindValue(rowId);
            if (!del.exec())
                return sqlFailure(del);
            if (Status st = audit(log, "record.untag", "record_tag", uuid, who, recordId,
                                  QJsonObject{{QStringLiteral("tag"), tagName}}, {});
                !st)
                return st;
            ++removed;
            untagged.append(recordId);
        }
        return {};
    });
    if (!s)
        return s.error();
    if (changed)
        *changed = untagged;
    return removed;
}

} // namespace evimap
