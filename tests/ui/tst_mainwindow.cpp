// The main window as a reviewer uses it: open a project, see its records, search, read details.
#include "import/importjob.h"
#include "mainwindow.h"
#include "messageboxanswer.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "recordeditdialog.h"
#include "recordfields.h"
#include "records/recordedit.h"
#include "records/recordstore.h"
#include "records/recordtablemodel.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace evimap;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath("demo.evimap");
        Result<std::unique_ptr<Project>> created = Project::create(m_path, "Demo");
        QVERIFY(created.ok());
        Result<ImportSummary> imported = ImportJob::run(
            *created.value(), test::sourcePath("resources/demo/loneliness-demo.ris"), {});
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
    }

    void openProject_showsRowsAndCounts()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path).ok());
        QCOMPARE(window.recordTable()->model()->rowCount(), 66);
        QVERIFY(window.windowTitle().contains("Demo"));
        const QLabel *count = window.statusBar()->findChild<QLabel *>();
        QVERIFY(count);
        QVERIFY2(count->text().startsWith("66 record"), qPrintable(count->text()));
        // The first row is selected and its details shown.
        auto *details = window.findChild<QTextBrowser *>("recordDetails");
        QVERIFY(details);
        const QString firstTitle = window.recordTable()->model()->index(0, 0).data().toString();
        QVERIFY(details->toPlainText().contains(firstTitle));
    }

    void menuShortcuts_workAsSoonAsAProjectIsOpen()
    {
        // Menus used to enable their actions only when they were opened, so a shortcut did
        // nothing after opening a project until its menu had been shown once.
        ui::MainWindow window;
        auto actionWithKey = [&](const QKeySequence &keys) -> QAction * {
            for (QAction *action : window.findChildren<QAction *>()) {
                if (action->shortcut() == keys)
                    return action;
            }
            return nullptr;
        };
        const QList<QKeySequence> keys = {
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), // Screen Records
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), // Conflicts
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), // Statistics and Agreement
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), // Find Duplicates
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), // Review Duplicates
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), // Evidence Map
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), // Report
            QKeySequence(Qt::CTRL | Qt::Key_K),             // Code Records
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), // Codebook Editor
            QKeySequence(Qt::CTRL | Qt::Key_H),             // Record History
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), // Project History
        };
        for (const QKeySequence &k : keys) {
            QAction *action = actionWithKey(k);
            QVERIFY2(action, qPrintable(k.toString()));
            QVERIFY2(!action->isEnabled(), qPrintable(k.toString())); // no project yet
        }
        QVERIFY(window.openProject(m_path).ok());
        for (const QKeySequence &k : keys)
            QVERIFY2(actionWithKey(k)->isEnabled(), qPrintable(k.toString()));
        window.closeProject();
        for (const QKeySequence &k : keys)
            QVERIFY2(!actionWithKey(k)->isEnabled(), qPrintable(k.toString()));
    }

    void search_filtersByTyping()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path).ok());
        QLineEdit *search = window.searchField();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, "mindfulness");
        QTest::keyClick(search, Qt::Key_Return);
        const int rows = window.recordTable()->model()->rowCount();
        QVERIFY2(rows > 0 && rows < 66, qPrintable(QString::number(rows)));
        for (int row = 0; row < rows; ++row) {
            const qint64 id = window.recordModel()->recordId(row);
            QVERIFY(id > 0);
        }
        // The details pane follows the search: the first hit, or nothing when nothing matches.
        auto *details = window.findChild<QTextBrowser *>("recordDetails");
        const QString firstHit = window.recordTable()->model()->index(0, 0).data().toString();
        QTRY_VERIFY(details->toPlainText().contains(firstHit));
        search->setText("mindfulness OR compassion");
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(window.recordTable()->model()->rowCount() > rows);
        search->setText("zebrafishless");
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window.recordTable()->model()->rowCount(), 0);
        QVERIFY(!details->toPlainText().contains(firstHit));
        // Clearing the search brings every record back (after the typing delay).
        search->clear();
        QTRY_COMPARE(window.recordTable()->model()->rowCount(), 66);
    }

    void search_refusalIsShownInTheSearchBox()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path).ok());
        QLineEdit *search = window.searchField();
        auto *refused = search->findChild<QAction *>("searchRefused");
        QVERIFY(refused);
        QVERIFY(!refused->isVisible());
        // A NOT with nothing before it would list the very records it excludes: refused, and
        // the window says why instead of showing an unexplained empty table.
        search->setText("NOT mindfulness");
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window.recordTable()->model()->rowCount(), 0);
        QVERIFY(refused->isVisible());
        QVERIFY2(refused->toolTip().contains("NOT must come after"),
                 qPrintable(refused->toolTip()));
        QCOMPARE(search->toolTip(), refused->toolTip());
        const QLabel *count = window.statusBar()->findChild<QLabel *>();
        QVERIFY2(count->text().contains("NOT must come after"), qPrintable(count->text()));
        // A search that can be run clears the warning.
        search->setText("mindfulness");
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(window.recordTable()->model()->rowCount() > 0);
        QVERIFY(!refused->isVisible());
        QVERIFY(search->toolTip().isEmpty());
    }

    void keyboard_movesSelectionAndUpdatesDetails()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path).ok());
        auto *details = window.findChild<QTextBrowser *>("recordDetails");
        window.recordTable()->setFocus();
        QTest::keyClick(window.recordTable(), Qt::Key_Down);
        const QString second = window.recordTable()->model()->index(1, 0).data().toString();
        QTRY_VERIFY(details->toPlainText().contains(second));
    }

    void badProject_keepsCurrentProjectAndExplains()
    {
        ui::MainWindow window;
        QVERIFY(window.openProject(m_path).ok());
        const QString bogus = m_dir.filePath("not-a-project.evimap");
        QVERIFY(test::writeFile(bogus, "plain text"));
        const Status s = window.openProject(bogus);
        QVERIFY(!s.ok());
        QVERIFY(s.errorString().contains("not-a-project.evimap"));
        QCOMPARE(window.recordTable()->model()->rowCount(), 66);
    }

    // A file that fails SQLite's quick check opens read-only, and the window says why.
    void damagedProject_opensReadOnlyAndSaysWhy()
    {
        const QString damaged = m_dir.filePath("damaged.evimap");
        QVERIFY(QFile::copy(m_path, damaged));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 16384;
        for (qint64 page = pages / 2; page < pages / 2 + 3; ++page) {
            QVERIFY(file.seek(page * 16384));
            QVERIFY(file.write(QByteArray(64, '\xA5')) == 64);
        }
        file.close();
        ui::MainWindow window;
        QString asked;
        test::answerNextMessageBox("OK", &asked);
        // Opened for writing, the window would ask who you are instead: close that, so a
        // failure here is a failure, not a wait.
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (dialog && !qobject_cast<QMessageBox *>(dialog))
                dialog->reject();
        });
        QVERIFY(window.openProjectInteractively(damaged));
        QVERIFY2(asked.contains("is damaged, so it was opened read-only"), qPrintable(asked));
        QVERIFY(window.project()->isReadOnly());
        QVERIFY(window.windowTitle().contains("read-only"));
    }

    // The README's picture: the window on the demo project, a search in progress. Always drawn
    // and checked; written to $EVIMAP_SCREENSHOTS/main-window.png when that is set.
    void screenshot_showsRecordsAndDetails()
    {
        ui::MainWindow window;
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_path).ok());
        QTest::keyClicks(window.searchField(), "loneliness intervention");
        QTest::keyClick(window.searchField(), Qt::Key_Return);
        window.recordTable()->selectRow(1);
        QTest::qWait(50);
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        // Not a blank window: many distinct colours (text, selection, alternating rows).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
        const QString folder = qEnvironmentVariable("EVIMAP_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(image.save(QDir(folder).filePath("main-window.png")));
    }

    void reviewer_isRememberedPerProject()
    {
        qint64 id = 0;
        {
            ui::MainWindow window;
            QVERIFY(window.openProject(m_path).ok());
            QCOMPARE(window.currentReviewerId(), 0);
            Result<Reviewer> added = Reviewers(*window.project()).add("Amina Rahman", "AR");
            QVERIFY(added.ok());
            id = added->id;
            window.setCurrentReviewer(id);
        }
        ui::MainWindow again;
        QVERIFY(again.openProject(m_path).ok());
        QCOMPARE(again.currentReviewerId(), id);
    }

    void deleteRecords_leadOnly_askedFirst_andLogged()
    {
        const QString path = m_dir.filePath("delete.evimap");
        {
            Result<std::unique_ptr<Project>> created = Project::create(path, "Delete");
            QVERIFY(created.ok());
            QVERIFY(ImportJob::run(*created.value(),
                                   test::sourcePath("resources/demo/loneliness-demo.ris"), {})
                        .ok());
            Reviewers people(*created.value());
            QVERIFY(people.add("Lena Lead", "LL").ok()); // the first reviewer leads
            QVERIFY(people.add("Ann Able", "AA").ok());
        }
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(path).ok());
        Reviewers people(*window.project());
        QTableView *table = window.recordTable();
        table->selectRow(0);
        table->selectionModel()->select(table->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const qint64 first = window.recordModel()->recordId(0);
        const qint64 third = window.recordModel()->recordId(2);

        QString asked;
        auto answer = [&asked](const QString &button) {
            test::answerNextMessageBox(button, &asked);
        };
        // A reviewer is told it is the lead's to do; nothing goes.
        window.setCurrentReviewer(people.find("Ann Able")->id);
        answer("OK");
        window.deleteSelectedRecords();
        QVERIFY2(asked.contains("lead"), qPrintable(asked));
        QCOMPARE(table->model()->rowCount(), 66);

        // The lead is asked first; Cancel keeps them.
        window.setCurrentReviewer(people.find("Lena Lead")->id);
        answer("Cancel");
        window.deleteSelectedRecords();
        QVERIFY2(asked.contains("Delete these 2 records?"), qPrintable(asked));
        QCOMPARE(table->model()->rowCount(), 66);

        answer("Delete");
        window.deleteSelectedRecords();
        QCOMPARE(table->model()->rowCount(), 64);
        QSqlQuery q(window.project()->database());
        QVERIFY(q.exec(
            QString("SELECT count(*) FROM record WHERE id IN (%1, %2)").arg(first).arg(third)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec("SELECT count(*) FROM audit_log WHERE action = 'record.delete'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void editRecord_savesAndRefusesToOverwriteAnotherWindowsChange()
    {
        const QString path = m_dir.filePath("edit.evimap");
        {
            Result<std::unique_ptr<Project>> created = Project::create(path, "Edit");
            QVERIFY(created.ok());
            QVERIFY(ImportJob::run(*created.value(),
                                   test::sourcePath("resources/demo/loneliness-demo.ris"), {})
                        .ok());
            QVERIFY(Reviewers(*created.value()).add("Ann Able", "AA").ok());
        }
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY(opened.ok());
        Project &project = *opened.value();
        const qint64 ann = Reviewers(project).find("Ann Able")->id;
        const qint64 id = 5;
        const QString title = RecordStore(project.database()).record(id)->title;

        // A typo corrected; the history says what it was.
        {
            ui::RecordEditDialog dialog(project, id, ann);
            QVERIFY(dialog.isValid());
            QCOMPARE(dialog.titleField()->text(), title);
            dialog.titleField()->setText(title + " (corrected)");
            dialog.doiField()->setText("10.5555/fixed");
            QVERIFY(dialog.save());
        }
        std::optional<Record> stored = RecordStore(project.database()).record(id);
        QCOMPARE(stored->title, title + " (corrected)");
        QCOMPARE(stored->doi, QStringLiteral("10.5555/fixed"));
        QSqlQuery q(project.database());
        QVERIFY(q.exec(QString("SELECT before, after FROM audit_log WHERE action = 'record.edit' "
                               "AND record_id = %1")
                           .arg(id)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(title));
        QVERIFY(q.value(1).toString().contains("10.5555/fixed"));
        // The full-text index follows the new title.
        QVERIFY(q.exec("SELECT count(*) FROM record_fts WHERE record_fts MATCH 'corrected'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish(); // an open read would hold the file's shared lock and keep others waiting

        // Another window changes the abstract while this form is open: told, and keeps theirs.
        ui::RecordEditDialog dialog(project, id, ann);
        {
            Result<std::unique_ptr<Project>> other = Project::open(path);
            Record theirs = *RecordStore(other.value()->database()).record(id);
            QVERIFY(RecordEdit::save(
                        *other.value(), theirs,
                        [&] {
                            Record r = theirs;
                            r.abstract = "Their abstract.";
                            return r;
                        }(),
                        ann)
                        .ok());
        }
        dialog.titleField()->setText("My title");
        QString asked;
        test::answerNextMessageBox(QStringLiteral("Keep Theirs"), &asked);
        QVERIFY(!dialog.save());
        QVERIFY2(asked.contains("abstract"), qPrintable(asked));
        stored = RecordStore(project.database()).record(id);
        QCOMPARE(stored->abstract, QStringLiteral("Their abstract."));
        QCOMPARE(stored->title, title + " (corrected)"); // nothing of this form was written
        QCOMPARE(dialog.abstractField()->toPlainText(), QStringLiteral("Their abstract."));
        QCOMPARE(dialog.titleField()->text(), title + " (corrected)");
        // Edited again from their version, it saves.
        dialog.titleField()->setText("My title");
        QVERIFY(dialog.save());
        stored = RecordStore(project.database()).record(id);
        QCOMPARE(stored->title, QStringLiteral("My title"));
        QCOMPARE(stored->abstract, QStringLiteral("Their abstract."));
    }

    // The form gives back what it was filled with (the fields it does not show untouched), and
    // reads list fields one item a line, trimmed, blank lines dropped.
    void editRecord_formGivesBackTheRecordItShows()
    {
        const QString path = m_dir.filePath("form.evimap");
        Result<std::unique_ptr<Project>> created = Project::create(path, "Form");
        QVERIFY(created.ok());
        Project &project = *created.value();
        const qint64 ann = Reviewers(project).add("Ann Able", "AA")->id;
        Record r = test::everyField();
        r.type = RecordType::Report; // one the form offers
        QVERIFY(project
                    .writeTransaction(
                        [&]() -> Status { return RecordStore(project.database()).insert(r, 0); })
                    .ok());
        const Record stored = *RecordStore(project.database()).record(r.id);

        ui::RecordEditDialog dialog(project, r.id, ann);
        QVERIFY(dialog.isValid());
        QCOMPARE(RecordEdit::differences(stored, dialog.edited()).size(), 0);
        auto *authors = dialog.findChildren<QPlainTextEdit *>().at(0);
        QCOMPARE(authors->toPlainText(), QStringLiteral("first authors\nsecond"));
        authors->setPlainText("  Ng, A  \n\n   \nLi, B\nKo, C ");
        const QList<RecordEdit::Change> changes = RecordEdit::differences(stored, dialog.edited());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().field, QStringLiteral("authors"));
        QCOMPARE(dialog.edited().authors, (QStringList{"Ng, A", "Li, B", "Ko, C"}));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
