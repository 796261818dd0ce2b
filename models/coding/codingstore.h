#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace evimap {

class Codebook;
class Project;

// What a reviewer attached to a code they applied: a supporting quote, its page, a note.
struct CodingDetails
{
    QString quote;
    int page = 0; // 0: no page
    QString note;

    bool operator==(const CodingDetails &other) const = default;
};

// One applied code (table `coding`), or a reconciled one (`coding_result`, reviewerId 0).
struct Coding
{
    qint64 id = 0;
    QString uuid;
    qint64 recordId = 0;
    qint64 codeId = 0;
    qint64 reviewerId = 0; // 0 for a reconciled result
    CodingDetails details;
    QString codedAt;
};

// The state of some codes and fields of one record for one reviewer: what undo restores.
// A code maps to its details when applied and to nullopt when not; a field maps to its value
// ("" when not given).
struct CodingState
{
    QHash<qint64, std::optional<CodingDetails>> codes;
    QHash<qint64, QString> values;

    bool isEmpty() const { return codes.isEmpty() && values.isEmpty(); }
};

// One line of a batch of codings (the command line's CSV).
struct PendingCoding
{
    qint64 recordId = 0;
    qint64 codeId = 0;  // a code, or
    qint64 fieldId = 0; // an extraction field with `value`
    CodingDetails details;
    QString value;
};

// What reconciling a set of records did.
struct ReconcileSummary
{
    int reconciled = 0;          // records whose final coding was written
    int agreed = 0;              // of those, records where the coders did not differ at all
    int resolvedByPreferred = 0; // of those, records where differences took the --from reviewer
    int alreadyReconciled = 0;   // skipped: a final coding existed
    QList<qint64> unresolved;    // records left with differences for the lead
    QList<qint64> singleCoder;   // records coded by one reviewer only, left for a second one
};

// The SQL for codings, extraction values and reconciled results.
//
// Rules kept here, not in the windows: a single-choice dimension holds one code per record and
// reviewer (applying one removes the others); retired codes cannot be applied; extraction values
// are checked against their field's kind; reviewers code blind (others' codings of a record are
// hidden from them until the record is reconciled, unless the project setting coding.blind is
// "0"); only a lead reconciles. Every change is one short write transaction and writes
// audit_log rows with the values before and after.
class CodingStore final
{
    Q_DECLARE_TR_FUNCTIONS(CodingStore)

public:
    CodingStore(Project &project, const Codebook &codebook);
    ~CodingStore();
    CodingStore(const CodingStore &) = delete;
    CodingStore &operator=(const CodingStore &) = delete;

    // --- Reading a reviewer's own work
    QList<Coding> codings(qint64 recordId, qint64 reviewerId) const;
    std::optional<Coding> coding(qint64 recordId, qint64 codeId, qint64 reviewerId) const;
    QHash<qint64, QString> values(qint64 recordId, qint64 reviewerId) const;
    // All codings of a record by every reviewer (for comparison and reconciling; the lead's).
    QList<Coding> allCodings(qint64 recordId) const;
    // What `viewerId` sees while coding (Blinding::asReviewer): their own codings, plus
    // everyone else's when coding is not blind or the record is reconciled.
    QList<Coding> codingsVisibleTo(qint64 recordId, qint64 viewerId) const;
    bool isBlind() const { return isBlind(m_project); }
    // The project setting ProjectSettings::codingBlind (off: reviewers see each other's
    // codings).
    static bool isBlind(const Project &project);

    // --- Changing a reviewer's codings
    // The state that applying `codeId` with `details` leads to (single-choice siblings off).
    CodingState stateAfterApplying(qint64 codeId, const CodingDetails &details) const;
    // The current state of the codes and fields named in `like` (values in `like` ignored).
    CodingState capture(qint64 recordId, qint64 reviewerId, const CodingState &like) const;
    // Writes `state` exactly: codes with details are applied or updated, nullopt ones removed,
    // fields set or cleared. Undo and redo go through here.
    Status restore(qint64 recordId, qint64 reviewerId, const CodingState &state);
    Status apply(qint64 recordId, qint64 codeId, qint64 reviewerId,
                 const CodingDetails &details = {});
    Status remove(qint64 recordId, qint64 codeId, qint64 reviewerId);
    Status setValue(qint64 recordId, qint64 fieldId, qint64 reviewerId, const QString &value);
    // Applies many codings in one transaction (the command line). Later entries win.
    Status applyAll(qint64 reviewerId, const QList<PendingCoding> &batch);

    // --- Reconciled results (the final coding)
    QList<Coding> results(qint64 recordId) const;
    QHash<qint64, QString> resultValues(qint64 recordId) const;
    bool isReconciled(qint64 recordId) const;
    QList<qint64> reconciledRecords() const;

    // What the coding exports and comparisons name a record by.
    struct RecordHeading
    {
        QString uuid;
        QString doi;
        QString title;
        QString year; // empty when unknown
    };
    // Nullopt when there is no such record; `error` gets a failure to read it.
    std::optional<RecordHeading> recordHeading(qint64 recordId, Status *error = nullptr) const;
    // Replaces the final coding of a record with `codes` and `values`; quotes, pages and notes
    // come from `preferredReviewer`'s codings where they have the code, else from another
    // coder's. Only a lead may do this.
    Status reconcileRecord(qint64 recordId, qint64 leadId, const QSet<qint64> &codes,
                           const QHash<qint64, QString> &values, qint64 preferredReviewer = 0);
    // Reconciles every record coded by two or more reviewers (or by `preferredReviewer`):
    // codes and values all coders agree on are kept; where they differ `preferredReviewer`'s
    // coding is taken, or, without one, the record is left unresolved. Records already
    // reconciled are skipped unless `again`.
    Result<ReconcileSummary> reconcileAll(qint64 leadId, qint64 preferredReviewer = 0,
                                          bool again = false);

    // --- Which records
    // Records to code by default: included at full-text screening, or at title/abstract
    // screening when no full-text results exist; duplicates left out.
    QList<qint64> recordsToCode() const;
    // Ids and titles for a list of records to code: recordsToCode(), or with `all` every record
    // that is not a duplicate.
    QList<QPair<qint64, QString>> recordList(bool all) const;
    // Records a reviewer has coded (at least one code or value).
    QList<qint64> recordsCodedBy(qint64 reviewerId) const;
    // Reviewers who coded a record.
    QList<qint64> coders(qint64 recordId) const;
    // A record from its id, uuid or DOI; a duplicate resolves to the record it duplicates.
    Result<qint64> resolveRecord(const QString &idUuidOrDoi) const;

private:
    struct Statements;
    Statements &sql() const;
    Status restoreInTransaction(qint64 recordId, qint64 reviewerId, const CodingState &state);
    Status reconcileInTransaction(qint64 recordId, qint64 leadId, const QSet<qint64> &codes,
                                  const QHash<qint64, QString> &values, qint64 preferredReviewer);
    Status requireCodable(qint64 codeId) const;
    // Codings are a person's own work, reconciling is the lead's (Roles).
    Status requireReviewer(qint64 reviewerId) const;
    Status requireReconciler(qint64 leadId) const;

    Project &m_project;
    const Codebook &m_codebook;
    // Statements prepared once per store: batches run them thousands of times.
    mutable std::unique_ptr<Statements> m_sql;
};

} // namespace evimap
