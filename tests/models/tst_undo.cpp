// The one undo protocol (ChangeCommand): pushing a command makes the change (the first redo() is
// the change itself), undo puts the state before back and redo the state after, each read back
// from the database. A change the project refuses never enters the stack; a step refused later
// is dropped from it.
#include "coding/codebook.h"
#include "coding/codebookcommand.h"
#include "coding/codebooksnapshot.h"
#include "coding/codebooktemplate.h"
#include "coding/codingcommand.h"
#include "coding/codingstore.h"
#include "core/changecommand.h"
#include "core/clock.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "screening/reopencommand.h"
#include "screening/screeningcommand.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace evimap;

namespace {

const char codebookJson[] = R"({
  "format": "evimap-codebook", "version": 1, "name": "Undo",
  "dimensions": [
    {"key": "d", "label": "Approach", "choice": "multiple", "codes": [
      {"key": "x", "label": "X"}, {"key": "z", "label": "Z"}]}
  ]
})";

} // namespace

class UndoTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_lead = 0, m_ann = 0, m_bob = 0;
    QList<qint64> m_records;
    int m_counter = 0;

    // One value read from the database ("" when there is no row).
    QString value(const QString &sql, const QVariantList &bind = {})
    {
        QSqlQuery q(m_project->database());
        q.prepare(sql);
        for (const QVariant &v : bind)
            q.addBindValue(v);
        if (!q.exec())
            return QStringLiteral("error: ") + sql;
        return q.next() ? q.value(0).toString() : QString();
    }

    QString decisionOf(qint64 record, qint64 reviewer)
    {
        return value(QStringLiteral("SELECT decision FROM screening_decision WHERE record_id = ? "
                                    "AND stage = 'ta' AND reviewer_id = ?"),
                     {record, reviewer});
    }

    QString resultOf(qint64 record)
    {
        return value(QStringLiteral("SELECT result || '/' || IFNULL(settled_by, 0) FROM "
                                    "screening_result WHERE record_id = ? AND stage = 'ta'"),
                     {record});
    }

    int auditRows(const QString &action)
    {
        return value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
            .toInt();
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("u%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        m_project = std::move(created.value());
        Reviewers people(*m_project);
        m_lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        m_ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        m_bob = people.add(QStringLiteral("Bob Brook"), QStringLiteral("BB"))->id;
        // Two reviewers settle a record, so that they can disagree.
        ScreeningSettings settings = ScreeningSettings::read(*m_project);
        settings.reviewersRequired = 2;
        QVERIFY(settings.write(*m_project).ok());
        m_records.clear();
        for (int i = 1; i <= 3; ++i) {
            QSqlQuery q(m_project->database());
            q.prepare(QStringLiteral("INSERT INTO record(uuid, title, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?)"));
            q.addBindValue(newUuid());
            q.addBindValue(QStringLiteral("Record %1").arg(i));
            q.addBindValue(utcNow());
            q.addBindValue(utcNow());
            QVERIFY(q.exec());
            m_records << q.lastInsertId().toLongLong();
        }
    }

    void cleanup() { m_project.reset(); }

    void decision_pushUndoRedo()
    {
        QUndoStack stack;
        const qint64 record = m_records.at(0);
        auto command = std::make_unique<DecisionCommand>(
            *m_project, record, ScreeningStage::TitleAbstract, m_ann, std::nullopt,
            DecisionInput{Decision::Exclude, 0, QString()});
        // Nothing is written before the push: the push's redo() is the decision itself.
        QCOMPARE(decisionOf(record, m_ann), QString());
        QVERIFY(ChangeCommand::push(stack, command.release()).ok());
        QCOMPARE(decisionOf(record, m_ann), QStringLiteral("exclude"));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(auditRows(QStringLiteral("screening.decide")), 1);

        stack.undo();
        QCOMPARE(decisionOf(record, m_ann), QString());
        stack.redo();
        QCOMPARE(decisionOf(record, m_ann), QStringLiteral("exclude"));
        QCOMPARE(stack.count(), 1);

        // A decision the store refuses (nobody by that id) never enters the stack.
        const Status refused = ChangeCommand::push(
            stack, new DecisionCommand(*m_project, record, ScreeningStage::TitleAbstract, 9999,
                                       std::nullopt, DecisionInput{Decision::Include, 0, {}}));
        QVERIFY(!refused.ok());
        QCOMPARE(stack.count(), 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM screening_decision")),
                 QStringLiteral("1"));
    }

    void settlement_pushUndoRedo()
    {
        ScreeningStore store(*m_project);
        const qint64 record = m_records.at(1);
        QVERIFY(store
                    .setDecision(record, ScreeningStage::TitleAbstract, m_ann,
                                 DecisionInput{Decision::Include, 0, {}})
                    .ok());
        QVERIFY(store
                    .setDecision(record, ScreeningStage::TitleAbstract, m_bob,
                                 DecisionInput{Decision::Exclude, 0, {}})
                    .ok());
        QCOMPARE(resultOf(record), QString()); // a conflict: for the lead to settle

        QUndoStack stack;
        QList<std::pair<Status, UndoStep>> steps;
        auto command = std::make_unique<ResultCommand>(
            *m_project, record, ScreeningStage::TitleAbstract, m_lead,
            store.manualResult(record, ScreeningStage::TitleAbstract),
            ManualResult{ResultKind::Include, 0, QStringLiteral("fits")},
            [&steps](const Status &status, UndoStep step) {
                steps.append({status, step});
            });
        QCOMPARE(command->text(), QStringLiteral("Settle record %1: Included").arg(record));
        QVERIFY(ChangeCommand::push(stack, command.release()).ok());
        QCOMPARE(resultOf(record), QStringLiteral("include/%1").arg(m_lead));
        QVERIFY(steps.isEmpty()); // the push answers for the change itself

        stack.undo();
        QCOMPARE(resultOf(record), QString());
        QCOMPARE(store.conflicts(ScreeningStage::TitleAbstract).size(), 1);
        stack.redo();
        QCOMPARE(resultOf(record), QStringLiteral("include/%1").arg(m_lead));
        QCOMPARE(steps.size(), 2);
        QVERIFY(steps.at(0).first.ok());
        QCOMPARE(steps.at(0).second, UndoStep::Undo);
        QCOMPARE(steps.at(1).second, UndoStep::Redo);

        // A reviewer's settlement is refused, and leaves no step.
        const Status refused = ChangeCommand::push(
            stack,
            new ResultCommand(*m_project, m_records.at(2), ScreeningStage::TitleAbstract, m_ann,
                              std::nullopt, ManualResult{ResultKind::Exclude, 0, {}}));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().startsWith(QStringLiteral("only a lead can settle")),
                 qPrintable(refused.errorString()));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(resultOf(m_records.at(2)), QString());
    }

    void reopen_pushUndoRedo()
    {
        ScreeningStore store(*m_project);
        const qint64 record = m_records.at(0);
        QVERIFY(store
                    .setManualResult(record, ScreeningStage::TitleAbstract, m_lead,
                                     ManualResult{ResultKind::Exclude, 0, {}})
                    .ok());
        const std::optional<ScreeningResult> settlement =
            store.result(record, ScreeningStage::TitleAbstract);
        QVERIFY(settlement);

        QUndoStack stack;
        QVERIFY(
            ChangeCommand::push(stack, new ReopenCommand(*m_project, *settlement, m_lead)).ok());
        QCOMPARE(resultOf(record), QString());
        QVERIFY(store.isReopened(record, ScreeningStage::TitleAbstract));

        stack.undo();
        QCOMPARE(resultOf(record), QStringLiteral("exclude/%1").arg(m_lead));
        QVERIFY(!store.isReopened(record, ScreeningStage::TitleAbstract));
        stack.redo();
        QCOMPARE(resultOf(record), QString());
        QVERIFY(store.isReopened(record, ScreeningStage::TitleAbstract));

        // Once a decision changed on the reopened record, the settlement cannot come back: the
        // undo is refused and the step dropped, the decision left alone.
        QVERIFY(store
                    .setDecision(record, ScreeningStage::TitleAbstract, m_ann,
                                 DecisionInput{Decision::Include, 0, {}})
                    .ok());
        QVERIFY(stack.canUndo());
        stack.undo();
        QCOMPARE(stack.count(), 0);
        QCOMPARE(decisionOf(record, m_ann), QStringLiteral("include"));
        QCOMPARE(resultOf(record), QString());
    }

    void coding_pushUndoRedo()
    {
        Codebook codebook(*m_project);
        QVERIFY(
            codebook.applyTemplate(CodebookTemplate::fromJson(codebookJson).value(), m_lead).ok());
        const qint64 x = codebook.resolvePath(QStringLiteral("d/x")).value();
        CodingStore store(*m_project, codebook);
        const qint64 record = m_records.at(0);
        const auto quoteOf = [&] {
            return value(QStringLiteral("SELECT quote FROM coding WHERE record_id = ? AND "
                                        "code_id = ? AND reviewer_id = ?"),
                         {record, x, m_ann});
        };

        QUndoStack stack;
        auto command = std::make_unique<CodingCommand>(
            store, record, m_ann,
            store.stateAfterApplying(x, CodingDetails{QStringLiteral("RCT"), 3, QString()}),
            QStringLiteral("Apply X"));
        QCOMPARE(quoteOf(), QString());
        QVERIFY(ChangeCommand::push(stack, command.release()).ok());
        QCOMPARE(quoteOf(), QStringLiteral("RCT"));

        stack.undo();
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM coding")), QStringLiteral("0"));
        stack.redo();
        QCOMPARE(quoteOf(), QStringLiteral("RCT"));

        // Typing the details merges into one step, by the id every merging command has
        // (UndoId); undo goes back past all of them at once.
        for (const QString &quote : {QStringLiteral("RCT, n"), QStringLiteral("RCT, n=64")}) {
            CodingState state;
            state.codes.insert(x, CodingDetails{quote, 3, QString()});
            auto typed = std::make_unique<CodingCommand>(store, record, m_ann, state,
                                                         QStringLiteral("Quote"), true);
            QCOMPARE(typed->id(), int(UndoId::CodingDetails));
            QVERIFY(ChangeCommand::push(stack, typed.release()).ok());
        }
        QCOMPARE(stack.count(), 2);
        QCOMPARE(quoteOf(), QStringLiteral("RCT, n=64"));
        stack.undo();
        QCOMPARE(quoteOf(), QStringLiteral("RCT"));
        stack.redo();
        QCOMPARE(quoteOf(), QStringLiteral("RCT, n=64"));
    }

    void codebookEdit_pushUndoRedo()
    {
        Codebook codebook(*m_project);
        QVERIFY(
            codebook.applyTemplate(CodebookTemplate::fromJson(codebookJson).value(), m_lead).ok());
        const qint64 x = codebook.resolvePath(QStringLiteral("d/x")).value();
        const qint64 z = codebook.resolvePath(QStringLiteral("d/z")).value();
        CodingStore codings(*m_project, codebook);
        QVERIFY(codings.apply(m_records.at(0), x, m_ann).ok());
        const auto codeOf = [&] {
            return value(QStringLiteral("SELECT code_id FROM coding WHERE record_id = ?"),
                         {m_records.at(0)})
                .toLongLong();
        };
        const auto retired = [&](qint64 id) {
            return value(QStringLiteral("SELECT retired FROM code WHERE id = ?"), {id}) ==
                   QLatin1String("1");
        };

        Result<CodebookSnapshot> before = CodebookSnapshot::take(*m_project, {x, z});
        QVERIFY(before.ok());
        int edits = 0;
        QUndoStack stack;
        auto command = std::make_unique<CodebookCommand>(
            *m_project, m_lead, *before,
            [&](QSet<qint64> *) {
                ++edits;
                return codebook.merge(x, z, m_lead);
            },
            QStringLiteral("Merge X into Z"));
        QCOMPARE(codeOf(), x);
        QVERIFY(ChangeCommand::push(stack, command.release()).ok());
        // The push made the merge, once, through Codebook (its own audit row).
        QCOMPARE(edits, 1);
        QCOMPARE(codeOf(), z);
        QVERIFY(retired(x));
        QCOMPARE(auditRows(QStringLiteral("codebook.merge")), 1);
        QCOMPARE(stack.count(), 1);

        stack.undo();
        QCOMPARE(codeOf(), x);
        QVERIFY(!retired(x));
        QCOMPARE(auditRows(QStringLiteral("codebook.undo")), 1);
        stack.redo();
        QCOMPARE(codeOf(), z);
        QVERIFY(retired(x));
        QCOMPARE(auditRows(QStringLiteral("codebook.redo")), 1);
        QCOMPARE(edits, 1); // redo restores the snapshot; the edit is not made again
        QCOMPARE(auditRows(QStringLiteral("codebook.merge")), 1);

        // A change Codebook refuses never enters the stack.
        Result<CodebookSnapshot> now = CodebookSnapshot::take(*m_project, {});
        QVERIFY(now.ok());
        const Status refused = ChangeCommand::push(
            stack, new CodebookCommand(
                       *m_project, m_ann, *now,
                       [&](QSet<qint64> *) { return codebook.setRetired(z, true, m_ann); },
                       QStringLiteral("Retire Z")));
        QVERIFY(!refused.ok());
        QCOMPARE(stack.count(), 1);
        QVERIFY(!retired(z));
        // A change that changes nothing leaves no step.
        Result<CodebookSnapshot> again = CodebookSnapshot::take(*m_project, {});
        QVERIFY(again.ok());
        QVERIFY(ChangeCommand::push(stack, new CodebookCommand(
                                               *m_project, m_lead, *again,
                                               [](QSet<qint64> *) { return Status(); },
                                               QStringLiteral("Nothing")))
                    .ok());
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Merge X into Z"));
    }
};

QTEST_GUILESS_MAIN(UndoTest)
#include "tst_undo.moc"
