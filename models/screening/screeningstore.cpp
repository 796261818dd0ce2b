#include "screening/screeningstore.h"

#include "core/clock.h"
#include "core/sqlfailure.h"
#include "core/sqltext.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningsettings.h"
#include "team/auditlog.h"
#include "team/blinding.h"
#include "team/roles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace evimap {

namespace {

const char decisionColumns[] = "d.id, d.uuid, d.record_id, d.stage, d.reviewer_id, d.decision, "
                               "d.reason_id, d.note, d.decided_at";
const char resultColumns[] =
    "s.record_id, s.stage, s.result, s.reason_id, s.settled_by, s.settled_at";

// Joins that restrict a query over alias `alias`.record_id to the records a stage holds.
QString stageRecordsJoin(ScreeningStage stage, const QString &alias)
{
    QString join =
        QStringLiteral(" JOIN record r ON r.id = %1.record_id AND r.duplicate_of IS NULL")
            .arg(alias);
    if (stage == ScreeningStage::FullText)
        join += QStringLiteral(" JOIN screening_result ta ON ta.record_id = %1.record_id "
                               "AND ta.stage = 'ta' AND ta.result = 'include'")
                    .arg(alias);
    return join;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

ScreeningDecision decisionFrom(const QSqlQuery &q)
{
    ScreeningDecision d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.recordId = q.value(2).toLongLong();
    d.stage =
        ScreeningNames::stageFromKey(q.value(3).toString()).value_or(ScreeningStage::TitleAbstract);
    d.reviewerId = q.value(4).toLongLong();
    d.decision = ScreeningNames::decisionFromKey(q.value(5).toString()).value_or(Decision::Unsure);
    d.reasonId = q.value(6).toLongLong();
    d.note = q.value(7).toString();
    d.decidedAt = q.value(8).toString();
    return d;
}

ScreeningResult resultFrom(const QSqlQuery &q)
{
    ScreeningResult r;
    r.recordId = q.value(0).toLongLong();
    r.stage =
        ScreeningNames::stageFromKey(q.value(1).toString()).value_or(ScreeningStage::TitleAbstract);
    r.result = ScreeningNames::resultFromKey(q.value(2).toString()).value_or(ResultKind::Exclude);
    r.reasonId = q.value(3).toLongLong();
    r.settledBy = q.value(4).toLongLong();
    r.settledAt = q.value(5).toString();
    return r;
}

Error usage(const QString &message)
{
    return Error{Error::Kind::Usage, message};
}

} // namespace

ScreeningStore::ScreeningStore(Project &project)
    : m_project(project)
{}

int ScreeningStore::reviewersRequired() const
{
    return reviewersRequired(ScreeningStage::TitleAbstract);
}

int ScreeningStore::reviewersRequired(ScreeningStage stage) const
{
    return ScreeningSettings::read(m_project).reviewersRequiredAt(stage);
}

bool ScreeningStore::isBlind() const
{
    return ScreeningSettings::read(m_project).blind;
}

// ---------------------------------------------------------------------------------------------
// Which records a stage holds

QList<qint64> ScreeningStore::eligibleRecords(ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    if (stage == ScreeningStage::TitleAbstract)
        q.prepare(QStringLiteral("SELECT id FROM record WHERE duplicate_of IS NULL ORDER BY id"));
    else
        q.prepare(QStringLiteral("SELECT r.id FROM screening_result ta JOIN record r ON r.id = "
                                 "ta.record_id AND r.duplicate_of IS NULL WHERE ta.stage = 'ta' "
                                 "AND ta.result = 'include' ORDER BY r.id"));
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

qint64 ScreeningStore::eligibleCount(ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    if (stage == ScreeningStage::TitleAbstract)
        q.prepare(QStringLiteral("SELECT count(*) FROM record WHERE duplicate_of IS NULL"));
    else
        q.prepare(QStringLiteral("SELECT count(*) FROM screening_result ta JOIN record r ON r.id = "
                                 "ta.record_id AND r.duplicate_of IS NULL WHERE ta.stage = 'ta' "
                                 "AND ta.result = 'include'"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString ScreeningStore::whyNotEligible(qint64 recordId, ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT duplicate_of FROM record WHERE id = ?"));
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return tr("there is no record %1").arg(recordId);
    if (!q.value(0).isNull())
        return tr("record %1 is a duplicate of record %2; screen record %2 instead")
            .arg(recordId)
            .arg(q.value(0).toLongLong());
    if (stage == ScreeningStage::FullText) {
        const std::optional<ScreeningResult> ta = result(recordId, ScreeningStage::TitleAbstract);
        if (!ta || ta->result != ResultKind::Include)
            return tr("record %1 has not been included at title/abstract, so it has no full-text "
                      "stage")
                .arg(recordId);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Reading

std::optional<ScreeningDecision> ScreeningStore::decision(qint64 recordId, ScreeningStage stage,
                                                          qint64 reviewerId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT %1 FROM screening_decision d WHERE d.record_id = ? AND "
                             "d.stage = ? AND d.reviewer_id = ?")
                  .arg(QLatin1String(decisionColumns)));
    q.addBindValue(recordId);
    q.addBindValue(ScreeningNames::stageKey(stage));
    q.addBindValue(reviewerId);
    if (q.exec() && q.next())
        return decisionFrom(q);
    return std::nullopt;
}

QList<ScreeningDecision> ScreeningStore::decisions(qint64 recordId, ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT %1 FROM screening_decision d WHERE d.record_id = ? AND "
                             "d.stage = ? ORDER BY d.reviewer_id")
                  .arg(QLatin1String(decisionColumns)));
    q.addBindValue(recordId);
    q.addBindValue(ScreeningNames::stageKey(stage));
    QList<ScreeningDecision> list;
    if (q.exec()) {
        while (q.next())
            list.append(decisionFrom(q));
    }
    return list;
}

QList<ScreeningDecision> ScreeningStore::visibleDecisions(qint64 recordId, ScreeningStage stage,
                                                          qint64 viewerId) const
{
    return Blinding::asReviewer(m_project, viewerId).visible(decisions(recordId, stage));
}

QList<ScreeningDecision> ScreeningStore::allDecisions(ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM screening_decision d%2 WHERE d.stage = ? "
                       "ORDER BY d.record_id, d.reviewer_id")
            .arg(QLatin1String(decisionColumns), stageRecordsJoin(stage, QStringLiteral("d"))));
    q.addBindValue(ScreeningNames::stageKey(stage));
    QList<ScreeningDecision> list;
    if (q.exec()) {
        while (q.next())
            list.append(decisionFrom(q));
    }
    return list;
}

QSet<qint64> ScreeningStore::recordsDecidedBy(qint64 reviewerId, ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT record_id FROM screening_decision WHERE reviewer_id = ? AND stage = ?"));
    q.addBindValue(reviewerId);
    q.addBindValue(ScreeningNames::stageKey(stage));
    QSet<qint64> set;
    if (q.exec()) {
        while (q.next())
            set.insert(q.value(0).toLongLong());
    }
    return set;
}

std::optional<ScreeningResult> ScreeningStore::result(qint64 recordId, ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM screening_result s WHERE s.record_id = ? AND s.stage = ?")
            .arg(QLatin1String(resultColumns)));
    q.addBindValue(recordId);
    q.addBindValue(ScreeningNames::stageKey(stage));
    if (q.exec() && q.next())
        return resultFrom(q);
    return std::nullopt;
}

