#include "screening/screeningstats.h"

#include "project/project.h"
#include "project/reviewers.h"
#include "screening/agreement.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "screening/settlement.h"
#include "team/blinding.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace evimap {

namespace {

// Agreement categories: unsure counts as include.
int category(Decision d)
{
    return d == Decision::Exclude ? 0 : 1;
}

QJsonValue number(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue();
}

QString figure(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : ScreeningStats::tr("undefined");
}

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value * 100.0, 'f', 1) + QLatin1Char('%')
                 : ScreeningStats::tr("undefined");
}

StageStats computeStage(ScreeningStore &store, ScreeningStage stage, const QList<Reviewer> &people,
                        int required, const Blinding &viewer)
{
    StageStats s;
    s.stage = stage;
    s.eligible = store.eligibleCount(stage);

    const QList<ScreeningDecision> decisions = viewer.visible(store.allDecisions(stage));
    const QList<ScreeningResult> results = store.results(stage);
    const QSet<qint64> reopened = store.reopenedRecords(stage);

    QHash<qint64, const ScreeningResult *> resultOf;
    for (const ScreeningResult &r : results) {
        resultOf.insert(r.recordId, &r);
        switch (r.result) {
        case ResultKind::Include:
            ++s.included;
            break;
        case ResultKind::Exclude:
            ++s.excluded;
            break;
        case ResultKind::NotRetrieved:
            ++s.notRetrieved;
            break;
        }
        if (r.isManual() && r.result != ResultKind::NotRetrieved)
            ++s.settledByLead;
    }

    // Per record: the decisions (ordered by record), evaluated where no result stands.
    QHash<qint64, QHash<qint64, Decision>> byRecord; // record -> reviewer -> decision
    QMap<qint64, ReviewerProgress> progress;
    qint64 decidedRecords = 0;
    for (qsizetype i = 0; i < decisions.size();) {
        qsizetype j = i;
        while (j < decisions.size() && decisions.at(j).recordId == decisions.at(i).recordId)
            ++j;
        const QList<ScreeningDecision> group = decisions.mid(i, j - i);
        const qint64 recordId = group.first().recordId;
        ++decidedRecords;
        if (!resultOf.contains(recordId)) {
            const SettlementState state =
                Settlement::evaluate(stage, group, required, reopened.contains(recordId));
            if (state.kind == SettlementState::Kind::Conflict)
                ++s.conflicts;
            else if (state.kind == SettlementState::Kind::Pending)
                ++s.pending;
        }
        for (const ScreeningDecision &d : group) {
            byRecord[recordId].insert(d.reviewerId, d.decision);
            ReviewerProgress &p = progress[d.reviewerId];
            p.reviewerId = d.reviewerId;
            ++p.decided;
            if (d.decision == Decision::Include)
                ++p.include;
            else if (d.decision == Decision::Exclude)
                ++p.exclude;
            else
                ++p.unsure;
        }
        i = j;
    }
    qint64 resultsWithoutDecisions = 0;
    for (const ScreeningResult &r : results) {
        if (!byRecord.contains(r.recordId))
            ++resultsWithoutDecisions;
    }
    s.screened = decidedRecords + resultsWithoutDecisions;
    s.unscreened = qMax<qint64>(0, s.eligible - s.screened);

    QHash<qint64, const Reviewer *> personOf;
    for (const Reviewer &r : people)
        personOf.insert(r.id, &r);
    for (ReviewerProgress &p : progress) {
        if (const Reviewer *r = personOf.value(p.reviewerId)) {
            p.name = r->name;
            p.initials = r->initials;
        }
        s.reviewers.append(p);
    }

    // Pairs of reviewers, over the records both decided.
    const QList<qint64> ids = progress.keys();
    for (qsizetype x = 0; x < ids.size(); ++x) {
        for (qsizetype y = x + 1; y < ids.size(); ++y) {
            PairAgreement pair;
            pair.reviewerA = ids.at(x);
            pair.reviewerB = ids.at(y);
            pair.nameA = progress.value(pair.reviewerA).name;
            pair.nameB = progress.value(pair.reviewerB).name;
            QList<int> a, b;
            for (auto it = byRecord.cbegin(); it != byRecord.cend(); ++it) {
                const auto da = it->constFind(pair.reviewerA);
                const auto db = it->constFind(pair.reviewerB);
                if (da == it->cend() || db == it->cend())
                    continue;
                const int ca = category(*da), cb = category(*db);
                a.append(ca);
                b.append(cb);
                if (ca == 1 && cb == 1)
                    ++pair.bothInclude;
                else if (ca == 0 && cb == 0)
                    ++pair.bothExclude;
                else if (ca == 1)
                    ++pair.onlyAIncludes;
                else
                    ++pair.onlyBIncludes;
            }
            pair.records = int(a.size());
            pair.percent = Agreement::percentAgreement(a, b);
            pair.kappa = Agreement::cohenKappa(a, b);
            pair.pabak = Agreement::pabak(a, b);
            s.pairs.append(pair);
        }
    }

    // Fleiss' kappa over the records every reviewer of this stage decided.
    if (ids.size() >= 3) {
        s.fleissRaters = int(ids.size());
        QList<QList<int>> counts;
        for (auto it = byRecord.cbegin(); it != byRecord.cend(); ++it) {
            if (it->size() != ids.size())
                continue;
            QList<int> row(2, 0);
            for (Decision d : *it)
                ++row[category(d)];
            counts.append(row);
        }
        s.fleissRecords = int(counts.size());
        s.fleissKappa = Agreement::fleissKappa(counts);
    }

    // Settled exclusions per reason, in the lead's order (retired reasons too).
    QHash<qint64, qint64> perReason;
    for (const ScreeningResult &r : results) {
        if (r.result == ResultKind::Exclude)
            ++perReason[r.reasonId];
    }
    for (const ExclusionReason &reason : ExclusionReasonStore(store.project()).reasons(true)) {
        if (perReason.contains(reason.id))
            s.exclusionReasons.append({reason.label, perReason.value(reason.id)});
    }
    if (perReason.contains(0))
        s.exclusionReasons.append({ScreeningStats::tr("(no reason given)"), perReason.value(0)});
    return s;
}

