// The stage dashboard's numbers, from a project the test builds with two reviewers' decisions:
// per stage the records waiting, done, conflicts, included and excluded, each reviewer's
// progress against what is left to them, agreement so far, and the lists behind the numbers.
// The lead sees everything; a reviewer sees their own progress and the settled totals, never
// another reviewer's counts or the conflicts while screening is blind.
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "coding/codingstore.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "screening/agreement.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "stats/stagedashboard.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

constexpr auto TA = ScreeningStage::TitleAbstract;
constexpr auto FT = ScreeningStage::FullText;

const char codebookJson[] = R"({
  "format": "evimap-codebook", "version": 1, "name": "Small",
  "dimensions": [
    {"key": "factor", "label": "Psychological factor", "choice": "multiple",
     "codes": [{"key": "shame", "label": "Shame"}]}
  ]
})";

} // namespace

class StageDashboardTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_lead = 0, m_ann = 0, m_ben = 0;
    QList<qint64> m_records;

    void decide(ScreeningStage stage, int record, qint64 reviewer, Decision decision)
    {
        QVERIFY(ScreeningStore(*m_project)
                    .setDecision(m_records[record], stage, reviewer, DecisionInput{decision, 0, {}})
                    .ok());
    }

    static const ReviewerWork *work(const DashboardStageCounts &c, qint64 reviewer)
    {
        for (const ReviewerWork &w : c.reviewers) {
            if (w.reviewerId == reviewer)
                return &w;
        }
        return nullptr;
    }

