#include "cli/command.h"

#include <QCoreApplication>

namespace evimap::cli {

// Each subcommand lives in its own cmd_*.cpp file.
int runNew(CommandContext &context);
int runInfo(CommandContext &context);
int runCheck(CommandContext &context);
int runImport(CommandContext &context);
int runDemo(CommandContext &context);
int runScreen(CommandContext &context);
int runSettle(CommandContext &context);
int runReasons(CommandContext &context);
int runStats(CommandContext &context);

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("new"), QStringLiteral("new FILE [--name NAME]"),
         Tr::tr("create an empty project file"), runNew},
        {QStringLiteral("info"), QStringLiteral("info FILE [--json]"),
         Tr::tr("schema version and counts of a project"), runInfo},
        {QStringLiteral("check"), QStringLiteral("check FILE [--json]"),
         Tr::tr("check integrity, foreign keys and schema"), runCheck},
        {QStringLiteral("import"), QStringLiteral("import PROJECT FILE... [options]"),
         Tr::tr("import references or PDFs, one batch per file"), runImport},
        {QStringLiteral("demo"), QStringLiteral("demo [--output DIR]"),
         Tr::tr("build the demo project and write what EviMap produces"), runDemo},
        {QStringLiteral("screen"),
         QStringLiteral("screen PROJECT --reviewer R --stage ta|ft --decisions FILE.csv"),
         Tr::tr("record a reviewer's screening decisions from CSV"), runScreen},
        {QStringLiteral("settle"),
         QStringLiteral("settle PROJECT --reviewer LEAD --stage ta|ft --record ID --decision D"),
         Tr::tr("the lead settles a screening conflict"), runSettle},
        {QStringLiteral("reasons"), QStringLiteral("reasons PROJECT [--add LABEL]"),
         Tr::tr("list or add the exclusion reasons"), runReasons},
        {QStringLiteral("stats"), QStringLiteral("stats PROJECT [--json]"),
         Tr::tr("screening progress, conflicts, agreement (kappa) and PRISMA counts"), runStats},
    };
    return list;
}

} // namespace evimap::cli
