// Blinding, the one rule every view asks: who may see whose screening decisions, codings and
// audit entries, and when. Decisions and codings by viewer and state; audit entries by kind
// (those that reveal a vote, directly or not); the statistics and the ranking's labels.
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "coding/codingstore.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "project/reviewers.h"
#include "ranking/rankingstore.h"
#include "records/recordstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstats.h"
#include "screening/screeningstore.h"
#include "team/audittrail.h"
#include "team/blinding.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

constexpr auto TA = ScreeningStage::TitleAbstract;
constexpr auto FT = ScreeningStage::FullText;

const char codebookJson[] = R"({
  "format": "evimap-codebook", "version": 1, "name": "Small",
  "dimensions": [{"key": "d1", "label": "Approach", "choice": "multiple",
                  "codes": [{"key": "x", "label": "X"}]}],
  "extraction_fields": [{"key": "n", "label": "Sample size", "kind": "number"}]
})";

DecisionInput vote(Decision decision, const QString &note = {})
{
    return {decision, 0, note};
}

} // namespace

class BlindingTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Project> m_project;
    qint64 m_lead = 0, m_ann = 0, m_ben = 0;
    // Records: 0 open (only Ben voted), 1 settled at title/abstract, 2 reconciled coding, 3 open
    // coding, 4 a conflict that was settled by agreement before Ben changed his mind.
    QList<qint64> m_records;

    ScreeningStore screening() { return ScreeningStore(*m_project); }

    qint64 viewer(const QString &who)
    {
        if (who == QLatin1String("lead"))
            return m_lead;
        if (who == QLatin1String("ann"))
            return m_ann;
        if (who == QLatin1String("ben"))
            return m_ben;
        if (who == QLatin1String("nobody"))
            return 0;
        return Blinding::Unrestricted;
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("b%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        m_project = std::move(created.value());
        Reviewers people(*m_project);
        m_lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        m_ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        m_ben = people.add(QStringLiteral("Ben Best"), QStringLiteral("BB"))->id;
        ScreeningSettings settings = ScreeningSettings::read(*m_project);
        settings.reviewersRequired = 2;
        QVERIFY(settings.write(*m_project).ok());
        m_records.clear();
        RecordStore records(m_project->database());
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        for (int i = 1; i <= 5; ++i) {
                            Record r;
                            r.title = QStringLiteral("Record %1").arg(i);
                            r.sourceRecordNo = i;
                            if (Status s = records.insert(r, 0); !s)
                                return s;
                            m_records.append(r.id);
                        }
                        return {};
                    })
                    .ok());
        ScreeningStore st = screening();
        QVERIFY(st.setDecision(m_records[0], TA, m_ben, vote(Decision::Exclude, "off topic")).ok());
        QVERIFY(st.setDecision(m_records[1], TA, m_ann, vote(Decision::Include)).ok());
        QVERIFY(st.setDecision(m_records[1], TA, m_ben, vote(Decision::Include)).ok());
        QVERIFY(st.result(m_records[1], TA).has_value());
        QVERIFY(st.setDecision(m_records[4], TA, m_ann, vote(Decision::Include)).ok());
        QVERIFY(st.setDecision(m_records[4], TA, m_ben, vote(Decision::Include)).ok());
        // Settled, then reopened by the lead (a settled vote is locked) and unsettled by Ben.
        QVERIFY(st.reopen(m_records[4], TA, m_lead).ok());
        QVERIFY(st.setDecision(m_records[4], TA, m_ben, vote(Decision::Exclude)).ok());
        QVERIFY(!st.result(m_records[4], TA).has_value());

        Codebook codebook(*m_project);
        QVERIFY(
            codebook.applyTemplate(CodebookTemplate::fromJson(codebookJson).value(), m_lead).ok());
        const qint64 x = codebook.resolvePath(QStringLiteral("d1/x")).value();
        const qint64 n = codebook.findField(QStringLiteral("n"))->id;
        CodingStore coding(*m_project, codebook);
        QVERIFY(coding.apply(m_records[2], x, m_ben, {QStringLiteral("a quote"), 3, {}}).ok());
        QVERIFY(coding.reconcileRecord(m_records[2], m_lead, {x}, {}).ok());
        QVERIFY(coding.apply(m_records[3], x, m_ben, {QStringLiteral("ben's quote"), 4, {}}).ok());
        QVERIFY(coding.setValue(m_records[3], n, m_ben, QStringLiteral("120")).ok());
        QVERIFY(coding.apply(m_records[3], x, m_ann).ok());
    }

    void cleanup() { m_project.reset(); }

    void decision_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<bool>("blind");
        QTest::addColumn<int>("record");
        QTest::addColumn<bool>("seesBens");

        QTest::newRow("a reviewer, open record") << "ann" << true << 0 << false;
        QTest::newRow("a reviewer, settled record") << "ann" << true << 1 << true;
        QTest::newRow("a reviewer, no longer settled") << "ann" << true << 4 << false;
        QTest::newRow("a reviewer, not blind") << "ann" << false << 0 << true;
        QTest::newRow("nobody chosen, open record") << "nobody" << true << 0 << false;
        QTest::newRow("the lead, open record") << "lead" << true << 0 << true;
        QTest::newRow("the command line, open record") << "cli" << true << 0 << true;
        QTest::newRow("Ben, his own") << "ben" << true << 0 << true;
    }

    void decision()
    {
        QFETCH(QString, viewer);
        QFETCH(bool, blind);
        QFETCH(int, record);
        QFETCH(bool, seesBens);
        ScreeningSettings settings = ScreeningSettings::read(*m_project);
        settings.blind = blind;
        QVERIFY(settings.write(*m_project).ok());
        const std::optional<ScreeningDecision> bens =
            screening().decision(m_records[record], TA, m_ben);
        QVERIFY(bens.has_value());
        const Blinding rule(*m_project, this->viewer(viewer));
        QCOMPARE(rule.maySee(*bens), seesBens);
        const QList<ScreeningDecision> shown =
            rule.visible(screening().decisions(m_records[record], TA));
        QCOMPARE(std::any_of(shown.cbegin(), shown.cend(),
                             [&bens](const ScreeningDecision &d) { return d.id == bens->id; }),
                 seesBens);
        QCOMPARE(rule.maySeeConflicts(), !blind || viewer == "lead" || viewer == "cli");
    }

    void asReviewer_theLeadIsBlindWhileScreening()
    {
        const std::optional<ScreeningDecision> bens = screening().decision(m_records[0], TA, m_ben);
        QVERIFY(Blinding(*m_project, m_lead).maySee(*bens));
        QVERIFY(!Blinding::asReviewer(*m_project, m_lead).maySee(*bens));
        QVERIFY(screening().visibleDecisions(m_records[0], TA, m_lead).isEmpty());
    }

    void coding_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<bool>("blind");
        QTest::addColumn<int>("record");
        QTest::addColumn<bool>("seesBens");
        QTest::addColumn<int>("source"); // CodingSource the map counts for the viewer

        const int reconciledOnly = int(CodingSource::ReconciledOnly);
        const int wanted = int(CodingSource::ReconciledElseReviewers);
        QTest::newRow("a reviewer, open coding") << "ann" << true << 3 << false << reconciledOnly;
        QTest::newRow("a reviewer, reconciled") << "ann" << true << 2 << true << reconciledOnly;
        QTest::newRow("a reviewer, not blind") << "ann" << false << 3 << true << wanted;
        QTest::newRow("the lead") << "lead" << true << 3 << true << wanted;
        QTest::newRow("nobody chosen") << "nobody" << true << 3 << false << reconciledOnly;
    }

    void coding()
    {
        QFETCH(QString, viewer);
        QFETCH(bool, blind);
        QFETCH(int, record);
        QFETCH(bool, seesBens);
        QFETCH(int, source);
        QVERIFY(ProjectSettings::codingBlind.write(*m_project, blind).ok());
        const Blinding rule(*m_project, this->viewer(viewer));
        QCOMPARE(rule.maySeeCoding(m_records[record], m_ben), seesBens);
        const Codebook codebook(*m_project);
        const QList<Coding> all = CodingStore(*m_project, codebook).allCodings(m_records[record]);
        const QList<Coding> shown = rule.visible(all);
        QCOMPARE(std::any_of(shown.cbegin(), shown.cend(),
                             [this](const Coding &c) { return c.reviewerId == m_ben; }),
                 seesBens);
        QCOMPARE(int(rule.codingSource(CodingSource::ReconciledElseReviewers)), source);
    }

    // Entries made by hand, one per kind, judged for Ann (a reviewer) with screening and
    // coding blind; the records' states come from init().
    void auditEntry_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("by");
        QTest::addColumn<int>("record"); // -1: not about a record
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("annSees");

        const QString ta = R"({"stage":"ta","decision":"exclude"})";
        const QString ft = R"({"stage":"ft","decision":"exclude"})";
        const QString result = R"({"stage":"ta","result":"include","settledBy":null})";
        QTest::newRow("another's decision, open") << "screening.decide"
                                                  << "ben" << 0 << "" << ta << false;
        QTest::newRow("another's change, open") << "screening.change"
                                                << "ben" << 0 << ta << ta << false;
        QTest::newRow("another's withdrawal, open") << "screening.withdraw"
                                                    << "ben" << 0 << ta << "" << false;
        QTest::newRow("another's decision, settled") << "screening.decide"
                                                     << "ben" << 1 << "" << ta << true;
        QTest::newRow("another's full-text decision, settled at title/abstract only")
            << "screening.decide"
            << "ben" << 1 << "" << ft << false;
        QTest::newRow("another's decision, no stage") << "screening.decide"
                                                      << "ben" << 0 << ""
                                                      << "" << false;
        QTest::newRow("own decision, open") << "screening.decide"
                                            << "ann" << 0 << "" << ta << true;
        QTest::newRow("settled by agreement, since unsettled")
            << "screening.settled_by_agreement"
            << "ann" << 4 << "" << result << false;
        QTest::newRow("unsettled by a changed vote") << "screening.unsettled"
                                                     << "ann" << 4 << result << "" << false;
        QTest::newRow("settled by agreement, still settled") << "screening.settled_by_agreement"
                                                             << "ben" << 1 << "" << result << true;
        QTest::newRow("a reason added") << "screening.reason.add"
                                        << "lead" << -1 << ""
                                        << R"({"label":"Wrong population"})" << true;
        QTest::newRow("another's coding, open") << "coding.apply"
                                                << "ben" << 3 << ""
                                                << R"({"quote":"quoted by Ben"})" << false;
        QTest::newRow("another's extraction value, open") << "extraction.set"
                                                          << "ben" << 3 << ""
                                                          << R"({"value":"120"})" << false;
        QTest::newRow("another's coding, reconciled") << "coding.apply"
                                                      << "ben" << 2 << ""
                                                      << R"({"quote":"a quote"})" << true;
        QTest::newRow("own coding, open") << "coding.apply"
                                          << "ann" << 3 << ""
                                          << "{}" << true;
        QTest::newRow("another's ranking training") << "ranking.train"
                                                    << "ben" << -1 << ""
                                                    << R"({"relevant_in_training":3})" << false;
        QTest::newRow("own ranking training") << "ranking.train"
                                              << "ann" << -1 << ""
                                              << R"({"relevant_in_training":3})" << true;
        QTest::newRow("a merge listing conflicting votes")
            << "team.merge"
            << "lead" << -1 << ""
            << R"({"conflicts":[{"main":"include","copy":"exclude"}]})" << false;
        QTest::newRow("a merge without conflicts") << "team.merge"
                                                   << "lead" << -1 << ""
                                                   << R"({"conflicts":[]})" << true;
        QTest::newRow("duplicates merged") << "dedup.merge"
                                           << "lead" << 0 << ""
                                           << "{}" << true;
    }

    void auditEntry()
    {
        QFETCH(QString, action);
        QFETCH(QString, by);
        QFETCH(int, record);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, annSees);
        AuditEntry entry;
        entry.action = action;
        entry.reviewerId = viewer(by);
        entry.recordId = record >= 0 ? m_records[record] : 0;
        entry.before = before;
        entry.after = after;
        QCOMPARE(Blinding(*m_project, m_ann).maySee(entry), annSees);
        QCOMPARE(Blinding(*m_project, 0).maySee(entry), annSees && by != QLatin1String("ann"));
        // The lead and the command line see every entry.
        QVERIFY(Blinding(*m_project, m_lead).maySee(entry));
        QVERIFY(Blinding(*m_project, Blinding::Unrestricted).maySee(entry));
    }

    // The trail as written by the stores: what Ann is shown, and the count of what she is not,
    // the same whether filtered entry by entry or against every settled record at once.
    void history_hiddenEntriesAreCounted()
    {
        const QList<AuditEntry> record0 = AuditTrail::read(*m_project, m_records[0]);
        QCOMPARE(record0.size(), 1); // Ben's exclusion
        const VisibleHistory annSees = Blinding(*m_project, m_ann).visible(record0);
        QVERIFY(annSees.entries.isEmpty());
        QCOMPARE(annSees.hidden, 1);

        const QList<AuditEntry> all = AuditTrail::read(*m_project);
        const VisibleHistory lead = Blinding(*m_project, m_lead).visible(all);
        QCOMPARE(lead.entries.size(), all.size());
        QCOMPARE(lead.hidden, 0);
        const VisibleHistory ann = Blinding(*m_project, m_ann).visible(all);
        QCOMPARE(ann.entries.size() + ann.hidden, all.size());
        // Hidden: Ben's vote on record 0; on record 4 Ben's two votes, the settlement and its
        // undoing; on record 3 Ben's coding and his extraction value.
        QCOMPARE(ann.hidden, 7);
        for (const AuditEntry &e : ann.entries) {
            QVERIFY2(!e.after.contains(QStringLiteral("off topic")), qPrintable(e.after));
            QVERIFY2(!e.after.contains(QStringLiteral("ben's quote")), qPrintable(e.after));
        }
        // A long history is filtered against every settled record at once: same answer.
        QList<AuditEntry> many;
        for (int i = 0; i < 60; ++i)
            many += all;
        QCOMPARE(Blinding(*m_project, m_ann).visible(many).hidden, 60 * ann.hidden);
    }

    void statistics_countWhatTheViewerMaySee()
    {
        auto bensLine = [this](const ScreeningStats &stats) {
            for (const ReviewerProgress &p : stats.titleAbstract.reviewers) {
                if (p.reviewerId == m_ben)
                    return std::make_tuple(p.decided, p.include, p.exclude);
            }
            return std::make_tuple(0, 0, 0);
        };
        const Result<ScreeningStats> lead =
            ScreeningStats::compute(*m_project, Blinding(*m_project, m_lead));
        QVERIFY(lead.ok());
        QCOMPARE(bensLine(lead.value()), std::make_tuple(3, 1, 2));
        QCOMPARE(lead->titleAbstract.conflicts, 1);
        QVERIFY(!lead->blindedView);
        const Result<ScreeningStats> ann =
            ScreeningStats::compute(*m_project, Blinding(*m_project, m_ann));
        QVERIFY(ann.ok());
        QCOMPARE(bensLine(ann.value()), std::make_tuple(1, 1, 0)); // the settled record only
        QCOMPARE(ann->titleAbstract.conflicts, 0);
        QCOMPARE(ann->titleAbstract.included, 1); // results are settled data: the same for all
        QVERIFY(ann->blindedView);
        QVERIFY(ann->toText().contains(QStringLiteral("Counted from your own decisions")));
    }

    // A reviewer's ranking learns from their own decisions and the settled results, never from
    // another reviewer's vote on an open record: flipping that vote changes nothing.
    void ranking_learnsFromOwnAndSettledOnly()
    {
        const RankingStore store(*m_project);
        const RankingData before = store.load(m_ann).value();
        const auto label = [&before](qint64 id) { return before.labels[before.ids.indexOf(id)]; };
        QCOMPARE(label(m_records[1]), qint8(Label::Relevant));   // settled
        QCOMPARE(label(m_records[4]), qint8(Label::Relevant));   // Ann's own, open
        QCOMPARE(label(m_records[0]), qint8(Label::Unscreened)); // only Ben's, open
        QVERIFY(screening()
                    .setDecision(m_records[0], TA, m_ben, vote(Decision::Include, "on topic"))
                    .ok());
        const RankingData after = store.load(m_ann).value();
        QCOMPARE(after.labels, before.labels);
        QCOMPARE(after.history, before.history);
        // Without a reviewer: the settled results alone.
        const RankingData settled = store.load(0).value();
        QCOMPARE(settled.history.size(), std::size_t(1));
    }

    void fullTextDecisionsFollowTheFullTextStage()
    {
        QVERIFY(screening().setDecision(m_records[1], FT, m_ben, vote(Decision::Include)).ok());
        const std::optional<ScreeningDecision> bens = screening().decision(m_records[1], FT, m_ben);
        QVERIFY(bens.has_value());
        // Settled at title/abstract, open at full text: hidden at full text.
        QVERIFY(!Blinding(*m_project, m_ann).maySee(*bens));
        QVERIFY(screening().setDecision(m_records[1], FT, m_ann, vote(Decision::Include)).ok());
        QVERIFY(Blinding(*m_project, m_ann).maySee(*bens));
    }
};

QTEST_GUILESS_MAIN(BlindingTest)
#include "tst_blinding.moc"