private slots:
    // Ten records, two reviewers at title/abstract: 0 both include (settled), 1 both exclude
    // (settled), 2 Ann includes and Ben excludes (a conflict), 3 Ben alone, 4 Ann alone, 5–9
    // nobody. Record 0 goes on to full text, where Ann includes it, and Ann codes it.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Project>> created =
            Project::create(m_dir.filePath(QStringLiteral("d.evimap")), QStringLiteral("Dash"));
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        m_project = std::move(created.value());
        Reviewers people(*m_project);
        m_lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        m_ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        m_ben = people.add(QStringLiteral("Ben Okafor"), QStringLiteral("BO"))->id;
        ScreeningSettings settings = ScreeningSettings::read(*m_project);
        settings.reviewersRequired = 2;
        QVERIFY(settings.write(*m_project).ok());
        RecordStore records(m_project->database());
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        for (int i = 0; i < 10; ++i) {
                            Record r;
                            r.title = QStringLiteral("Record %1").arg(i);
                            if (Status s = records.insert(r, 0); !s)
                                return s;
                            m_records.append(r.id);
                        }
                        return {};
                    })
                    .ok());
        decide(TA, 0, m_ann, Decision::Include);
        decide(TA, 0, m_ben, Decision::Include);
        decide(TA, 1, m_ann, Decision::Exclude);
        decide(TA, 1, m_ben, Decision::Exclude);
        decide(TA, 2, m_ann, Decision::Include);
        decide(TA, 2, m_ben, Decision::Exclude);
        decide(TA, 3, m_ben, Decision::Exclude);
        decide(TA, 4, m_ann, Decision::Include);
        decide(FT, 0, m_ann, Decision::Include);

        Codebook codebook(*m_project);
        QVERIFY(
            codebook.applyTemplate(CodebookTemplate::fromJson(codebookJson).value(), m_lead).ok());
        QVERIFY(CodingStore(*m_project, codebook)
                    .apply(m_records[0],
                           codebook.resolvePath(QStringLiteral("factor/shame")).value(), m_ann)
                    .ok());
    }

    void lead_seesEveryStageEveryReviewerAndTheConflicts()
    {
        const Result<StageDashboard> d = StageDashboard::compute(*m_project, m_lead);
        QVERIFY2(d.ok(), qPrintable(d.errorString()));
        QVERIFY(d->seesEveryonesScreening());

        const DashboardStageCounts &dup = d->stage(DashboardStage::Duplicates);
        QCOMPARE(dup.waiting, 0);
        QCOMPARE(dup.included, 10); // records kept
        QCOMPARE(dup.excluded, 0);  // none merged

        const DashboardStageCounts &ta = d->stage(DashboardStage::TitleAbstract);
        QCOMPARE(ta.records, 10);
        QCOMPARE(ta.done, 2);
        QCOMPARE(ta.waiting, 8);
        QCOMPARE(ta.conflicts, std::optional<qint64>(1));
        QCOMPARE(ta.included, 1);
        QCOMPARE(ta.excluded, 1);
        // Lena leads and has not screened: Ann's and Ben's work only.
        QCOMPARE(ta.reviewers.size(), 2);
        QVERIFY(work(ta, m_ann) && work(ta, m_ben));
        QCOMPARE(work(ta, m_ann)->done, 4);
        QCOMPARE(work(ta, m_ann)->left, 6); // 3 and 5–9: not decided by her, not settled
        QCOMPARE(work(ta, m_ben)->done, 4);
        QCOMPARE(work(ta, m_ben)->left, 6); // 4 and 5–9
        // Kappa as the agreement code computes it, over records 0–2 (both decided).
        const std::optional<double> expected = Agreement::cohenKappa({1, 0, 1}, {1, 0, 0});
        QVERIFY(ta.kappa && expected);
        QCOMPARE(*ta.kappa, *expected);
        QVERIFY2(ta.kappaText.contains(QStringLiteral("0.40")) &&
                     ta.kappaText.contains(QStringLiteral("3 records")),
                 qPrintable(ta.kappaText));

        const DashboardStageCounts &ft = d->stage(DashboardStage::FullText);
        QCOMPARE(ft.records, 1);
        QCOMPARE(ft.waiting, 1);
        QCOMPARE(ft.done, 0);
        QCOMPARE(work(ft, m_ann)->done, 1);
        QCOMPARE(work(ft, m_ann)->left, 0);
        QCOMPARE(work(ft, m_ben)->left, 1);

        const DashboardStageCounts &coding = d->stage(DashboardStage::Coding);
        QCOMPARE(coding.records, 1);
        QCOMPARE(coding.waiting, 1);
        QCOMPARE(coding.done, 0);
        QCOMPARE(coding.conflicts, std::optional<qint64>(0)); // one coder: nothing to reconcile
        QCOMPARE(work(coding, m_ann)->done, 1);
        QCOMPARE(work(coding, m_ben)->left, 1);
    }

    void reviewer_seesOwnProgressAndSettledTotalsOnly()
    {
        const Result<StageDashboard> d = StageDashboard::compute(*m_project, m_ann);
        QVERIFY2(d.ok(), qPrintable(d.errorString()));
        QVERIFY(!d->seesEveryonesScreening());
        QVERIFY(!d->seesEveryonesCoding());
        for (const DashboardStageCounts &c : d->stages()) {
            QVERIFY(!work(c, m_ben)); // never another reviewer's counts
            QVERIFY(!c.conflicts);    // nor the conflicts
        }
        const DashboardStageCounts &ta = d->stage(DashboardStage::TitleAbstract);
        QCOMPARE(ta.done, 2); // settled totals are for everyone
        QCOMPARE(ta.included, 1);
        QCOMPARE(ta.excluded, 1);
        QVERIFY(d->mine(DashboardStage::TitleAbstract));
        QCOMPARE(d->mine(DashboardStage::TitleAbstract)->done, 4);
        QCOMPARE(d->mine(DashboardStage::TitleAbstract)->left, 6);
        // Agreement from settled records only (0 and 1): Ben's open votes count for nothing.
        QVERIFY2(ta.kappaText.contains(QStringLiteral("2 settled records")) &&
                     !ta.kappaText.contains(QStringLiteral("Ben")),
                 qPrintable(ta.kappaText));
        QVERIFY(!d->stage(DashboardStage::Coding).kappa);

        // Nobody named: no one's progress at all.
        const Result<StageDashboard> nobody = StageDashboard::compute(*m_project, 0);
        QVERIFY(nobody.ok());
        QVERIFY(nobody->stage(DashboardStage::TitleAbstract).reviewers.isEmpty());
        QVERIFY(!nobody->mine(DashboardStage::TitleAbstract));
    }

    void records_listTheNumbers()
    {
        auto list = [&](qint64 viewer, DashboardStage stage, DashboardCount count) {
            return StageDashboard::records(*m_project, viewer, stage, count);
        };
        QCOMPARE(list(m_ann, DashboardStage::TitleAbstract, DashboardCount::Included).value(),
                 QList<qint64>{m_records[0]});
        QCOMPARE(list(m_ann, DashboardStage::TitleAbstract, DashboardCount::Excluded).value(),
                 QList<qint64>{m_records[1]});
        QCOMPARE(list(m_ann, DashboardStage::TitleAbstract, DashboardCount::Waiting).value().size(),
                 8);
        QCOMPARE(list(m_lead, DashboardStage::TitleAbstract, DashboardCount::Conflicts).value(),
                 QList<qint64>{m_records[2]});
        QVERIFY(!list(m_ann, DashboardStage::TitleAbstract, DashboardCount::Conflicts).ok());
        QCOMPARE(list(m_lead, DashboardStage::Coding, DashboardCount::Waiting).value(),
                 QList<qint64>{m_records[0]});
        QVERIFY(list(m_lead, DashboardStage::Coding, DashboardCount::Done).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(StageDashboardTest)
#include "tst_stagedashboard.moc"
