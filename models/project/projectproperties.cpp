#include "project/projectproperties.h"

#include "core/sqlfailure.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "team/auditlog.h"
#include "team/roles.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace evimap {

namespace {

QStringList authorLines(const QString &text)
{
    QStringList authors;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.simplified().isEmpty())
            authors << line.simplified();
    }
    return authors;
}

ProjectProperties tidied(const ProjectProperties &p)
{
    ProjectProperties t;
    t.name = p.name.simplified();
    t.question = p.question.trimmed();
    t.authors = authorLines(p.authors.join(QLatin1Char('\n')));
    t.registration = p.registration.simplified();
    t.funder = p.funder.simplified();
    return t;
}

} // namespace

ProjectProperties ProjectProperties::read(const Project &project)
{
    ProjectProperties p;
    p.name = project.name();
    p.question = ProjectSettings::projectQuestion.read(project);
    p.authors = authorLines(ProjectSettings::projectAuthors.read(project));
    p.registration = ProjectSettings::projectRegistration.read(project);
    p.funder = ProjectSettings::projectFunder.read(project);
    return p;
}

Status ProjectProperties::save(Project &project, const ProjectProperties &properties,
                               qint64 reviewerId)
{
    const ProjectProperties wanted = tidied(properties);
    if (wanted.name.isEmpty())
        return Error{Error::Kind::Usage, tr("a project needs a name")};
    Status s = project.writeTransaction([&]() -> Status {
        if (Status lead = Roles::require(project, reviewerId, Work::Lead,
                                         tr("change the project's properties"));
            !lead)
            return lead;
        const ProjectProperties before = read(project);
        if (before == wanted)
            return {};
        QSqlDatabase db = project.database();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE project SET name = ? WHERE id = 1"));
        q.addBindValue(wanted.name);
        if (!q.exec())
            return sqlFailure(q);
        const QList<QPair<const ProjectSetting<QString> *, QString>> settings = {
            {&ProjectSettings::projectQuestion, wanted.question},
            {&ProjectSettings::projectAuthors, wanted.authors.join(QLatin1Char('\n'))},
            {&ProjectSettings::projectRegistration, wanted.registration},
            {&ProjectSettings::projectFunder, wanted.funder},
        };
        for (const auto &[setting, value] : settings) {
            if (Status w = setting->write(db, value); !w)
                return w;
        }
        AuditChange change;
        change.action = QStringLiteral("project.properties");
        change.entity = QStringLiteral("project");
        change.entityUuid = project.uuid();
        change.reviewerId = reviewerId;
        change.before = before.toJson();
        change.after = wanted.toJson();
        return AuditLog::record(db, change);
    });
    if (!s)
        return s;
    return project.loadIdentity();
}

QList<QPair<QString, QString>> ProjectProperties::frontMatter() const
{
    QList<QPair<QString, QString>> lines;
    auto add = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append({label, value});
    };
    add(tr("Review question"), question);
    add(authors.size() == 1 ? tr("Author") : tr("Authors"), authors.join(QStringLiteral(", ")));
    add(tr("Protocol registration"), registration);
    add(tr("Funder"), funder);
    return lines;
}

QJsonObject ProjectProperties::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("question"), question},
                       {QStringLiteral("authors"), QJsonArray::fromStringList(authors)},
                       {QStringLiteral("registration"), registration},
                       {QStringLiteral("funder"), funder}};
}

} // namespace evimap