QList<ScreeningResult> ScreeningStore::results(ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM screening_result s%2 WHERE s.stage = ? ORDER BY s.record_id")
            .arg(QLatin1String(resultColumns), stageRecordsJoin(stage, QStringLiteral("s"))));
    q.addBindValue(ScreeningNames::stageKey(stage));
    QList<ScreeningResult> list;
    if (q.exec()) {
        while (q.next())
            list.append(resultFrom(q));
    }
    return list;
}

QSet<qint64> ScreeningStore::settledRecords(ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_id FROM screening_result WHERE stage = ?"));
    q.addBindValue(ScreeningNames::stageKey(stage));
    QSet<qint64> set;
    if (q.exec()) {
        while (q.next())
            set.insert(q.value(0).toLongLong());
    }
    return set;
}

QSet<qint64> ScreeningStore::notRetrievedRecords() const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_id FROM screening_result WHERE stage = 'ft' AND "
                             "result = 'not_retrieved'"));
    QSet<qint64> set;
    if (q.exec()) {
        while (q.next())
            set.insert(q.value(0).toLongLong());
    }
    return set;
}

SettlementState ScreeningStore::state(qint64 recordId, ScreeningStage stage) const
{
    const QList<ScreeningDecision> list = decisions(recordId, stage);
    if (const std::optional<ScreeningResult> r = result(recordId, stage)) {
        SettlementState settled;
        settled.kind = SettlementState::Kind::Settled;
        settled.result = r->result;
        settled.reasonId = r->reasonId;
        settled.decisions = int(list.size());
        return settled;
    }
    return Settlement::evaluate(stage, list, reviewersRequired(stage), isReopened(recordId, stage));
}

