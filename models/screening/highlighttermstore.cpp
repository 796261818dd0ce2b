#include "screening/highlighttermstore.h"

#include "core/clock.h"
#include "core/sqlfailure.h"
#include "project/project.h"
#include "team/auditlog.h"
#include "team/roles.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

Error usage(const QString &message)
{
    return Error{Error::Kind::Usage, message};
}

} // namespace

HighlightTermStore::HighlightTermStore(Project &project)
    : m_project(project)
{}

QList<HighlightRule> HighlightTermStore::highlightRules() const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT term, kind FROM highlight_term ORDER BY kind, term"));
    QList<HighlightRule> list;
    if (q.exec()) {
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString() == QLatin1String("exclude")
                                                    ? HighlightKind::Exclude
                                                    : HighlightKind::Include});
    }
    return list;
}

Status HighlightTermStore::addHighlightTerm(const QString &term, HighlightKind kind,
                                            qint64 reviewerId)
{
    const QString text = term.simplified();
    if (KeywordHighlighter::patternFor(text).isEmpty())
        return usage(tr("a highlight term needs at least one letter or digit"));
    if (Status s =
            Roles::require(m_project, reviewerId, Work::Lead, tr("edit the highlight terms"));
        !s)
        return s;
    const QString kindKey =
        kind == HighlightKind::Exclude ? QStringLiteral("exclude") : QStringLiteral("include");
    return m_project.writeTransaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        const QString uuid = newUuid();
        q.prepare(QStringLiteral("INSERT INTO highlight_term(uuid, term, kind) VALUES (?, ?, ?) "
                                 "ON CONFLICT(term, kind) DO NOTHING"));
        q.addBindValue(uuid);
        q.addBindValue(text);
        q.addBindValue(kindKey);
        if (!q.exec())
            return sqlFailure(q);
        if (q.numRowsAffected() <= 0)
            return {};
        return AuditLog::record(
            m_project.database(),
            AuditChange{
                QStringLiteral("screening.highlight.add"), QStringLiteral("highlight_term"), uuid,
                reviewerId, 0, QJsonObject(),
                QJsonObject({{QStringLiteral("term"), text}, {QStringLiteral("kind"), kindKey}}),
                QString()});
    });
}

Status HighlightTermStore::removeHighlightTerm(const QString &term, HighlightKind kind,
                                               qint64 reviewerId)
{
    if (Status s =
            Roles::require(m_project, reviewerId, Work::Lead, tr("edit the highlight terms"));
        !s)
        return s;
    const QString text = term.simplified();
    const QString kindKey =
        kind == HighlightKind::Exclude ? QStringLiteral("exclude") : QStringLiteral("include");
    return m_project.writeTransaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("SELECT uuid FROM highlight_term WHERE term = ? AND kind = ?"));
        q.addBindValue(text);
        q.addBindValue(kindKey);
        if (!q.exec())
            return sqlFailure(q);
        if (!q.next())
            return {};
        const QString uuid = q.value(0).toString();
        q.prepare(QStringLiteral("DELETE FROM highlight_term WHERE uuid = ?"));
        q.addBindValue(uuid);
        if (!q.exec())
            return sqlFailure(q);
        return AuditLog::record(m_project.database(),
                                AuditChange{QStringLiteral("screening.highlight.remove"),
                                            QStringLiteral("highlight_term"), uuid, reviewerId, 0,
                                            QJsonObject({{QStringLiteral("term"), text},
                                                         {QStringLiteral("kind"), kindKey}}),
                                            QJsonObject(), QString()});
    });
}

} // namespace evimap
