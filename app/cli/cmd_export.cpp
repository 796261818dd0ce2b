// `evimap export PROJECT --format F [selection] -o FILE`
#include "cli/command.h"
#include "export/exportjob.h"
#include "export/recordwriter.h"

#include <QCoreApplication>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int runExport(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        QStringLiteral("format"),
        Tr::tr("Export format: %1.").arg(ExportFormats::ids().join(QLatin1String(", "))),
        QStringLiteral("F"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    Tr::tr("Only records matching this full-text search."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption included(QStringLiteral("included"),
                                      Tr::tr("Only records included at this stage (ta or ft)."),
                                      QStringLiteral("STAGE"));
    const QCommandLineOption records(QStringLiteral("records"),
                                     Tr::tr("Only these record ids (comma-separated)."),
                                     QStringLiteral("IDS"));
    const QCommandLineOption duplicates(QStringLiteral("with-duplicates"),
                                        Tr::tr("Also export records merged as duplicates."));
    parser.addOptions({format, output, search, included, records, duplicates});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("export")), 1, 1, &code))
        return code;
    if (!parser.isSet(output))
        return context.fail(UsageError, Tr::tr("give the file to write with -o FILE"));
    QString formatId = parser.value(format);
    if (formatId.isEmpty()) {
        // From the output file's extension.
        const QString suffix = parser.value(output).section(QLatin1Char('.'), -1).toLower();
        for (const QString &id : ExportFormats::ids()) {
            if (ExportFormats::extension(id) == suffix)
                formatId = id;
        }
        if (formatId.isEmpty())
            return context.fail(UsageError,
                                Tr::tr("give the format with --format (%1)")
                                    .arg(ExportFormats::ids().join(QLatin1String(", "))));
    }
    ExportSelection selection;
    selection.searchText = parser.value(search);
    selection.includedAtStage = parser.value(included);
    selection.includeDuplicates = parser.isSet(duplicates);
    for (const QString &id : parser.value(records).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        selection.recordIds << id.trimmed().toLongLong(&ok);
        if (!ok)
            return context.fail(UsageError,
                                Tr::tr("--records expects numbers, not \"%1\"").arg(id));
    }
    std::unique_ptr<Project> project = openProject(context, parser.positionalArguments().first(),
                                                   Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    Result<int> written = ExportJob::run(*project, selection, formatId, parser.value(output));
    if (!written)
        return context.fail(written.error());
    context.out << Tr::tr("%1: %2 records written (%3)")
                       .arg(parser.value(output))
                       .arg(written.value())
                       .arg(formatId)
                << '\n';
    return Success;
}

} // namespace evimap::cli
