// `evimap add PROJECT --type T --title T ...`: manual entry of an initiative, report or web page.
#include "cli/command.h"
#include "import/manualentry.h"
#include "project/reviewers.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int runAdd(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption type(QStringLiteral("type"),
                                  Tr::tr("What it is: %1 (default: initiative).")
                                      .arg(ManualEntry::types().join(QLatin1String(", "))),
                                  QStringLiteral("TYPE"), QStringLiteral("initiative"));
    const QCommandLineOption title(QStringLiteral("title"), Tr::tr("Its title or name (required)."),
                                   QStringLiteral("T"));
    const QCommandLineOption organisation(QStringLiteral("organisation"),
                                          Tr::tr("The organisation that runs or wrote it."),
                                          QStringLiteral("O"));
    const QCommandLineOption country(QStringLiteral("country"), Tr::tr("Country."),
                                     QStringLiteral("C"));
    const QCommandLineOption setting(QStringLiteral("setting"),
                                     Tr::tr("Setting, e.g. community organisation, NHS."),
                                     QStringLiteral("S"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         Tr::tr("What it does (kept as the abstract)."),
                                         QStringLiteral("D"));
    const QCommandLineOption contact(QStringLiteral("contact"), Tr::tr("Who to contact."),
                                     QStringLiteral("C"));
    const QCommandLineOption url(QStringLiteral("url"), Tr::tr("Web address."),
                                 QStringLiteral("U"));
    const QCommandLineOption date(
        QStringLiteral("date"), Tr::tr("Date (YYYY, YYYY-MM or YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption sourceType(QStringLiteral("source-type"),
                                        Tr::tr("Source type, e.g. \"initiative reported by its "
                                               "organisers\"."),
                                        QStringLiteral("S"));
    const QCommandLineOption route(QStringLiteral("route"),
                                   Tr::tr("PRISMA identification route: %1 (default: "
                                          "organisation).")
                                       .arg(ManualEntry::routes().join(QLatin1String(", "))),
                                   QStringLiteral("R"), QStringLiteral("organisation"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    Tr::tr("Who or where it came from (default: the "
                                           "organisation)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), Tr::tr("Who adds it (name or initials)."), QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({type, title, organisation, country, setting, description, contact, url, date,
                       sourceType, route, source, reviewer, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("add")), 1, 1, &code))
        return code;

    ManualEntry entry;
    entry.type = parser.value(type);
    entry.title = parser.value(title);
    entry.organisation = parser.value(organisation);
    entry.country = parser.value(country);
    entry.setting = parser.value(setting);
    entry.description = parser.value(description);
    entry.contact = parser.value(contact);
    entry.url = parser.value(url);
    entry.date = parser.value(date);
    entry.sourceType = parser.value(sourceType);
    entry.route = parser.value(route);
    entry.source = parser.value(source);
    // Wrong arguments are told before the project is opened.
    if (Status valid = entry.validate(); !valid)
        return context.fail(valid.error());

    const QString path = parser.positionalArguments().first();
    std::unique_ptr<Project> project =
        openProject(context, path, Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    if (project->isReadOnly())
        return context.fail(ProjectProblem, Tr::tr("%1 is read-only; nothing was added").arg(path));
    if (parser.isSet(reviewer)) {
        const std::optional<Reviewer> who =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Add, &code);
        if (!who)
            return code;
        entry.reviewerId = who->id;
    }
    Result<ManualEntry::Added> added = entry.addTo(*project);
    if (!added)
        return context.fail(added.error());
    if (parser.isSet(json)) {
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("record"), added->recordId},
                                      {QStringLiteral("uuid"), added->recordUuid},
                                      {QStringLiteral("batch"), added->batchId},
                                      {QStringLiteral("type"), entry.type},
                                      {QStringLiteral("title"), entry.title.simplified()},
                                      {QStringLiteral("route"), entry.route}}));
    } else {
        context.out << Tr::tr("Added record %1 (%2 \"%3\", route %4)")
                           .arg(added->recordId)
                           .arg(entry.type, entry.title.simplified(), entry.route)
                    << '\n';
    }
    return Success;
}

} // namespace evimap::cli
