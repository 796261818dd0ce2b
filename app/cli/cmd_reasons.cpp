// `evimap reasons PROJECT [--add LABEL]...`: the project's exclusion reasons, in the lead's order.
#include "cli/command.h"
#include "project/reviewers.h"
#include "screening/exclusionreasonstore.h"
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

int runReasons(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption add(QStringLiteral("add"),
                                 Tr::tr("Add an exclusion reason at the end (repeatable)."),
                                 QStringLiteral("LABEL"));
    const QCommandLineOption retire(QStringLiteral("retire"),
                                    Tr::tr("Stop offering a reason (label or number); decisions "
                                           "that used it keep it."),
                                    QStringLiteral("REASON"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Tr::tr("Who edits the list (must be the lead)."),
                                      QStringLiteral("LEAD"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({add, retire, reviewer, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("reasons")), 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    const bool edits = parser.isSet(add) || parser.isSet(retire);
    std::unique_ptr<Project> project = openProject(
        context, path, edits ? Project::Access::ReadWrite : Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    if (edits && project->isReadOnly())
        return context.fail(ProjectProblem,
                            Tr::tr("%1 is read-only; the reasons were not changed").arg(path));

    qint64 editor = 0;
    if (parser.isSet(reviewer)) {
        const std::optional<Reviewer> who =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Add, &code);
        if (!who)
            return code;
        if (Status s = Roles::require(*who, Work::Lead, Tr::tr("edit the exclusion reasons")); !s)
            return context.fail(s.error());
        editor = who->id;
    }
    ExclusionReasonStore store(*project);
    for (const QString &label : parser.values(add)) {
        Result<ExclusionReason> added = store.addReason(label, editor);
        if (!added)
            return context.fail(added.error());
    }
    for (const QString &which : parser.values(retire)) {
        const std::optional<ExclusionReason> r = store.findReason(which);
        if (!r)
            return context.fail(UsageError, Tr::tr("no active exclusion reason \"%1\"").arg(which));
        if (Status s = store.retireReason(r->id, editor); !s)
            return context.fail(s.error());
    }

    const QList<ExclusionReason> list = store.reasons(true);
    if (parser.isSet(json)) {
        QJsonArray array;
        int number = 0;
        for (const ExclusionReason &r : list)
            array.append(QJsonObject{
                {QStringLiteral("number"), r.retired ? QJsonValue() : QJsonValue(++number)},
                {QStringLiteral("label"), r.label},
                {QStringLiteral("uuid"), r.uuid},
                {QStringLiteral("retired"), r.retired}});
        context.printJson(QJsonDocument(array));
        return Success;
    }
    if (list.isEmpty()) {
        context.out << Tr::tr("No exclusion reasons yet; the lead adds them with "
                              "evimap reasons %1 --add LABEL")
                           .arg(path)
                    << '\n';
        return Success;
    }
    int number = 0;
    for (const ExclusionReason &r : list) {
        if (r.retired)
            context.out << QStringLiteral("   -  %1  %2\n").arg(r.label, Tr::tr("(retired)"));
        else
            context.out << QStringLiteral("  %1  %2\n").arg(++number, 2).arg(r.label);
    }
    return Success;
}

} // namespace evimap::cli