QJsonObject stageJson(const StageStats &s)
{
    QJsonArray reviewers;
    for (const ReviewerProgress &p : s.reviewers)
        reviewers.append(QJsonObject{{QStringLiteral("id"), p.reviewerId},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("initials"), p.initials},
                                     {QStringLiteral("decided"), p.decided},
                                     {QStringLiteral("include"), p.include},
                                     {QStringLiteral("exclude"), p.exclude},
                                     {QStringLiteral("unsure"), p.unsure}});
    QJsonArray pairs;
    for (const PairAgreement &p : s.pairs)
        pairs.append(
            QJsonObject{{QStringLiteral("reviewers"), QJsonArray{p.nameA, p.nameB}},
                        {QStringLiteral("reviewerIds"), QJsonArray{p.reviewerA, p.reviewerB}},
                        {QStringLiteral("records"), p.records},
                        {QStringLiteral("bothInclude"), p.bothInclude},
                        {QStringLiteral("bothExclude"), p.bothExclude},
                        {QStringLiteral("onlyFirstIncludes"), p.onlyAIncludes},
                        {QStringLiteral("onlySecondIncludes"), p.onlyBIncludes},
                        {QStringLiteral("percentAgreement"), number(p.percent)},
                        {QStringLiteral("cohenKappa"), number(p.kappa)},
                        {QStringLiteral("pabak"), number(p.pabak)}});
    QJsonArray reasons;
    for (const auto &r : s.exclusionReasons)
        reasons.append(
            QJsonObject{{QStringLiteral("reason"), r.first}, {QStringLiteral("count"), r.second}});
    QJsonObject o{{QStringLiteral("stage"), ScreeningNames::stageKey(s.stage)},
                  {QStringLiteral("eligible"), s.eligible},
                  {QStringLiteral("screened"), s.screened},
                  {QStringLiteral("unscreened"), s.unscreened},
                  {QStringLiteral("pending"), s.pending},
                  {QStringLiteral("conflicts"), s.conflicts},
                  {QStringLiteral("included"), s.included},
                  {QStringLiteral("excluded"), s.excluded},
                  {QStringLiteral("settledByLead"), s.settledByLead},
                  {QStringLiteral("reviewers"), reviewers},
                  {QStringLiteral("pairs"), pairs},
                  {QStringLiteral("exclusionReasons"), reasons}};
    if (s.stage == ScreeningStage::FullText)
        o.insert(QStringLiteral("notRetrieved"), s.notRetrieved);
    if (s.fleissRaters >= 3)
        o.insert(QStringLiteral("fleiss"),
                 QJsonObject{{QStringLiteral("raters"), s.fleissRaters},
                             {QStringLiteral("records"), s.fleissRecords},
                             {QStringLiteral("kappa"), number(s.fleissKappa)}});
    return o;
}

