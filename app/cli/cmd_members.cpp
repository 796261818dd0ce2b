// `evimap members PROJECT`: the people on a project with their roles; the lead renames them
// (--rename OLD --to NEW) and gives them roles (--role NAME --to lead|reviewer|viewer).
#include "cli/command.h"
#include "project/reviewers.h"
#include "team/members.h"
#include "team/roles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int runMembers(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption rename(QStringLiteral("rename"),
                                    Tr::tr("Rename this person (name or initials); with --to."),
                                    QStringLiteral("OLD"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  Tr::tr("Give this person (name or initials) the role --to "
                                         "names: lead, reviewer or viewer."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("The new name (--rename) or role (--role)."),
                                QStringLiteral("VALUE"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Tr::tr("Who makes the change (must be a lead)."),
                                      QStringLiteral("LEAD"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({rename, role, to, reviewer, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    const Command &command = commandNamed(QStringLiteral("members"));
    if (!parseArguments(context, parser, command, 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    const bool edits = parser.isSet(rename) || parser.isSet(role);
    if (parser.isSet(rename) && parser.isSet(role))
        return context.fail(UsageError, Tr::tr("rename and change roles one at a time"));
    if (edits && (!parser.isSet(to) || !parser.isSet(reviewer)))
        return context.fail(
            UsageError,
            Tr::tr("--to and --reviewer are required; usage: evimap %1").arg(command.synopsis));
    if (!edits && parser.isSet(to))
        return context.fail(UsageError, Tr::tr("--to goes with --rename or --role"));
    std::unique_ptr<Project> project = openProject(
        context, path, edits ? Project::Access::ReadWrite : Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    if (edits && project->isReadOnly())
        return context.fail(ProjectProblem,
                            Tr::tr("%1 is read-only; nobody was changed").arg(path));

    Members members(*project);
    if (edits) {
        const std::optional<Reviewer> lead =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Refuse, &code);
        if (!lead)
            return code;
        const QString whoName = parser.value(parser.isSet(rename) ? rename : role);
        const std::optional<Reviewer> who =
            reviewerNamed(context, *project, whoName, IfUnknown::Refuse, &code);
        if (!who)
            return code;
        Status changed;
        if (parser.isSet(rename)) {
            changed = members.rename(lead->id, who->id, parser.value(to));
        } else {
            const std::optional<Role> newRole =
                Roles::fromKey(parser.value(to).trimmed().toLower());
            if (!newRole)
                return context.fail(UsageError,
                                    Tr::tr("--to must be lead, reviewer or viewer, not \"%1\"")
                                        .arg(parser.value(to)));
            changed = members.setRole(lead->id, who->id, *newRole);
        }
        if (!changed)
            return context.fail(changed.error());
    }

    const QList<Member> list = members.list();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Member &m : list)
            array.append(QJsonObject{{QStringLiteral("id"), m.reviewer.id},
                                     {QStringLiteral("name"), m.reviewer.name},
                                     {QStringLiteral("initials"), m.reviewer.initials},
                                     {QStringLiteral("role"), Roles::key(m.reviewer.role)},
                                     {QStringLiteral("votes"), m.votes}});
        context.printJson(QJsonDocument(array));
        return Success;
    }
    if (list.isEmpty()) {
        context.out << Tr::tr("No reviewers yet; the first person to screen or code becomes the "
                              "lead.")
                    << '\n';
        return Success;
    }
    for (const Member &m : list)
        context.out << Tr::tr("%1 (%2): %3, %4 votes")
                           .arg(m.reviewer.name, m.reviewer.initials, Roles::key(m.reviewer.role))
                           .arg(m.votes)
                    << '\n';
    return Success;
}

} // namespace evimap::cli
