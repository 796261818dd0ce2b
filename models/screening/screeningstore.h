#pragma once

#include "core/result.h"
#include "screening/screeningdecision.h"
#include "screening/settlement.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace evimap {

class Project;

// What a change does to a record already settled at its stage. A settled record's decisions
// are locked (Refuse); only the lead may reopen it, explicitly (Reopen).
enum class IfSettled
{
    Refuse,
    Reopen,
};

// A reviewer's decision on one record, as the batch writer takes it.
struct DecisionRequest
{
    qint64 recordId = 0;
    ScreeningStage stage = ScreeningStage::TitleAbstract;
    qint64 reviewerId = 0;
    std::optional<DecisionInput> input; // nullopt withdraws the reviewer's decision
    IfSettled ifSettled = IfSettled::Refuse;
};

// What reopening a settled record changes, for the lead's confirmation and the command line.
struct ReopenImpact
{
    ScreeningResult settlement; // the settlement that is taken back
    QStringList changes;        // in words: the stage counts, the codings kept off the map
    int codings = 0;            // codings of the record, by every coder
    int coders = 0;
};

// A record the lead must settle, with every reviewer's decision on it.
struct ScreeningConflict
{
    qint64 recordId = 0;
    SettlementState state;
    QList<ScreeningDecision> decisions;
};

// The SQL of screening: decisions, results and their audit trail (the exclusion reasons are
// ExclusionReasonStore's, the highlight terms HighlightTermStore's). Every write is one short
// transaction that also logs who changed what (audit_log, with the values before and after as JSON)
// and re-applies the settlement rules (settlement.h) to the record, so a decision and its
// consequence are saved together or not at all.
//
// Settled means settled: once a record has a result at a stage (by agreement, by the lead, or
// "full text not retrieved"), the decisions on it at that stage are locked, for every reviewer
// and for the lead alike, until the lead reopens it (reopen(), or IfSettled::Reopen). One
// exception keeps a single screener's change of mind (and undo) possible: a result that rests
// on one reviewer's decision alone, with nothing built on it yet (no full-text decision or
// result after title/abstract; no coding or extraction after full text), stays that reviewer's
// to change. A record marked not retrieved takes no decision until a PDF is attached
// (fullTextRetrieved()) or the mark is cleared by the lead or the reviewer who set it.
class ScreeningStore final
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningStore)

