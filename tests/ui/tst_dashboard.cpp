// The stage dashboard, the first thing a project shows: its numbers are buttons that open their
// window or list (clicked, or reached by Tab and pressed with Space): the conflicts at a stage,
// the screening window at a stage, the list of included records and from it the record in the
// main window. A reviewer sees their own work ("you have 6 left") but no other reviewer's counts
// and no conflicts while screening is blind.
#include "dashboard/dashboardview.h"
#include "dashboard/recordlistdialog.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "projectwindows.h"
#include "records/recordfilterbar.h"
#include "records/recordstore.h"
#include "records/recordtablemodel.h"
#include "screening/conflictsview.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "screening/screeningview.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {
constexpr auto TA = ScreeningStage::TitleAbstract;

// Every text the dashboard shows, visible or not.
QString shownText(const QWidget *w)
{
    QString text;
    const QList<QLabel *> labels = w->findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        if (l->isVisibleTo(w))
            text += l->text() + QLatin1Char('\n');
    }
    const QList<QAbstractButton *> buttons = w->findChildren<QAbstractButton *>();
    for (const QAbstractButton *b : buttons) {
        if (b->isVisibleTo(w))
            text += b->text() + QLatin1Char(' ') + b->toolTip() + QLatin1Char(' ') +
                    b->accessibleName() + QLatin1Char('\n');
    }
    return text;
}
} // namespace

class DashboardTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_lead = 0, m_ann = 0, m_ben = 0;
    QList<qint64> m_records;

    void openAs(ui::MainWindow &window, qint64 reviewer)
    {
        QVERIFY(window.openProject(m_path).ok());
        window.setCurrentReviewer(reviewer);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The dashboard is what a project shows first.
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(window.dashboardView()));
        QTRY_VERIFY(window.dashboardView()->dashboard());
        QCOMPARE(window.dashboardView()->dashboard()->viewerId(), reviewer);
    }

    QPushButton *number(ui::MainWindow &window, const char *name)
    {
        return window.dashboardView()->findChild<QPushButton *>(QLatin1String(name));
    }