QList<ScreeningConflict> ScreeningStore::conflicts(ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM screening_decision d%2 LEFT JOIN screening_result s "
                       "ON s.record_id = d.record_id AND s.stage = d.stage WHERE d.stage = ? "
                       "AND s.id IS NULL ORDER BY d.record_id, d.reviewer_id")
            .arg(QLatin1String(decisionColumns), stageRecordsJoin(stage, QStringLiteral("d"))));
    q.addBindValue(ScreeningNames::stageKey(stage));
    QList<ScreeningConflict> list;
    if (!q.exec())
        return list;
    const int required = reviewersRequired(stage);
    const QSet<qint64> reopened = reopenedRecords(stage);
    QList<ScreeningDecision> group;
    auto flush = [&] {
        if (group.isEmpty())
            return;
        const SettlementState state =
            Settlement::evaluate(stage, group, required, reopened.contains(group.first().recordId));
        if (state.kind == SettlementState::Kind::Conflict)
            list.append({group.first().recordId, state, group});
        group.clear();
    };
    while (q.next()) {
        ScreeningDecision d = decisionFrom(q);
        if (!group.isEmpty() && group.first().recordId != d.recordId)
            flush();
        group.append(std::move(d));
    }
    flush();
    return list;
}

std::optional<ManualResult> ScreeningStore::manualResult(qint64 recordId,
                                                         ScreeningStage stage) const
{
    const std::optional<ScreeningResult> r = result(recordId, stage);
    if (!r || !r->isManual())
        return std::nullopt;
    return ManualResult{r->result, r->reasonId, QString()};
}

QString ScreeningStore::whyLocked(qint64 recordId, ScreeningStage stage, qint64 reviewerId) const
{
    const std::optional<ScreeningResult> r = result(recordId, stage);
    if (!r)
        return {};
    if (r->result == ResultKind::NotRetrieved)
        return tr("record %1: its full text is marked not retrieved, so it takes no decision "
                  "until a PDF is attached or the mark is cleared")
            .arg(recordId);
    if (!r->isManual() && isOwnSettlement(recordId, stage, reviewerId))
        return {};
    return tr("record %1 is settled at %2 (%3): its decisions are locked until the lead reopens "
              "it")
        .arg(recordId)
        .arg(ScreeningNames::stageLabel(stage), ScreeningNames::resultLabel(r->result));
}

bool ScreeningStore::isOwnSettlement(qint64 recordId, ScreeningStage stage, qint64 reviewerId) const
{
    const QList<ScreeningDecision> list = decisions(recordId, stage);
    if (list.size() != 1 || list.first().reviewerId != reviewerId)
        return false;
    // Built on: title/abstract by the full-text stage, full text by coding and extraction.
    const QStringList tables =
        stage == ScreeningStage::TitleAbstract
            ? QStringList{QStringLiteral("screening_decision WHERE stage = 'ft' AND"),
                          QStringLiteral("screening_result WHERE stage = 'ft' AND")}
            : QStringList{QStringLiteral("coding WHERE"), QStringLiteral("coding_result WHERE"),
                          QStringLiteral("extraction_value WHERE")};
    QSqlQuery q(m_project.database());
    for (const QString &table : tables) {
        q.prepare(QStringLiteral("SELECT 1 FROM %1 record_id = ? LIMIT 1").arg(table));
        q.addBindValue(recordId);
        if (!q.exec() || q.next())
            return false;
    }
    return true;
}