QString stageText(const StageStats &s)
{
    QString t;
    t += ScreeningStats::tr("%1 screening\n")
             .arg(ScreeningNames::stageLabel(s.stage).at(0).toUpper() +
                  ScreeningNames::stageLabel(s.stage).mid(1));
    t += ScreeningStats::tr("  records at this stage   %1\n").arg(s.eligible);
    t += ScreeningStats::tr("  screened                %1 (%2 not yet)\n")
             .arg(s.screened)
             .arg(s.unscreened);
    t += ScreeningStats::tr("  included                %1\n").arg(s.included);
    t += ScreeningStats::tr("  excluded                %1\n").arg(s.excluded);
    if (s.stage == ScreeningStage::FullText)
        t += ScreeningStats::tr("  full text not retrieved %1\n").arg(s.notRetrieved);
    t += ScreeningStats::tr("  waiting for a reviewer  %1\n").arg(s.pending);
    t += ScreeningStats::tr("  conflicts for the lead  %1\n").arg(s.conflicts);
    t += ScreeningStats::tr("  settled by the lead     %1\n").arg(s.settledByLead);
    for (const ReviewerProgress &p : s.reviewers)
        t += ScreeningStats::tr("  %1 (%2): %3 decided — %4 include, %5 exclude, %6 unsure\n")
                 .arg(p.name, p.initials)
                 .arg(p.decided)
                 .arg(p.include)
                 .arg(p.exclude)
                 .arg(p.unsure);
    for (const PairAgreement &p : s.pairs)
        t += ScreeningStats::tr("  %1 × %2: %3 records, agreement %4, Cohen's kappa %5, PABAK %6\n")
                 .arg(p.nameA, p.nameB)
                 .arg(p.records)
                 .arg(percent(p.percent), figure(p.kappa), figure(p.pabak));
    if (s.fleissRaters >= 3)
        t += ScreeningStats::tr("  Fleiss' kappa (%1 reviewers, %2 records all decided): %3\n")
                 .arg(s.fleissRaters)
                 .arg(s.fleissRecords)
                 .arg(figure(s.fleissKappa));
    if (!s.exclusionReasons.isEmpty()) {
        t += ScreeningStats::tr("  exclusions by reason:\n");
        for (const auto &r : s.exclusionReasons)
            t += QStringLiteral("    %1  %2\n").arg(r.second, 5).arg(r.first);
    }
    return t;
}

} // namespace

Result<ScreeningStats> ScreeningStats::compute(Project &project, const Blinding &viewer)
{
    ScreeningStats stats;
    const ScreeningSettings settings = ScreeningSettings::read(project);
    stats.reviewersRequired = settings.reviewersRequiredAt(ScreeningStage::TitleAbstract);
    stats.reviewersRequiredFullText = settings.reviewersRequiredAt(ScreeningStage::FullText);
    stats.blind = settings.blind;
    stats.blindedView = !viewer.seesAllScreening();
    stats.stoppedEarly = settings.stoppedEarly;
    ScreeningStore store(project);
    const QList<Reviewer> people = Reviewers(project).all();
    stats.titleAbstract =
        computeStage(store, ScreeningStage::TitleAbstract, people,
                     settings.reviewersRequiredAt(ScreeningStage::TitleAbstract), viewer);
    stats.fullText = computeStage(store, ScreeningStage::FullText, people,
                                  settings.reviewersRequiredAt(ScreeningStage::FullText), viewer);
    return stats;
}

