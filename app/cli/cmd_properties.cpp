// `evimap properties PROJECT`: the project's name, review question, authors, protocol
// registration and funder (the title and front matter of its reports); options change them.
#include "cli/command.h"
#include "project/projectproperties.h"
#include "project/reviewers.h"

#include <QCoreApplication>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int runProperties(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The project's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption question(QStringLiteral("question"), Tr::tr("The review question."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption author(
        QStringLiteral("author"),
        Tr::tr("An author, in the order credited (repeatable; replaces the list)."),
        QStringLiteral("NAME"));
    const QCommandLineOption registration(
        QStringLiteral("registration"),
        Tr::tr("The protocol's registration, e.g. a PROSPERO or OSF id."), QStringLiteral("ID"));
    const QCommandLineOption funder(QStringLiteral("funder"), Tr::tr("Who funds the review."),
                                    QStringLiteral("FUNDER"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Tr::tr("Who makes the change (must be a lead)."),
                                      QStringLiteral("LEAD"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({name, question, author, registration, funder, reviewer, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("properties")), 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    const bool edits = parser.isSet(name) || parser.isSet(question) || parser.isSet(author) ||
                       parser.isSet(registration) || parser.isSet(funder);
    std::unique_ptr<Project> project = openProject(
        context, path, edits ? Project::Access::ReadWrite : Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    if (edits && project->isReadOnly())
        return context.fail(ProjectProblem,
                            Tr::tr("%1 is read-only; the properties were not changed").arg(path));

    ProjectProperties properties = ProjectProperties::read(*project);
    if (edits) {
        qint64 editor = 0;
        if (parser.isSet(reviewer)) {
            const std::optional<Reviewer> who =
                reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Refuse, &code);
            if (!who)
                return code;
            editor = who->id;
        }
        if (parser.isSet(name))
            properties.name = parser.value(name);
        if (parser.isSet(question))
            properties.question = parser.value(question);
        if (parser.isSet(author))
            properties.authors = parser.values(author);
        if (parser.isSet(registration))
            properties.registration = parser.value(registration);
        if (parser.isSet(funder))
            properties.funder = parser.value(funder);
        if (Status s = ProjectProperties::save(*project, properties, editor); !s)
            return context.fail(s.error());
        properties = ProjectProperties::read(*project);
    }
    if (parser.isSet(json)) {
        context.printJson(QJsonDocument(properties.toJson()));
        return Success;
    }
    context.out << Tr::tr("Name: %1").arg(properties.name) << '\n';
    const QList<QPair<QString, QString>> front = properties.frontMatter();
    for (const auto &[label, value] : front)
        context.out << label << ": " << value << '\n';
    return Success;
}

} // namespace evimap::cli
