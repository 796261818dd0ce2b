// Changes by others appear in an open window without reopening, and the reviewer keeps their
// place: another connection (another EviMap) adds records while a record is selected.
#include "mainwindow.h"
#include "project/project.h"
#include "records/recordstore.h"
#include "records/recordtablemodel.h"
#include "team/changewatcher.h"

#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

Status addRecords(Project &project, const QStringList &titles)
{
    RecordStore records(project.database());
    return project.writeTransaction([&]() -> Status {
        for (const QString &title : titles) {
            Record r;
            r.title = title;
            if (Status s = records.insert(r, 0); !s)
                return s;
        }
        return {};
    });
}

} // namespace

class MainWindowRefreshTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void changesByAnotherEviMap_appearAndKeepTheSelection()
    {
        const QString path = m_dir.filePath("shared.evimap");
        {
            Result<std::unique_ptr<Project>> created = Project::create(path, "Shared");
            QVERIFY(created.ok());
            QVERIFY(addRecords(*created.value(), {"Beta study", "Delta study", "Zeta study"}).ok());
        }
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path).ok());
        QVERIFY(window.changeWatcher());
        QVERIFY(window.changeWatcher()->isActive());
        QTableView *table = window.recordTable();
        // Sorted by title, so new records land before and after the selected one.
        table->sortByColumn(RecordTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(table->model()->rowCount(), 3);
        table->selectRow(1);
        QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("Delta study"));

        Result<std::unique_ptr<Project>> colleague = Project::open(path);
        QVERIFY(colleague.ok());
        QVERIFY(addRecords(*colleague.value(), {"Alpha study", "Gamma study"}).ok());

        window.changeWatcher()->setInterval(20);
        QTRY_COMPARE(table->model()->rowCount(), 5);
        QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("Delta study"));
        QCOMPARE(table->currentIndex().row(), 2);
        const QLabel *count = window.statusBar()->findChild<QLabel *>();
        QVERIFY(count);
        QVERIFY2(count->text().startsWith(QStringLiteral("5 record")), qPrintable(count->text()));

        window.closeProject();
        QVERIFY(!window.changeWatcher());
    }
};

QTEST_MAIN(MainWindowRefreshTest)
#include "tst_mainwindowrefresh.moc"
