#include "screening/screeningsession.h"

#include "core/sha256.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "screening/reopencommand.h"
#include "screening/screeningcommand.h"

#include <QUndoStack>

#include <algorithm>
#include <random>

namespace evimap {

ScreeningSession::ScreeningSession(Project &project, qint64 reviewerId, ScreeningStage stage,
                                   QObject *parent)
    : QObject(parent)
    , m_store(project)
    , m_reviewerId(reviewerId)
    , m_stage(stage)
    , m_undo(new QUndoStack(this))
{}

ScreeningSession::~ScreeningSession() = default;

Status ScreeningSession::load(Order order, quint64 seed, const QHash<qint64, double> &scores)
{
    if (const Result<Reviewer> me = Reviewers(project()).withId(m_reviewerId); !me)
        return me.error();
    m_order = order;
    m_scores = scores;
    m_seed = seed;
    if (m_seed == 0) {
        // Stable per project, reviewer and stage: the same reviewer gets the same order back,
        // and two reviewers do not see the records in the same order.
        const QByteArray key = project().uuid().toUtf8() + '/' + QByteArray::number(m_reviewerId) +
                               '/' + ScreeningNames::stageKey(m_stage).toUtf8();
        const QByteArray digest = Sha256::hash(key);
        for (int i = 0; i < 8; ++i)
            m_seed = (m_seed << 8) | quint8(digest.at(i));
        if (m_seed == 0)
            m_seed = 1;
    }
    // The undo stack survives a new order: its commands name records, not positions.
    buildQueue(m_store.eligibleRecords(m_stage));
    m_index = -1;
    setIndex(m_queue.isEmpty() ? -1 : 0);
    if (!m_queue.isEmpty() && isDone(m_queue.first()))
        nextUndecided();
    return {};
}

void ScreeningSession::setScores(const QHash<qint64, double> &scores)
{
    m_scores = scores;
    if (m_order == Order::Relevance)
        (void)reload(); // cannot fail: it only re-reads the queue
}

Status ScreeningSession::reload()
{
    const qint64 current = currentRecordId();
    buildQueue(m_store.eligibleRecords(m_stage));
    m_index = -1;
    if (!goToRecord(current))
        setIndex(m_queue.isEmpty() ? -1 : 0);
    return {};
}

void ScreeningSession::buildQueue(QList<qint64> ids)
{
    switch (m_order) {
    case Order::ImportOrder:
        break; // the store returns import order
    case Order::Random: {
        // Fisher–Yates with an explicit generator and modulo, so the order is the same on every
        // platform and standard library.
        std::mt19937_64 rng(m_seed);
        for (qsizetype i = ids.size() - 1; i > 0; --i) {
            const qsizetype j = qsizetype(rng() % quint64(i + 1));
            std::swap(ids[i], ids[j]);
        }
        break;
    }
    case Order::Relevance:
        std::stable_sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
            const auto sa = m_scores.constFind(a), sb = m_scores.constFind(b);
            const bool ha = sa != m_scores.cend(), hb = sb != m_scores.cend();
            if (ha != hb)
                return ha;
            return ha && *sa > *sb;
        });
        break;
    }
    m_queue = std::move(ids);
    m_positionOf.clear();
    m_positionOf.reserve(m_queue.size());
    for (qsizetype i = 0; i < m_queue.size(); ++i)
        m_positionOf.insert(m_queue.at(i), int(i));
    m_done = m_store.recordsDecidedBy(m_reviewerId, m_stage);
    if (m_stage == ScreeningStage::FullText)
        m_done.unite(m_store.notRetrievedRecords());
    recountDone();
}

void ScreeningSession::recountDone()
{
    int done = 0;
    for (qint64 id : std::as_const(m_done))
        done += m_positionOf.contains(id) ? 1 : 0;
    m_doneInQueue = done;
    emit progressChanged(m_doneInQueue, count());
}

bool ScreeningSession::isDone(qint64 recordId) const
{
    return m_done.contains(recordId);
}

qint64 ScreeningSession::currentRecordId() const
{
    return m_index >= 0 && m_index < m_queue.size() ? m_queue.at(m_index) : 0;
}

void ScreeningSession::setIndex(int index)
{
    if (index == m_index)
        return;
    m_index = index;
    emit currentChanged(m_index, currentRecordId());
}

bool ScreeningSession::next()
{
    if (m_index + 1 >= m_queue.size())
        return false;
    setIndex(m_index + 1);
    return true;
}

bool ScreeningSession::previous()
{
    if (m_index <= 0)
        return false;
    setIndex(m_index - 1);
    return true;
}

bool ScreeningSession::nextUndecided()
{
    if (m_doneInQueue >= count())
        return next();
    // By relevance: the most relevant record not decided yet. Otherwise forward from here, then
    // from the start, so records skipped earlier are not lost.
    const qsizetype from = m_order == Order::Relevance ? -1 : m_index;
    for (qsizetype step = 1; step <= m_queue.size(); ++step) {
        const qsizetype i = (from + step) % m_queue.size();
        if (!isDone(m_queue.at(i))) {
            setIndex(int(i));
            return true;
        }
    }
    return false;
}