bool ScreeningStore::isReopened(qint64 recordId, ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT 1 FROM screening_reopened WHERE record_id = ? AND stage = ?"));
    q.addBindValue(recordId);
    q.addBindValue(ScreeningNames::stageKey(stage));
    return q.exec() && q.next();
}

QSet<qint64> ScreeningStore::reopenedRecords(ScreeningStage stage) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT record_id FROM screening_reopened WHERE stage = ?"));
    q.addBindValue(ScreeningNames::stageKey(stage));
    QSet<qint64> set;
    if (q.exec()) {
        while (q.next())
            set.insert(q.value(0).toLongLong());
    }
    return set;
}

Result<ReopenImpact> ScreeningStore::reopenImpact(qint64 recordId, ScreeningStage stage) const
{
    const std::optional<ScreeningResult> current = result(recordId, stage);
    if (!current)
        return usage(tr("record %1 is not settled at %2; there is nothing to reopen")
                         .arg(recordId)
                         .arg(ScreeningNames::stageLabel(stage)));
    if (stage == ScreeningStage::TitleAbstract && result(recordId, ScreeningStage::FullText))
        return usage(tr("record %1 is settled at full text: reopen it there first").arg(recordId));
    ReopenImpact impact;
    impact.settlement = *current;
    // The stage's count of this result, before and after.
    int same = 0;
    const QList<ScreeningResult> all = results(stage);
    for (const ScreeningResult &r : all)
        same += r.result == current->result ? 1 : 0;
    impact.changes << tr("%1 at %2: %3 → %4")
                          .arg(ScreeningNames::resultLabel(current->result),
                               ScreeningNames::stageLabel(stage))
                          .arg(same)
                          .arg(same - 1);
    if (stage == ScreeningStage::TitleAbstract && current->result == ResultKind::Include) {
        const qint64 fullText = eligibleCount(ScreeningStage::FullText);
        impact.changes << tr("Records to screen at %1: %2 → %3")
                              .arg(ScreeningNames::stageLabel(ScreeningStage::FullText))
                              .arg(fullText)
                              .arg(fullText - 1);
    }
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral(
        "SELECT count(*), count(DISTINCT reviewer_id) FROM coding WHERE record_id = ?"));
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return sqlFailure(q);
    impact.codings = q.value(0).toInt();
    impact.coders = q.value(1).toInt();
    if (impact.codings > 0)
        impact.changes << tr("%1 by %2 kept, but off the map until it is settled again")
                              .arg(impact.codings == 1 ? tr("1 coding")
                                                       : tr("%1 codings").arg(impact.codings),
                                   impact.coders == 1 ? tr("1 coder")
                                                      : tr("%1 coders").arg(impact.coders));
    return impact;
}

// ---------------------------------------------------------------------------------------------
// Writing

Status ScreeningStore::setDecision(qint64 recordId, ScreeningStage stage, qint64 reviewerId,
                                   const std::optional<DecisionInput> &input)
{
    return setDecisions({DecisionRequest{recordId, stage, reviewerId, input}});
}

Status ScreeningStore::setDecisions(const QList<DecisionRequest> &requests)
{
    return m_project.writeTransaction([&]() -> Status {
        for (const DecisionRequest &request : requests) {
            bool changed = false;
            if (Status s = applyDecision(request, &changed); !s)
                return s;
        }
        return {};
    });
}