private slots:
    // Ten records; at title/abstract 0 both include, 1 both exclude (settled), 2 Ann includes and
    // Ben excludes (a conflict), 3 Ben alone, 4 Ann alone; 0 goes on to full text.
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("dashboard.evimap"));
        Result<std::unique_ptr<Project>> created = Project::create(m_path, QStringLiteral("Dash"));
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        Project &p = *created.value();
        Reviewers people(p);
        m_lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        m_ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        m_ben = people.add(QStringLiteral("Ben Okafor"), QStringLiteral("BO"))->id;
        ScreeningSettings settings = ScreeningSettings::read(p);
        settings.reviewersRequired = 2;
        QVERIFY(settings.write(p).ok());
        RecordStore records(p.database());
        QVERIFY(p.writeTransaction([&]() -> Status {
                     for (int i = 0; i < 10; ++i) {
                         Record r;
                         r.title = QStringLiteral("Loneliness study %1").arg(i);
                         if (Status s = records.insert(r, 0); !s)
                             return s;
                         m_records.append(r.id);
                     }
                     return {};
                 }).ok());
        ScreeningStore store(p);
        const QList<std::tuple<int, qint64, Decision>> votes = {
            {0, m_ann, Decision::Include}, {0, m_ben, Decision::Include},
            {1, m_ann, Decision::Exclude}, {1, m_ben, Decision::Exclude},
            {2, m_ann, Decision::Include}, {2, m_ben, Decision::Exclude},
            {3, m_ben, Decision::Exclude}, {4, m_ann, Decision::Include}};
        for (const auto &[record, reviewer, decision] : votes)
            QVERIFY(
                store.setDecision(m_records[record], TA, reviewer, DecisionInput{decision, 0, {}})
                    .ok());
    }

    void lead_clicksConflictsAndTheConflictsWindowOpens()
    {
        ui::MainWindow window;
        openAs(window, m_lead);
        QPushButton *conflicts = number(window, "count_ta_conflicts");
        QVERIFY(conflicts && conflicts->isVisible());
        QCOMPARE(conflicts->text(), QStringLiteral("1"));
        QTest::mouseClick(conflicts, Qt::LeftButton);
        QWidget *opened = window.projectWindows()->find(QStringLiteral("conflicts"));
        QVERIFY(opened);
        auto *view = opened->findChild<ui::ConflictsView *>();
        QVERIFY(view);
        QCOMPARE(view->stage(), TA);
        QCOMPARE(view->conflictCount(), 1);
        // The lead sees each reviewer's work.
        auto *team = window.dashboardView()->findChild<QGroupBox *>(QStringLiteral("teamWork"));
        QVERIFY(team && team->isVisible());
        const QString text = shownText(window.dashboardView());
        QVERIFY2(text.contains(QStringLiteral("Ben Okafor")), qPrintable(text));
        QVERIFY(window.closeProject());
    }

    void lead_keyboardOpensTheScreeningWindowAtFullText()
    {
        ui::MainWindow window;
        openAs(window, m_lead);
        QPushButton *waiting = number(window, "count_ft_waiting");
        QVERIFY(waiting && waiting->isVisible());
        QCOMPARE(waiting->text(), QStringLiteral("1")); // record 0
        QVERIFY(waiting->focusPolicy() & Qt::TabFocus);
        waiting->setFocus();
        QTest::keyClick(waiting, Qt::Key_Space);
        QWidget *opened = window.projectWindows()->find(QStringLiteral("screening"));
        QVERIFY(opened);
        auto *view = opened->findChild<ui::ScreeningView *>();
        QVERIFY(view);
        QCOMPARE(view->stage(), ScreeningStage::FullText);
        QVERIFY(window.closeProject());
    }

    void included_opensTheSettledIncludedViewInTheRecordsTab()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        QPushButton *included = number(window, "count_ta_included");
        QVERIFY(included && included->isVisible());
        QCOMPARE(included->text(), QStringLiteral("1"));
        QTest::mouseClick(included, Qt::LeftButton);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs->currentWidget() != window.dashboardView());
        auto *bar = window.findChild<ui::RecordFilterBar *>();
        QVERIFY(bar);
        QCOMPARE(bar->filter().view, RecordView::Included);
        QCOMPARE(bar->filter().stage, TA);
        QCOMPARE(bar->list()->currentItem()->text(), RecordFilter::label(RecordView::Included));
        QCOMPARE(window.recordModel()->rowCount(), 1);
        QCOMPARE(window.recordModel()->recordId(0), m_records[0]);
        QTRY_COMPARE(window.currentRecordId(), m_records[0]);
        QVERIFY(window.closeProject());
    }

    void lead_clicksAReviewersNumberAndSeesTheirDecisions()
    {
        ui::MainWindow window;
        openAs(window, m_lead);
        auto *ben = window.dashboardView()->findChild<QPushButton *>(
            QStringLiteral("team_%1_ta").arg(m_ben));
        QVERIFY(ben && ben->isVisible());
        QTest::mouseClick(ben, Qt::LeftButton);
        auto *bar = window.findChild<ui::RecordFilterBar *>();
        QCOMPARE(bar->filter().view, RecordView::DecidedBy);
        QCOMPARE(bar->filter().reviewerId, m_ben);
        QList<qint64> listed;
        for (int row = 0; row < window.recordModel()->rowCount(); ++row)
            listed << window.recordModel()->recordId(row);
        QCOMPARE(listed, (QList<qint64>{m_records[0], m_records[1], m_records[2], m_records[3]}));
        QVERIFY(window.closeProject());
    }

    void reviewer_seesOwnWorkButNotAnothersCountsNorConflicts()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        ui::DashboardView *dashboard = window.dashboardView();
        QPushButton *conflicts = number(window, "count_ta_conflicts");
        QVERIFY(conflicts && !conflicts->isVisible());
        auto *leadOnly = dashboard->findChild<QLabel *>(QStringLiteral("count_ta_conflicts_none"));
        QVERIFY(leadOnly && leadOnly->isVisible());
        QCOMPARE(leadOnly->text(), QStringLiteral("lead only"));
        auto *team = dashboard->findChild<QGroupBox *>(QStringLiteral("teamWork"));
        QVERIFY(team && !team->isVisible());
        const QString text = shownText(dashboard);
        QVERIFY2(!text.contains(QStringLiteral("Ben Okafor")), qPrintable(text));
        // Settled totals for everyone.
        QCOMPARE(number(window, "count_ta_done")->text(), QStringLiteral("2"));
        // Her own progress, and it opens her screening.
        QPushButton *mine = number(window, "mywork_ta");
        QVERIFY(mine && mine->isVisible());
        QVERIFY2(mine->text().contains(QStringLiteral("you have 6 left")),
                 qPrintable(mine->text()));
        QTest::mouseClick(mine, Qt::LeftButton);
        QWidget *opened = window.projectWindows()->find(QStringLiteral("screening"));
        QVERIFY(opened);
        QCOMPARE(opened->findChild<ui::ScreeningView *>()->stage(), TA);
        QVERIFY(window.closeProject());

        // The lead's view, switched to on the same computer, shows the team again.
        openAs(window, m_lead);
        QVERIFY(number(window, "count_ta_conflicts")->isVisible());
        openAs(window, m_ann);
        QVERIFY(!number(window, "count_ta_conflicts")->isVisible());
        window.setCurrentReviewer(m_lead);
        QTRY_VERIFY(number(window, "count_ta_conflicts")->isVisible());
        QVERIFY(window.closeProject());
    }
};

QTEST_MAIN(DashboardTest)
#include "tst_dashboard.moc"
