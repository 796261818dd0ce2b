#pragma once

#include "core/result.h"
#include "records/record.h"
#include "screening/screeningdecision.h"
#include "screening/screeningstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

class QUndoStack;

namespace evimap {

class Project;

// Everything the screening view shows for one record.
struct ScreeningItem
{
    Record record;
    std::optional<ScreeningDecision> mine;
    QList<ScreeningDecision> visible; // the reviewer's own and, when allowed, the others'
    std::optional<ScreeningResult> result;
    QString pdfPath; // absolute, empty when no PDF is attached
};

// One reviewer's queue of records at one stage, with their position in it, their progress and
// the undo stack of their decisions.
//
// The queue holds the stage's records (all non-duplicates at title/abstract; those included at
// title/abstract at full text) in the order asked for: random (seeded, so the same reviewer gets
// the same order back), import order, or by a relevance score computed elsewhere (highest
// first, unscored records after, in import order). Moving through it costs no query; loading
// the current record costs a handful of indexed lookups, whatever the project's size.
class ScreeningSession final : public QObject
{
    Q_OBJECT

public:
    enum class Order
    {
        Random,
        ImportOrder,
        Relevance
    };

    ScreeningSession(Project &project, qint64 reviewerId, ScreeningStage stage,
                     QObject *parent = nullptr);
    ~ScreeningSession() override;

    // Builds the queue and moves to the reviewer's first record without a decision.
    // `seed` 0 derives one from the project, reviewer and stage.
    Status load(Order order = Order::Random, quint64 seed = 0,
                const QHash<qint64, double> &scores = {});
    // Rebuilds the queue (after an import, or settlements that changed the full-text stage),
    // keeping the current record when it is still there.
    Status reload();
    // New relevance scores (after the ranking retrained). In relevance order the queue is
    // re-sorted around the record being read, which stays; the next decision moves to the most
    // relevant record still undecided.
    void setScores(const QHash<qint64, double> &scores);

    Project &project() const { return m_store.project(); }
    ScreeningStore &store() { return m_store; }
    qint64 reviewerId() const { return m_reviewerId; }
    ScreeningStage stage() const { return m_stage; }
    Order order() const { return m_order; }
    quint64 seed() const { return m_seed; }

    // The queue.
    int count() const { return int(m_queue.size()); }
    const QList<qint64> &queue() const { return m_queue; }
    int doneCount() const { return m_doneInQueue; }
    int remainingCount() const { return count() - m_doneInQueue; }
    bool isDone(qint64 recordId) const;
    int currentIndex() const { return m_index; }
    qint64 currentRecordId() const;

    // Moving; each returns false (and stays) at the ends.
    bool next();
    bool previous();
    bool nextUndecided(); // the next record after this one the reviewer has not decided
    bool setCurrentIndex(int index);
    bool goToRecord(qint64 recordId);

    // The current record and what the reviewer may see about it.
    std::optional<ScreeningItem> currentItem() const;
    std::optional<ScreeningItem> item(qint64 recordId) const;

    // Records the reviewer's decision on the current record (undoable). With `advance`, moves to
    // the next record without a decision afterwards. A settled record's decision is locked
    // (ScreeningStore::whyLocked): the store refuses the change.
    Status decide(const DecisionInput &input, bool advance = true);
    // Marks the current record's full text as not retrieved, then moves on as a decision does;
    // or clears the mark (and stays). Undoable.
    Status setNotRetrieved(bool notRetrieved);
    // The lead reopens the current record, settled at this stage (ScreeningStore::reopen).
    // Undoable while no decision on it has changed.
    Status reopen();

    QUndoStack *undoStack() const { return m_undo; }
    // Undo and redo, with what the store said: a step it refused is dropped from the stack.
    Status undo();
    Status redo();
    // The note of a decision that an undo took away, kept for the reviewer (empty if none).
    QString draftNote(qint64 recordId) const { return m_draftNotes.value(recordId); }

    // Called by the undo commands after they changed `recordId`; moves to it.
    void recordChanged(qint64 recordId);

signals:
    void currentChanged(int index, qint64 recordId);
    void progressChanged(int done, int total);
    // A decision or result changed (by a new decision, an undo or a redo).
    void recordUpdated(qint64 recordId);
    // An undo or redo could not be saved (the project is read-only or busy).
    void failed(const QString &message);

private:
    void buildQueue(QList<qint64> ids);
    void stepApplied(qint64 recordId, const Status &status);
    void recountDone();
    void setIndex(int index);

    ScreeningStore m_store;
    qint64 m_reviewerId;
    ScreeningStage m_stage;
    Order m_order = Order::Random;
    quint64 m_seed = 0;
    QHash<qint64, double> m_scores;
    QList<qint64> m_queue;
    QHash<qint64, int> m_positionOf;
    QSet<qint64> m_done; // records the reviewer has decided at this stage (or not retrieved)
    int m_doneInQueue = 0;
    int m_index = -1;
    QUndoStack *m_undo;
    Status m_lastStep; // what the store said to the last undo or redo
    QHash<qint64, QString> m_draftNotes;
};

} // namespace evimap