Status ScreeningStore::applyDecision(const DecisionRequest &request, bool *changed)
{
    *changed = false;
    if (Status s = requireScreener(request.reviewerId); !s)
        return s;
    const ScreeningStage stage = request.stage;
    QString afterReason;
    if (request.input) {
        const DecisionInput &in = *request.input;
        if (const QString why = whyNotEligible(request.recordId, stage); !why.isEmpty())
            return usage(why);
        if (in.decision != Decision::Exclude && in.reasonId > 0)
            return usage(tr("record %1: an exclusion reason goes with exclude only, not with %2")
                             .arg(request.recordId)
                             .arg(ScreeningNames::decisionKey(in.decision)));
        if (in.decision == Decision::Exclude && stage == ScreeningStage::FullText &&
            in.reasonId <= 0)
            return usage(
                tr("record %1: excluding at full text needs a reason").arg(request.recordId));
        if (in.reasonId > 0) {
            const std::optional<ExclusionReason> r =
                ExclusionReasonStore(m_project).reason(in.reasonId);
            if (!r)
                return usage(tr("record %1: there is no exclusion reason %2")
                                 .arg(request.recordId)
                                 .arg(in.reasonId));
            if (r->retired)
                return usage(tr("record %1: the exclusion reason \"%2\" is retired")
                                 .arg(request.recordId)
                                 .arg(r->label));
            afterReason = r->label;
        }
    }

    const std::optional<ScreeningDecision> before =
        decision(request.recordId, stage, request.reviewerId);
    if (!before && !request.input)
        return {};
    if (before && request.input && before->input() == *request.input)
        return {};
    if (const QString locked = whyLocked(request.recordId, stage, request.reviewerId);
        !locked.isEmpty()) {
        if (request.ifSettled == IfSettled::Refuse)
            return usage(locked);
        if (Status s = reopenWithin(request.recordId, stage, request.reviewerId,
                                    *result(request.recordId, stage), QString());
            !s)
            return s;
    }

    QSqlQuery q(m_project.database());
    QString uuid;
    QString action;
    if (!request.input) {
        q.prepare(QStringLiteral("DELETE FROM screening_decision WHERE id = ?"));
        q.addBindValue(before->id);
        uuid = before->uuid;
        action = QStringLiteral("screening.withdraw");
    } else if (before) {
        q.prepare(QStringLiteral("UPDATE screening_decision SET decision = ?, reason_id = ?, "
                                 "note = ?, decided_at = ? WHERE id = ?"));
        q.addBindValue(ScreeningNames::decisionKey(request.input->decision));
        q.addBindValue(idOrNull(request.input->reasonId));
        q.addBindValue(sqlText(request.input->note));
        q.addBindValue(utcNow());
        q.addBindValue(before->id);
        uuid = before->uuid;
        action = QStringLiteral("screening.change");
    } else {
        uuid = newUuid();
        q.prepare(QStringLiteral("INSERT INTO screening_decision(uuid, record_id, stage, "
                                 "reviewer_id, decision, reason_id, note, decided_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(uuid);
        q.addBindValue(request.recordId);
        q.addBindValue(ScreeningNames::stageKey(stage));
        q.addBindValue(request.reviewerId);
        q.addBindValue(ScreeningNames::decisionKey(request.input->decision));
        q.addBindValue(idOrNull(request.input->reasonId));
        q.addBindValue(sqlText(request.input->note));
        q.addBindValue(utcNow());
        action = QStringLiteral("screening.decide");
    }
    if (!q.exec())
        return sqlFailure(q);
    *changed = true;

    const QJsonObject beforeJson =
        before ? toAuditJson(stage, before->input(), reasonLabel(before->reasonId)) : QJsonObject();
    const QJsonObject afterJson = toAuditJson(stage, request.input, afterReason);
    if (Status s = audit(action, request.reviewerId, request.recordId,
                         QStringLiteral("screening_decision"), uuid, beforeJson, afterJson);
        !s)
        return s;
    // A changed decision ends a reopening: the settlement rules apply again.
    if (Status s = forgetReopening(request.recordId, stage); !s)
        return s;
    return applySettlement(request.recordId, stage, request.reviewerId);
}

Status ScreeningStore::reopenWithin(qint64 recordId, ScreeningStage stage, qint64 leadId,
                                    const ScreeningResult &current, const QString &note)
{
    if (Status s = Roles::require(m_project, leadId, Work::Lead, tr("reopen a settled record")); !s)
        return s;
    if (stage == ScreeningStage::TitleAbstract && result(recordId, ScreeningStage::FullText))
        return usage(tr("record %1 is settled at full text: reopen it there first").arg(recordId));
    if (Status s = writeResult(recordId, stage, std::nullopt); !s)
        return s;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral(
        "INSERT INTO screening_reopened(uuid, record_id, stage, reopened_by, reopened_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(record_id, stage) DO UPDATE SET reopened_by = "
        "excluded.reopened_by, reopened_at = excluded.reopened_at"));
    q.addBindValue(newUuid());
    q.addBindValue(recordId);
    q.addBindValue(ScreeningNames::stageKey(stage));
    q.addBindValue(idOrNull(leadId));
    q.addBindValue(utcNow());
    if (!q.exec())
        return sqlFailure(q);
    QJsonObject after{{QStringLiteral("stage"), ScreeningNames::stageKey(stage)},
                      {QStringLiteral("reopened"), true}};
    if (!note.isEmpty())
        after.insert(QStringLiteral("note"), note);
    return audit(QStringLiteral("screening.reopen"), leadId, recordId,
                 QStringLiteral("screening_result"), QString(), resultJson(current), after);
}

Status ScreeningStore::forgetReopening(qint64 recordId, ScreeningStage stage)
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("DELETE FROM screening_reopened WHERE record_id = ? AND stage = ?"));
    q.addBindValue(recordId);
    q.addBindValue(ScreeningNames::stageKey(stage));
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status ScreeningStore::reopen(qint64 recordId, ScreeningStage stage, qint64 leadId,
                              const QString &note)
{
    return m_project.writeTransaction([&]() -> Status {
        const std::optional<ScreeningResult> current = result(recordId, stage);
        if (!current)
            return usage(tr("record %1 is not settled at %2; there is nothing to reopen")
                             .arg(recordId)
                             .arg(ScreeningNames::stageLabel(stage)));
        return reopenWithin(recordId, stage, leadId, *current, note);
    });
}

