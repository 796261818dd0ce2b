// `evimap screen` (batch decisions from CSV) and `evimap settle` (the lead settles a record).
#include "cli/command.h"
#include "project/reviewers.h"
#include "screening/decisioncsv.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningstore.h"
#include "team/roles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace evimap::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

bool stageFrom(CommandContext &context, const QString &value, ScreeningStage *stage, int *code)
{
    const std::optional<ScreeningStage> parsed = ScreeningNames::stageFromKey(value);
    if (!parsed) {
        *code = context.fail(
            UsageError,
            Tr::tr("--stage must be ta (title/abstract) or ft (full text), not \"%1\"").arg(value));
        return false;
    }
    *stage = *parsed;
    return true;
}

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list << id;
    return list;
}

QString idList(const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    return list.join(QLatin1String(", "));
}

// After the change: where the records of the stage stand.
QString standing(ScreeningStore &store, ScreeningStage stage)
{
    const QList<ScreeningResult> results = store.results(stage);
    int included = 0, excluded = 0;
    for (const ScreeningResult &r : results) {
        if (r.result == ResultKind::Include)
            ++included;
        else if (r.result == ResultKind::Exclude)
            ++excluded;
    }
    return Tr::tr("%1 stage: %2 records, %3 included, %4 excluded; conflicts for the lead: %5")
        .arg(ScreeningNames::stageLabel(stage))
        .arg(store.eligibleCount(stage))
        .arg(included)
        .arg(excluded)
        .arg(store.conflicts(stage).size());
}

} // namespace

int runScreen(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Tr::tr("Who decided (name or initials; added if new)."),
                                      QStringLiteral("R"));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   Tr::tr("ta (title/abstract) or ft (full text)."),
                                   QStringLiteral("STAGE"));
    const QCommandLineOption decisions(
        QStringLiteral("decisions"),
        Tr::tr("CSV file: record (id, uuid or DOI), decision (include, exclude, unsure), reason "
               "(label or number), note."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption reopen(
        QStringLiteral("reopen"),
        Tr::tr("The lead reopens the settled records whose decision the file changes (a settled "
               "record's decisions are locked otherwise)."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOptions({reviewer, stage, decisions, reopen, json});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("screen")), 1, 1, &code))
        return code;
    for (const QCommandLineOption *required : {&reviewer, &stage, &decisions}) {
        if (!parser.isSet(*required))
            return context.fail(UsageError,
                                Tr::tr("--%1 is required; usage: evimap %2")
                                    .arg(required->names().first(),
                                         commandNamed(QStringLiteral("screen")).synopsis));
    }
    ScreeningStage screeningStage;
    if (!stageFrom(context, parser.value(stage), &screeningStage, &code))
        return code;

    const QString csvPath = parser.value(decisions);
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(InputRefused,
                            Tr::tr("%1 cannot be read: %2").arg(csvPath, file.errorString()));
    if (file.size() > DecisionCsv::maxFileBytes)
        return context.fail(InputRefused, Tr::tr("%1 is too large").arg(csvPath));
    Result<QList<DecisionCsv::Row>> rows = DecisionCsv::parse(file.readAll(), csvPath);
    if (!rows)
        return context.fail(rows.error());

    const QString projectPath = parser.positionalArguments().first();
    std::unique_ptr<Project> project =
        openProject(context, projectPath, Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    if (project->isReadOnly())
        return context.fail(ProjectProblem,
                            Tr::tr("%1 is read-only; no decision was recorded").arg(projectPath));
    const std::optional<Reviewer> who =
        reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Add, &code);
    if (!who)
        return code;
    const IfSettled ifSettled = parser.isSet(reopen) ? IfSettled::Reopen : IfSettled::Refuse;
    if (ifSettled == IfSettled::Reopen) {
        if (Status s = Roles::require(*who, Work::Lead, Tr::tr("reopen settled records")); !s)
            return context.fail(s.error());
    }

    ScreeningStore store(*project);
    IssueList issues;
    const QList<DecisionRequest> requests = DecisionCsv::resolve(
        store, rows.value(), screeningStage, who->id, csvPath, &issues, ifSettled);
    if (!issues.isEmpty()) {
        for (const Issue &issue : std::as_const(issues))
            context.err << "evimap: " << issue.toString() << '\n';
        return context.fail(
            InputRefused,
            Tr::tr("problems in %1: %2; no decision was recorded").arg(csvPath).arg(issues.size()));
    }

    int counts[3] = {0, 0, 0};
    int unchanged = 0;
    QList<qint64> reopened;
    for (const DecisionRequest &r : requests) {
        const std::optional<ScreeningDecision> before =
            store.decision(r.recordId, r.stage, r.reviewerId);
        if (before && before->input() == *r.input)
            ++unchanged;
        else if (!store.whyLocked(r.recordId, r.stage, r.reviewerId).isEmpty())
            reopened << r.recordId;
        ++counts[int(r.input->decision)];
    }
    if (Status s = store.setDecisions(requests); !s)
        return context.fail(s.error());

    if (parser.isSet(json)) {
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("reviewer"), who->name},
            {QStringLiteral("stage"), ScreeningNames::stageKey(screeningStage)},
            {QStringLiteral("decisions"), int(requests.size())},
            {QStringLiteral("include"), counts[int(Decision::Include)]},
            {QStringLiteral("exclude"), counts[int(Decision::Exclude)]},
            {QStringLiteral("unsure"), counts[int(Decision::Unsure)]},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("reopened"), QJsonArray::fromVariantList(toVariants(reopened))},
            {QStringLiteral("conflicts"), int(store.conflicts(screeningStage).size())}}));
        return Success;
    }
    if (!reopened.isEmpty())
        context.out << Tr::tr("Reopened %1 settled record(s) by the lead: %2.")
                           .arg(reopened.size())
                           .arg(idList(reopened))
                    << '\n';
    context.out << Tr::tr("Recorded %1 decisions by %2 (%3) at %4: %5 include, %6 exclude, %7 "
                          "unsure (%8 unchanged).")
                       .arg(requests.size())
                       .arg(who->name, who->initials, ScreeningNames::stageLabel(screeningStage))
                       .arg(counts[int(Decision::Include)])
                       .arg(counts[int(Decision::Exclude)])
                       .arg(counts[int(Decision::Unsure)])
                       .arg(unchanged)
                << '\n'
                << standing(store, screeningStage) << '\n';
    return Success;
}

