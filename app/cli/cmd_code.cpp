// `evimap code PROJECT --reviewer R --codings FILE.csv`: a reviewer's codings in a batch.
#include "cli/command.h"
#include "coding/codebook.h"
#include "coding/codingcsv.h"
#include "coding/codingstore.h"
#include "project/reviewers.h"

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

int runCode(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Tr::tr("Who coded (name or initials; added if new)."),
                                      QStringLiteral("R"));
    const QCommandLineOption codings(
        QStringLiteral("codings"),
        Tr::tr("CSV with a header: record (id, uuid or DOI), code (\"Dimension/Code\" or an "
               "extraction field), and optionally quote, page, note, value."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({reviewer, codings, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("code")), 1, 1, &code))
        return code;
    if (!parser.isSet(reviewer) || !parser.isSet(codings))
        return context.fail(UsageError,
                            Tr::tr("--reviewer and --codings are needed; usage: evimap %1")
                                .arg(commandNamed(QStringLiteral("code")).synopsis));
    const QString path = parser.positionalArguments().first();
    std::unique_ptr<Project> project =
        openProject(context, path, Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    if (project->isReadOnly())
        return context.fail(ProjectProblem, Tr::tr("%1 is read-only; nothing was coded").arg(path));

    Codebook codebook(*project);
    if (codebook.isEmpty())
        return context.fail(UsageError,
                            Tr::tr("%1 has no codebook yet; add one with evimap codebook "
                                   "%1 --import FILE.json")
                                .arg(path));
    const QString file = parser.value(codings);
    IssueList issues;
    Result<QList<CodingCsv::Row>> rows = CodingCsv::readFile(file, &issues);
    if (!rows)
        return context.fail(rows.error());
    const std::optional<Reviewer> who =
        reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Add, &code);
    if (!who)
        return code;

    CodingStore store(*project, codebook);
    QList<PendingCoding> batch;
    // A single-choice dimension takes one code per record: the first line that set it.
    QHash<QPair<qint64, qint64>, QPair<qint64, int>> singleChoice;
    int codes = 0, values = 0;
    for (const CodingCsv::Row &row : std::as_const(*rows)) {
        auto skip = [&](const QString &message) {
            issues.append(Issue{Issue::Severity::Warning, file, row.line, 0,
                                message + Tr::tr("; row skipped")});
        };
        Result<qint64> record = store.resolveRecord(row.record);
        if (!record) {
            skip(record.errorString());
            continue;
        }
        PendingCoding pending;
        pending.recordId = *record;
        Result<qint64> codeId = codebook.resolvePath(row.code);
        if (codeId) {
            const qint64 dimension = codebook.dimensionOf(*codeId);
            if (codebook.code(dimension)->isSingleChoice()) {
                const QPair<qint64, qint64> key(*record, dimension);
                const auto seen = singleChoice.constFind(key);
                if (seen != singleChoice.constEnd() && seen->first != *codeId) {
                    skip(Tr::tr("\"%1\" is single-choice and line %2 already gave record %3 \"%4\"")
                             .arg(codebook.code(dimension)->label, QString::number(seen->second),
                                  row.record, codebook.code(seen->first)->label));
                    continue;
                }
                singleChoice.insert(key, {*codeId, row.line});
            }
            pending.codeId = *codeId;
            pending.details = CodingDetails{row.quote, row.page, row.note};
            ++codes;
        } else if (const std::optional<ExtractionField> field = codebook.findField(row.code)) {
            if (field->retired) {
                skip(Tr::tr("the field \"%1\" is retired").arg(field->label));
                continue;
            }
            Result<QString> value = field->validate(row.value);
            if (!value) {
                skip(value.errorString());
                continue;
            }
            pending.fieldId = field->id;
            pending.value = *value;
            ++values;
        } else {
            skip(codeId.errorString());
            continue;
        }
        batch.append(pending);
    }
    if (batch.isEmpty() && !rows->isEmpty()) {
        for (const Issue &issue : std::as_const(issues))
            context.err << issue.toString() << '\n';
        return context.fail(InputRefused, Tr::tr("%1: no row could be applied").arg(file));
    }
    if (Status s = store.applyAll(who->id, batch); !s)
        return context.fail(s.error());

    const int skipped = int(rows->size() - batch.size());
    for (const Issue &issue : std::as_const(issues))
        context.err << issue.toString() << '\n';
    context.err.flush();
    if (parser.isSet(json)) {
        QJsonArray issueList;
        for (const Issue &issue : std::as_const(issues))
            issueList.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                         {QStringLiteral("message"), issue.message}});
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("reviewer"), who->name},
                                                    {QStringLiteral("codes"), codes},
                                                    {QStringLiteral("values"), values},
                                                    {QStringLiteral("skipped"), skipped},
                                                    {QStringLiteral("issues"), issueList}}));
    } else {
        context.out << Tr::tr(
                           "%1: %2 codes and %3 extraction values applied for %4 (%5 rows skipped)")
                           .arg(file, QString::number(codes), QString::number(values), who->name,
                                QString::number(skipped))
                    << '\n';
    }
    return Success;
}

} // namespace evimap::cli
