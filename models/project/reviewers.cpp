#include "project/reviewers.h"

#include "core/clock.h"
#include "project/project.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

Reviewer fromQuery(const QSqlQuery &q)
{
    Reviewer r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.name = q.value(2).toString();
    r.initials = q.value(3).toString();
    // A role this version does not know (a newer EviMap's) may do nothing but read.
    r.role = Roles::fromKey(q.value(4).toString()).value_or(Role::Viewer);
    return r;
}

const char selectReviewer[] = "SELECT id, uuid, name, initials, role FROM reviewer";

} // namespace

QList<Reviewer> Reviewers::all() const
{
    QList<Reviewer> list;
    QSqlQuery q(m_project.database());
    if (q.exec(QString::fromLatin1(selectReviewer) + QStringLiteral(" ORDER BY id"))) {
        while (q.next())
            list.append(fromQuery(q));
    }
    return list;
}

std::optional<Reviewer> Reviewers::byId(qint64 id) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QString::fromLatin1(selectReviewer) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Reviewer> Reviewers::find(const QString &nameOrInitials) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QString::fromLatin1(selectReviewer) +
              QStringLiteral(" WHERE lower(initials) = lower(?) OR lower(name) = lower(?) "
                             "ORDER BY id LIMIT 1"));
    q.addBindValue(nameOrInitials.trimmed());
    q.addBindValue(nameOrInitials.trimmed());
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

Result<Reviewer> Reviewers::withId(qint64 id) const
{
    if (std::optional<Reviewer> found = byId(id))
        return *found;
    return unknown(id);
}

Result<Reviewer> Reviewers::named(const QString &nameOrInitials) const
{
    if (std::optional<Reviewer> found = find(nameOrInitials))
        return *found;
    return unknown(nameOrInitials);
}

namespace {

Error unknownReviewer(const Project &project, const QString &who)
{
    return Error{
        Error::Kind::Usage,
        Reviewers::tr("%1 has no reviewer %2").arg(QFileInfo(project.filePath()).fileName(), who)};
}

} // namespace

Error Reviewers::unknown(const QString &nameOrInitials) const
{
    return unknownReviewer(m_project, QStringLiteral("\"%1\"").arg(nameOrInitials.trimmed()));
}

Error Reviewers::unknown(qint64 id) const
{
    return unknownReviewer(m_project, tr("with id %1").arg(id));
}

Result<Reviewer> Reviewers::add(const QString &name, const QString &initials,
                                std::optional<Role> role)
{
    if (name.trimmed().isEmpty() || initials.trimmed().isEmpty())
        return Error{Error::Kind::Usage, tr("a reviewer needs a name and initials")};
    Reviewer reviewer;
    reviewer.uuid = newUuid();
    reviewer.name = name.trimmed();
    reviewer.initials = initials.trimmed();
    Status s = m_project.writeTransaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        if (!role) {
            q.exec(QStringLiteral("SELECT count(*) FROM reviewer"));
            reviewer.role = q.next() && q.value(0).toInt() == 0 ? Role::Lead : Role::Reviewer;
        } else {
            reviewer.role = *role;
        }
        q.prepare(QStringLiteral("INSERT INTO reviewer(uuid, name, initials, role, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(reviewer.uuid);
        q.addBindValue(reviewer.name);
        q.addBindValue(reviewer.initials);
        q.addBindValue(Roles::key(reviewer.role));
        q.addBindValue(utcNow());
        if (!q.exec())
            return failure(q.lastError().text());
        reviewer.id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return reviewer;
}

Result<Reviewer> Reviewers::ensure(const QString &nameOrInitials, const QString &initials)
{
    if (std::optional<Reviewer> existing = find(nameOrInitials))
        return *existing;
    if (!initials.trimmed().isEmpty())
        return add(nameOrInitials, initials);
    QString made;
    const QStringList words = nameOrInitials.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 1)
        made = nameOrInitials.trimmed().left(3).toUpper();
    else
        for (const QString &word : words)
            made += word.front().toUpper();
    return add(nameOrInitials, made);
}

} // namespace evimap
