#include "demo/demoreview.h"

#include "coding/codebook.h"
#include "coding/codingstore.h"
#include "import/importbatchstore.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace evimap {

namespace {

Error scriptError(const QString &message)
{
    return Error{Error::Kind::Failure, DemoReview::tr("demo review: %1").arg(message)};
}

// The record that stands for record number `number` of the batch after duplicates were merged.
Result<qint64> recordFor(Project &project, qint64 batchId, int number)
{
    const qint64 id = ImportBatchStore(project).recordFor(batchId, number);
    if (id == 0)
        return scriptError(
            DemoReview::tr("there is no record %1 in import batch %2").arg(number).arg(batchId));
    return id;
}

} // namespace

Result<DemoReviewSummary> DemoReview::apply(Project &project, qint64 batchId,
                                            const QByteArray &script)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(script, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("evimap-demo-review"))
        return scriptError(tr("not a demo review script (%1)").arg(parseError.errorString()));

    DemoReviewSummary summary;

    // Reviewers: the first is the lead, who settles and codes.
    QList<qint64> reviewerIds;
    Reviewers reviewers(project);
    for (const QJsonValue &value : root.value(QStringLiteral("reviewers")).toArray()) {
        const QJsonObject r = value.toObject();
        Result<Reviewer> added =
            reviewers.add(r.value(QStringLiteral("name")).toString(),
                          r.value(QStringLiteral("initials")).toString(),
                          Roles::fromKey(r.value(QStringLiteral("role")).toString()));
        if (!added)
            return added.error();
        reviewerIds.append(added->id);
    }
    if (reviewerIds.size() != 2)
        return scriptError(tr("it needs two reviewers, a lead and a second reviewer"));
    summary.reviewers = int(reviewerIds.size());
    const qint64 lead = reviewerIds.first();
    const qint64 second = reviewerIds.last();

    ScreeningSettings settings = ScreeningSettings::read(project);
    settings.reviewersRequired = 2;
    settings.blind = true;
    if (Status s = settings.write(project); !s)
        return s.error();

    ScreeningStore screening(project);
    QHash<QString, qint64> reasonIds;
    for (const QJsonValue &value : root.value(QStringLiteral("reasons")).toArray()) {
        Result<ExclusionReason> added =
            ExclusionReasonStore(screening.project()).addReason(value.toString(), lead);
        if (!added)
            return added.error();
        reasonIds.insert(value.toString(), added->id);
    }

    // Each stage's decisions, as {record number: (decision, reason)}.
    struct Planned
    {
        Decision decision = Decision::Include;
        qint64 reasonId = 0;
    };
    auto readStage = [&](const QJsonObject &stage, QMap<int, Planned> *plan) -> Status {
        for (const QJsonValue &n : stage.value(QStringLiteral("include")).toArray())
            plan->insert(n.toInt(), Planned{Decision::Include, 0});
        const QJsonObject excluded = stage.value(QStringLiteral("exclude")).toObject();
        for (auto it = excluded.begin(); it != excluded.end(); ++it) {
            const qint64 reason = reasonIds.value(it.key());
            if (reason == 0)
                return scriptError(
                    tr("the exclusion reason \"%1\" is not in its list").arg(it.key()));
            for (const QJsonValue &n : it.value().toArray())
                plan->insert(n.toInt(), Planned{Decision::Exclude, reason});
        }
        return {};
    };

    // Title and abstract: both reviewers, blind; the second differs on a few records.
    const QJsonObject ta = root.value(QStringLiteral("titleAbstract")).toObject();
    QMap<int, Planned> taPlan;
    if (Status s = readStage(ta, &taPlan); !s)
        return s.error();
    const QJsonObject differs = ta.value(QStringLiteral("secondReviewerDiffers")).toObject();
    QList<DecisionRequest> requests;
    QHash<int, qint64> recordOf;
    for (auto it = taPlan.cbegin(); it != taPlan.cend(); ++it) {
        Result<qint64> record = recordFor(project, batchId, it.key());
        if (!record)
            return record.error();
        recordOf.insert(it.key(), *record);
        const DecisionInput leads{it->decision, it->reasonId, QString()};
        DecisionInput seconds = leads;
        if (const QString other = differs.value(QString::number(it.key())).toString();
            !other.isEmpty()) {
            seconds.decision =
                other == QLatin1String("include") ? Decision::Include : Decision::Exclude;
            seconds.reasonId =
                seconds.decision == Decision::Exclude
                    ? reasonIds.value(QStringLiteral("No psychological factor or intervention"))
                    : 0;
        }
        requests.append(DecisionRequest{*record, ScreeningStage::TitleAbstract, lead, leads});
        requests.append(DecisionRequest{*record, ScreeningStage::TitleAbstract, second, seconds});
    }
    if (Status s = screening.setDecisions(requests); !s)
        return s.error();
    summary.decisions += int(requests.size());

    // The lead settles each disagreement with the lead's own decision, and says why.
    for (const QString &key : differs.keys()) {
        const Planned planned = taPlan.value(key.toInt());
        const ManualResult settlement{planned.decision == Decision::Include ? ResultKind::Include
                                                                            : ResultKind::Exclude,
                                      planned.reasonId, tr("Settled at the team meeting")};
        if (Status s = screening.setManualResult(recordOf.value(key.toInt()),
                                                 ScreeningStage::TitleAbstract, lead, settlement);
            !s)
            return s.error();
        ++summary.settled;
    }

    // Full text: every record through title/abstract, the listed ones excluded.
    QMap<int, Planned> ftPlan;
    if (Status s = readStage(root.value(QStringLiteral("fullText")).toObject(), &ftPlan); !s)
        return s.error();
    requests.clear();
    const QList<qint64> eligible = screening.eligibleRecords(ScreeningStage::FullText);
    QHash<qint64, int> numberOf;
    for (auto it = recordOf.cbegin(); it != recordOf.cend(); ++it)
        numberOf.insert(it.value(), it.key());
    for (qint64 record : eligible) {
        const Planned planned = ftPlan.value(numberOf.value(record), Planned{});
        const DecisionInput input{planned.decision, planned.reasonId, QString()};
        requests.append(DecisionRequest{record, ScreeningStage::FullText, lead, input});
        requests.append(DecisionRequest{record, ScreeningStage::FullText, second, input});
    }
    if (Status s = screening.setDecisions(requests); !s)
        return s.error();
    summary.decisions += int(requests.size());

    // Coding by the lead, as a batch.
    Codebook codebook(project);
    CodingStore coding(project, codebook);
    QList<PendingCoding> batch;
    const QJsonObject codes = root.value(QStringLiteral("codes")).toObject();
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        Result<qint64> record = recordFor(project, batchId, it.key().toInt());
        if (!record)
            return record.error();
        for (const QJsonValue &path : it.value().toArray()) {
            Result<qint64> code = codebook.resolvePath(path.toString());
            if (!code)
                return scriptError(tr("record %1: %2").arg(it.key(), code.error().message));
            PendingCoding pending;
            pending.recordId = *record;
            pending.codeId = *code;
            batch.append(pending);
        }
    }
    if (Status s = coding.applyAll(lead, batch); !s)
        return s.error();
    summary.codings = int(batch.size());
    return summary;
}

} // namespace evimap
