// Coding: single-choice dimensions, blind dual coding, comparison and agreement against a hand
// calculation, reconciling, records to code, extraction values, undo, and the CSV export with
// formula neutralisation.
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "coding/codingcommand.h"
#include "coding/codingcomparison.h"
#include "coding/codingcsv.h"
#include "coding/codingexport.h"
#include "coding/codingstore.h"
#include "core/clock.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "project/reviewers.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace evimap;

namespace {

// A small codebook whose agreement figures are easy to work out by hand.
const char smallCodebook[] = R"({
  "format": "evimap-codebook", "version": 1, "name": "Small",
  "dimensions": [
    {"key": "d1", "label": "Approach", "choice": "multiple", "codes": [
      {"key": "x", "label": "X"}, {"key": "z", "label": "Z"}]},
    {"key": "d2", "label": "Design", "choice": "single", "codes": [
      {"key": "y", "label": "Y"}, {"key": "w", "label": "W"}]}
  ],
  "extraction_fields": [
    {"key": "n", "label": "Sample size", "kind": "number"},
    {"key": "start", "label": "Start", "kind": "date"},
    {"key": "effect", "label": "Effect", "kind": "choice", "choices": ["better", "same", "worse"]},
    {"key": "where", "label": "Where", "kind": "text"}
  ]
})";

