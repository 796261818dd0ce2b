// File ▸ Export References, through real widgets on the demo project (as `evimap demo` builds
// it): the records selected in the table, the search, a stage's settled included set; the
// record count the dialog reports is the count in the file; a cancelled export leaves no file.
#include "cli/commandline.h"
#include "core/preferences.h"
#include "export/exportjob.h"
#include "export/exportreferencesdialog.h"
#include "mainwindow.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordtablemodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace evimap;
using evimap::ui::ExportReferencesDialog;

namespace {

int risRecords(const QString &path)
{
    return int(test::readFile(path).count("\nER  -"));
}

QList<qint64> ids(Project &project, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(project.database());
    if (!q.exec(sql))
        return {};
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace

class ExportReferencesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Exports through the dialog's own controls: the format by keyboard, the path typed, then
    // the Export button clicked; waits for the outcome.
    bool exportWith(ExportReferencesDialog &dialog, const QString &formatLabel, const QString &path)
    {
        auto *format = dialog.findChild<QComboBox *>("exportFormat");
        auto *file = dialog.findChild<QLineEdit *>("exportPath");
        auto *button = dialog.findChild<QPushButton *>("exportButton");
        if (!format || !file || !button)
            return false;
        format->setFocus();
        QTest::keyClick(format, Qt::Key_Home);
        while (format->currentText() != formatLabel && format->currentIndex() + 1 < format->count())
            QTest::keyClick(format, Qt::Key_Down);
        file->clear();
        QTest::keyClicks(file, path);
        QSignalSpy done(&dialog, &ExportReferencesDialog::exportFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        return done.wait(30000) && done.at(0).at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int demo = cli::CommandLine(outStream, errStream)
                             .run({"demo", "--output", m_dir.filePath("demo")});
        QVERIFY2(demo == 0, qPrintable(err));
        m_path = m_dir.filePath("demo/demo.evimap");
    }

    void formatChangesTheSuffix()
    {
        ExportReferencesDialog dialog(m_path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setPath(m_dir.filePath("refs.ris"));
        dialog.setFormat("bibtex");
        QCOMPARE(dialog.path(), m_dir.filePath("refs.bib"));
        dialog.setFormat("csljson");
        QCOMPARE(dialog.path(), m_dir.filePath("refs.json"));
        // Without a selection or a filter, those choices are off and "all" is chosen.
        QVERIFY(!dialog.findChild<QRadioButton *>("scopeSelection")->isEnabled());
        QVERIFY(!dialog.findChild<QRadioButton *>("scopeFilter")->isEnabled());
        QCOMPARE(dialog.scope(), ExportReferencesDialog::Scope::All);
        // Nothing written yet: nothing to open.
        QVERIFY(!dialog.findChild<QPushButton *>("openFolderButton")->isVisible());
    }

    void selectionFromTheWindow_writesThoseRecords_andSaysHowMany()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path).ok());
        window.showRecords();
        QTableView *table = window.recordTable();
        QTRY_VERIFY(table->model()->rowCount() > 5);
        table->selectRow(1);
        table->selectionModel()->select(table->model()->index(3, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(4, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QList<qint64> expected;
        for (int row : {1, 3, 4})
            expected << window.recordModel()->recordId(row);
        const QString path = m_dir.filePath("selected.ris");
        bool checked = false;
        // File ▸ Export References by its shortcut; the dialog runs modally.
        QTimer::singleShot(0, this, [&] {
            auto *dialog =
                qobject_cast<ExportReferencesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->scope(), ExportReferencesDialog::Scope::Selection);
            QVERIFY(dialog->findChild<QRadioButton *>("scopeSelection")->text().contains("(3)"));
            QCOMPARE(dialog->selection().recordIds.size(), 3);
            QVERIFY(exportWith(*dialog, "RIS", path));
            QCOMPARE(dialog->recordsWritten(), 3);
            QCOMPARE(dialog->resultText(),
                     QStringLiteral("Wrote 3 records to %1").arg(QDir::toNativeSeparators(path)));
            QVERIFY(dialog->findChild<QPushButton *>("openFolderButton")->isVisible());
            checked = true;
            dialog->reject();
        });
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(checked);
        QCOMPARE(risRecords(path), 3);
        QVERIFY(window.closeProject());
    }

    void search_exportsWhatTheTableFinds()
    {
        Result<std::unique_ptr<Project>> project = Project::open(m_path, Project::Access::ReadOnly);
        QVERIFY(project.ok());
        ExportReferencesDialog dialog(m_path);
        dialog.setSearch("loneliness");
        dialog.show();
        QCOMPARE(dialog.scope(), ExportReferencesDialog::Scope::Filter);
        QVERIFY(dialog.findChild<QRadioButton *>("scopeFilter")->text().contains("loneliness"));
        const QString path = m_dir.filePath("search.ris");
        QVERIFY(exportWith(dialog, "RIS", path));
        const QList<qint64> expected =
            ids(*project.value(), "SELECT rowid FROM record_fts WHERE record_fts MATCH "
                                  "'loneliness' AND rowid IN (SELECT id FROM record WHERE "
                                  "duplicate_of IS NULL)");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(dialog.recordsWritten(), int(expected.size()));
        QCOMPARE(risRecords(path), int(expected.size()));
    }

    void stageIncludedSet_isSettledResultsOnly_data()
    {
        QTest::addColumn<QString>("radio");
        QTest::addColumn<QString>("stage");
        QTest::newRow("title/abstract") << "scopeIncludedTa"
                                        << "ta";
        QTest::newRow("full text") << "scopeIncludedFt"
                                   << "ft";
    }

    void stageIncludedSet_isSettledResultsOnly()
    {
        QFETCH(QString, radio);
        QFETCH(QString, stage);
        Result<std::unique_ptr<Project>> project = Project::open(m_path, Project::Access::ReadOnly);
        QVERIFY(project.ok());
        const QList<qint64> settled = ids(
            *project.value(), QStringLiteral("SELECT r.id FROM record r JOIN screening_result s "
                                             "ON s.record_id = r.id WHERE s.stage = '%1' AND "
                                             "s.result = 'include' AND r.duplicate_of IS NULL "
                                             "ORDER BY r.id")
                                  .arg(stage));
        QVERIFY(!settled.isEmpty());
        ExportReferencesDialog dialog(m_path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *button = dialog.findChild<QRadioButton *>(radio);
        QVERIFY(button->text().contains(QStringLiteral("(%1)").arg(settled.size())));
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        QVERIFY(button->isChecked());
        const QString path = m_dir.filePath("included-" + stage + ".ris");
        QVERIFY(exportWith(dialog, "RIS", path));
        QCOMPARE(risRecords(path), int(settled.size()));
        QCOMPARE(dialog.recordsWritten(), int(settled.size()));
        // Exactly the settled includes: a record one reviewer included while the other has
        // not voted yet is not among them.
        Result<QList<qint64>> chosen = ExportJob::selectIds(*project.value(), dialog.selection());
        QVERIFY(chosen.ok());
        QCOMPARE(chosen.value(), settled);
    }

    void filterFromAnotherView_exportsItsIds()
    {
        ExportReferencesDialog dialog(m_path);
        dialog.setFilter("Conflicts & more", {1, 2});
        dialog.show();
        QCOMPARE(dialog.scope(), ExportReferencesDialog::Scope::Filter);
        // The name's "&" shows as it is, not as a mnemonic.
        QVERIFY(
            dialog.findChild<QRadioButton *>("scopeFilter")->text().contains("Conflicts && more"));
        const QString path = m_dir.filePath("filter.csv");
        QVERIFY(exportWith(dialog, "CSV", path));
        QCOMPARE(dialog.recordsWritten(), 2);
        QVERIFY(dialog.resultText().startsWith("Wrote 2 records to"));
        // A filter that shows nothing is not offered (it would export everything).
        ExportReferencesDialog empty(m_path);
        empty.setFilter("Nothing", {});
        QVERIFY(!empty.isScopeAvailable(ExportReferencesDialog::Scope::Filter));
        QCOMPARE(empty.scope(), ExportReferencesDialog::Scope::All);
    }

    void cancel_writesNothing_andSaysSo()
    {
        ExportReferencesDialog dialog(m_path);
        dialog.show();
        const QString path = m_dir.filePath("cancelled.ris");
        dialog.setPath(path);
        QSignalSpy done(&dialog, &ExportReferencesDialog::exportFinished);
        dialog.startExport();
        QVERIFY(dialog.isRunning());
        // The Close button reads Cancel while the export runs.
        auto *close = dialog.findChild<QPushButton *>("closeButton");
        QCOMPARE(close->text(), QStringLiteral("&Cancel"));
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QCOMPARE(dialog.resultText(), QStringLiteral("Export cancelled; nothing was written."));
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(ExportReferencesTest)
#include "tst_exportreferences.moc"
