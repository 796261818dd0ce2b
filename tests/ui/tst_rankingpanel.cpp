// The prioritised screening panel: it trains off the GUI thread, says when there is not enough
// to learn from, charts includes against records screened, words its stopping aid as an
// estimate, logs each training, and the screening view's order follows its ranking.
#include "project/project.h"
#include "project/reviewers.h"
#include "ranking/rankingpanel.h"
#include "records/recordstore.h"
#include "screening/screeningstore.h"
#include "screening/screeningview.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineSeries>
#include <QPushButton>
#include <QSqlQuery>
#include <QtTest>

using namespace evimap;

class RankingPanelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Project> m_project;
    QList<qint64> m_lonely; // records about loneliness
    QList<qint64> m_soil;   // records about soil
    qint64 m_ann = 0;

    void decide(qint64 record, Decision decision)
    {
        ScreeningStore store(*m_project);
        QVERIFY(store
                    .setDecision(record, ScreeningStage::TitleAbstract, m_ann,
                                 DecisionInput{decision, 0, QString()})
                    .ok());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY(created.ok());
        m_project = std::move(created.value());
        m_ann = Reviewers(*m_project).add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        m_lonely.clear();
        m_soil.clear();
        RecordStore records(m_project->database());
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        for (int i = 0; i < 24; ++i) {
                            Record r;
                            const bool lonely = i % 4 == 1;
                            r.title =
                                lonely ? QStringLiteral("Loneliness in older adults %1").arg(i)
                                       : QStringLiteral("Soil erosion in river basins %1").arg(i);
                            r.abstract = lonely ? QStringLiteral("A befriending intervention for "
                                                                 "loneliness and isolation.")
                                                : QStringLiteral("Sediment transport and soil loss "
                                                                 "measured in river basins.");
                            r.sourceRecordNo = i + 1;
                            if (Status s = records.insert(r, 0); !s)
                                return s;
                            (lonely ? m_lonely : m_soil).append(r.id);
                        }
                        return {};
                    })
                    .ok());
    }

    void cleanup() { m_project.reset(); }

    void saysWhenThereIsNotEnoughToLearnFrom()
    {
        decide(m_lonely[0], Decision::Include);
        ui::RankingPanel panel(*m_project, m_ann);
        panel.refresh();
        QTRY_VERIFY(!panel.isTraining());
        QTRY_VERIFY(panel.statusText().contains(QLatin1String("Not enough to learn from")));
        QVERIFY(panel.scores().isEmpty());
    }

    void trainsInTheBackgroundAndShowsWhereTheReviewerStands()
    {
        decide(m_lonely[0], Decision::Include);
        decide(m_soil[0], Decision::Exclude);
        decide(m_soil[1], Decision::Exclude);
        ui::RankingPanel panel(*m_project, m_ann);
        QSignalSpy ready(&panel, &ui::RankingPanel::rankingReady);
        panel.refresh();
        QVERIFY(panel.isTraining() || ready.count() == 1); // returned at once: off the GUI thread
        QTRY_COMPARE(ready.count(), 1);
        const QHash<qint64, double> scores = panel.scores();
        QCOMPARE(scores.size(), 21); // the unscreened records
        double lowestLonely = 1, highestSoil = 0;
        for (int i = 1; i < m_lonely.size(); ++i)
            lowestLonely = std::min(lowestLonely, scores.value(m_lonely[i]));
        for (int i = 2; i < m_soil.size(); ++i)
            highestSoil = std::max(highestSoil, scores.value(m_soil[i]));
        QVERIFY(lowestLonely > highestSoil);

        // Includes against records screened: (0,0), then 1, 1, 1.
        const QList<QPointF> points = panel.includesSeries()->points();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.last(), QPointF(3, 1));
        QVERIFY(panel.stoppingText().contains(QLatin1String("2 irrelevant in a row")));
        QVERIFY(panel.stoppingText().contains(QLatin1String("estimate"), Qt::CaseInsensitive));

        // The training is in the audit log, with its settings and time.
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT reviewer_id, after FROM audit_log WHERE action = 'ranking.train'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), m_ann);
        QVERIFY(q.value(1).toString().contains(QLatin1String("\"train_ms\"")));
        QVERIFY(q.value(1).toString().contains(QLatin1String("\"settings\"")));
    }

    void screeningOrderFollowsTheRanking()
    {
        decide(m_lonely[0], Decision::Include);
        decide(m_soil[0], Decision::Exclude);
        ui::ScreeningView view(*m_project, m_ann);
        view.setOrder(ScreeningSession::Order::Relevance);
        ui::RankingPanel *panel = ui::RankingPanel::attachTo(&view, *m_project, m_ann);
        QVERIFY(panel);
        const qint64 beingRead = view.session()->currentRecordId();
        QTRY_VERIFY(!panel->scores().isEmpty());
        // New scores never pull the record being read away from the reviewer; the next one is
        // the most relevant undecided record.
        QCOMPARE(view.session()->currentRecordId(), beingRead);
        QVERIFY(view.session()->nextUndecided());
        QVERIFY(m_lonely.contains(view.session()->currentRecordId()));
        // The queue's undecided part starts with the records about loneliness.
        const QList<qint64> queue = view.session()->queue();
        QList<qint64> undecided;
        for (qint64 id : queue) {
            if (id != m_lonely[0] && id != m_soil[0])
                undecided.append(id);
        }
        for (int i = 0; i < m_lonely.size() - 1; ++i)
            QVERIFY2(m_lonely.contains(undecided.at(i)), qPrintable(QString::number(i)));

        // Decisions in the view retrain after every few of them.
        QSignalSpy ready(panel, &ui::RankingPanel::rankingReady);
        panel->setRetrainEvery(2);
        QVERIFY(view.session()->decide(DecisionInput{Decision::Include, 0, QString()}).ok());
        QVERIFY(view.session()->decide(DecisionInput{Decision::Include, 0, QString()}).ok());
        QTRY_COMPARE(ready.count(), 1);
    }

    void mostRelevantFirstButton_putsTheViewInTheRankingsOrder()
    {
        decide(m_lonely[0], Decision::Include);
        decide(m_soil[0], Decision::Exclude);
        ui::ScreeningView view(*m_project, m_ann);
        view.setOrder(ScreeningSession::Order::ImportOrder);
        ui::RankingPanel *panel = ui::RankingPanel::attachTo(&view, *m_project, m_ann);
        QVERIFY(panel);
        auto *button = panel->findChild<QPushButton *>(QStringLiteral("mostRelevantFirst"));
        QVERIFY(button);
        // Nothing to order by before the first ranking.
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY(!panel->scores().isEmpty());
        QVERIFY(button->isEnabled());
        // Import order alternates the topics; the view keeps it until the reviewer asks.
        auto undecidedQueue = [&] {
            QList<qint64> undecided;
            for (qint64 id : view.session()->queue()) {
                if (id != m_lonely[0] && id != m_soil[0])
                    undecided.append(id);
            }
            return undecided;
        };
        QVERIFY(!m_lonely.contains(undecidedQueue().at(0)));
        QTest::mouseClick(button, Qt::LeftButton);
        const QList<qint64> undecided = undecidedQueue();
        for (int i = 0; i < m_lonely.size() - 1; ++i)
            QVERIFY2(m_lonely.contains(undecided.at(i)), qPrintable(QString::number(i)));
        QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("orderBox"))->currentText(),
                 QStringLiteral("Most relevant first"));
    }
};

QTEST_MAIN(RankingPanelTest)
#include "tst_rankingpanel.moc"