qint64 addRecord(Project &project, const QString &title, const QString &doi = {})
{
    QSqlQuery q(project.database());
    q.prepare(
        QStringLiteral("INSERT INTO record(uuid, title, doi, norm_doi, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(title);
    q.addBindValue(doi);
    q.addBindValue(doi.toUpper());
    q.addBindValue(utcNow());
    q.addBindValue(utcNow());
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

void settle(Project &project, qint64 record, const QString &stage, const QString &result)
{
    QSqlQuery q(project.database());
    q.prepare(
        QStringLiteral("INSERT INTO screening_result(uuid, record_id, stage, result, settled_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(record);
    q.addBindValue(stage);
    q.addBindValue(result);
    q.addBindValue(utcNow());
    QVERIFY(q.exec());
}

} // namespace

class CodingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<Codebook> m_codebook;
    qint64 m_lead = 0, m_ana = 0, m_ben = 0;
    qint64 x = 0, z = 0, y = 0, w = 0;
    qint64 n = 0, start = 0, effect = 0, where = 0;
    QList<qint64> m_records;

private slots:
    void init()
    {
        const QString path = m_dir.filePath(
            QStringLiteral("%1.evimap").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(path);
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        m_project = std::move(created.value());
        Reviewers reviewers(*m_project);
        m_lead = reviewers.add(QStringLiteral("Lena Lead"), QStringLiteral("LL")).value().id;
        m_ana = reviewers.add(QStringLiteral("Ana Alves"), QStringLiteral("AA")).value().id;
        m_ben = reviewers.add(QStringLiteral("Ben Brook"), QStringLiteral("BB")).value().id;
        m_codebook = std::make_unique<Codebook>(*m_project);
        QVERIFY(m_codebook->applyTemplate(CodebookTemplate::fromJson(smallCodebook).value(), m_lead)
                    .ok());
        x = m_codebook->resolvePath(QStringLiteral("d1/x")).value();
        z = m_codebook->resolvePath(QStringLiteral("d1/z")).value();
        y = m_codebook->resolvePath(QStringLiteral("d2/y")).value();
        w = m_codebook->resolvePath(QStringLiteral("d2/w")).value();
        n = m_codebook->findField(QStringLiteral("n"))->id;
        start = m_codebook->findField(QStringLiteral("start"))->id;
        effect = m_codebook->findField(QStringLiteral("effect"))->id;
        where = m_codebook->findField(QStringLiteral("where"))->id;
        m_records.clear();
        for (int i = 1; i <= 12; ++i)
            m_records.append(addRecord(*m_project, QStringLiteral("Record %1").arg(i),
                                       QStringLiteral("10.5555/test.%1").arg(i)));
    }

    void cleanup()
    {
        m_codebook.reset();
        m_project.reset();
    }

    void singleChoice_keepsOneCodePerRecordAndReviewer()
    {
        CodingStore store(*m_project, *m_codebook);
        QVERIFY(store.apply(m_records[0], y, m_ana, {QStringLiteral("randomised"), 2, {}}).ok());
        QVERIFY(store.apply(m_records[0], y, m_ben).ok());
        QVERIFY(store.apply(m_records[0], w, m_ana).ok());
        QVERIFY(!store.coding(m_records[0], y, m_ana));
        QVERIFY(store.coding(m_records[0], w, m_ana));
        QVERIFY(store.coding(m_records[0], y, m_ben)); // another reviewer's choice is their own
        // A multiple-choice dimension keeps both.
        QVERIFY(store.apply(m_records[0], x, m_ana).ok());
        QVERIFY(store.apply(m_records[0], z, m_ana).ok());
        QCOMPARE(store.codings(m_records[0], m_ana).size(), 3);
        // Through a batch too: the later line wins.
        QVERIFY(store
                    .applyAll(m_ben, {PendingCoding{m_records[1], y, 0, {}, {}},
                                      PendingCoding{m_records[1], w, 0, {}, {}}})
                    .ok());
        QCOMPARE(store.codings(m_records[1], m_ben).size(), 1);
        QCOMPARE(store.codings(m_records[1], m_ben).first().codeId, w);
        // Every change is in the audit log, attributed.
        QSqlQuery q(m_project->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'coding.remove' "
                                  "AND reviewer_id IS NOT NULL AND record_id IS NOT NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void blind_othersHiddenUntilReconciled()
    {
        CodingStore store(*m_project, *m_codebook);
        QVERIFY(store.apply(m_records[0], x, m_ana).ok());
        QVERIFY(store.apply(m_records[0], z, m_ben).ok());
        QVERIFY(store.isBlind());
        QList<Coding> seen = store.codingsVisibleTo(m_records[0], m_ben);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().reviewerId, m_ben);

        QVERIFY(store.reconcileRecord(m_records[0], m_lead, {x}, {}, m_ana).ok());
        QCOMPARE(store.codingsVisibleTo(m_records[0], m_ben).size(), 2);
        // Unblinded by the project setting.
        QVERIFY(store.apply(m_records[1], x, m_ana).ok());
        QCOMPARE(store.codingsVisibleTo(m_records[1], m_ben).size(), 0);
        QVERIFY(ProjectSettings::codingBlind.write(*m_project, false).ok());
        QCOMPARE(store.codingsVisibleTo(m_records[1], m_ben).size(), 1);
    }

    // coding.blind used to be read as blind unless it was exactly "0", so a file saying
    // "false" (as screening.blind was written) kept coding blind.
    void blind_falseInTheFileReadsAsNotBlind()
    {
        CodingStore store(*m_project, *m_codebook);
        QVERIFY(store.apply(m_records[1], x, m_ana).ok());
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting(key, value, updated_at) VALUES "
                                      "('coding.blind', 'false', '2024-01-01T00:00:00Z')")));
        QVERIFY(!CodingStore::isBlind(*m_project));
        QVERIFY(!store.isBlind());
        QCOMPARE(store.codingsVisibleTo(m_records[1], m_ben).size(), 1);
        QVERIFY(q.exec(QStringLiteral("UPDATE setting SET value = 'true' WHERE key = "
                                      "'coding.blind'")));
        QVERIFY(CodingStore::isBlind(*m_project));
        QCOMPARE(store.codingsVisibleTo(m_records[1], m_ben).size(), 0);
    }

    void agreement_data()
    {
        QTest::addColumn<int>("both");
        QTest::addColumn<int>("onlyA");
        QTest::addColumn<int>("onlyB");
        QTest::addColumn<int>("neither");
        QTest::addColumn<double>("percent");
        QTest::addColumn<double>("kappa"); // NaN: undefined
        // p_o = 0.7, p_e = (5*6 + 5*4)/100 = 0.5, kappa = 0.2/0.5
        QTest::newRow("hand 4-1-2-3") << 4 << 1 << 2 << 3 << 70.0 << 0.4;
        // p_o = 0.7, p_e = (25*30 + 25*20)/2500 = 0.5
        QTest::newRow("hand 20-5-10-15") << 20 << 5 << 10 << 15 << 70.0 << 0.4;
        QTest::newRow("perfect") << 5 << 0 << 0 << 5 << 100.0 << 1.0;
        QTest::newRow("opposite") << 0 << 5 << 5 << 0 << 0.0 << -1.0;
        // p_o = 0.7, p_e = (2*3 + 8*7)/100 = 0.62, kappa = 0.08/0.38
        QTest::newRow("rare code") << 1 << 1 << 2 << 6 << 70.0 << (0.7 - 0.62) / 0.38;
        QTest::newRow("all present: undefined") << 10 << 0 << 0 << 0 << 100.0 << qQNaN();
        QTest::newRow("all absent: undefined") << 0 << 0 << 0 << 7 << 100.0 << qQNaN();
    }

    void agreement()
    {
        QFETCH(int, both);
        QFETCH(int, onlyA);
        QFETCH(int, onlyB);
        QFETCH(int, neither);
        QFETCH(double, percent);
        QFETCH(double, kappa);
        PresenceAgreement a{both, onlyA, onlyB, neither};
        QVERIFY(a.percent());
        QCOMPARE(*a.percent(), percent);
        if (std::isnan(kappa)) {
            QVERIFY(!a.kappa());
        } else {
            QVERIFY(a.kappa());
            QVERIFY2(std::abs(*a.kappa() - kappa) < 1e-12, qPrintable(QString::number(*a.kappa())));
        }
    }

    void comparison_differencesAndAgreementMatchHandCalculation()
    {
        CodingStore store(*m_project, *m_codebook);
        // Ten records both code. Code X: both on 1-4, Ana only on 5, Ben only on 6-7, neither on
        // 8-10. Code Y: both on all ten. Z and W: nobody.
        for (int i = 0; i < 10; ++i) {
            QVERIFY(store.apply(m_records[i], y, m_ana).ok());
            QVERIFY(store.apply(m_records[i], y, m_ben).ok());
        }
        for (int i : {0, 1, 2, 3, 4})
            QVERIFY(store.apply(m_records[i], x, m_ana, {QStringLiteral("quote A%1").arg(i), 0, {}})
                        .ok());
        for (int i : {0, 1, 2, 3, 5, 6})
            QVERIFY(store.apply(m_records[i], x, m_ben).ok());
        // A field both gave differently, and one they agree on.
        QVERIFY(store.setValue(m_records[0], n, m_ana, QStringLiteral("120")).ok());
        QVERIFY(store.setValue(m_records[0], n, m_ben, QStringLiteral("112")).ok());
        QVERIFY(store.setValue(m_records[1], n, m_ana, QStringLiteral("40")).ok());
        QVERIFY(store.setValue(m_records[1], n, m_ben, QStringLiteral("40")).ok());
        // Record 11 only Ana coded: not an item of the comparison.
        QVERIFY(store.apply(m_records[10], x, m_ana).ok());

        Result<CodingComparison> c =
            CodingComparison::compare(*m_project, *m_codebook, m_ana, m_ben);
        QVERIFY2(c.ok(), qPrintable(c.errorString()));
        QCOMPARE(c->items.size(), 10);
        QCOMPARE(c->onlyA, QList<qint64>{m_records[10]});
        QVERIFY(c->onlyB.isEmpty());

        QCOMPARE(c->differences.size(), 4); // X on records 5, 6, 7 and the sample size of record 1
        QCOMPARE(c->differences.at(0).recordId, m_records[0]);
        QCOMPARE(c->differences.at(0).fieldId, n);
        QCOMPARE(c->differences.at(0).valueA, QStringLiteral("120"));
        QCOMPARE(c->differences.at(0).valueB, QStringLiteral("112"));
        QCOMPARE(c->differences.at(1).recordId, m_records[4]);
        QCOMPARE(c->differences.at(1).codeId, x);
        QCOMPARE(c->differences.at(1).path, QStringLiteral("Approach/X"));
        QVERIFY(c->differences.at(1).inA && !c->differences.at(1).inB);
        QCOMPARE(c->differences.at(1).valueA, QStringLiteral("quote A4"));
        QCOMPARE(c->differences.at(2).recordId, m_records[5]);
        QVERIFY(!c->differences.at(2).inA && c->differences.at(2).inB);

        QCOMPARE(c->perCode.size(), 4);
        const PresenceAgreement ax = c->perCode.at(0).agreement; // X
        QCOMPARE(c->perCode.at(0).codeId, x);
        QCOMPARE(ax.both, 4);
        QCOMPARE(ax.onlyA, 1);
        QCOMPARE(ax.onlyB, 2);
        QCOMPARE(ax.neither, 3);
        QCOMPARE(*ax.percent(), 70.0);
        QVERIFY(std::abs(*ax.kappa() - 0.4) < 1e-12);
        const PresenceAgreement ay = c->perCode.at(2).agreement; // Y: both always, kappa undefined
        QCOMPARE(c->perCode.at(2).codeId, y);
        QCOMPARE(ay.both, 10);
        QCOMPARE(*ay.percent(), 100.0);
        QVERIFY(!ay.kappa());
        // Overall, pooled over 4 codes x 10 items: both 14, onlyA 1, onlyB 2, neither 23.
        // p_o = 37/40 = 0.925; p_e = (15*16 + 25*24)/1600 = 0.525; kappa = 0.4/0.475.
        QCOMPARE(c->overall.items(), 40);
        QCOMPARE(c->overall.both, 14);
        QCOMPARE(c->overall.neither, 23);
        QCOMPARE(*c->overall.percent(), 92.5);
        QVERIFY(std::abs(*c->overall.kappa() - 0.4 / 0.475) < 1e-12);

        const QJsonObject json = c->toJson();
        QCOMPARE(json.value(QLatin1String("overall"))
                     .toObject()
                     .value(QLatin1String("kappa"))
                     .toDouble(),
                 0.8421);
        QCOMPARE(json.value(QLatin1String("differences")).toArray().size(), 4);
        QVERIFY(c->toText().contains(QLatin1String("92.5% agreement, kappa 0.842")));
    }

    void reconcile_agreedKeptDifferencesLeftOrTakenFromPreferred()
    {
        CodingStore store(*m_project, *m_codebook);
        // Record 1: agree (X, Y, n=30). Record 2: differ on Z. Record 3: only Ana.
        for (qint64 who : {m_ana, m_ben}) {
            QVERIFY(store.apply(m_records[0], x, who).ok());
            QVERIFY(store.apply(m_records[0], y, who).ok());
            QVERIFY(store.setValue(m_records[0], n, who, QStringLiteral("30")).ok());
            QVERIFY(store.apply(m_records[1], x, who).ok());
        }
        QVERIFY(store
                    .apply(m_records[1], z, m_ana,
                           {QStringLiteral("Ana's quote"), 5, QStringLiteral("sure")})
                    .ok());
        QVERIFY(store.setValue(m_records[1], effect, m_ben, QStringLiteral("Better")).ok());
        QVERIFY(store.apply(m_records[2], w, m_ana).ok());

        QVERIFY(!store.reconcileAll(m_ana).ok()); // a reviewer cannot reconcile
        Result<ReconcileSummary> first = store.reconcileAll(m_lead);
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QCOMPARE(first->reconciled, 1);
        QCOMPARE(first->agreed, 1);
        QCOMPARE(first->unresolved, QList<qint64>{m_records[1]});
        QCOMPARE(first->singleCoder, QList<qint64>{m_records[2]});
        QCOMPARE(store.results(m_records[0]).size(), 2);
        QCOMPARE(store.resultValues(m_records[0]).value(n), QStringLiteral("30"));
        QVERIFY(store.isReconciled(m_records[0]));
        QVERIFY(!store.isReconciled(m_records[1]));

        Result<ReconcileSummary> second = store.reconcileAll(m_lead, m_ana);
        QVERIFY(second.ok());
        QCOMPARE(second->alreadyReconciled, 1);
        QCOMPARE(second->reconciled, 2); // record 2 from Ana, record 3 coded by Ana alone
        QCOMPARE(second->resolvedByPreferred, 2);
        QList<Coding> final2 = store.results(m_records[1]);
        QCOMPARE(final2.size(), 2);
        bool hasZ = false;
        for (const Coding &c : final2) {
            if (c.codeId == z) {
                hasZ = true;
                QCOMPARE(c.details.quote, QStringLiteral("Ana's quote"));
                QCOMPARE(c.details.page, 5);
            }
        }
        QVERIFY(hasZ);
        QVERIFY(store.resultValues(m_records[1]).value(effect).isEmpty()); // Ana gave none
        QCOMPARE(store.results(m_records[2]).size(), 1);
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'coding.reconcile' "
                           "AND reviewer_id = %1")
                .arg(m_lead)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM coding_result WHERE settled_by IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void recordsToCode_includedAtTheLastStage()
    {
        CodingStore store(*m_project, *m_codebook);
        QVERIFY(store.recordsToCode().isEmpty());
        settle(*m_project, m_records[0], QStringLiteral("ta"), QStringLiteral("include"));
        settle(*m_project, m_records[1], QStringLiteral("ta"), QStringLiteral("include"));
        settle(*m_project, m_records[2], QStringLiteral("ta"), QStringLiteral("exclude"));
        QCOMPARE(store.recordsToCode(), (QList<qint64>{m_records[0], m_records[1]}));
        settle(*m_project, m_records[1], QStringLiteral("ft"), QStringLiteral("include"));
        settle(*m_project, m_records[0], QStringLiteral("ft"), QStringLiteral("exclude"));
        QCOMPARE(store.recordsToCode(), QList<qint64>{m_records[1]});
        // Any record can still be coded.
        QVERIFY(store.apply(m_records[5], x, m_ana).ok());
    }

    void resolveRecord_byIdUuidDoiAndDuplicates()
    {
        CodingStore store(*m_project, *m_codebook);
        QCOMPARE(store.resolveRecord(QString::number(m_records[2])).value(), m_records[2]);
        QCOMPARE(store.resolveRecord(QStringLiteral("https://doi.org/10.5555/TEST.4")).value(),
                 m_records[3]);
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM record WHERE id = %1").arg(m_records[5])));
        QVERIFY(q.next());
        QCOMPARE(store.resolveRecord(q.value(0).toString()).value(), m_records[5]);
        q.prepare(QStringLiteral("UPDATE record SET duplicate_of = ? WHERE id = ?"));
        q.addBindValue(m_records[0]);
        q.addBindValue(m_records[6]);
        QVERIFY(q.exec());
        QCOMPARE(store.resolveRecord(QString::number(m_records[6])).value(), m_records[0]);
        QVERIFY(!store.resolveRecord(QStringLiteral("999999")).ok());
        QVERIFY(!store.resolveRecord(QStringLiteral("10.9999/none")).ok());
    }

    void extractionValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored"); // "!" = refused
        QTest::newRow("number") << "n"
                                << "120"
                                << "120";
        QTest::newRow("decimal") << "n"
                                 << " 72.4 "
                                 << "72.4";
        QTest::newRow("plus") << "n"
                              << "+5"
                              << "5";
        QTest::newRow("not a number") << "n"
                                      << "about 100"
                                      << "!";
        QTest::newRow("comma decimal") << "n"
                                       << "72,4"
                                       << "!";
        QTest::newRow("date") << "start"
                              << "2019-09-01"
                              << "2019-09-01";
        QTest::newRow("bad month") << "start"
                                   << "2019-13-01"
                                   << "!";
        QTest::newRow("year only") << "start"
                                   << "2019"
                                   << "!";
        QTest::newRow("choice") << "effect"
                                << "WORSE"
                                << "worse";
        QTest::newRow("not a choice") << "effect"
                                      << "much better"
                                      << "!";
        QTest::newRow("text") << "where"
                              << "Leeds, UK"
                              << "Leeds, UK";
        QTest::newRow("empty clears") << "where"
                                      << ""
                                      << "";
    }

    void extractionValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, input);
        QFETCH(QString, stored);
        CodingStore store(*m_project, *m_codebook);
        const qint64 id = m_codebook->findField(field)->id;
        if (stored.isEmpty()) // clearing needs something to clear
            QVERIFY(store.setValue(m_records[0], id, m_ana, QStringLiteral("something")).ok());
        const Status s = store.setValue(m_records[0], id, m_ana, input);
        if (stored == QLatin1String("!")) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, Error::Kind::Usage);
            QVERIFY(!store.values(m_records[0], m_ana).contains(id));
        } else {
            QVERIFY2(s.ok(), qPrintable(s.errorString()));
            QCOMPARE(store.values(m_records[0], m_ana).value(id), stored);
            QCOMPARE(store.values(m_records[0], m_ana).contains(id), !stored.isEmpty());
        }
    }

    void undo_restoresEveryStep()
    {
        CodingStore store(*m_project, *m_codebook);
        QUndoStack stack;
        const qint64 r = m_records[0];
        stack.push(new CodingCommand(store, r, m_ana, store.stateAfterApplying(y, {}),
                                     QStringLiteral("apply Y")));
        QVERIFY(store.coding(r, y, m_ana));
        // A single-choice switch is one step.
        stack.push(new CodingCommand(store, r, m_ana, store.stateAfterApplying(w, {}),
                                     QStringLiteral("apply W")));
        QVERIFY(!store.coding(r, y, m_ana));
        QVERIFY(store.coding(r, w, m_ana));
        // Typing a note: successive edits merge into one step.
        for (const QString &note :
             {QStringLiteral("p"), QStringLiteral("pi"), QStringLiteral("pilot")}) {
            CodingState s;
            s.codes.insert(w, CodingDetails{{}, 0, note});
            stack.push(new CodingCommand(store, r, m_ana, s, QStringLiteral("note"), true));
        }
        QCOMPARE(stack.count(), 3);
        QCOMPARE(store.coding(r, w, m_ana)->details.note, QStringLiteral("pilot"));
        CodingState value;
        value.values.insert(n, QStringLiteral("64"));
        stack.push(new CodingCommand(store, r, m_ana, value, QStringLiteral("n")));
        QCOMPARE(store.values(r, m_ana).value(n), QStringLiteral("64"));

        stack.undo();
        QVERIFY(!store.values(r, m_ana).contains(n));
        stack.undo();
        QCOMPARE(store.coding(r, w, m_ana)->details.note, QString());
        stack.undo();
        QVERIFY(store.coding(r, y, m_ana));
        QVERIFY(!store.coding(r, w, m_ana));
        stack.undo();
        QVERIFY(store.codings(r, m_ana).isEmpty());
        stack.redo();
        stack.redo();
        QVERIFY(store.coding(r, w, m_ana));
        QVERIFY(!store.coding(r, y, m_ana));

        // A change that cannot be written is dropped, not pushed.
        CodingState bad;
        bad.values.insert(n, QStringLiteral("many"));
        stack.push(new CodingCommand(store, r, m_ana, bad, QStringLiteral("bad")));
        QCOMPARE(stack.index(), 2);
        QVERIFY(!store.values(r, m_ana).contains(n));
    }

    void csvRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("issues");
        QTest::addColumn<QString>("firstQuote");
        QTest::newRow("plain")
            << QByteArray("record,code,quote,page,note\n1,d1/x,a quote,3,n\n2,d2/y,,,\n") << 2 << 0
            << "a quote";
        QTest::newRow("bom crlf any order")
            << QByteArray("\xEF\xBB\xBFPage,Quote,Code,Record\r\n4,\"q, with comma\",d1/x,1\r\n")
            << 1 << 0 << "q, with comma";
        QTest::newRow("multi-line quote")
            << QByteArray("record,code,quote\n1,d1/x,\"line one\nline \"\"two\"\"\"\n") << 1 << 0
            << "line one\nline \"two\"";
        QTest::newRow("semicolons")
            << QByteArray("record;code;quote\n1;d1/x;hello\n") << 1 << 0 << "hello";
        QTest::newRow("bad rows")
            << QByteArray("record,code,page\n1,,\n,d1/x,\n1,d1/x,zero\n1,d1/x,0\n\n2,d1/z,1\n") << 1
            << 4 << "";
    }

    void csvRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, rows);
        QFETCH(int, issues);
        QFETCH(QString, firstQuote);
        IssueList found;
        Result<QList<CodingCsv::Row>> read =
            CodingCsv::read(bytes, QStringLiteral("c.csv"), &found);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read->size(), rows);
        QCOMPARE(found.size(), issues);
        QCOMPARE(read->first().quote, firstQuote);
        for (const Issue &issue : found)
            QVERIFY(issue.toString().startsWith(QLatin1String("c.csv:")));
    }

    void csvRead_refusesWholeFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no code column") << QByteArray("record,quote\n1,x\n");
        QTest::newRow("open quote") << QByteArray("record,code,quote\n1,d1/x,\"never closed\n");
        QTest::newRow("not utf-8") << QByteArray("record,code\n1,caf\xe9\n");
    }

    void csvRead_refusesWholeFile()
    {
        QFETCH(QByteArray, bytes);
        Result<QList<CodingCsv::Row>> read =
            CodingCsv::read(bytes, QStringLiteral("c.csv"), nullptr);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::InputRefused);
        QVERIFY(read.errorString().startsWith(QLatin1String("c.csv")));
    }

    void exportCsv_oneRowPerItemNeutralised()
    {
        CodingStore store(*m_project, *m_codebook);
        QSqlQuery q(m_project->database());
        q.prepare(QStringLiteral("UPDATE record SET title = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"));
        q.addBindValue(m_records[0]);
        QVERIFY(q.exec());
        QVERIFY(store
                    .reconcileRecord(
                        m_records[0], m_lead, {x, y},
                        {{n, QStringLiteral("-5")}, {where, QStringLiteral("@SUM(A1:A9)")}})
                    .ok());
        QVERIFY(store
                    .reconcileRecord(m_records[1], m_lead, {z},
                                     {{where, QStringLiteral("+44 20 7946 0000")}})
                    .ok());
        QVERIFY(store.reconcileRecord(m_records[2], m_lead, {}, {})
                    .ok()); // reconciled: nothing applies

        const QByteArray csv = CodingExport::finalCodingCsv(*m_project, *m_codebook).value();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0),
                 QStringLiteral("record_id,uuid,doi,title,year,Approach/X,Approach/Z,Design/Y,"
                                "Design/W,Sample size,Start,Effect,Where"));
        const QStringList first = lines.at(1).split(QLatin1Char(','));
        QCOMPARE(first.at(0), QString::number(m_records[0]));
        QVERIFY(lines.at(1).contains(
            QLatin1String("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")));
        QVERIFY(lines.at(1).endsWith(QLatin1String(",1,0,1,0,'-5,,,'@SUM(A1:A9)")));
        QVERIFY(lines.at(2).endsWith(QLatin1String(",0,1,0,0,,,,'+44 20 7946 0000")));
        QVERIFY(lines.at(3).endsWith(QLatin1String(",0,0,0,0,,,,")));
        // No cell of the file starts a formula.
        for (const QString &line : lines) {
            for (const QString &cell : line.split(QLatin1Char(','))) {
                const QString bare = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
                QVERIFY2(bare.isEmpty() || !QStringLiteral("=+-@").contains(bare.front()),
                         qPrintable(line));
            }
        }
    }
};

QTEST_GUILESS_MAIN(CodingTest)
#include "tst_coding.moc"
