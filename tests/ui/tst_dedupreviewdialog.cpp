// The review queue of duplicates, driven by the keyboard as reviewers use it: D, N, arrows,
// Ctrl+Z; each decision checked in the project file.
#include "automaticmergesdialog.h"
#include "core/preferences.h"
#include "dedup/dedupstore.h"
#include "dedup/duplicatefinder.h"
#include "dedupreviewdialog.h"
#include "deduprunner.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "recorddetailsview.h"
#include "records/recordstore.h"
#include "records/recordtablemodel.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace evimap;
using evimap::ui::DedupReviewDialog;

namespace {

Record article(const QString &title, int year)
{
    Record r;
    r.title = title;
    r.authors = {"Smith, John A.", "Chen, Wei"};
    r.year = year;
    r.container = "Journal of Social and Clinical Psychology";
    r.volume = "38";
    r.pages = "301-320";
    return r;
}

qint64 scalar(Project &project, const QString &sql)
{
    QSqlQuery q(project.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class DedupReviewDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_reviewer = 0;
    QList<qint64> m_ids; // x1 x2 x3 (one study, three copies), y1 y2 (another, two copies)

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QFile::remove(m_dir.filePath("review.evimap"));
        Result<std::unique_ptr<Project>> created = Project::create(m_dir.filePath("review.evimap"));
        QVERIFY(created.ok());
        m_project = std::move(created.value());
        const Reviewer rita = Reviewers(*m_project).add("Rita Reviewer", "RR").value();
        m_reviewer = rita.id;
        // The window knows who works in it, as after "Which reviewer are you?".
        Preferences::setReviewerForProject(m_project->uuid(), rita.uuid);
        const QString x =
            "Loneliness and social anxiety in older adults: a longitudinal cohort study";
        const QString y = "Peer support groups for carers of people with dementia: a pilot trial";
        Record x1 = article(x, 2019);
        x1.doi = "10.1521/jscp.2019.38.4.301";
        x1.abstract = "An abstract.";
        Record x2 = article(x.toUpper(), 2019);
        x2.container = "J Soc Clin Psychol";
        Record x3 = article(x, 2019);
        x3.pmid = "31234567";
        Record y1 = article(y, 2018);
        y1.pages = "10-19";
        Record y2 = article(y, 2020); // two years apart: a person must look
        y2.pages = "10-19";
        m_ids.clear();
        Status s = m_project->writeTransaction([&]() -> Status {
            RecordStore store(m_project->database());
            for (Record *r : {&x1, &x2, &x3, &y1, &y2}) {
                if (Status st = store.insert(*r, 0); !st)
                    return st;
                m_ids << r->id;
            }
            return {};
        });
        QVERIFY(s.ok());
        // Queue everything (no automatic merge), as a cautious lead would.
        Result<DedupSummary> run = DuplicateFinder::run(*m_project, DedupOptions());
        QVERIFY2(run.ok(), qPrintable(run.errorString()));
        QCOMPARE(run->queued, 4); // x1~x2, x1~x3, x2~x3, y1~y2
    }

    void cleanup() { m_project.reset(); }

    void keyD_mergesTheGroup_andCtrlZUndoesIt()
    {
        DedupReviewDialog dialog(*m_project, m_reviewer);
        dialog.show();
        QCOMPARE(dialog.groupCount(), 2);
        const DedupGroup *group = dialog.currentGroup();
        QVERIFY(group);
        QCOMPARE(group->records.size(), 3);            // the three copies are decided together
        QCOMPARE(group->records.first(), m_ids.at(0)); // the most complete comes first
        QVERIFY(dialog.differingFields().contains("title"));
        QVERIFY(dialog.differingFields().contains("container"));
        QVERIFY(!dialog.differingFields().contains("year"));
        QVERIFY(!dialog.findChild<QLabel *>("groupReasons")->text().isEmpty());

        QTest::keyClick(&dialog, Qt::Key_D);

        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM record WHERE duplicate_of IS NOT NULL"),
                 2);
        QCOMPARE(
            scalar(*m_project,
                   QString("SELECT count(*) FROM record WHERE duplicate_of = %1").arg(m_ids.at(0))),
            2);
        QCOMPARE(scalar(*m_project, QString("SELECT count(*) FROM dedup_pair WHERE status = "
                                            "'duplicate' AND decided_by = %1")
                                        .arg(m_reviewer)),
                 3);
        QCOMPARE(scalar(*m_project, QString("SELECT count(*) FROM audit_log WHERE action = "
                                            "'dedup.merge' AND reviewer_id = %1")
                                        .arg(m_reviewer)),
                 1);
        // The kept record took the PMID it lacked.
        QCOMPARE(scalar(*m_project, QString("SELECT count(*) FROM record WHERE id = %1 AND pmid = "
                                            "'31234567'")
                                        .arg(m_ids.at(0))),
                 1);
        QCOMPARE(DedupStore(*m_project).duplicatesRemoved(), 2);
        QCOMPARE(dialog.groupCount(), 1); // the other group is next

        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);

        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM record WHERE duplicate_of IS NOT NULL"),
                 0);
        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM dedup_pair WHERE status = 'pending'"), 4);
        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM audit_log WHERE action = 'dedup.split'"),
                 1);
        QCOMPARE(dialog.groupCount(), 2);
        QVERIFY(dialog.currentGroup()->records.contains(m_ids.at(0))); // shown again
    }

    void keyN_marksNotDuplicate_arrowsMove()
    {
        DedupReviewDialog dialog(*m_project, m_reviewer);
        dialog.show();
        QCOMPARE(dialog.currentIndex(), 0);
        QTest::keyClick(&dialog, Qt::Key_Right);
        QCOMPARE(dialog.currentIndex(), 1);
        QCOMPARE(dialog.currentGroup()->records.size(), 2);
        QVERIFY(dialog.differingFields().contains("year"));
        QTest::keyClick(&dialog, Qt::Key_Right); // already the last: stays
        QCOMPARE(dialog.currentIndex(), 1);

        QTest::keyClick(&dialog, Qt::Key_N);

        QCOMPARE(scalar(*m_project, QString("SELECT count(*) FROM dedup_pair WHERE status = "
                                            "'not_duplicate' AND decided_by = %1 AND record_a = "
                                            "%2 AND record_b = %3")
                                        .arg(m_reviewer)
                                        .arg(m_ids.at(3))
                                        .arg(m_ids.at(4))),
                 1);
        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM audit_log WHERE action = "
                                    "'dedup.not_duplicate'"),
                 1);
        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM record WHERE duplicate_of IS NOT NULL"),
                 0);
        QCOMPARE(dialog.groupCount(), 1);
        QTest::keyClick(&dialog, Qt::Key_Left);
        QCOMPARE(dialog.currentIndex(), 0);

        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM dedup_pair WHERE status = 'pending'"), 4);
        QCOMPARE(dialog.groupCount(), 2);
    }

    void reviewEndsWithASummary_andEnterCloses()
    {
        DedupReviewDialog dialog(*m_project, m_reviewer);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_D); // the three copies of x: three pairs
        QTest::keyClick(&dialog, Qt::Key_N); // y1 and y2: one pair, different works
        QCOMPARE(dialog.groupCount(), 0);
        QCOMPARE(dialog.summaryText(), QStringLiteral("4 pairs: 3 duplicates, 1 not."));
        QCOMPARE(dialog.findChild<QLabel *>("groupPosition")->text(),
                 QStringLiteral("Review done. 4 pairs: 3 duplicates, 1 not."));
        auto *close = dialog.findChild<QPushButton *>("closeButton");
        QVERIFY(close && close->isVisible() && close->isDefault());
        // An undone decision is no longer counted.
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dialog.summaryText(), QStringLiteral("3 pairs: 3 duplicates, 0 not."));
        QVERIFY(!close->isDefault());
        QTest::keyClick(&dialog, Qt::Key_N);
        QVERIFY(close->isDefault());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void automaticMerge_isListed_andUndoneFromTheRecordsMenu()
    {
        // An automatic merge of x1 and x2, as Find Duplicates makes one above the threshold.
        DedupStore store(*m_project);
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        Result<MergeResult> merged = store.mergeInTransaction(
                            {m_ids.at(0), m_ids.at(1)}, m_ids.at(0), {}, {}, m_reviewer, true);
                        return merged ? Status() : Status(merged.error());
                    })
                    .ok());
        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM dedup_pair WHERE status = 'auto_merged'"),
                 1);
        const QString path = m_project->filePath();

        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(path).ok());
        // The merged record is marked in the table (with View ▸ Show Duplicates) and in the
        // details pane.
        window.recordModel()->setShowDuplicates(true);
        const int mergedRow = window.recordModel()->rowOfRecord(m_ids.at(1));
        QVERIFY(mergedRow >= 0);
        const QString marker = QStringLiteral("Duplicate of #%1").arg(m_ids.at(0));
        QCOMPARE(window.recordModel()->index(mergedRow, RecordTableModel::Status).data().toString(),
                 marker);
        window.recordTable()->selectRow(mergedRow);
        auto *details = window.findChild<ui::RecordDetailsView *>();
        QVERIFY(details);
        QTRY_VERIFY(details->toPlainText().contains(marker));
        window.recordTable()->selectRow(window.recordModel()->rowOfRecord(m_ids.at(0)));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("#%1").arg(m_ids.at(1))));

        // Records ▸ Undo an Automatic Merge, by its shortcut: the list, the merge chosen, Undo.
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog =
                qobject_cast<ui::AutomaticMergesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->mergeCount(), 1);
            QTreeWidgetItem *item = dialog->mergeList()->topLevelItem(0);
            QCOMPARE(item->text(1), QStringLiteral("#%1").arg(m_ids.at(0)));
            QCOMPARE(item->text(2), QStringLiteral("#%1").arg(m_ids.at(1)));
            QSignalSpy changed(dialog, &ui::AutomaticMergesDialog::changed);
            QTest::mouseClick(dialog->findChild<QPushButton *>("undoMergeButton"), Qt::LeftButton);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(dialog->mergeCount(), 0);
            QVERIFY(dialog->statusText().startsWith("Merge undone"));
            checked = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(checked);
        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM record WHERE duplicate_of IS NOT NULL"),
                 0);
        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM dedup_pair WHERE status = 'auto_merged'"),
                 0);
        // Logged as the CLI's `dedup --undo` logs it, by the person in the window.
        QCOMPARE(scalar(*m_project, QString("SELECT count(*) FROM audit_log WHERE action = "
                                            "'dedup.split' AND reviewer_id = %1")
                                        .arg(m_reviewer)),
                 1);
        // The table no longer marks it.
        QCOMPARE(
            window.recordModel()
                ->index(window.recordModel()->rowOfRecord(m_ids.at(1)), RecordTableModel::Status)
                .data()
                .toString(),
            QString());
        QVERIFY(window.closeProject());
    }

    void detailsMarker_isEscapedText()
    {
        Record r;
        r.title = "<b>x</b>";
        const QString html = ui::RecordDetailsView::toHtml(r, {}, {743, {}});
        QVERIFY(html.contains("Duplicate of #743"));
        QVERIFY(!html.contains("<b>x</b>"));
        QVERIFY(!ui::RecordDetailsView::toHtml(r, {}, {}).contains("Duplicate of"));
    }

    // Part of a group: untick a record, take the title from another, keep a chosen record.
    void choices_untickAndPickField()
    {
        DedupReviewDialog dialog(*m_project, m_reviewer);
        dialog.show();
        dialog.setIncluded(m_ids.at(2), false);
        dialog.setKept(m_ids.at(0));
        dialog.chooseField("title", m_ids.at(1));

        QTest::keyClick(&dialog, Qt::Key_D);

        QCOMPARE(scalar(*m_project, QString("SELECT count(*) FROM record WHERE id = %1 AND "
                                            "duplicate_of = %2")
                                        .arg(m_ids.at(1))
                                        .arg(m_ids.at(0))),
                 1);
        QCOMPARE(scalar(*m_project, QString("SELECT count(*) FROM record WHERE id = %1 AND "
                                            "duplicate_of IS NULL")
                                        .arg(m_ids.at(2))),
                 1);
        RecordStore records(m_project->database());
        QCOMPARE(records.record(m_ids.at(0))->title, records.record(m_ids.at(1))->title);
        // The title not kept is in the history; the unticked record is a different work.
        QCOMPARE(scalar(*m_project, QString("SELECT count(*) FROM record_history WHERE record_id "
                                            "= %1 AND field = 'title'")
                                        .arg(m_ids.at(0))),
                 1);
        QCOMPARE(scalar(*m_project, "SELECT count(*) FROM dedup_pair WHERE status = "
                                    "'not_duplicate'"),
                 2);
        QVERIFY(dialog.statusText().contains(QString::number(m_ids.at(0))));
    }

    // Find Duplicates runs on a worker with its own connection; the window's stays usable.
    void runner_mergesOffTheGuiThread()
    {
        ui::DedupRunner runner;
        QSignalSpy finished(&runner, &ui::DedupRunner::finished);
        DedupOptions options;
        options.autoMerge = true;
        options.reviewerId = m_reviewer;
        runner.start(m_project->filePath(), options);
        QVERIFY(finished.wait(60000));
        const ui::DedupRunner::Outcome outcome = runner.outcome();
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.summary.merged, 2); // the three copies; the pair two years apart waits
        QCOMPARE(outcome.summary.queued, 1);
        QCOMPARE(DedupStore(*m_project).duplicatesRemoved(), 2);
        DedupReviewDialog dialog(*m_project, m_reviewer);
        QCOMPARE(dialog.groupCount(), 1);
    }
};

QTEST_MAIN(DedupReviewDialogTest)
#include "tst_dedupreviewdialog.moc"