public:
    explicit ScreeningStore(Project &project);

    Project &project() const { return m_project; }
    int reviewersRequired() const; // at title/abstract
    int reviewersRequired(ScreeningStage stage) const;
    bool isBlind() const;

    // --- Which records a stage holds ---
    // Title/abstract: every record that is not a duplicate. Full text: those whose
    // title/abstract result is include. In import order (record id).
    QList<qint64> eligibleRecords(ScreeningStage stage) const;
    qint64 eligibleCount(ScreeningStage stage) const;
    // Why the record cannot be screened at this stage, or an empty string when it can.
    QString whyNotEligible(qint64 recordId, ScreeningStage stage) const;

    // --- Reading decisions and results ---
    std::optional<ScreeningDecision> decision(qint64 recordId, ScreeningStage stage,
                                              qint64 reviewerId) const;
    // Every reviewer's decision on the record (for the lead and for settlement).
    QList<ScreeningDecision> decisions(qint64 recordId, ScreeningStage stage) const;
    // What `viewerId` sees while screening (Blinding::asReviewer): their own decision always;
    // other reviewers' decisions only when the record is settled at this stage or screening is
    // not blind.
    QList<ScreeningDecision> visibleDecisions(qint64 recordId, ScreeningStage stage,
                                              qint64 viewerId) const;
    // Every decision at a stage on the records the stage holds, ordered by record.
    QList<ScreeningDecision> allDecisions(ScreeningStage stage) const;
    QSet<qint64> recordsDecidedBy(qint64 reviewerId, ScreeningStage stage) const;
    std::optional<ScreeningResult> result(qint64 recordId, ScreeningStage stage) const;
    // Every result at a stage on the records the stage holds.
    QList<ScreeningResult> results(ScreeningStage stage) const;
    // Records with a result at the stage (settled by agreement, by the lead, or not retrieved),
    // duplicates included, as a set for quick lookups.
    QSet<qint64> settledRecords(ScreeningStage stage) const;
    // Records whose result is not retrieved (full text), as a set for quick lookups.
    QSet<qint64> notRetrievedRecords() const;
    SettlementState state(qint64 recordId, ScreeningStage stage) const;
    // Records the lead must settle, in record order: conflicts, and the records the lead
    // reopened on which no decision has changed since.
    QList<ScreeningConflict> conflicts(ScreeningStage stage) const;
    // Why `reviewerId`'s decision on the record cannot change now (it is settled at this stage;
    // see above), or an empty string when it can.
    QString whyLocked(qint64 recordId, ScreeningStage stage, qint64 reviewerId) const;
    // Whether the lead reopened the record at this stage and no decision has changed since.
    bool isReopened(qint64 recordId, ScreeningStage stage) const;
    QSet<qint64> reopenedRecords(ScreeningStage stage) const;
    // What reopening the record would change; an error when it is not settled at this stage, or
    // (title/abstract) while it is settled at full text.
    Result<ReopenImpact> reopenImpact(qint64 recordId, ScreeningStage stage) const;

    // --- Writing (each call is one transaction, logged) ---
    // Records, changes or (with nullopt) withdraws a reviewer's decision.
    Status setDecision(qint64 recordId, ScreeningStage stage, qint64 reviewerId,
                       const std::optional<DecisionInput> &input);
    // Many decisions in one transaction: all of them or none.
    Status setDecisions(const QList<DecisionRequest> &requests);
    // Sets (or, with nullopt, removes) a result set by a person: the lead's settlement of a
    // record (include/exclude) or "full text not retrieved" (any reviewer, full text only).
    // Removing it lets the reviewers' decisions speak again.
    // Changing a result that stands needs IfSettled::Reopen, and the lead.
    Status setManualResult(qint64 recordId, ScreeningStage stage, qint64 reviewerId,
                           const std::optional<ManualResult> &result,
                           IfSettled ifSettled = IfSettled::Refuse);
    // The lead reopens a settled record: its result is taken back (logged as screening.reopen
    // with the result before), its decisions are unlocked and kept, and it waits for the lead
    // (in conflicts()) until a decision changes or the lead settles it. A record settled at full
    // text must be reopened there before its title/abstract result can be.
    Status reopen(qint64 recordId, ScreeningStage stage, qint64 leadId, const QString &note = {});
    // Undoes reopen(): the settlement comes back as it was, provided nothing changed since (the
    // record is still reopened and unsettled).
    Status undoReopen(const ScreeningResult &settlement, qint64 leadId);
    // A PDF was attached to the record: "full text not retrieved" no longer holds, so the mark
    // goes (logged) and the decisions speak again. Runs inside the caller's write transaction.
    Status fullTextRetrieved(qint64 recordId, qint64 actorId);
    // Re-applies the settlement rules to a record after its decisions changed by other means
    // (a merged offline copy). Runs inside the caller's write transaction.
    Status resettle(qint64 recordId, ScreeningStage stage, qint64 actorId)
    {
        return applySettlement(recordId, stage, actorId);
    }
    // The manual result currently in force (lead's settlement or not retrieved), if any.
    std::optional<ManualResult> manualResult(qint64 recordId, ScreeningStage stage) const;

    // --- Full texts ---
    // Absolute path of the record's first attached PDF, or empty.
    QString pdfPath(qint64 recordId) const;

    // A decision as the audit log keeps it.
    static QJsonObject toAuditJson(ScreeningStage stage, const std::optional<DecisionInput> &input,
                                   const QString &reasonLabel);

private:
    Status applyDecision(const DecisionRequest &request, bool *changed);
    Status reopenWithin(qint64 recordId, ScreeningStage stage, qint64 leadId,
                        const ScreeningResult &current, const QString &note);
    Status forgetReopening(qint64 recordId, ScreeningStage stage);
    // The record's result at `stage` rests on `reviewerId`'s decision alone and nothing has been
    // built on it yet (the exception to the lock).
    bool isOwnSettlement(qint64 recordId, ScreeningStage stage, qint64 reviewerId) const;
    Status applySettlement(qint64 recordId, ScreeningStage stage, qint64 actorId);
    Status writeResult(qint64 recordId, ScreeningStage stage,
                       const std::optional<ScreeningResult> &result);
    Status audit(const QString &action, qint64 reviewerId, qint64 recordId, const QString &entity,
                 const QString &entityUuid, const QJsonObject &before, const QJsonObject &after);
    QJsonObject resultJson(const std::optional<ScreeningResult> &result,
                           const QString &note = {}) const;
    QString reasonLabel(qint64 id) const;
    // Decisions and marks are a person's own work (Roles): someone the project knows, in a role
    // that screens.
    Status requireScreener(qint64 reviewerId) const;

    Project &m_project;
};

} // namespace evimap
