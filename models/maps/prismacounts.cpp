#include "maps/prismacounts.h"

#include "maps/mapstore.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "screening/screeningsettings.h"

#include <QHash>
#include <QJsonArray>

namespace evimap {

namespace {

bool isDatabaseRoute(const QString &route)
{
    return route == QLatin1String("database") || route == QLatin1String("register");
}

QString routeLabel(const QString &route)
{
    if (route == QLatin1String("register"))
        return PrismaCounts::tr("Registers");
    if (route == QLatin1String("website"))
        return PrismaCounts::tr("Websites");
    if (route == QLatin1String("organisation"))
        return PrismaCounts::tr("Organisations");
    if (route == QLatin1String("citation"))
        return PrismaCounts::tr("Citation searching");
    if (route == QLatin1String("expert"))
        return PrismaCounts::tr("Expert contacts");
    if (route == QLatin1String("manual"))
        return PrismaCounts::tr("Added by hand");
    if (route == QLatin1String("database"))
        return PrismaCounts::tr("Databases");
    return PrismaCounts::tr("Other sources");
}

// Adds `count` to the line with this label and route, keeping first-seen order.
void addLine(QList<PrismaLine> &lines, const QString &label, const QString &route, qint64 count)
{
    for (PrismaLine &line : lines) {
        if (line.label == label && line.route == route) {
            line.count += count;
            return;
        }
    }
    lines.append({label, count, route});
}

QJsonArray linesToJson(const QList<PrismaLine> &lines)
{
    QJsonArray array;
    for (const PrismaLine &line : lines) {
        QJsonObject o{{QStringLiteral("label"), line.label}, {QStringLiteral("n"), line.count}};
        if (!line.route.isEmpty())
            o.insert(QStringLiteral("route"), line.route);
        array.append(o);
    }
    return array;
}

QJsonObject flowToJson(const PrismaFlow &f)
{
    return QJsonObject{
        {QStringLiteral("identified"), linesToJson(f.identified)},
        {QStringLiteral("identifiedTotal"), f.identifiedTotal},
        {QStringLiteral("duplicatesRemoved"), f.duplicatesRemoved},
        {QStringLiteral("automationRemoved"), f.automationRemoved},
        {QStringLiteral("otherRemoved"), f.otherRemoved},
        {QStringLiteral("uniqueRecords"), f.uniqueRecords},
        {QStringLiteral("screened"), f.screened},
        {QStringLiteral("screeningExcluded"), f.screeningExcluded},
        {QStringLiteral("awaitingScreening"), f.awaitingScreening},
        {QStringLiteral("sought"), f.sought},
        {QStringLiteral("notRetrieved"), f.notRetrieved},
        {QStringLiteral("assessed"), f.assessed},
        {QStringLiteral("excludedReasons"), linesToJson(f.excludedReasons)},
        {QStringLiteral("excluded"), f.excluded},
        {QStringLiteral("awaitingAssessment"), f.awaitingAssessment},
        {QStringLiteral("included"), f.included},
    };
}

// A non-negative count from a setting, or -1 (not given).
qint64 settingCount(const Project &project, const ProjectSetting<qint64> &setting)
{
    const qint64 n = setting.read(project);
    return n >= 0 ? n : -1;
}

} // namespace

Result<PrismaCounts> PrismaCounts::read(const Project &project)
{
    const MapStore store(project.database());
    Result<QList<MapStore::BatchCount>> batches = store.batchCounts();
    if (!batches)
        return batches.error();
    Result<QList<MapStore::RecordFlow>> flows = store.recordFlow();
    if (!flows)
        return flows.error();
    Result<QList<MapStore::Reason>> reasons = store.exclusionReasons();
    if (!reasons)
        return reasons.error();

    PrismaCounts counts;
    counts.projectName = project.name();
    counts.registration = ProjectSettings::projectRegistration.read(project);

    // Identification: what each batch brought, by database source or by route.
    for (const MapStore::BatchCount &batch : std::as_const(batches.value())) {
        if (isDatabaseRoute(batch.route)) {
            const QString label =
                batch.source.trimmed().isEmpty() ? batch.fileName : batch.source.trimmed();
            addLine(counts.databases.identified, label, batch.route, batch.records);
        } else {
            addLine(counts.other.identified, routeLabel(batch.route), batch.route, batch.records);
        }
    }
    qint64 typedIn = 0;
    for (const MapStore::RecordFlow &r : std::as_const(flows.value())) {
        if (!r.hasSource)
            ++typedIn;
    }
    if (typedIn > 0)
        addLine(counts.other.identified, routeLabel(QStringLiteral("manual")),
                QStringLiteral("manual"), typedIn);
    for (PrismaFlow *flow : {&counts.databases, &counts.other}) {
        for (const PrismaLine &line : std::as_const(flow->identified))
            flow->identifiedTotal += line.count;
    }

    // Removed before screening.
    const bool stoppedEarly = ScreeningSettings::read(project).stoppedEarly;
    const qint64 automationSetting =
        settingCount(project, ProjectSettings::prismaAutomationExcluded);
    const qint64 otherSetting = settingCount(project, ProjectSettings::prismaOtherRemoved);
    const bool automationFromScreening = automationSetting < 0 && stoppedEarly;

    QHash<qint64, qint64> reasonCounts;
    qint64 excludedThenAssessed = 0;
    for (const MapStore::RecordFlow &r : std::as_const(flows.value())) {
        if (r.duplicate)
            continue;
        const bool mainColumn = r.hasSource && isDatabaseRoute(r.route);
        PrismaFlow &flow = mainColumn ? counts.databases : counts.other;
        ++flow.uniqueRecords;
        if (automationFromScreening && mainColumn && r.ta.isEmpty() && r.ft.isEmpty()) {
            ++flow.automationRemoved;
            continue;
        }
        if (r.ta == QLatin1String("exclude")) {
            ++flow.screeningExcluded;
            if (!r.ft.isEmpty())
                ++excludedThenAssessed;
            continue;
        }
        const bool sought = r.ta == QLatin1String("include") ||
                            r.ta == QLatin1String("not_retrieved") ||
                            (r.ta.isEmpty() && !r.ft.isEmpty());
        if (!sought)
            continue; // awaiting title/abstract screening
        ++flow.sought;
        if (r.ta == QLatin1String("not_retrieved") || r.ft == QLatin1String("not_retrieved")) {
            ++flow.notRetrieved;
        } else if (r.ft == QLatin1String("exclude")) {
            ++flow.excluded;
            reasonCounts[mainColumn ? r.ftReason : -1 - r.ftReason] += 1;
        } else if (r.ft == QLatin1String("include")) {
            ++flow.included;
        }
    }
    if (automationSetting >= 0)
        counts.databases.automationRemoved = automationSetting;
    if (otherSetting >= 0)
        counts.databases.otherRemoved = otherSetting;

    // Reasons in the order the lead gave them; unknown or missing reasons last.
    for (PrismaFlow *flow : {&counts.databases, &counts.other}) {
        const bool mainColumn = flow == &counts.databases;
        auto key = [mainColumn](qint64 id) { return mainColumn ? id : -1 - id; };
        QSet<qint64> listed;
        for (const MapStore::Reason &reason : std::as_const(reasons.value())) {
            listed.insert(reason.id);
            if (const qint64 n = reasonCounts.value(key(reason.id)))
                flow->excludedReasons.append({reason.label, n, {}});
        }
        qint64 unknown = 0;
        for (auto it = reasonCounts.cbegin(); it != reasonCounts.cend(); ++it) {
            const bool inThisColumn = mainColumn ? it.key() >= 0 : it.key() < 0;
            const qint64 id = mainColumn ? it.key() : -1 - it.key();
            if (inThisColumn && !listed.contains(id))
                unknown += it.value();
        }
        if (unknown > 0)
            flow->excludedReasons.append({tr("Reason not recorded"), unknown, {}});
    }

    for (PrismaFlow *flow : {&counts.databases, &counts.other}) {
        flow->duplicatesRemoved = flow->identifiedTotal - flow->uniqueRecords;
        flow->screened = flow->uniqueRecords - flow->automationRemoved - flow->otherRemoved;
        flow->awaitingScreening = flow->screened - flow->screeningExcluded - flow->sought;
        flow->assessed = flow->sought - flow->notRetrieved;
        flow->awaitingAssessment = flow->assessed - flow->excluded - flow->included;
    }
    counts.reportsIncluded = counts.databases.included + counts.other.included;
    counts.studiesIncluded = counts.reportsIncluded;

    counts.notes << tr("Each included report is counted as one study: the project does not link "
                       "several reports of one study.");
    if (automationFromScreening)
        counts.notes << tr("Prioritised screening was stopped early: the records never screened "
                           "at title/abstract (%1) are counted as marked ineligible by "
                           "automation tools.")
                            .arg(counts.databases.automationRemoved);
    if (automationSetting >= 0)
        counts.notes << tr("Records marked ineligible by automation tools: %1, from the project "
                           "setting prisma.automationExcluded.")
                            .arg(automationSetting);
    if (otherSetting >= 0)
        counts.notes << tr("Records removed for other reasons: %1, from the project setting "
                           "prisma.otherRemoved.")
                            .arg(otherSetting);
    if (excludedThenAssessed > 0)
        counts.notes << tr("Records excluded at title/abstract that also have a full-text result "
                           "(%1) are counted as excluded at screening.")
                            .arg(excludedThenAssessed);
    return counts;
}

QStringList PrismaCounts::check() const
{
    QStringList problems;
    auto checkFlow = [&](const PrismaFlow &f, const QString &column) {
        qint64 lines = 0;
        for (const PrismaLine &line : f.identified)
            lines += line.count;
        if (lines != f.identifiedTotal)
            problems << tr("%1: the sources add up to %2, not to the %3 records identified")
                            .arg(column)
                            .arg(lines)
                            .arg(f.identifiedTotal);
        if (f.duplicatesRemoved < 0)
            problems << tr("%1: more records remain (%2) than were identified (%3)")
                            .arg(column)
                            .arg(f.uniqueRecords)
                            .arg(f.identifiedTotal);
        if (f.identifiedTotal - f.duplicatesRemoved - f.automationRemoved - f.otherRemoved !=
            f.screened)
            problems << tr("%1: identified (%2) − duplicates (%3) − automation (%4) − other (%5) "
                           "≠ screened (%6)")
                            .arg(column)
                            .arg(f.identifiedTotal)
                            .arg(f.duplicatesRemoved)
                            .arg(f.automationRemoved)
                            .arg(f.otherRemoved)
                            .arg(f.screened);
        if (f.awaitingScreening > 0)
            problems << tr("%1: records still awaiting title/abstract screening: %2")
                            .arg(column)
                            .arg(f.awaitingScreening);
        else if (f.awaitingScreening < 0 || f.screened - f.screeningExcluded != f.sought)
            problems << tr("%1: screened (%2) − excluded (%3) ≠ sought for retrieval (%4)")
                            .arg(column)
                            .arg(f.screened)
                            .arg(f.screeningExcluded)
                            .arg(f.sought);
        if (f.sought - f.notRetrieved != f.assessed)
            problems << tr("%1: sought (%2) − not retrieved (%3) ≠ assessed (%4)")
                            .arg(column)
                            .arg(f.sought)
                            .arg(f.notRetrieved)
                            .arg(f.assessed);
        qint64 reasons = 0;
        for (const PrismaLine &line : f.excludedReasons)
            reasons += line.count;
        if (reasons != f.excluded)
            problems << tr("%1: the exclusion reasons add up to %2, not to the %3 reports excluded")
                            .arg(column)
                            .arg(reasons)
                            .arg(f.excluded);
        if (f.awaitingAssessment > 0)
            problems << tr("%1: reports still awaiting full-text assessment: %2")
                            .arg(column)
                            .arg(f.awaitingAssessment);
        else if (f.awaitingAssessment < 0 || f.assessed - f.excluded != f.included)
            problems << tr("%1: assessed (%2) − excluded (%3) ≠ included (%4)")
                            .arg(column)
                            .arg(f.assessed)
                            .arg(f.excluded)
                            .arg(f.included);
    };
    checkFlow(databases, tr("Databases and registers"));
    if (hasOtherMethods() || other.uniqueRecords > 0)
        checkFlow(other, tr("Other methods"));
    if (databases.included + other.included != reportsIncluded)
        problems << tr("the reports included (%1) are not the sum of the two columns (%2 + %3)")
                        .arg(reportsIncluded)
                        .arg(databases.included)
                        .arg(other.included);
    return problems;
}

QJsonObject PrismaCounts::toJson() const
{
    return QJsonObject{
        {QStringLiteral("project"), projectName},
        {QStringLiteral("registration"), registration},
        {QStringLiteral("databasesAndRegisters"), flowToJson(databases)},
        {QStringLiteral("otherMethods"), flowToJson(other)},
        {QStringLiteral("studiesIncluded"), studiesIncluded},
        {QStringLiteral("reportsIncluded"), reportsIncluded},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(check())},
    };
}

} // namespace evimap
