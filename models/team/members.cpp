#include "team/members.h"

#include "core/sqlfailure.h"
#include "project/project.h"
#include "team/auditlog.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

Error usage(const QString &message)
{
    return Error{Error::Kind::Usage, message};
}

} // namespace

QList<Member> Members::list() const
{
    QList<Member> members;
    const QList<Reviewer> people = Reviewers(m_project).all();
    QHash<qint64, qint64> votes;
    QSqlQuery q(m_project.database());
    if (q.exec(QStringLiteral(
            "SELECT reviewer_id, count(*) FROM screening_decision GROUP BY reviewer_id"))) {
        while (q.next())
            votes.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    for (const Reviewer &r : people)
        members.append(Member{r, votes.value(r.id)});
    return members;
}

Status Members::rename(qint64 leadId, qint64 reviewerId, const QString &newName)
{
    const QString name = newName.simplified();
    if (name.isEmpty())
        return usage(tr("a reviewer's name cannot be empty"));
    return m_project.writeTransaction([&]() -> Status {
        if (Status s = Roles::require(m_project, leadId, Work::Lead, tr("rename reviewers")); !s)
            return s;
        Reviewers reviewers(m_project);
        const Result<Reviewer> who = reviewers.withId(reviewerId);
        if (!who)
            return who.error();
        if (who->name == name)
            return {};
        if (std::optional<Reviewer> other = reviewers.find(name); other && other->id != who->id)
            return usage(tr("%1 is already a reviewer of this project").arg(other->name));
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("UPDATE reviewer SET name = ? WHERE id = ?"));
        q.addBindValue(name);
        q.addBindValue(who->id);
        if (!q.exec())
            return sqlFailure(q);
        AuditChange change;
        change.action = QStringLiteral("team.rename");
        change.entity = QStringLiteral("reviewer");
        change.entityUuid = who->uuid;
        change.reviewerId = leadId;
        change.before = QJsonObject{{QStringLiteral("name"), who->name}};
        change.after = QJsonObject{{QStringLiteral("name"), name}};
        return AuditLog::record(m_project.database(), change);
    });
}

Status Members::setRole(qint64 leadId, qint64 reviewerId, Role role)
{
    return m_project.writeTransaction([&]() -> Status {
        if (Status s =
                Roles::require(m_project, leadId, Work::Lead, tr("change a reviewer's role"));
            !s)
            return s;
        Reviewers reviewers(m_project);
        const Result<Reviewer> who = reviewers.withId(reviewerId);
        if (!who)
            return who.error();
        if (who->role == role)
            return {};
        if (who->role == Role::Lead) {
            int leads = 0;
            const QList<Reviewer> people = reviewers.all();
            for (const Reviewer &r : people)
                leads += r.role == Role::Lead ? 1 : 0;
            if (leads <= 1)
                return usage(tr("%1 is the project's only lead; make someone else a lead first")
                                 .arg(who->name));
        }
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("UPDATE reviewer SET role = ? WHERE id = ?"));
        q.addBindValue(Roles::key(role));
        q.addBindValue(who->id);
        if (!q.exec())
            return sqlFailure(q);
        AuditChange change;
        change.action = QStringLiteral("team.role");
        change.entity = QStringLiteral("reviewer");
        change.entityUuid = who->uuid;
        change.reviewerId = leadId;
        change.before = QJsonObject{{QStringLiteral("name"), who->name},
                                    {QStringLiteral("role"), Roles::key(who->role)}};
        change.after = QJsonObject{{QStringLiteral("name"), who->name},
                                   {QStringLiteral("role"), Roles::key(role)}};
        return AuditLog::record(m_project.database(), change);
    });
}

Status Members::recordSwitch(qint64 fromId, qint64 toId)
{
    return m_project.writeTransaction([&]() -> Status {
        Reviewers reviewers(m_project);
        const Result<Reviewer> to = reviewers.withId(toId);
        if (!to)
            return to.error();
        QJsonObject before;
        if (fromId > 0) {
            const Result<Reviewer> from = reviewers.withId(fromId);
            if (!from)
                return from.error();
            before = QJsonObject{{QStringLiteral("name"), from->name}};
        }
        AuditChange change;
        change.action = QStringLiteral("team.switch");
        change.entity = QStringLiteral("reviewer");
        change.entityUuid = to->uuid;
        change.reviewerId = to->id;
        change.before = before;
        change.after = QJsonObject{{QStringLiteral("name"), to->name}};
        return AuditLog::record(m_project.database(), change);
    });
}

} // namespace evimap