Status ScreeningStore::undoReopen(const ScreeningResult &settlement, qint64 leadId)
{
    return m_project.writeTransaction([&]() -> Status {
        if (Status s = Roles::require(m_project, leadId, Work::Lead, tr("undo a reopening")); !s)
            return s;
        const qint64 recordId = settlement.recordId;
        if (result(recordId, settlement.stage))
            return usage(tr("record %1 has been settled again since it was reopened; the "
                            "reopening was not undone")
                             .arg(recordId));
        if (!isReopened(recordId, settlement.stage))
            return usage(tr("a decision on record %1 changed after it was reopened; the "
                            "reopening was not undone")
                             .arg(recordId));
        if (Status s = writeResult(recordId, settlement.stage, settlement); !s)
            return s;
        if (Status s = forgetReopening(recordId, settlement.stage); !s)
            return s;
        return audit(QStringLiteral("screening.reopen_undone"), leadId, recordId,
                     QStringLiteral("screening_result"), QString(), QJsonObject(),
                     resultJson(settlement));
    });
}

Status ScreeningStore::fullTextRetrieved(qint64 recordId, qint64 actorId)
{
    const std::optional<ScreeningResult> current = result(recordId, ScreeningStage::FullText);
    if (!current || current->result != ResultKind::NotRetrieved)
        return {};
    if (Status s = writeResult(recordId, ScreeningStage::FullText, std::nullopt); !s)
        return s;
    if (Status s = audit(QStringLiteral("screening.retrieved"), actorId, recordId,
                         QStringLiteral("screening_result"), QString(), resultJson(current),
                         QJsonObject({{QStringLiteral("pdfAttached"), true}}));
        !s)
        return s;
    return applySettlement(recordId, ScreeningStage::FullText, actorId);
}

Status ScreeningStore::applySettlement(qint64 recordId, ScreeningStage stage, qint64 actorId)
{
    const std::optional<ScreeningResult> current = result(recordId, stage);
    if (current && current->isManual())
        return {}; // the lead's settlement (or "not retrieved") stands
    const SettlementState state = Settlement::evaluate(
        stage, decisions(recordId, stage), reviewersRequired(stage), isReopened(recordId, stage));
    std::optional<ScreeningResult> wanted;
    if (state.kind == SettlementState::Kind::Settled) {
        ScreeningResult r;
        r.recordId = recordId;
        r.stage = stage;
        r.result = state.result;
        r.reasonId = state.reasonId;
        r.settledAt = utcNow();
        wanted = r;
    }
    if (!current && !wanted)
        return {};
    if (current && wanted && current->result == wanted->result &&
        current->reasonId == wanted->reasonId)
        return {};
    const QJsonObject before = resultJson(current);
    if (Status s = writeResult(recordId, stage, wanted); !s)
        return s;
    return audit(wanted ? QStringLiteral("screening.settled_by_agreement")
                        : QStringLiteral("screening.unsettled"),
                 actorId, recordId, QStringLiteral("screening_result"), QString(), before,
                 resultJson(wanted));
}