QStringList ScreeningStats::conventions()
{
    return {tr("\"Unsure\" counts as include for agreement (two categories: include/unsure vs "
               "exclude)."),
            tr("Pairs are compared over the records both reviewers decided at that stage."),
            tr("Cohen's kappa = (p_o − p_e) / (1 − p_e), unweighted; undefined when both "
               "reviewers used a single category."),
            tr("PABAK = 2·p_o − 1 (prevalence- and bias-adjusted kappa), shown because mostly "
               "excluding lowers kappa."),
            tr("Fleiss' kappa (three or more reviewers) covers the records every one of them "
               "decided.")};
}

qint64 ScreeningStats::removedByAutomation() const
{
    return stoppedEarly ? titleAbstract.eligible - titleAbstract.included - titleAbstract.excluded
                        : 0;
}

QJsonObject ScreeningStats::toJson() const
{
    const qint64 sought = titleAbstract.included;
    const qint64 notScreened =
        titleAbstract.eligible - titleAbstract.included - titleAbstract.excluded;
    const qint64 removed = removedByAutomation();
    return QJsonObject{
        {QStringLiteral("reviewersRequired"), reviewersRequired},
        {QStringLiteral("reviewersRequiredFullText"), reviewersRequiredFullText},
        {QStringLiteral("blind"), blind},
        {QStringLiteral("blindedView"), blindedView},
        {QStringLiteral("conventions"), QJsonArray::fromStringList(conventions())},
        {QStringLiteral("stages"), QJsonObject{{QStringLiteral("ta"), stageJson(titleAbstract)},
                                               {QStringLiteral("ft"), stageJson(fullText)}}},
        {QStringLiteral("prisma"),
         QJsonObject{{QStringLiteral("stoppedEarly"), stoppedEarly},
                     {QStringLiteral("recordsRemovedByAutomation"), removed},
                     {QStringLiteral("recordsScreened"), titleAbstract.eligible - removed},
                     {QStringLiteral("recordsExcluded"), titleAbstract.excluded},
                     {QStringLiteral("recordsAwaitingScreening"), notScreened - removed},
                     {QStringLiteral("reportsSought"), sought},
                     {QStringLiteral("reportsNotRetrieved"), fullText.notRetrieved},
                     {QStringLiteral("reportsAssessed"), sought - fullText.notRetrieved},
                     {QStringLiteral("reportsExcluded"), fullText.excluded},
                     {QStringLiteral("reportsAwaitingAssessment"),
                      sought - fullText.notRetrieved - fullText.excluded - fullText.included},
                     {QStringLiteral("studiesIncluded"), fullText.included}}}};
}

QString ScreeningStats::toText() const
{
    QString t;
    t += (reviewersRequiredFullText == reviewersRequired
              ? tr("Screening: reviewers who must agree on a record: %1; ").arg(reviewersRequired)
              : tr("Screening: reviewers who must agree on a record: %1 at title/abstract, %2 at "
                   "full text; ")
                    .arg(reviewersRequired)
                    .arg(reviewersRequiredFullText)) +
         (blind ? tr("blind (reviewers do not see each other's decisions until settled)\n")
                : tr("not blind\n"));
    if (blindedView)
        t += tr("Counted from your own decisions and the settled records: other reviewers' "
                "decisions on records not settled yet stay hidden, and only the lead sees the "
                "conflicts.\n");
    t += QLatin1Char('\n') + stageText(titleAbstract);
    t += QLatin1Char('\n') + stageText(fullText);
    const qint64 sought = titleAbstract.included;
    const qint64 removed = removedByAutomation();
    t += tr("\nPRISMA (screening)\n");
    if (stoppedEarly)
        t += tr("  removed by automation (stopped)   %1\n").arg(removed);
    t += tr("  records screened                  %1\n").arg(titleAbstract.eligible - removed);
    t += tr("  records excluded                  %1\n").arg(titleAbstract.excluded);
    t += tr("  reports sought for retrieval      %1\n").arg(sought);
    t += tr("  reports not retrieved             %1\n").arg(fullText.notRetrieved);
    t += tr("  reports assessed for eligibility  %1\n").arg(sought - fullText.notRetrieved);
    t += tr("  reports excluded                  %1\n").arg(fullText.excluded);
    t += tr("  studies included                  %1\n").arg(fullText.included);
    t += tr("\nConventions:\n");
    for (const QString &c : conventions())
        t += QStringLiteral("  - ") + c + QLatin1Char('\n');
    return t;
}

} // namespace evimap
