// Blind screening and coding hold in every window a reviewer opens from the main window: record
// and project history (and its CSV), statistics, the conflicts list, the ranking panel, the
// evidence map and the charts show no other reviewer's vote on a record until it is settled
// (codings until reconciled); the lead sees all. Driven through the menus' shortcuts.
#include "charts/chartswindow.h"
#include "charts/evidencemapwindow.h"
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "coding/codingstore.h"
#include "mainwindow.h"
#include "messageboxanswer.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "ranking/rankingpanel.h"
#include "records/recordstore.h"
#include "screening/conflictsview.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "team/historydialog.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace evimap;

namespace {

constexpr auto TA = ScreeningStage::TitleAbstract;

const char codebookJson[] = R"({
  "format": "evimap-codebook", "version": 1, "name": "Two dimensions",
  "dimensions": [
    {"key": "approach", "label": "Intervention approach", "choice": "multiple",
     "codes": [{"key": "cbt", "label": "CBT"}]},
    {"key": "factor", "label": "Psychological factor", "choice": "multiple",
     "codes": [{"key": "anxiety", "label": "Social anxiety"}]}
  ]
})";

// Every cell of a table view's model, as text.
QString tableText(const QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    QString text;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c)
            text += model->index(r, c).data(Qt::ToolTipRole).toString() + QLatin1Char('\t');
        text += QLatin1Char('\n');
    }
    return text;
}

struct ShownHistory
{
    bool opened = false;
    QString rows;
    int rowCount = 0;
    QString count;
    QByteArray csv;
};

} // namespace

class BlindViewsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    qint64 m_lead = 0, m_ann = 0, m_ben = 0;
    // 0 Ben alone excluded it ("off topic"); 1 Ann and Ben included it; 2 Ann and Ben excluded
    // it; 3 Ann included, Ben excluded (a conflict); 4 and 5 the lead and Ben settled it
    // (include, exclude) before Ann saw it; 6.. nobody screened them yet.
    QList<qint64> m_records;

    std::unique_ptr<Project> open()
    {
        Result<std::unique_ptr<Project>> p = Project::open(m_path);
        return p.ok() ? std::move(p.value()) : nullptr;
    }

    void decide(ScreeningStore &store, int record, qint64 reviewer, Decision decision,
                const QString &note = {})
    {
        QVERIFY(store.setDecision(m_records[record], TA, reviewer, DecisionInput{decision, 0, note})
                    .ok());
    }

    // Opens the main window on the project as `reviewer`, with the first record (0) selected.
    void openAs(ui::MainWindow &window, qint64 reviewer)
    {
        QVERIFY(window.openProject(m_path).ok());
        window.setCurrentReviewer(reviewer);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(window.currentRecordId(), m_records[0]);
        window.recordTable()->setFocus();
    }

    // Presses `keys` in the main window and reads the history dialog they open (modal).
    ShownHistory pressForHistory(ui::MainWindow &window, Qt::Key key,
                                 Qt::KeyboardModifiers modifiers)
    {
        ShownHistory shown;
        const QString csvPath = m_dir.filePath(QStringLiteral("history-%1.csv").arg(++m_counter));
        QTimer::singleShot(0, this, [&shown, csvPath] {
            auto *dialog = qobject_cast<ui::HistoryDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shown.opened = true;
            shown.rows = tableText(dialog->table());
            shown.rowCount = dialog->table()->model()->rowCount();
            if (const auto *count = dialog->findChild<QLabel *>(QStringLiteral("historyCount")))
                shown.count = count->text();
            QString error;
            if (dialog->exportCsv(csvPath, &error))
                shown.csv = test::readFile(csvPath);
            dialog->reject();
        });
        QTest::keyClick(window.recordTable(), key, modifiers);
        return shown;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("blind%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(m_path, QStringLiteral("Blind"));
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        Project &p = *created.value();
        Reviewers people(p);
        m_lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        m_ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        m_ben = people.add(QStringLiteral("Ben Best"), QStringLiteral("BB"))->id;
        ScreeningSettings settings = ScreeningSettings::read(p);
        settings.reviewersRequired = 2;
        QVERIFY(settings.write(p).ok());
        m_records.clear();
        RecordStore records(p.database());
        QVERIFY(p.writeTransaction([&]() -> Status {
                     for (int i = 0; i < 16; ++i) {
                         const bool lonely = QList<int>{0, 1, 3, 4, 7, 9, 11, 13, 15}.contains(i);
                         Record r;
                         r.title = lonely
                                       ? QStringLiteral("Loneliness in older adults %1").arg(i)
                                       : QStringLiteral("Soil erosion in river basins %1").arg(i);
                         r.abstract = lonely ? QStringLiteral("A befriending intervention for "
                                                              "loneliness and isolation.")
                                             : QStringLiteral("Sediment transport and soil loss "
                                                              "measured in river basins.");
                         r.sourceRecordNo = i + 1;
                         if (Status s = records.insert(r, 0); !s)
                             return s;
                         m_records.append(r.id);
                     }
                     return {};
                 }).ok());
        ScreeningStore store(p);
        decide(store, 0, m_ben, Decision::Exclude, QStringLiteral("off topic"));
        decide(store, 1, m_ann, Decision::Include);
        decide(store, 1, m_ben, Decision::Include);
        decide(store, 2, m_ann, Decision::Exclude);
        decide(store, 2, m_ben, Decision::Exclude);
        decide(store, 3, m_ann, Decision::Include);
        decide(store, 3, m_ben, Decision::Exclude, QStringLiteral("no intervention"));
        decide(store, 4, m_lead, Decision::Include);
        decide(store, 4, m_ben, Decision::Include);
        decide(store, 5, m_lead, Decision::Exclude);
        decide(store, 5, m_ben, Decision::Exclude);
        QVERIFY(store.result(m_records[1], TA) && store.result(m_records[5], TA));
        QVERIFY(!store.result(m_records[3], TA));

        // Ben codes record 1 (included); nobody has reconciled it.
        Codebook codebook(p);
        QVERIFY(
            codebook.applyTemplate(CodebookTemplate::fromJson(codebookJson).value(), m_lead).ok());
        CodingStore coding(p, codebook);
        QVERIFY(coding
                    .apply(m_records[1],
                           codebook.resolvePath(QStringLiteral("approach/cbt")).value(), m_ben,
                           {QStringLiteral("ben's quote"), 2, {}})
                    .ok());
        QVERIFY(coding
                    .apply(m_records[1],
                           codebook.resolvePath(QStringLiteral("factor/anxiety")).value(), m_ben)
                    .ok());
    }

    void recordHistory_reviewerSeesNoOtherVoteOnAnUnsettledRecord()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        const ShownHistory shown = pressForHistory(window, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(shown.opened);
        QVERIFY2(!shown.rows.contains(QStringLiteral("exclude")), qPrintable(shown.rows));
        QVERIFY2(!shown.rows.contains(QStringLiteral("off topic")), qPrintable(shown.rows));
        QCOMPARE(shown.rowCount, 0);
        QVERIFY2(shown.count.contains(QStringLiteral("1 change")) &&
                     shown.count.contains(QStringLiteral("hidden until settled")),
                 qPrintable(shown.count));
        QVERIFY(!shown.csv.contains("off topic"));
    }

    void recordHistory_theLeadSeesEveryVote()
    {
        ui::MainWindow window;
        openAs(window, m_lead);
        const ShownHistory shown = pressForHistory(window, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(shown.opened);
        QVERIFY2(shown.rows.contains(QStringLiteral("off topic")), qPrintable(shown.rows));
        QVERIFY(!shown.count.contains(QStringLiteral("hidden")));
    }

    void projectHistoryAndCsv_hideOpenVotesAndCountThem()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        const ShownHistory shown =
            pressForHistory(window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(shown.opened);
        for (const char *secret : {"off topic", "no intervention", "ben's quote"}) {
            QVERIFY2(!shown.rows.contains(QLatin1String(secret)), secret);
            QVERIFY2(!shown.csv.contains(secret), secret);
        }
        // Hidden: Ben's votes on records 0 and 3, and his two codings of record 1.
        QVERIFY2(shown.count.contains(QStringLiteral("4 change")) &&
                     shown.count.contains(QStringLiteral("hidden until settled")),
                 qPrintable(shown.count));
        // Settled records show everyone's votes, Ben's included.
        QVERIFY(shown.rows.contains(QStringLiteral("Ben Best")));
        QCOMPARE(int(shown.csv.count('\n')), 1 + shown.rowCount); // a header and the rows shown
    }

    void statistics_countOthersVotesOnSettledRecordsOnly()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        QTest::keyClick(window.recordTable(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QPlainTextEdit *text = nullptr;
        QTRY_VERIFY((text = window.findChild<QPlainTextEdit *>(QStringLiteral("statisticsText"))));
        const QString stats = text->toPlainText();
        // Ben: records 1, 2, 4 and 5 are settled; his votes on 0 and 3 are not counted.
        QVERIFY2(stats.contains(QStringLiteral("Ben Best (BB): 4 decided — 2 include, 2 exclude")),
                 qPrintable(stats));
        QVERIFY2(stats.contains(QStringLiteral("conflicts for the lead  0")), qPrintable(stats));
        QVERIFY(stats.contains(QStringLiteral("Counted from your own decisions")));
    }

    void conflicts_refusedToAReviewer_shownToTheLead()
    {
        {
            ui::MainWindow window;
            openAs(window, m_ann);
            QString asked;
            test::answerNextMessageBox(QStringLiteral("OK"), &asked);
            QTest::keyClick(window.recordTable(), Qt::Key_C,
                            Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY2(asked.contains(QStringLiteral("only the lead sees them")), qPrintable(asked));
            for (QWidget *w : QApplication::topLevelWidgets())
                QVERIFY(!w->findChild<ui::ConflictsView *>());
        }
        ui::MainWindow window;
        openAs(window, m_lead);
        QTest::keyClick(window.recordTable(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        ui::ConflictsView *conflicts = nullptr;
        QTRY_VERIFY((conflicts = window.findChild<ui::ConflictsView *>()));
        QCOMPARE(conflicts->conflictCount(), 1);
    }

    // Ann's ranking learns from her own votes (1, 2, 3) and the settled records (4, 5), not
    // from Ben's open vote on record 0: turning that vote round changes none of her scores.
    void rankingPanel_learnsFromOwnAndSettledOnly()
    {
        std::unique_ptr<Project> p = open();
        QVERIFY(p);
        QHash<qint64, double> before;
        {
            ui::RankingPanel panel(*p, m_ann);
            QSignalSpy ready(&panel, &ui::RankingPanel::rankingReady);
            panel.refresh();
            QTRY_COMPARE(ready.count(), 1);
            const QString found = panel.findChild<QLabel *>(QStringLiteral("rankingFound"))->text();
            QVERIFY2(found.contains(QStringLiteral("3 in 5 records screened")), qPrintable(found));
            before = panel.scores();
        }
        QVERIFY(!before.contains(m_records[4]) && !before.contains(m_records[5]));
        QVERIFY(before.contains(m_records[0]));
        ScreeningStore store(*p);
        decide(store, 0, m_ben, Decision::Include, QStringLiteral("on topic after all"));
        ui::RankingPanel again(*p, m_ann);
        QSignalSpy ready(&again, &ui::RankingPanel::rankingReady);
        again.refresh();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(again.scores(), before);
    }

    void evidenceMap_reviewerSeesReconciledCodingsOnly()
    {
        {
            ui::MainWindow window;
            openAs(window, m_lead);
            QTest::keyClick(window.recordTable(), Qt::Key_M,
                            Qt::ControlModifier | Qt::ShiftModifier);
            ui::EvidenceMapWindow *map = nullptr;
            QTRY_VERIFY((map = window.findChild<ui::EvidenceMapWindow *>()));
            QVERIFY(map->map());
            QCOMPARE(map->map()->itemsOnMap, 1); // Ben's work in progress, for the lead
        }
        ui::MainWindow window;
        openAs(window, m_ann);
        QTest::keyClick(window.recordTable(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        ui::EvidenceMapWindow *map = nullptr;
        QTRY_VERIFY((map = window.findChild<ui::EvidenceMapWindow *>()));
        QVERIFY(map->map());
        QCOMPARE(map->map()->itemsOnMap, 0);
        QCOMPARE(map->map()->codingSource, CodingSource::ReconciledOnly);
    }

    void charts_countOthersVotesOnSettledRecordsOnly()
    {
        ui::MainWindow window;
        openAs(window, m_ann);
        QTest::keyClick(window.recordTable(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        ui::ChartsWindow *charts = nullptr;
        QTRY_VERIFY((charts = window.findChild<ui::ChartsWindow *>()));
        const ChartData *progress = nullptr;
        for (const ChartData &chart : charts->charts()) {
            if (chart.id == QLatin1String("screening-progress"))
                progress = &chart;
        }
        QVERIFY(progress);
        const qsizetype bens = progress->categories.indexOf(QStringLiteral("BB — TA"));
        QVERIFY2(bens >= 0, qPrintable(progress->categories.join(QLatin1Char('|'))));
        QCOMPARE(progress->series.at(0).values.at(bens), 2.0); // include: records 1 and 4
        QCOMPARE(progress->series.at(2).values.at(bens), 2.0); // exclude: records 2 and 5
    }
};

QTEST_MAIN(BlindViewsTest)
#include "tst_blindviews.moc"
