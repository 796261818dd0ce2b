// Screening rules: blind visibility, settlement by agreement, conflicts, the lead's settlement,
// full-text reasons, "not retrieved", the reviewer's queue, undo and the audit log.
#include "import/attachmentstore.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningsession.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstats.h"
#include "screening/screeningstore.h"
#include "team/blinding.h"
#include "testpdf.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace evimap;

namespace {

constexpr auto TA = ScreeningStage::TitleAbstract;
constexpr auto FT = ScreeningStage::FullText;

DecisionInput include(const QString &note = {})
{
    return {Decision::Include, 0, note};
}
DecisionInput exclude(qint64 reason = 0)
{
    return {Decision::Exclude, reason, {}};
}
DecisionInput unsure()
{
    return {Decision::Unsure, 0, {}};
}

int countRows(Project &project, const QString &sql)
{
    QSqlQuery q(project.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class ScreeningTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QList<qint64> m_records;
    qint64 m_lead = 0, m_ann = 0, m_ben = 0;
    int m_counter = 0;

    ScreeningStore store() { return ScreeningStore(*m_project); }

    void setRequired(int n, bool blind = true)
    {
        ScreeningSettings s = ScreeningSettings::read(*m_project);
        s.reviewersRequired = n;
        s.blind = blind;
        QVERIFY(s.write(*m_project).ok());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("p%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        m_project = std::move(created.value());
        Reviewers people(*m_project);
        m_lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        m_ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        m_ben = people.add(QStringLiteral("Ben Best"), QStringLiteral("BB"))->id;
        QVERIFY(people.byId(m_lead)->isLead());
        QVERIFY(!people.byId(m_ann)->isLead());
        m_records.clear();
        RecordStore records(m_project->database());
        const Status s = m_project->writeTransaction([&]() -> Status {
            for (int i = 1; i <= 8; ++i) {
                Record r;
                r.title = QStringLiteral("Record %1 on loneliness").arg(i);
                r.abstract = QStringLiteral("Abstract %1.").arg(i);
                r.sourceRecordNo = i;
                if (Status st = records.insert(r, 0); !st)
                    return st;
                m_records.append(r.id);
            }
            return {};
        });
        QVERIFY(s.ok());
    }

    void cleanup() { m_project.reset(); }

    void settings_defaults()
    {
        const ScreeningSettings s = ScreeningSettings::read(*m_project);
        QCOMPARE(s.reviewersRequired, 1);
        QCOMPARE(s.blind, true);
        QVERIFY(s.criteria.isEmpty());
    }

    void singleReviewer_settlesAtOnce()
    {
        ScreeningStore st = store();
        QVERIFY(st.setDecision(m_records[0], TA, m_ann, include()).ok());
        const std::optional<ScreeningResult> r = st.result(m_records[0], TA);
        QVERIFY(r.has_value());
        QCOMPARE(r->result, ResultKind::Include);
        QCOMPARE(r->settledBy, 0); // by agreement, not by a person
        QVERIFY(!r->isManual());
        // Withdrawing the only decision unsettles the record.
        QVERIFY(st.setDecision(m_records[0], TA, m_ann, std::nullopt).ok());
        QVERIFY(!st.result(m_records[0], TA).has_value());
    }

    void blind_hidesOthersUntilSettled()
    {
        setRequired(2);
        ScreeningStore st = store();
        const qint64 rec = m_records[1];
        QVERIFY(st.setDecision(rec, TA, m_ann, include(QStringLiteral("fits"))).ok());
        QCOMPARE(st.state(rec, TA).kind, SettlementState::Kind::Pending);
        QVERIFY(!st.result(rec, TA).has_value());

        // Ben sees nothing of Ann's decision, in the store and in his session.
        QVERIFY(st.visibleDecisions(rec, TA, m_ben).isEmpty());
        QCOMPARE(st.visibleDecisions(rec, TA, m_ann).size(), 1);
        ScreeningSession ben(*m_project, m_ben, TA);
        QVERIFY(ben.load(ScreeningSession::Order::ImportOrder).ok());
        QVERIFY(ben.goToRecord(rec));
        std::optional<ScreeningItem> item = ben.currentItem();
        QVERIFY(item.has_value());
        QVERIFY(item->visible.isEmpty());
        QVERIFY(!item->mine.has_value());

        // Once both agree the record is settled and both decisions are visible.
        QVERIFY(ben.decide(include(), false).ok());
        QCOMPARE(st.result(rec, TA)->result, ResultKind::Include);
        item = ben.currentItem();
        QCOMPARE(item->visible.size(), 2);
        QCOMPARE(st.visibleDecisions(rec, TA, m_ann).size(), 2);
    }

    void notBlind_showsOthersAtOnce()
    {
        setRequired(2, false);
        ScreeningStore st = store();
        QVERIFY(st.setDecision(m_records[2], TA, m_ann, exclude()).ok());
        const QList<ScreeningDecision> seen = st.visibleDecisions(m_records[2], TA, m_ben);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().reviewerId, m_ann);
        QCOMPARE(seen.first().decision, Decision::Exclude);
    }

    void settlement_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QList<int>>("decisions"); // 0 include, 1 exclude, 2 unsure
        QTest::addColumn<QList<int>>("reasons");
        QTest::addColumn<int>("required");
        QTest::addColumn<int>("kind");     // SettlementState::Kind
        QTest::addColumn<int>("result");   // ResultKind when settled
        QTest::addColumn<int>("conflict"); // SettlementState::Conflict

        using K = SettlementState::Kind;
        using C = SettlementState::Conflict;
        auto row = [](const char *name, ScreeningStage stage, QList<int> d, QList<int> reasons,
                      int required, K kind, ResultKind result, C conflict) {
            QTest::newRow(name) << int(stage) << d << reasons << required << int(kind)
                                << int(result) << int(conflict);
        };
        row("nobody", TA, {}, {}, 2, K::Unscreened, ResultKind::Include, C::None);
        row("one of two", TA, {0}, {0}, 2, K::Pending, ResultKind::Include, C::None);
        row("two includes", TA, {0, 0}, {0, 0}, 2, K::Settled, ResultKind::Include, C::None);
        row("two excludes", TA, {1, 1}, {0, 0}, 2, K::Settled, ResultKind::Exclude, C::None);
        row("include vs exclude", TA, {0, 1}, {0, 0}, 2, K::Conflict, ResultKind::Include,
            C::Disagreement);
        row("disagreement before enough reviewers", TA, {0, 1}, {0, 0}, 3, K::Conflict,
            ResultKind::Include, C::Disagreement);
        row("unsure sides with include at ta", TA, {2, 0}, {0, 0}, 2, K::Settled,
            ResultKind::Include, C::None);
        row("unsure vs exclude at ta", TA, {2, 1}, {0, 0}, 2, K::Conflict, ResultKind::Include,
            C::Disagreement);
        row("ta reasons need not agree", TA, {1, 1}, {1, 2}, 2, K::Settled, ResultKind::Exclude,
            C::None);
        row("ft excludes with one reason", FT, {1, 1}, {3, 3}, 2, K::Settled, ResultKind::Exclude,
            C::None);
        row("ft excludes with two reasons", FT, {1, 1}, {3, 4}, 2, K::Conflict, ResultKind::Include,
            C::Reasons);
        row("ft unsure goes to the lead", FT, {2}, {0}, 1, K::Conflict, ResultKind::Include,
            C::Unsure);
        row("ft include vs unsure", FT, {0, 2}, {0, 0}, 2, K::Conflict, ResultKind::Include,
            C::Disagreement);
        row("three agree of required two", TA, {1, 1, 1}, {0, 0, 0}, 2, K::Settled,
            ResultKind::Exclude, C::None);
    }

    void settlement()
    {
        QFETCH(int, stage);
        QFETCH(QList<int>, decisions);
        QFETCH(QList<int>, reasons);
        QFETCH(int, required);
        QFETCH(int, kind);
        QFETCH(int, result);
        QFETCH(int, conflict);
        QList<ScreeningDecision> list;
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            ScreeningDecision d;
            d.recordId = 1;
            d.stage = ScreeningStage(stage);
            d.reviewerId = i + 1;
            d.decision = Decision(decisions[i]);
            d.reasonId = reasons.value(i);
            list.append(d);
        }
        const SettlementState s = Settlement::evaluate(ScreeningStage(stage), list, required);
        QCOMPARE(int(s.kind), kind);
        if (s.kind == SettlementState::Kind::Settled)
            QCOMPARE(int(s.result), result);
        QCOMPARE(int(s.conflict), conflict);
    }

