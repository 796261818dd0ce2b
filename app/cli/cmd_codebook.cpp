// `evimap codebook PROJECT [--import FILE.json] [--export FILE.json] [--html FILE.html]`
#include "cli/command.h"
#include "coding/codebook.h"
#include "coding/codebookhtml.h"
#include "coding/codebooktemplate.h"
#include "core/outputfile.h"
#include "project/reviewers.h"

#include <QCoreApplication>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

Status save(const QString &path, const QByteArray &bytes)
{
    return OutputFile::write(path, bytes);
}

void printTree(QTextStream &out, const Codebook &codebook, qint64 parent, int depth)
{
    const QList<Code> children = codebook.children(parent);
    for (const Code &c : children) {
        out << QString(depth * 2, QLatin1Char(' ')) << c.label;
        if (c.isDimension())
            out << "  [" << c.key << ", "
                << (c.isSingleChoice() ? Tr::tr("choose one") : Tr::tr("choose any")) << ']';
        else
            out << "  (" << c.key << ')';
        out << '\n';
        printTree(out, codebook, c.id, depth + 1);
    }
}
} // namespace

int runCodebook(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        Tr::tr("Add a codebook template (JSON): new dimensions, codes "
               "and fields are added, existing ones (same key) updated."),
        QStringLiteral("FILE.json"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          Tr::tr("Write the codebook as a JSON template."),
                                          QStringLiteral("FILE.json"));
    const QCommandLineOption html(
        QStringLiteral("html"),
        Tr::tr("Write the codebook with its definitions as HTML (appendix)."),
        QStringLiteral("FILE.html"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Tr::tr("The lead making the change (for the audit log)."),
                                      QStringLiteral("LEAD"));
    parser.addOptions({importOption, exportOption, html, reviewer});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("codebook")), 1, 1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    const bool changes = parser.isSet(importOption);
    std::unique_ptr<Project> project = openProject(
        context, path, changes ? Project::Access::ReadWrite : Project::Access::ReadOnly, &code);
    if (!project)
        return code;
    Codebook codebook(*project);

    if (changes) {
        if (project->isReadOnly())
            return context.fail(ProjectProblem,
                                Tr::tr("%1 is read-only; nothing was imported").arg(path));
        qint64 leadId = 0;
        if (parser.isSet(reviewer)) {
            const std::optional<Reviewer> lead =
                reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Refuse, &code);
            if (!lead)
                return code;
            leadId = lead->id;
        }
        Result<CodebookTemplate> loaded = CodebookTemplate::fromFile(parser.value(importOption));
        if (!loaded)
            return context.fail(loaded.error());
        Result<CodebookImportSummary> applied = codebook.applyTemplate(*loaded, leadId);
        if (!applied)
            return context.fail(applied.error());
        context.out << Tr::tr("%1: %2 dimensions, %3 codes and %4 fields added, %5 updated")
                           .arg(parser.value(importOption),
                                QString::number(applied->dimensionsAdded),
                                QString::number(applied->codesAdded),
                                QString::number(applied->fieldsAdded),
                                QString::number(applied->updated))
                    << '\n';
    }
    if (parser.isSet(exportOption)) {
        if (Status s = save(parser.value(exportOption), codebook.toTemplate().toJson()); !s)
            return context.fail(s.error());
        context.out << Tr::tr("Wrote %1").arg(parser.value(exportOption)) << '\n';
    }
    if (parser.isSet(html)) {
        if (Status s =
                save(parser.value(html), CodebookHtml::render(codebook.toTemplate()).toUtf8());
            !s)
            return context.fail(s.error());
        context.out << Tr::tr("Wrote %1").arg(parser.value(html)) << '\n';
    }
    if (!changes && !parser.isSet(exportOption) && !parser.isSet(html)) {
        if (codebook.isEmpty()) {
            context.out << Tr::tr("%1 has no codebook yet.").arg(path) << '\n';
            return Success;
        }
        if (!codebook.name().isEmpty())
            context.out << codebook.name() << "\n\n";
        printTree(context.out, codebook, 0, 0);
        const QList<ExtractionField> fields = codebook.fields();
        if (!fields.isEmpty()) {
            context.out << '\n' << Tr::tr("Extraction fields:") << '\n';
            for (const ExtractionField &f : fields)
                context.out << "  " << f.label << "  (" << f.key << ", " << f.kind << ")\n";
        }
    }
    return Success;
}

} // namespace evimap::cli