Status ScreeningStore::writeResult(qint64 recordId, ScreeningStage stage,
                                   const std::optional<ScreeningResult> &r)
{
    QSqlQuery q(m_project.database());
    if (!r) {
        q.prepare(QStringLiteral("DELETE FROM screening_result WHERE record_id = ? AND stage = ?"));
        q.addBindValue(recordId);
        q.addBindValue(ScreeningNames::stageKey(stage));
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO screening_result(uuid, record_id, stage, result, reason_id, settled_by, "
            "settled_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(record_id, stage) DO UPDATE SET "
            "result = excluded.result, reason_id = excluded.reason_id, settled_by = "
            "excluded.settled_by, settled_at = excluded.settled_at"));
        q.addBindValue(newUuid());
        q.addBindValue(recordId);
        q.addBindValue(ScreeningNames::stageKey(stage));
        q.addBindValue(ScreeningNames::resultKey(r->result));
        q.addBindValue(idOrNull(r->reasonId));
        q.addBindValue(idOrNull(r->settledBy));
        q.addBindValue(r->settledAt.isEmpty() ? utcNow() : r->settledAt);
    }
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status ScreeningStore::setManualResult(qint64 recordId, ScreeningStage stage, qint64 reviewerId,
                                       const std::optional<ManualResult> &wanted,
                                       IfSettled ifSettled)
{
    return m_project.writeTransaction([&]() -> Status {
        if (Status s = requireScreener(reviewerId); !s)
            return s;
        const std::optional<ScreeningResult> current = result(recordId, stage);
        const bool currentIsLeads =
            current && current->isManual() && current->result != ResultKind::NotRetrieved;
        if (!wanted) {
            if (!current || !current->isManual())
                return {};
            if (currentIsLeads) {
                if (Status s =
                        Roles::require(m_project, reviewerId, Work::Lead,
                                       tr("undo the lead's settlement of record %1").arg(recordId));
                    !s)
                    return s;
            } else if (current->settledBy != reviewerId) {
                // The reviewer who marked it may take the mark back; anyone else is the lead.
                if (Status s = Roles::require(
                        m_project, reviewerId, Work::Lead,
                        tr("clear \"full text not retrieved\" on record %1, marked by another "
                           "reviewer (attaching its PDF clears it too)")
                            .arg(recordId));
                    !s)
                    return s;
            }
            const QJsonObject before = resultJson(current);
            if (Status s = writeResult(recordId, stage, std::nullopt); !s)
                return s;
            if (Status s = audit(currentIsLeads ? QStringLiteral("screening.unsettle")
                                                : QStringLiteral("screening.retrieved"),
                                 reviewerId, recordId, QStringLiteral("screening_result"),
                                 QString(), before, QJsonObject());
                !s)
                return s;
            return applySettlement(recordId, stage, reviewerId);
        }

        if (const QString why = whyNotEligible(recordId, stage); !why.isEmpty())
            return usage(why);
        const bool notRetrieved = wanted->result == ResultKind::NotRetrieved;
        if (notRetrieved && stage != ScreeningStage::FullText)
            return usage(tr("record %1: \"full text not retrieved\" belongs to the full-text stage")
                             .arg(recordId));
        if (!notRetrieved) {
            if (Status s = Roles::require(m_project, reviewerId, Work::Lead,
                                          tr("settle record %1").arg(recordId));
                !s)
                return s;
        }
        if (wanted->result != ResultKind::Exclude && wanted->reasonId > 0)
            return usage(tr("record %1: an exclusion reason goes with exclude only").arg(recordId));
        if (wanted->result == ResultKind::Exclude && stage == ScreeningStage::FullText &&
            wanted->reasonId <= 0)
            return usage(tr("record %1: excluding at full text needs a reason").arg(recordId));
        if (wanted->reasonId > 0) {
            const std::optional<ExclusionReason> r =
                ExclusionReasonStore(m_project).reason(wanted->reasonId);
            if (!r || r->retired)
                return usage(tr("record %1: there is no active exclusion reason %2")
                                 .arg(recordId)
                                 .arg(wanted->reasonId));
        }
        if (current) {
            if (current->result == wanted->result && current->reasonId == wanted->reasonId)
                return {};
            // A result stands: changing it is reopening it, which only the lead does, asked.
            if (ifSettled == IfSettled::Refuse)
                return usage(tr("record %1 is settled at %2 (%3): only the lead changes its "
                                "result, by reopening it")
                                 .arg(recordId)
                                 .arg(ScreeningNames::stageLabel(stage),
                                      ScreeningNames::resultLabel(current->result)));
            if (Status s = reopenWithin(recordId, stage, reviewerId, *current, QString()); !s)
                return s;
        }

        ScreeningResult r;
        r.recordId = recordId;
        r.stage = stage;
        r.result = wanted->result;
        r.reasonId = wanted->reasonId;
        r.settledBy = reviewerId;
        r.settledAt = utcNow();
        if (Status s = writeResult(recordId, stage, r); !s)
            return s;
        return audit(notRetrieved ? QStringLiteral("screening.not_retrieved")
                                  : QStringLiteral("screening.settle"),
                     reviewerId, recordId, QStringLiteral("screening_result"), QString(),
                     QJsonObject(), resultJson(r, wanted->note));
    });
}