bool ScreeningSession::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_queue.size())
        return false;
    setIndex(index);
    return true;
}

bool ScreeningSession::goToRecord(qint64 recordId)
{
    const auto it = m_positionOf.constFind(recordId);
    if (it == m_positionOf.cend())
        return false;
    setIndex(*it);
    return true;
}

std::optional<ScreeningItem> ScreeningSession::currentItem() const
{
    const qint64 id = currentRecordId();
    return id > 0 ? item(id) : std::nullopt;
}

std::optional<ScreeningItem> ScreeningSession::item(qint64 recordId) const
{
    RecordStore records(project().database());
    std::optional<Record> record = records.record(recordId);
    if (!record)
        return std::nullopt;
    ScreeningItem item;
    item.record = std::move(*record);
    item.result = m_store.result(recordId, m_stage);
    item.visible = m_store.visibleDecisions(recordId, m_stage, m_reviewerId);
    for (const ScreeningDecision &d : std::as_const(item.visible)) {
        if (d.reviewerId == m_reviewerId)
            item.mine = d;
    }
    if (m_stage == ScreeningStage::FullText)
        item.pdfPath = m_store.pdfPath(recordId);
    return item;
}

Status ScreeningSession::decide(const DecisionInput &input, bool advance)
{
    const qint64 id = currentRecordId();
    if (id <= 0)
        return Error{Error::Kind::Usage, tr("there is no record to decide on")};
    const std::optional<ScreeningDecision> before = m_store.decision(id, m_stage, m_reviewerId);
    if (before && before->input() == input) {
        if (advance)
            nextUndecided();
        return {};
    }
    // An undo that takes a first decision away keeps its note for the reviewer to go on typing.
    const QString draft = before ? QString() : input.note;
    if (Status s = ChangeCommand::push(
            *m_undo,
            new DecisionCommand(
                project(), id, m_stage, m_reviewerId,
                before ? std::optional<DecisionInput>(before->input()) : std::nullopt, input,
                [this, id, draft](const Status &status, UndoStep step) {
                    if (status && step == UndoStep::Undo && !draft.isEmpty())
                        m_draftNotes.insert(id, draft);
                    stepApplied(id, status);
                }));
        !s)
        return s;
    m_draftNotes.remove(id);
    m_done.insert(id);
    recountDone();
    emit recordUpdated(id);
    if (advance)
        nextUndecided();
    return {};
}

Status ScreeningSession::setNotRetrieved(bool notRetrieved)
{
    const qint64 id = currentRecordId();
    if (id <= 0)
        return Error{Error::Kind::Usage, tr("there is no record")};
    const std::optional<ManualResult> before = m_store.manualResult(id, m_stage);
    std::optional<ManualResult> after;
    if (notRetrieved)
        after = ManualResult{ResultKind::NotRetrieved, 0, QString()};
    else if (before && before->result != ResultKind::NotRetrieved)
        after = before; // clearing "not retrieved" leaves a lead's settlement alone
    if (before == after)
        return {};
    if (Status s = ChangeCommand::push(
            *m_undo, new ResultCommand(
                         project(), id, m_stage, m_reviewerId, before, after,
                         [this, id](const Status &status, UndoStep) { stepApplied(id, status); }));
        !s)
        return s;
    recordChanged(id);
    if (notRetrieved)
        nextUndecided();
    return {};
}

Status ScreeningSession::reopen()
{
    const qint64 id = currentRecordId();
    if (id <= 0)
        return Error{Error::Kind::Usage, tr("there is no record")};
    const std::optional<ScreeningResult> settlement = m_store.result(id, m_stage);
    if (!settlement)
        return m_store.reopen(id, m_stage, m_reviewerId); // refused: it says why
    if (Status s = ChangeCommand::push(
            *m_undo, new ReopenCommand(
                         project(), *settlement, m_reviewerId,
                         [this, id](const Status &status, UndoStep) { stepApplied(id, status); }));
        !s)
        return s;
    recordChanged(id);
    return {};
}

Status ScreeningSession::undo()
{
    if (!m_undo->canUndo())
        return Error{Error::Kind::Usage, tr("nothing to undo")};
    m_lastStep = {};
    m_undo->undo();
    return m_lastStep;
}

Status ScreeningSession::redo()
{
    if (!m_undo->canRedo())
        return Error{Error::Kind::Usage, tr("nothing to redo")};
    m_lastStep = {};
    m_undo->redo();
    return m_lastStep;
}

void ScreeningSession::stepApplied(qint64 recordId, const Status &status)
{
    m_lastStep = status;
    if (!status)
        emit failed(status.errorString());
    recordChanged(recordId);
}

void ScreeningSession::recordChanged(qint64 recordId)
{
    const bool done = m_store.decision(recordId, m_stage, m_reviewerId).has_value() ||
                      (m_stage == ScreeningStage::FullText && m_store.result(recordId, m_stage) &&
                       m_store.result(recordId, m_stage)->result == ResultKind::NotRetrieved);
    if (done)
        m_done.insert(recordId);
    else
        m_done.remove(recordId);
    recountDone();
    goToRecord(recordId);
    emit recordUpdated(recordId);
}

} // namespace evimap