int runSettle(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption reviewer(
        QStringLiteral("reviewer"), Tr::tr("The lead (name or initials)."), QStringLiteral("LEAD"));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   Tr::tr("ta (title/abstract) or ft (full text)."),
                                   QStringLiteral("STAGE"));
    const QCommandLineOption record(
        QStringLiteral("record"), Tr::tr("The record: its id, uuid or DOI."), QStringLiteral("ID"));
    const QCommandLineOption decision(
        QStringLiteral("decision"),
        Tr::tr("include, exclude, or (full text, any reviewer) not-retrieved; \"clear\" takes a "
               "settlement back."),
        QStringLiteral("D"));
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        Tr::tr("Exclusion reason (label or number); required at full text."), QStringLiteral("R"));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("Why (kept in the audit log)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption reopen(
        QStringLiteral("reopen"),
        Tr::tr("The lead reopens a record settled already, to change or clear its result."));
    parser.addOptions({reviewer, stage, record, decision, reason, note, reopen});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file."));
    int code = Success;
    if (!parseArguments(context, parser, commandNamed(QStringLiteral("settle")), 1, 1, &code))
        return code;
    for (const QCommandLineOption *required : {&reviewer, &stage, &record, &decision}) {
        if (!parser.isSet(*required))
            return context.fail(UsageError,
                                Tr::tr("--%1 is required; usage: evimap %2")
                                    .arg(required->names().first(),
                                         commandNamed(QStringLiteral("settle")).synopsis));
    }
    ScreeningStage screeningStage;
    if (!stageFrom(context, parser.value(stage), &screeningStage, &code))
        return code;
    const QString wanted = parser.value(decision).trimmed().toLower();
    std::optional<ResultKind> result;
    if (wanted != QLatin1String("clear")) {
        result = ScreeningNames::resultFromKey(wanted);
        if (!result)
            return context.fail(UsageError,
                                Tr::tr("--decision must be include, exclude, not-retrieved or "
                                       "clear, not \"%1\"")
                                    .arg(parser.value(decision)));
    }

    const QString projectPath = parser.positionalArguments().first();
    std::unique_ptr<Project> project =
        openProject(context, projectPath, Project::Access::ReadWrite, &code);
    if (!project)
        return code;
    if (project->isReadOnly())
        return context.fail(ProjectProblem,
                            Tr::tr("%1 is read-only; nothing was settled").arg(projectPath));
    const std::optional<Reviewer> who =
        reviewerNamed(context, *project, parser.value(reviewer), IfUnknown::Add, &code);
    if (!who)
        return code;
    // Settling is the lead's work; "not retrieved" is any reviewer's.
    if (result && result != ResultKind::NotRetrieved) {
        if (Status s = Roles::require(*who, Work::Lead, Tr::tr("settle records")); !s)
            return context.fail(s.error());
    }
    if (parser.isSet(reopen)) {
        if (Status s = Roles::require(*who, Work::Lead, Tr::tr("reopen a settled record")); !s)
            return context.fail(s.error());
    }

    ScreeningStore store(*project);
    const qint64 recordId = DecisionCsv::findRecord(store, parser.value(record));
    if (recordId == 0)
        return context.fail(UsageError,
                            Tr::tr("no record matches \"%1\" (give a record id, uuid or DOI)")
                                .arg(parser.value(record)));
    qint64 reasonId = 0;
    if (parser.isSet(reason)) {
        const std::optional<ExclusionReason> r =
            ExclusionReasonStore(*project).findReason(parser.value(reason));
        if (!r)
            return context.fail(UsageError,
                                Tr::tr("unknown exclusion reason \"%1\"; see evimap reasons %2")
                                    .arg(parser.value(reason), projectPath));
        reasonId = r->id;
    }

    std::optional<ManualResult> manual;
    if (result)
        manual = ManualResult{*result, reasonId, parser.value(note)};
    const QList<ScreeningDecision> before = store.decisions(recordId, screeningStage);
    // A result that stands changes only when the lead reopens the record; "not retrieved" may
    // also be cleared by whoever marked it (the store decides).
    const std::optional<ScreeningResult> standing = store.result(recordId, screeningStage);
    const bool clearsMark = standing && !manual && standing->result == ResultKind::NotRetrieved;
    const bool changes =
        standing && !clearsMark &&
        (!manual || standing->result != manual->result || standing->reasonId != manual->reasonId);
    if (changes) {
        if (!parser.isSet(reopen))
            return context.fail(UsageError,
                                Tr::tr("record %1 is settled at %2 (%3); the lead changes "
                                       "or clears its result with --reopen")
                                    .arg(recordId)
                                    .arg(ScreeningNames::stageLabel(screeningStage),
                                         ScreeningNames::resultKey(standing->result)));
        Result<ReopenImpact> impact = store.reopenImpact(recordId, screeningStage);
        if (!impact)
            return context.fail(impact.error());
        context.out << Tr::tr("Reopening record %1 at %2 (%3): %4.")
                           .arg(recordId)
                           .arg(ScreeningNames::stageLabel(screeningStage),
                                ScreeningNames::resultKey(standing->result),
                                impact->changes.join(QLatin1String("; ")))
                    << '\n';
    }
    const Status written =
        changes && !manual
            ? store.reopen(recordId, screeningStage, who->id, parser.value(note))
            : store.setManualResult(recordId, screeningStage, who->id, manual,
                                    parser.isSet(reopen) ? IfSettled::Reopen : IfSettled::Refuse);
    if (!written)
        return context.fail(written.error());

    Reviewers people(*project);
    for (const ScreeningDecision &d : before) {
        const std::optional<Reviewer> r = people.byId(d.reviewerId);
        const std::optional<ExclusionReason> why =
            d.reasonId > 0 ? ExclusionReasonStore(*project).reason(d.reasonId) : std::nullopt;
        context.out << QStringLiteral("  %1: %2%3%4\n")
                           .arg(r ? r->name : QString::number(d.reviewerId),
                                ScreeningNames::decisionKey(d.decision),
                                why ? QStringLiteral(" (%1)").arg(why->label) : QString(),
                                d.note.isEmpty() ? QString() : QStringLiteral(" — ") + d.note);
    }
    const std::optional<ScreeningResult> now = store.result(recordId, screeningStage);
    if (now)
        context.out
            << Tr::tr("Record %1 at %2: %3%4, settled by %5.")
                   .arg(recordId)
                   .arg(ScreeningNames::stageLabel(screeningStage),
                        ScreeningNames::resultKey(now->result),
                        now->reasonId > 0
                            ? QStringLiteral(" (%1)").arg(
                                  ExclusionReasonStore(*project).reason(now->reasonId)->label)
                            : QString(),
                        now->settledBy > 0 ? people.byId(now->settledBy)->name
                                           : Tr::tr("agreement"))
            << '\n';
    else
        context.out << Tr::tr("Record %1 at %2: not settled (conflicts open at this stage: %3).")
                           .arg(recordId)
                           .arg(ScreeningNames::stageLabel(screeningStage))
                           .arg(store.conflicts(screeningStage).size())
                    << '\n';
    return Success;
}

} // namespace evimap::cli
