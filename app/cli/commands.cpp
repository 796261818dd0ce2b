#include "cli/command.h"

#include <QCoreApplication>

namespace evimap::cli {

// Each subcommand lives in its own cmd_*.cpp file.
int runNew(CommandContext &context);
int runInfo(CommandContext &context);
int runCheck(CommandContext &context);
int runImport(CommandContext &context);
int runDedup(CommandContext &context);
int runAdd(CommandContext &context);
int runAttach(CommandContext &context);
int runExport(CommandContext &context);
int runList(CommandContext &context);
int runTag(CommandContext &context);
int runDemo(CommandContext &context);
int runScreen(CommandContext &context);
int runSettle(CommandContext &context);
int runReasons(CommandContext &context);
int runStats(CommandContext &context);
int runSimulate(CommandContext &context);
int runRank(CommandContext &context);
int runCode(CommandContext &context);
int runCodebook(CommandContext &context);
int runCoding(CommandContext &context);
int runMap(CommandContext &context);
int runPrisma(CommandContext &context);
int runReport(CommandContext &context);
int runCopy(CommandContext &context);
int runMerge(CommandContext &context);
int runAudit(CommandContext &context);
int runMembers(CommandContext &context);
int runProperties(CommandContext &context);

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("new"),
         QStringLiteral("new FILE [--name NAME] [--codebook default|empty|FILE.json]"),
         Tr::tr("create an empty project file"), runNew},
        {QStringLiteral("info"), QStringLiteral("info FILE [--json]"),
         Tr::tr("schema version and counts of a project"), runInfo},
        {QStringLiteral("check"), QStringLiteral("check FILE [--json]"),
         Tr::tr("check integrity, foreign keys, schema, links and attached files"), runCheck},
        {QStringLiteral("import"), QStringLiteral("import PROJECT FILE... [options]"),
         Tr::tr("import references or PDFs, one batch per file"), runImport},
        {QStringLiteral("dedup"),
         QStringLiteral("dedup PROJECT [--auto] [--json] | --list | --decide PAIR D | --undo PAIR"),
         Tr::tr("find duplicates, merge the certain ones, review the rest"), runDedup},
        {QStringLiteral("add"), QStringLiteral("add PROJECT --type TYPE --title T [options]"),
         Tr::tr("enter an initiative, report or web page by hand"), runAdd},
        {QStringLiteral("attach"), QStringLiteral("attach PROJECT PDF [--record|--doi|--title]"),
         Tr::tr("attach a PDF to a record already in the project"), runAttach},
        {QStringLiteral("export"),
         QStringLiteral("export PROJECT -o FILE [--format F] [selection]"),
         Tr::tr("export records as RIS, BibTeX, CSV or CSL-JSON"), runExport},
        {QStringLiteral("list"),
         QStringLiteral("list PROJECT [--filter VIEW] [--stage ta|ft] [--reviewer R] [--batch ID] "
                        "[--value TEXT] [--tags] [--json]"),
         Tr::tr("list the records of a view (my votes, conflicts, settled, tag...)"), runList},
        {QStringLiteral("tag"),
         QStringLiteral("tag PROJECT --records IDS --add TAG|--remove TAG [--reviewer R]"),
         Tr::tr("put a tag (label) on records or take it off"), runTag},
        {QStringLiteral("demo"), QStringLiteral("demo [--output DIR]"),
         Tr::tr("build the demo project and write what EviMap produces"), runDemo, Needs::Fonts},
        {QStringLiteral("screen"),
         QStringLiteral("screen PROJECT --reviewer R --stage ta|ft --decisions FILE.csv "
                        "[--reopen]"),
         Tr::tr("record a reviewer's screening decisions from CSV"), runScreen},
        {QStringLiteral("settle"),
         QStringLiteral("settle PROJECT --reviewer LEAD --stage ta|ft --record ID --decision D "
                        "[--reopen]"),
         Tr::tr("the lead settles a screening conflict"), runSettle},
        {QStringLiteral("reasons"), QStringLiteral("reasons PROJECT [--add LABEL]"),
         Tr::tr("list or add the exclusion reasons"), runReasons},
        {QStringLiteral("stats"), QStringLiteral("stats PROJECT [--reviewer R] [--json]"),
         Tr::tr("screening progress, conflicts, agreement (kappa) and PRISMA counts"), runStats},
        {QStringLiteral("simulate"),
         QStringLiteral("simulate DATASET... [--label-column C] [--seeds N] [--json]"),
         Tr::tr("replay a labelled dataset with the ranking: WSS@95, recall curve"), runSimulate},
        {QStringLiteral("rank"),
         QStringLiteral("rank PROJECT [--json] [--limit N] | --stop | --resume --reviewer LEAD"),
         Tr::tr("rank the unscreened records by predicted relevance"), runRank},
        {QStringLiteral("code"), QStringLiteral("code PROJECT --reviewer R --codings FILE.csv"),
         Tr::tr("apply a reviewer's codings from CSV (record, code, quote, page, note)"), runCode},
        {QStringLiteral("codebook"),
         QStringLiteral(
             "codebook PROJECT [--import FILE.json] [--export FILE.json] [--html FILE.html]"),
         Tr::tr("show, import or export the codebook (JSON template, HTML appendix)"), runCodebook},
        {QStringLiteral("coding"),
         QStringLiteral("coding PROJECT --compare R1 R2 | --reconcile --reviewer LEAD [--from R] | "
                        "--export FILE.csv"),
         Tr::tr("compare two coders, reconcile, export the final coding"), runCoding},
        {QStringLiteral("map"),
         QStringLiteral("map PROJECT --rows DIM --cols DIM [--colour DIM] [--filter DIM=CODE]... "
                        "[--years A-B] [--stage ta|ft|all|auto] -o FILE.svg|png|pdf|html|csv"),
         Tr::tr("draw the evidence gap map"), runMap, Needs::Fonts},
        {QStringLiteral("prisma"), QStringLiteral("prisma PROJECT -o FILE.svg|png|pdf [--json]"),
         Tr::tr("draw the PRISMA 2020 flow diagram from the data"), runPrisma, Needs::Fonts},
        {QStringLiteral("report"), QStringLiteral("report PROJECT -o FILE.pdf"),
         Tr::tr("write the PDF report: PRISMA, map, charts, items, codebook"), runReport,
         Needs::Fonts},
        {QStringLiteral("copy"), QStringLiteral("copy PROJECT OUT --reviewer R [--json]"),
         Tr::tr("take a copy of the project to work offline"), runCopy},
        {QStringLiteral("merge"),
         QStringLiteral(
             "merge PROJECT COPY [--dry-run] [--prefer main|copy] [--take-copy ID]... [--json]"),
         Tr::tr("bring an offline copy's work back into the project"), runMerge},
        {QStringLiteral("members"),
         QStringLiteral("members PROJECT [--json] | --rename OLD --to NEW --reviewer LEAD | "
                        "--role NAME --to lead|reviewer|viewer --reviewer LEAD"),
         Tr::tr("list the people on a project with their roles; rename them, change roles"),
         runMembers},
        {QStringLiteral("properties"),
         QStringLiteral("properties PROJECT [--name N] [--question Q] [--author A]... "
                        "[--registration ID] [--funder F] [--json]"),
         Tr::tr("show or set the project's name, question, authors, registration, funder"),
         runProperties},
        {QStringLiteral("audit"),
         QStringLiteral("audit PROJECT [--record N] [--reviewer R] [--csv FILE] [--json]"),
         Tr::tr("who changed what, when, before and after"), runAudit},
    };
    return list;
}

} // namespace evimap::cli
