// `evimap list PROJECT [--filter VIEW] ...` and `evimap tag PROJECT --records IDS --add NAME`
#include "cli/command.h"
#include "project/project.h"
#include "records/recordfilter.h"
#include "records/recordfilterstore.h"
#include "records/recordstore.h"
#include "records/tagstore.h"
#include "team/blinding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QStringList viewKeys()
{
    QStringList keys;
    for (RecordView view : RecordFilter::views())
        keys << RecordFilter::key(view);
    return keys;
}

} // namespace

int runList(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption filter(
        QStringLiteral("filter"),
        Tr::tr("Which records: %1 (default all).").arg(viewKeys().join(QLatin1String(", "))),
        QStringLiteral("VIEW"));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   Tr::tr("The screening stage of the view: ta (default) or ft."),
                                   QStringLiteral("STAGE"));
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"),
        Tr::tr("List as this reviewer sees it (their own votes, blinding)."), QStringLiteral("R"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   Tr::tr("The import batch id, for --filter batch."),
                                   QStringLiteral("ID"));
    const QCommandLineOption value(QStringLiteral("value"),
                                   Tr::tr("The source for --filter source, the tag for --filter "
                                          "tag, the reviewer for --filter decided-by."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption tags(QStringLiteral("tags"),
                                  Tr::tr("List the tags and their record counts instead."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({filter, stage, reviewer, batch, value, tags, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("list")), 1, 1, &code))
        return code;

    RecordFilter f;
    if (parser.isSet(filter)) {
        const std::optional<RecordView> view = RecordFilter::fromKey(parser.value(filter));
        if (!view)
            return context.fail(
                UsageError, Tr::tr("unknown filter \"%1\"; one of: %2")
                                .arg(parser.value(filter), viewKeys().join(QLatin1String(", "))));
        f.view = *view;
    }
    if (parser.isSet(stage)) {
        const std::optional<ScreeningStage> s = ScreeningNames::stageFromKey(parser.value(stage));
        if (!s)
            return context.fail(UsageError, Tr::tr("--stage is ta or ft"));
        f.stage = *s;
    }
    if (f.view == RecordView::Batch) {
        bool ok = false;
        f.batchId = parser.value(batch).toLongLong(&ok);
        if (!ok)
            return context.fail(UsageError, Tr::tr("--filter batch needs --batch ID"));
    }
    if ((f.view == RecordView::Source || f.view == RecordView::Tagged ||
         f.view == RecordView::DecidedBy) &&
        parser.value(value).isEmpty())
        return context.fail(UsageError,
                            Tr::tr("--filter %1 needs --value").arg(RecordFilter::key(f.view)));

    std::unique_ptr<Project> project = openProject(context, parser.positionalArguments().first(),
                                                   Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    qint64 viewerId = Blinding::Unrestricted;
    if (parser.isSet(reviewer)) {
        const std::optional<Reviewer> who =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Refuse, &code);
        if (!who)
            return code;
        viewerId = who->id;
    }
    if (f.view == RecordView::DecidedBy) {
        const std::optional<Reviewer> whose =
            reviewerNamed(context, *project, parser.value(value), IfUnknown::Refuse, &code);
        if (!whose)
            return code;
        f.reviewerId = whose->id;
    } else {
        f.text = parser.value(value);
    }

    if (parser.isSet(tags)) {
        const Result<QList<TagCount>> list = TagStore(*project, viewerId).tags();
        if (!list)
            return context.fail(list.error());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const TagCount &t : *list)
                array.append(QJsonObject{{QStringLiteral("tag"), t.name},
                                         {QStringLiteral("records"), t.records}});
            context.printJson(QJsonDocument(array));
        } else {
            for (const TagCount &t : *list)
                context.out << t.records << '\t' << t.name << '\n';
        }
        return Success;
    }

    const Result<QList<qint64>> ids = RecordFilterStore(*project, viewerId).ids(f);
    if (!ids)
        return context.fail(ids.error());
    const QStringList titles = RecordStore(project->database()).titles(*ids);
    QJsonArray array;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const qint64 id = ids->at(i);
        const QString &title = titles.at(i);
        if (parser.isSet(json))
            array.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}});
        else
            context.out << id << '\t' << title << '\n';
    }
    if (parser.isSet(json))
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("filter"), f.title()},
                                                    {QStringLiteral("count"), ids->size()},
                                                    {QStringLiteral("records"), array}}));
    else
        context.err << Tr::tr("%1: %n records", nullptr, int(ids->size())).arg(f.title()) << '\n';
    return Success;
}

int runTag(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption records(QStringLiteral("records"),
                                     Tr::tr("The record ids (comma-separated)."),
                                     QStringLiteral("IDS"));
    const QCommandLineOption add(QStringLiteral("add"), Tr::tr("Put this tag on the records."),
                                 QStringLiteral("TAG"));
    const QCommandLineOption remove(
        QStringLiteral("remove"), Tr::tr("Take this tag off the records."), QStringLiteral("TAG"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"), Tr::tr("Whose tag it is."),
                                      QStringLiteral("R"));
    parser.addOptions({records, add, remove, reviewer});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("tag")), 1, 1, &code))
        return code;
    if (parser.isSet(add) == parser.isSet(remove))
        return context.fail(UsageError, Tr::tr("give either --add TAG or --remove TAG"));
    QList<qint64> ids;
    for (const QString &id : parser.value(records).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        ids << id.trimmed().toLongLong(&ok);
        if (!ok)
            return context.fail(UsageError,
                                Tr::tr("--records expects numbers, not \"%1\"").arg(id));
    }
    if (ids.isEmpty())
        return context.fail(UsageError, Tr::tr("give the records with --records IDS"));
    std::unique_ptr<Project> project = openProject(context, parser.positionalArguments().first(),
                                                   Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    qint64 who = 0;
    if (parser.isSet(reviewer)) {
        const std::optional<Reviewer> r =
            reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Add, &code);
        if (!r)
            return code;
        who = r->id;
    }
    TagStore store(*project, who);
    if (parser.isSet(add)) {
        const Result<int> n = store.add(ids, parser.value(add));
        if (!n)
            return context.fail(n.error());
        context.out << Tr::tr("%1: tagged %n records", nullptr, *n).arg(parser.value(add)) << '\n';
    } else {
        const Result<int> n = store.remove(ids, parser.value(remove));
        if (!n)
            return context.fail(n.error());
        context.out << Tr::tr("%1: taken off %n records", nullptr, *n).arg(parser.value(remove))
                    << '\n';
    }
    return Success;
}

} // namespace evimap::cli