Status ScreeningStore::audit(const QString &action, qint64 reviewerId, qint64 recordId,
                             const QString &entity, const QString &entityUuid,
                             const QJsonObject &before, const QJsonObject &after)
{
    AuditChange change;
    change.action = action;
    change.entity = entity;
    change.entityUuid = entityUuid;
    change.reviewerId = reviewerId;
    change.recordId = recordId;
    change.before = before;
    change.after = after;
    return AuditLog::record(m_project.database(), change);
}

QJsonObject ScreeningStore::toAuditJson(ScreeningStage stage,
                                        const std::optional<DecisionInput> &input,
                                        const QString &label)
{
    if (!input)
        return {};
    QJsonObject o{{QStringLiteral("stage"), ScreeningNames::stageKey(stage)},
                  {QStringLiteral("decision"), ScreeningNames::decisionKey(input->decision)}};
    if (input->reasonId > 0) {
        o.insert(QStringLiteral("reasonId"), input->reasonId);
        o.insert(QStringLiteral("reason"), label);
    }
    if (!input->note.isEmpty())
        o.insert(QStringLiteral("note"), input->note);
    return o;
}

QJsonObject ScreeningStore::resultJson(const std::optional<ScreeningResult> &r,
                                       const QString &note) const
{
    if (!r)
        return {};
    QJsonObject o{{QStringLiteral("stage"), ScreeningNames::stageKey(r->stage)},
                  {QStringLiteral("result"), ScreeningNames::resultKey(r->result)}};
    if (r->reasonId > 0) {
        o.insert(QStringLiteral("reasonId"), r->reasonId);
        o.insert(QStringLiteral("reason"), reasonLabel(r->reasonId));
    }
    o.insert(QStringLiteral("settledBy"),
             r->settledBy > 0 ? QJsonValue(r->settledBy) : QJsonValue());
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QString ScreeningStore::reasonLabel(qint64 id) const
{
    if (id <= 0)
        return {};
    return ExclusionReasonStore(m_project).label(id);
}

Status ScreeningStore::requireScreener(qint64 reviewerId) const
{
    if (reviewerId <= 0)
        return Reviewers(m_project).unknown(reviewerId);
    return Roles::require(m_project, reviewerId, Work::Own, tr("screen records"));
}

// ---------------------------------------------------------------------------------------------
// Full texts

QString ScreeningStore::pdfPath(qint64 recordId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT file_path FROM attachment WHERE record_id = ? ORDER BY "
                             "lower(file_path) NOT LIKE '%.pdf', id LIMIT 1"));
    q.addBindValue(recordId);
    if (!q.exec() || !q.next())
        return {};
    const QString stored = q.value(0).toString();
    if (QFileInfo(stored).isAbsolute())
        return stored;
    return QDir(QFileInfo(m_project.filePath()).absolutePath()).absoluteFilePath(stored);
}

} // namespace evimap