    void conflict_thenLeadSettles()
    {
        setRequired(2);
        ScreeningStore st = store();
        const qint64 rec = m_records[3];
        QVERIFY(st.setDecision(rec, TA, m_ann, include(QStringLiteral("about CBT"))).ok());
        QVERIFY(st.setDecision(rec, TA, m_ben, exclude()).ok());
        QVERIFY(!st.result(rec, TA).has_value());
        QList<ScreeningConflict> conflicts = st.conflicts(TA);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().recordId, rec);
        QCOMPARE(conflicts.first().decisions.size(), 2);
        QCOMPARE(conflicts.first().decisions.first().note, QStringLiteral("about CBT"));

        // A reviewer cannot settle; the lead can, and the result says who and when.
        const Status refused =
            st.setManualResult(rec, TA, m_ann, ManualResult{ResultKind::Include, 0, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
        QVERIFY(refused.errorString().contains(QLatin1String("lead")));
        QVERIFY(!st.result(rec, TA).has_value());

        QVERIFY(st.setManualResult(rec, TA, m_lead,
                                   ManualResult{ResultKind::Include, 0, QStringLiteral("CBT arm")})
                    .ok());
        std::optional<ScreeningResult> r = st.result(rec, TA);
        QVERIFY(r.has_value());
        QCOMPARE(r->result, ResultKind::Include);
        QCOMPARE(r->settledBy, m_lead);
        QVERIFY(!r->settledAt.isEmpty());
        QVERIFY(st.conflicts(TA).isEmpty());

        // The settled record reaches full text, and its decisions are locked: a later change of
        // mind is refused and the lead's settlement stands.
        QVERIFY(st.eligibleRecords(FT).contains(rec));
        const Status locked = st.setDecision(rec, TA, m_ann, exclude());
        QVERIFY(!locked.ok());
        QVERIFY2(locked.errorString().contains(QLatin1String("reopens")),
                 qPrintable(locked.errorString()));
        QCOMPARE(st.decision(rec, TA, m_ann)->decision, Decision::Include);
        QCOMPARE(st.result(rec, TA)->settledBy, m_lead);

        // The lead's rationale is in the audit log.
        QSqlQuery q(m_project->database());
        q.prepare(QStringLiteral("SELECT reviewer_id, after FROM audit_log WHERE action = "
                                 "'screening.settle' AND record_id = ?"));
        q.addBindValue(rec);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), m_lead);
        const QJsonObject after = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("result")).toString(), QStringLiteral("include"));
        QCOMPARE(after.value(QStringLiteral("note")).toString(), QStringLiteral("CBT arm"));

        // Undoing the lead's settlement brings the conflict back.
        QVERIFY(st.setManualResult(rec, TA, m_lead, std::nullopt).ok());
        QVERIFY(!st.result(rec, TA).has_value());
        QCOMPARE(st.conflicts(TA).size(), 1);
    }

    void fullText_needsReasonAndTaInclude()
    {
        ScreeningStore st = store();
        const qint64 rec = m_records[4];
        // Not included at title/abstract yet: no full-text stage.
        Status s = st.setDecision(rec, FT, m_ann, include());
        QVERIFY(!s.ok());
        QVERIFY(s.errorString().contains(QLatin1String("title/abstract")));
        QVERIFY(st.setDecision(rec, TA, m_ann, include()).ok());
        QCOMPARE(st.eligibleRecords(FT), QList<qint64>{rec});

        s = st.setDecision(rec, FT, m_ann, exclude());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Usage);
        QVERIFY(s.errorString().contains(QLatin1String("reason")));
        QVERIFY(!st.decision(rec, FT, m_ann).has_value());

        ExclusionReasonStore reasons(st.project());
        Result<ExclusionReason> wrongPopulation =
            reasons.addReason(QStringLiteral("Wrong population"), m_lead);
        QVERIFY(wrongPopulation.ok());
        QCOMPARE(reasons.findReason(QStringLiteral("1"))->id, wrongPopulation->id);
        QCOMPARE(reasons.findReason(QStringLiteral("wrong POPULATION"))->id, wrongPopulation->id);
        // Only the lead edits the list; labels are unique.
        QVERIFY(!reasons.addReason(QStringLiteral("Other"), m_ann).ok());
        QVERIFY(!reasons.addReason(QStringLiteral("Wrong Population"), m_lead).ok());

        QVERIFY(st.setDecision(rec, FT, m_ann, exclude(wrongPopulation->id)).ok());
        const std::optional<ScreeningResult> r = st.result(rec, FT);
        QVERIFY(r.has_value());
        QCOMPARE(r->result, ResultKind::Exclude);
        QCOMPARE(r->reasonId, wrongPopulation->id);

        // A reason goes with exclude only; a retired reason is not offered any more.
        QVERIFY(!st.setDecision(rec, FT, m_ben,
                                DecisionInput{Decision::Include, wrongPopulation->id, {}})
                     .ok());
        QVERIFY(reasons.retireReason(wrongPopulation->id, m_lead).ok());
        QVERIFY(reasons.reasons().isEmpty());
        QCOMPARE(reasons.reasons(true).size(), 1);
        QVERIFY(!st.setDecision(rec, FT, m_ben, exclude(wrongPopulation->id)).ok());
    }

    void reasons_keepTheLeadsOrder()
    {
        ScreeningStore st = store();
        ExclusionReasonStore reasons(st.project());
        const qint64 a = reasons.addReason(QStringLiteral("Animal study"), m_lead)->id;
        const qint64 b = reasons.addReason(QStringLiteral("No loneliness outcome"), m_lead)->id;
        const qint64 c = reasons.addReason(QStringLiteral("Not an intervention"), 0)->id;
        QVERIFY(reasons.moveReason(c, 0, m_lead).ok());
        const QList<ExclusionReason> list = reasons.reasons();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].id, c);
        QCOMPARE(list[1].id, a);
        QCOMPARE(list[2].id, b);
        QCOMPARE(reasons.findReason(QStringLiteral("1"))->id, c);
        QVERIFY(!reasons.findReason(QStringLiteral("4")).has_value());
        QVERIFY(reasons.renameReason(b, QStringLiteral("Loneliness not measured"), m_lead).ok());
        QCOMPARE(reasons.reason(b)->label, QStringLiteral("Loneliness not measured"));
    }

    void notRetrieved_isAFullTextResult()
    {
        ScreeningStore st = store();
        const qint64 rec = m_records[5];
        QVERIFY(!st.setManualResult(rec, FT, m_ann, ManualResult{ResultKind::NotRetrieved, 0, {}})
                     .ok());
        QVERIFY(st.setDecision(rec, TA, m_ann, include()).ok());
        QVERIFY(!st.setManualResult(rec, TA, m_ann, ManualResult{ResultKind::NotRetrieved, 0, {}})
                     .ok());

        ScreeningSession session(*m_project, m_ben, FT);
        QVERIFY(session.load(ScreeningSession::Order::ImportOrder).ok());
        QCOMPARE(session.count(), 1);
        QCOMPARE(session.doneCount(), 0);
        QVERIFY(session.setNotRetrieved(true).ok());
        QCOMPARE(st.result(rec, FT)->result, ResultKind::NotRetrieved);
        QCOMPARE(st.result(rec, FT)->settledBy, m_ben);
        QCOMPARE(session.doneCount(), 1);

        Result<ScreeningStats> stats =
            ScreeningStats::compute(*m_project, Blinding(*m_project, Blinding::Unrestricted));
        QVERIFY(stats.ok());
        QCOMPARE(stats->fullText.notRetrieved, 1);
        const QJsonObject prisma = stats->toJson().value(QStringLiteral("prisma")).toObject();
        QCOMPARE(prisma.value(QStringLiteral("reportsSought")).toInt(), 1);
        QCOMPARE(prisma.value(QStringLiteral("reportsNotRetrieved")).toInt(), 1);
        QCOMPARE(prisma.value(QStringLiteral("reportsAssessed")).toInt(), 0);

        session.undoStack()->undo();
        QVERIFY(!st.result(rec, FT).has_value());
        QCOMPARE(session.doneCount(), 0);
    }

    void settled_decisionsAreLockedUntilTheLeadReopens()
    {
        // Both reviewers include at full text and the record is coded; one then changes to
        // unsure: refused, nothing changes.
        setRequired(2);
        ScreeningStore st = store();
        const qint64 rec = m_records[0];
        QVERIFY(st.setDecision(rec, TA, m_ann, include()).ok());
        QVERIFY(st.setDecision(rec, TA, m_ben, include()).ok());
        QVERIFY(st.setDecision(rec, FT, m_ann, include(QStringLiteral("fits"))).ok());
        QVERIFY(st.setDecision(rec, FT, m_ben, include()).ok());
        QCOMPARE(st.result(rec, FT)->result, ResultKind::Include);
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO code(uuid, label) VALUES ('d', 'Factor')")));
        const qint64 dimension = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO code(uuid, parent_id, label) VALUES (?, ?, ?)"));
        for (const char *label : {"Shame", "Anxiety"}) {
            q.addBindValue(QString::fromLatin1(label));
            q.addBindValue(dimension);
            q.addBindValue(QString::fromLatin1(label));
            QVERIFY(q.exec());
        }
        q.prepare(QStringLiteral("INSERT INTO coding(uuid, record_id, code_id, reviewer_id, "
                                 "coded_at) VALUES (?, ?, ?, ?, '2025-01-01')"));
        const QList<QPair<qint64, qint64>> codings{
            {dimension + 1, m_ann}, {dimension + 2, m_ann}, {dimension + 1, m_ben}};
        for (const auto &[code, coder] : codings) {
            q.addBindValue(QStringLiteral("c%1-%2").arg(code).arg(coder));
            q.addBindValue(rec);
            q.addBindValue(code);
            q.addBindValue(coder);
            QVERIFY(q.exec());
        }

        for (const qint64 who : {m_ann, m_ben, m_lead}) {
            const QString why = st.whyLocked(rec, FT, who);
            QVERIFY2(why.contains(QStringLiteral("record %1 is settled at full text").arg(rec)),
                     qPrintable(why));
        }
        Status s = st.setDecision(rec, FT, m_ben, unsure());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Usage);
        QVERIFY2(s.errorString().contains(QLatin1String("locked until the lead reopens")),
                 qPrintable(s.errorString()));
        QVERIFY(!st.setDecision(rec, FT, m_ann, std::nullopt).ok()); // no withdrawing either
        QVERIFY(!st.setDecision(rec, FT, m_lead, exclude()).ok());   // the lead too: reopen
        QCOMPARE(st.decision(rec, FT, m_ben)->decision, Decision::Include);
        QCOMPARE(st.result(rec, FT)->result, ResultKind::Include);
        // The same decision again is no change, so it is not refused.
        QVERIFY(st.setDecision(rec, FT, m_ben, include()).ok());
        // A reviewer cannot reopen, not even by asking for it.
        DecisionRequest asked{rec, FT, m_ben, unsure(), IfSettled::Reopen};
        s = st.setDecisions({asked});
        QVERIFY(!s.ok());
        QVERIFY2(s.errorString().contains(QLatin1String("only a lead")),
                 qPrintable(s.errorString()));
        QVERIFY(!st.reopen(rec, FT, m_ann).ok());

        // What reopening changes, in words.
        Result<ReopenImpact> impact = st.reopenImpact(rec, FT);
        QVERIFY2(impact.ok(), qPrintable(impact.errorString()));
        QCOMPARE(impact->codings, 3);
        QCOMPARE(impact->coders, 2);
        QCOMPARE(impact->changes,
                 (QStringList{QStringLiteral("Included at full text: 1 → 0"),
                              QStringLiteral("3 codings by 2 coders kept, but off the map until "
                                             "it is settled again")}));
        // Title/abstract waits until full text is reopened.
        QVERIFY(!st.reopenImpact(rec, TA).ok());
        QVERIFY(!st.reopen(rec, TA, m_lead).ok());

        // The lead reopens: the result goes, the decisions stay and are unlocked, and the record
        // waits for the lead instead of settling again from the same decisions.
        QVERIFY(st.reopen(rec, FT, m_lead, QStringLiteral("Ben asked")).ok());
        QVERIFY(!st.result(rec, FT).has_value());
        QVERIFY(st.isReopened(rec, FT));
        QCOMPARE(st.decisions(rec, FT).size(), 2);
        QVERIFY(st.whyLocked(rec, FT, m_ben).isEmpty());
        QCOMPARE(st.state(rec, FT).kind, SettlementState::Kind::Conflict);
        QCOMPARE(st.state(rec, FT).conflict, SettlementState::Conflict::Reopened);
        QCOMPARE(st.conflicts(FT).size(), 1);
        QVERIFY(st.resettle(rec, FT, m_lead).ok());
        QVERIFY(!st.result(rec, FT).has_value());
        Result<ScreeningStats> stats =
            ScreeningStats::compute(*m_project, Blinding(*m_project, Blinding::Unrestricted));
        QCOMPARE(stats->fullText.included, 0);
        QCOMPARE(stats->fullText.conflicts, 1);
        q.prepare(QStringLiteral("SELECT reviewer_id, before, after FROM audit_log WHERE action = "
                                 "'screening.reopen' AND record_id = ?"));
        q.addBindValue(rec);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), m_lead);
        QCOMPARE(QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("include"));
        QVERIFY(q.value(2).toString().contains(QLatin1String("Ben asked")));

        // Ben's change ends the reopening: include against unsure at full text is a conflict
        // for the lead.
        QVERIFY(st.setDecision(rec, FT, m_ben, unsure()).ok());
        QVERIFY(!st.isReopened(rec, FT));
        QCOMPARE(st.state(rec, FT).kind, SettlementState::Kind::Conflict);
        QCOMPARE(st.state(rec, FT).conflict, SettlementState::Conflict::Disagreement);
        QCOMPARE(countRows(*m_project, QStringLiteral("SELECT count(*) FROM coding")), 3);
    }

    void reopen_isUndoneWhileNothingChanged()
    {
        setRequired(2);
        ScreeningStore st = store();
        const qint64 rec = m_records[1];
        QVERIFY(st.setDecision(rec, TA, m_ann, exclude()).ok());
        QVERIFY(st.setDecision(rec, TA, m_ben, exclude()).ok());
        const ScreeningResult settled = *st.result(rec, TA);

        ScreeningSession lead(*m_project, m_lead, TA);
        QVERIFY(lead.load(ScreeningSession::Order::ImportOrder).ok());
        QVERIFY(lead.goToRecord(rec));
        QVERIFY(lead.reopen().ok());
        QVERIFY(!st.result(rec, TA).has_value());
        QVERIFY(lead.undo().ok());
        QCOMPARE(st.result(rec, TA)->result, ResultKind::Exclude);
        QCOMPARE(st.result(rec, TA)->settledBy, settled.settledBy);
        QCOMPARE(st.result(rec, TA)->settledAt, settled.settledAt);
        QVERIFY(!st.isReopened(rec, TA));
        QVERIFY(lead.redo().ok());
        QVERIFY(!st.result(rec, TA).has_value());

        // Once a decision changed, the reopening cannot be undone: refused, and dropped.
        QVERIFY(st.setDecision(rec, TA, m_ann, include()).ok());
        const Status undone = lead.undo();
        QVERIFY(!undone.ok());
        QVERIFY2(undone.errorString().contains(QLatin1String("changed")),
                 qPrintable(undone.errorString()));
        QCOMPARE(lead.undoStack()->count(), 0);
        QCOMPARE(st.conflicts(TA).size(), 1); // include against exclude
    }

    void ownSettlement_staysTheReviewersUntilBuiltOn()
    {
        // One reviewer required: a reviewer's decision settles at once, and stays theirs to
        // change (or undo) until someone builds on it.
        ScreeningStore st = store();
        const qint64 rec = m_records[2];
        ScreeningSession ann(*m_project, m_ann, TA);
        QVERIFY(ann.load(ScreeningSession::Order::ImportOrder).ok());
        QVERIFY(ann.goToRecord(rec));
        QVERIFY(ann.decide(include(), false).ok());
        QCOMPARE(st.result(rec, TA)->result, ResultKind::Include);
        QVERIFY(st.whyLocked(rec, TA, m_ann).isEmpty());
        QVERIFY(!st.whyLocked(rec, TA, m_ben).isEmpty()); // someone else's settlement
        QVERIFY(!st.setDecision(rec, TA, m_ben, exclude()).ok());
        QVERIFY(ann.undo().ok());
        QVERIFY(!st.result(rec, TA).has_value());
        QVERIFY(ann.redo().ok());
        QVERIFY(st.setDecision(rec, TA, m_ann, unsure()).ok());

        // Ben decides at full text: Ann's title/abstract result is now built on, and locked.
        QVERIFY(st.setDecision(rec, FT, m_ben, include()).ok());
        QVERIFY(!st.whyLocked(rec, TA, m_ann).isEmpty());
        QVERIFY(!st.setDecision(rec, TA, m_ann, exclude()).ok());
        QVERIFY(st.eligibleRecords(FT).contains(rec));
        // Ben's own full-text result is his until it is coded.
        QVERIFY(st.whyLocked(rec, FT, m_ben).isEmpty());
        QSqlQuery q(m_project->database());
        q.prepare(QStringLiteral("INSERT INTO extraction_field(uuid, label, kind) VALUES "
                                 "('f', 'Sample size', 'number')"));
        QVERIFY(q.exec());
        const QVariant field = q.lastInsertId();
        q.prepare(QStringLiteral("INSERT INTO extraction_value(uuid, record_id, field_id, "
                                 "reviewer_id, value, updated_at) VALUES ('v', ?, ?, ?, '12', "
                                 "'2025-01-01')"));
        q.addBindValue(rec);
        q.addBindValue(field);
        q.addBindValue(m_ben);
        QVERIFY(q.exec());
        QVERIFY(!st.whyLocked(rec, FT, m_ben).isEmpty());
    }

    void settledResult_changesOnlyWhenTheLeadReopens()
    {
        setRequired(2);
        ScreeningStore st = store();
        const qint64 rec = m_records[3];
        QVERIFY(st.setDecision(rec, TA, m_ann, include()).ok());
        QVERIFY(st.setDecision(rec, TA, m_ben, include()).ok());
        // The lead's settlement over an agreement: refused unless reopened, and logged so.
        Status s = st.setManualResult(rec, TA, m_lead, ManualResult{ResultKind::Exclude, 0, {}});
        QVERIFY(!s.ok());
        QVERIFY2(s.errorString().contains(QLatin1String("reopening")), qPrintable(s.errorString()));
        QCOMPARE(st.result(rec, TA)->result, ResultKind::Include);
        QVERIFY(st.setManualResult(rec, TA, m_lead, ManualResult{ResultKind::Exclude, 0, {}},
                                   IfSettled::Reopen)
                    .ok());
        QCOMPARE(st.result(rec, TA)->result, ResultKind::Exclude);
        QCOMPARE(st.result(rec, TA)->settledBy, m_lead);
        QCOMPARE(
            countRows(*m_project, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'screening.reopen' AND record_id = %1")
                                      .arg(rec)),
            1);
        // The lead's own vote changes only by reopening too.
        QVERIFY(!st.setDecision(rec, TA, m_lead, include()).ok());
        QVERIFY(
            st.setDecisions({DecisionRequest{rec, TA, m_lead, include(), IfSettled::Reopen}}).ok());
        // Three includes now: the lead's vote changed, so agreement settles it again.
        QCOMPARE(st.result(rec, TA)->result, ResultKind::Include);
        QVERIFY(!st.isReopened(rec, TA));
    }

    void notRetrieved_takesNoDecisionUntilAPdfOrTheLead()
    {
        ScreeningStore st = store();
        const qint64 rec = m_records[4];
        QVERIFY(st.setDecision(rec, TA, m_ann, include()).ok());
        QVERIFY(
            st.setManualResult(rec, FT, m_ann, ManualResult{ResultKind::NotRetrieved, 0, {}}).ok());
        // No include or exclude on top of "not retrieved".
        const Status s = st.setDecision(rec, FT, m_ann, include());
        QVERIFY(!s.ok());
        QVERIFY2(s.errorString().contains(QLatin1String("not retrieved")),
                 qPrintable(s.errorString()));
        QVERIFY(!st.decision(rec, FT, m_ann).has_value());
        // Only the lead or the reviewer who marked it clears the mark.
        QVERIFY(!st.setManualResult(rec, FT, m_ben, std::nullopt).ok());
        QVERIFY(st.setManualResult(rec, FT, m_lead, std::nullopt).ok());
        QVERIFY(!st.result(rec, FT).has_value());
        QVERIFY(
            st.setManualResult(rec, FT, m_ben, ManualResult{ResultKind::NotRetrieved, 0, {}}).ok());

        // Attaching its PDF clears the mark (logged), and then the record takes decisions.
        test::PdfBuilder pdf;
        pdf.addTextPage({"Loneliness in later life: the full text."});
        const QString file = m_dir.filePath(QStringLiteral("found.pdf"));
        QVERIFY(test::writeFile(file, pdf.build()));
        AttachmentStore::Target target;
        target.recordId = rec;
        Result<AttachmentStore::Attached> attached =
            AttachmentStore(*m_project).attachPdf(file, target, m_ann);
        QVERIFY2(attached.ok(), qPrintable(attached.errorString()));
        QVERIFY(!st.result(rec, FT).has_value());
        QCOMPARE(countRows(*m_project,
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'screening.retrieved' AND record_id = %1 AND after "
                                          "LIKE '%pdfAttached%'")
                               .arg(rec)),
                 1);
        QVERIFY(st.setDecision(rec, FT, m_ann, include()).ok());
        QCOMPARE(st.result(rec, FT)->result, ResultKind::Include);
    }

    void session_notRetrievedMovesOnAndUndoKeepsTheNote()
    {
        ScreeningStore st = store();
        for (int i = 0; i < 3; ++i)
            QVERIFY(st.setDecision(m_records[i], TA, m_lead, include()).ok());
        ScreeningSession s(*m_project, m_ann, FT);
        QVERIFY(s.load(ScreeningSession::Order::ImportOrder).ok());
        QCOMPARE(s.currentRecordId(), m_records[0]);
        // R moves on, as a decision does.
        QVERIFY(s.setNotRetrieved(true).ok());
        QCOMPARE(s.currentRecordId(), m_records[1]);

        // A decision with a note, undone: no decision, and the note waits to be used again.
        QVERIFY(s.decide(include(QStringLiteral("check the sample")), true).ok());
        QCOMPARE(s.currentRecordId(), m_records[2]);
        QVERIFY(s.undo().ok());
        QCOMPARE(s.currentRecordId(), m_records[1]);
        QVERIFY(!st.decision(m_records[1], FT, m_ann).has_value());
        QCOMPARE(s.draftNote(m_records[1]), QStringLiteral("check the sample"));
        QVERIFY(s.redo().ok());
        QCOMPARE(st.decision(m_records[1], FT, m_ann)->note, QStringLiteral("check the sample"));
    }

    void queue_orders()
    {
        // A duplicate is not screened.
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE record SET duplicate_of = %1 WHERE id = %2")
                           .arg(m_records[0])
                           .arg(m_records[7])));
        ScreeningSession s(*m_project, m_ann, TA);
        QVERIFY(s.load(ScreeningSession::Order::ImportOrder).ok());
        QCOMPARE(s.queue(), m_records.mid(0, 7));
        QVERIFY(!store().setDecision(m_records[7], TA, m_ann, include()).ok());

        QVERIFY(s.load(ScreeningSession::Order::Random, 12345).ok());
        QList<qint64> first = s.queue();
        QVERIFY(s.load(ScreeningSession::Order::Random, 12345).ok());
        QCOMPARE(s.queue(), first); // seeded: the same order again
        QList<qint64> sorted = first;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, m_records.mid(0, 7)); // a permutation
        QVERIFY(s.load(ScreeningSession::Order::Random, 999).ok());
        QVERIFY(s.queue() != first);

        // By relevance: highest score first, unscored records after in import order.
        const QHash<qint64, double> scores{
            {m_records[4], 0.9}, {m_records[2], 0.95}, {m_records[6], 0.1}};
        QVERIFY(s.load(ScreeningSession::Order::Relevance, 0, scores).ok());
        QCOMPARE(s.queue(), (QList<qint64>{m_records[2], m_records[4], m_records[6], m_records[0],
                                           m_records[1], m_records[3], m_records[5]}));
    }

    void relevance_newScoresKeepTheRecordAndTheUndoStack()
    {
        ScreeningSession s(*m_project, m_ann, TA);
        QVERIFY(s.load(ScreeningSession::Order::Relevance, 0, {{m_records[3], 0.9}}).ok());
        QCOMPARE(s.currentRecordId(), m_records[3]);
        QVERIFY(s.decide(include(), true).ok());
        const qint64 reading = s.currentRecordId();
        QCOMPARE(reading, m_records[0]); // unscored records follow in import order

        // The ranking retrains: the record being read stays, the undo stack too, and the next
        // decision goes to the most relevant record not decided yet.
        s.setScores({{m_records[6], 0.99}, {m_records[5], 0.8}, {m_records[3], 0.95}});
        QCOMPARE(s.currentRecordId(), reading);
        QCOMPARE(s.queue().first(), m_records[6]);
        QCOMPARE(s.undoStack()->count(), 1);
        QVERIFY(s.decide(exclude(), true).ok());
        QCOMPARE(s.currentRecordId(), m_records[6]);
        QVERIFY(s.decide(exclude(), true).ok());
        QCOMPARE(s.currentRecordId(), m_records[5]);
        s.undoStack()->undo();
        QCOMPARE(s.currentRecordId(), m_records[6]);
        QVERIFY(!store().decision(m_records[6], TA, m_ann).has_value());
    }

    void session_progressAndNavigation()
    {
        QVERIFY(store().setDecision(m_records[0], TA, m_ann, include()).ok());
        ScreeningSession s(*m_project, m_ann, TA);
        QSignalSpy moved(&s, &ScreeningSession::currentChanged);
        QVERIFY(s.load(ScreeningSession::Order::ImportOrder).ok());
        // Starts at the first record without a decision.
        QCOMPARE(s.currentRecordId(), m_records[1]);
        QCOMPARE(s.doneCount(), 1);
        QCOMPARE(s.remainingCount(), 7);
        QVERIFY(s.previous());
        QCOMPARE(s.currentRecordId(), m_records[0]);
        QVERIFY(!s.previous());
        QVERIFY(s.next());
        QVERIFY(moved.count() >= 3);
        QVERIFY(s.decide(exclude(), true).ok());
        QCOMPARE(s.currentRecordId(), m_records[2]);
        QCOMPARE(s.doneCount(), 2);
        QVERIFY(s.setCurrentIndex(7));
        QVERIFY(!s.next());
        // Next undecided wraps around to the records skipped.
        QVERIFY(s.nextUndecided());
        QCOMPARE(s.currentRecordId(), m_records[2]);
    }

    void undo_restoresDecisionsAndResults()
    {
        setRequired(1);
        ScreeningSession s(*m_project, m_ann, TA);
        QVERIFY(s.load(ScreeningSession::Order::ImportOrder).ok());
        ScreeningStore st = store();
        const qint64 rec = s.currentRecordId();
        QCOMPARE(rec, m_records[0]);

        QVERIFY(s.decide(include(), true).ok());
        QCOMPARE(s.currentRecordId(), m_records[1]);
        QVERIFY(s.decide(exclude(), true).ok());
        QCOMPARE(st.result(m_records[1], TA)->result, ResultKind::Exclude);
        QCOMPARE(s.undoStack()->count(), 2);

        // Undo the exclusion: no decision, no result, and the view goes back to that record.
        s.undoStack()->undo();
        QVERIFY(!st.decision(m_records[1], TA, m_ann).has_value());
        QVERIFY(!st.result(m_records[1], TA).has_value());
        QCOMPARE(s.currentRecordId(), m_records[1]);
        QCOMPARE(s.doneCount(), 1);

        // Change the first decision, then undo the change: the include comes back.
        QVERIFY(s.goToRecord(rec));
        QVERIFY(s.decide(unsure(), false).ok());
        QCOMPARE(st.decision(rec, TA, m_ann)->decision, Decision::Unsure);
        s.undoStack()->undo();
        QCOMPARE(st.decision(rec, TA, m_ann)->decision, Decision::Include);
        s.undoStack()->redo();
        QCOMPARE(st.decision(rec, TA, m_ann)->decision, Decision::Unsure);
        QCOMPARE(countRows(*m_project, QStringLiteral("SELECT count(*) FROM screening_decision")),
                 1);
    }

    void audit_logsEveryChangeWithBeforeAndAfter()
    {
        ScreeningSession s(*m_project, m_ben, TA);
        QVERIFY(s.load(ScreeningSession::Order::ImportOrder).ok());
        const qint64 rec = s.currentRecordId();
        QVERIFY(s.decide(include(QStringLiteral("first look")), false).ok());
        QVERIFY(s.decide(exclude(), false).ok());
        s.undoStack()->undo();

        QSqlQuery q(m_project->database());
        q.prepare(
            QStringLiteral("SELECT action, reviewer_id, before, after, at, entity FROM audit_log "
                           "WHERE record_id = ? AND entity = 'screening_decision' ORDER BY id"));
        q.addBindValue(rec);
        QVERIFY(q.exec());
        QList<QStringList> rows;
        while (q.next()) {
            QCOMPARE(q.value(1).toLongLong(), m_ben);
            QVERIFY(!q.value(4).toString().isEmpty());
            rows.append({q.value(0).toString(), q.value(2).toString(), q.value(3).toString()});
        }
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0][0], QStringLiteral("screening.decide"));
        QVERIFY(rows[0][1].isEmpty());
        QJsonObject after = QJsonDocument::fromJson(rows[0][2].toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("decision")).toString(), QStringLiteral("include"));
        QCOMPARE(after.value(QStringLiteral("note")).toString(), QStringLiteral("first look"));
        QCOMPARE(after.value(QStringLiteral("stage")).toString(), QStringLiteral("ta"));
        QCOMPARE(rows[1][0], QStringLiteral("screening.change"));
        QCOMPARE(QJsonDocument::fromJson(rows[1][1].toUtf8())
                     .object()
                     .value(QStringLiteral("decision"))
                     .toString(),
                 QStringLiteral("include"));
        QCOMPARE(QJsonDocument::fromJson(rows[1][2].toUtf8())
                     .object()
                     .value(QStringLiteral("decision"))
                     .toString(),
                 QStringLiteral("exclude"));
        // The undo is logged too, with before and after swapped.
        QCOMPARE(rows[2][0], QStringLiteral("screening.change"));
        QCOMPARE(rows[2][1], rows[1][2]);
        QCOMPARE(rows[2][2], rows[1][1]);

        // Settlement by agreement is logged as well.
        QVERIFY(
            countRows(*m_project, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'screening.settled_by_agreement'")) >= 1);
    }

    void readOnly_refusesAndChangesNothing()
    {
        const QString path = m_project->filePath();
        m_project.reset();
        Result<std::unique_ptr<Project>> opened = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(opened.ok());
        m_project = std::move(opened.value());
        ScreeningStore st = store();
        QVERIFY(!st.setDecision(m_records[0], TA, m_ann, include()).ok());
        QCOMPARE(countRows(*m_project, QStringLiteral("SELECT count(*) FROM screening_decision")),
                 0);
    }

    void stats_countsAndAgreement()
    {
        setRequired(2);
        ScreeningStore st = store();
        // Ann: I I U E E E E E ; Ben: I E I E E E E E  -> unsure counts as include.
        const QList<Decision> ann{Decision::Include, Decision::Include, Decision::Unsure,
                                  Decision::Exclude, Decision::Exclude, Decision::Exclude,
                                  Decision::Exclude, Decision::Exclude};
        const QList<Decision> ben{Decision::Include, Decision::Exclude, Decision::Include,
                                  Decision::Exclude, Decision::Exclude, Decision::Exclude,
                                  Decision::Exclude, Decision::Exclude};
        for (int i = 0; i < 8; ++i) {
            QVERIFY(st.setDecision(m_records[i], TA, m_ann, DecisionInput{ann[i], 0, {}}).ok());
            QVERIFY(st.setDecision(m_records[i], TA, m_ben, DecisionInput{ben[i], 0, {}}).ok());
        }
        Result<ScreeningStats> stats =
            ScreeningStats::compute(*m_project, Blinding(*m_project, Blinding::Unrestricted));
        QVERIFY(stats.ok());
        const StageStats &ta = stats->titleAbstract;
        QCOMPARE(ta.eligible, 8);
        QCOMPARE(ta.screened, 8);
        QCOMPARE(ta.included, 2); // records 1 and 3 (unsure + include)
        QCOMPARE(ta.excluded, 5);
        QCOMPARE(ta.conflicts, 1); // record 2
        QCOMPARE(ta.pending, 0);
        QCOMPARE(ta.pairs.size(), 1);
        const PairAgreement &p = ta.pairs.first();
        QCOMPARE(p.records, 8);
        QCOMPARE(p.bothInclude, 2);
        QCOMPARE(p.bothExclude, 5);
        // p_o = 7/8; include shares 3/8 (Ann) and 2/8 (Ben): p_e = 6/64 + 30/64 = 36/64;
        // κ = (56/64 − 36/64) / (28/64) = 20/28.
        QVERIFY(qAbs(*p.percent - 7.0 / 8.0) < 1e-12);
        QVERIFY(qAbs(*p.kappa - 20.0 / 28.0) < 1e-12);
        QVERIFY(qAbs(*p.pabak - 0.75) < 1e-12);
        QCOMPARE(stats->fullText.eligible, 2);

        // A third reviewer brings Fleiss' kappa, over the records all three decided. (Settled
        // records take no more votes; the lead reopens them to add one.)
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                st.setDecisions({DecisionRequest{m_records[i], TA, m_lead,
                                                 DecisionInput{ann[i], 0, {}}, IfSettled::Reopen}})
                    .ok());
        stats = ScreeningStats::compute(*m_project, Blinding(*m_project, Blinding::Unrestricted));
        QCOMPARE(stats->titleAbstract.pairs.size(), 3);
        QCOMPARE(stats->titleAbstract.fleissRaters, 3);
        QCOMPARE(stats->titleAbstract.fleissRecords, 4);
        QVERIFY(stats->titleAbstract.fleissKappa.has_value());
        QVERIFY(stats->toText().contains(QLatin1String("Unsure\" counts as include")));
    }
};

QTEST_GUILESS_MAIN(ScreeningTest)
#include "tst_screening.moc"
