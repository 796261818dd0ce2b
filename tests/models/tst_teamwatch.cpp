// Changes by others appear without reopening: the change watcher on data_version, and the
// warnings about unsafe folders beside a project file.
#include "project/project.h"
#include "project/projectsettings.h"
#include "team/changewatcher.h"
#include "team/foldersafety.h"

#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class TeamWatchTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void watcher_seesOtherConnectionsCommits_notItsOwn()
    {
        const QString path = m_dir.filePath(QStringLiteral("watched.evimap"));
        QVERIFY(Project::create(path).ok());
        Result<std::unique_ptr<Project>> mine = Project::open(path);
        Result<std::unique_ptr<Project>> theirs = Project::open(path);
        QVERIFY(mine.ok() && theirs.ok());

        ProjectChangeWatcher watcher(*mine.value());
        QSignalSpy spy(&watcher, &ProjectChangeWatcher::changedElsewhere);
        watcher.start();
        QVERIFY(!watcher.poll());

        // Our own writes are not news.
        QVERIFY(ProjectSetting<QString>("a", {}).write(*mine.value(), QStringLiteral("1")).ok());
        QVERIFY(!watcher.poll());
        QCOMPARE(spy.count(), 0);

        // Someone else's commit is, once.
        QVERIFY(ProjectSetting<QString>("b", {}).write(*theirs.value(), QStringLiteral("2")).ok());
        QVERIFY(watcher.poll());
        QCOMPARE(spy.count(), 1);
        QVERIFY(!watcher.poll());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(ProjectSetting<QString>("b", {}).read(*mine.value()), QStringLiteral("2"));

        // A rolled-back change of theirs is not.
        QVERIFY(!theirs.value()
                     ->writeTransaction([]() -> Status { return failure(QStringLiteral("no")); })
                     .ok());
        QVERIFY(!watcher.poll());

        // The timer polls by itself.
        watcher.setInterval(20);
        QVERIFY(ProjectSetting<QString>("c", {}).write(*theirs.value(), QStringLiteral("3")).ok());
        QTRY_COMPARE(spy.count(), 2);
        watcher.stop();
    }

    void folderSafety_recognisesSyncConflictCopies_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("dropbox") << QStringLiteral("review (conflicted copy 2024-05-01).evimap")
                                 << true;
        QTest::newRow("dropbox named")
            << QStringLiteral("review (Ann Able's conflicted copy 2024-05-01).evimap") << true;
        QTest::newRow("nextcloud")
            << QStringLiteral("review (conflicted copy 2024-05-01 101500).evimap") << true;
        QTest::newRow("google drive") << QStringLiteral("review (1).evimap") << true;
        QTest::newRow("owncloud") << QStringLiteral("review_conflict-20240501-101500.evimap")
                                  << true;
        QTest::newRow("onedrive pc") << QStringLiteral("review-DESKTOP-1A2B3C.evimap") << true;
        QTest::newRow("generic") << QStringLiteral("review-conflict-ann.evimap") << true;
        QTest::newRow("syncthing")
            << QStringLiteral("review.sync-conflict-20240501-101500-ABCDEFG.evimap") << true;
        QTest::newRow("itself") << QStringLiteral("review.evimap") << false;
        QTest::newRow("another project") << QStringLiteral("review-2.evimap") << false;
        QTest::newRow("longer name") << QStringLiteral("review-of-reviews.evimap") << false;
        QTest::newRow("backup") << QStringLiteral("review.evimap.v1-backup") << false;
        QTest::newRow("offline copy") << QStringLiteral("review-ann.evimap") << false;
        QTest::newRow("other file") << QStringLiteral("notes (1).txt") << false;
    }

    void folderSafety_recognisesSyncConflictCopies()
    {
        QFETCH(QString, name);
        QFETCH(bool, conflict);
        QCOMPARE(FolderSafety::isConflictCopyName(QStringLiteral("review.evimap"), name), conflict);
    }

    void folderSafety_inspect_listsConflictCopiesAndJournal()
    {
        const QString folder = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        const QString project = folder + QStringLiteral("/review.evimap");
        QVERIFY(Project::create(project).ok());
        QVERIFY(FolderSafety::inspect(project).isEmpty());

        QVERIFY(test::writeFile(
            folder + QStringLiteral("/review (conflicted copy 2024-05-01).evimap"), "x"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/review-2.evimap"), "x"));
        QVERIFY(test::writeFile(project + QStringLiteral("-journal"), "x"));
        const QList<FolderHazard> hazards = FolderSafety::inspect(project);
        QCOMPARE(hazards.size(), 2);
        QCOMPARE(hazards.at(0).kind, FolderHazard::Kind::ConflictCopy);
        QVERIFY(hazards.at(0).path.endsWith(QStringLiteral("(conflicted copy 2024-05-01).evimap")));
        QVERIFY(hazards.at(0).message.contains(QStringLiteral("evimap merge")));
        QCOMPARE(hazards.at(1).kind, FolderHazard::Kind::LeftoverJournal);
        QCOMPARE(FolderSafety::toJson(hazards).size(), 2);
    }

    void folderSafety_inspect_warnsAboutSyncedFolders()
    {
        const QString folder = m_dir.filePath(QStringLiteral("Dropbox/Team review"));
        QVERIFY(QDir().mkpath(folder));
        const QString project = folder + QStringLiteral("/review.evimap");
        QVERIFY(test::writeFile(project, "x"));
        const QList<FolderHazard> hazards = FolderSafety::inspect(project);
        QCOMPARE(hazards.size(), 1);
        QCOMPARE(hazards.first().kind, FolderHazard::Kind::SyncedFolder);
        QVERIFY(hazards.first().message.contains(QStringLiteral("Dropbox")));
    }
};

QTEST_GUILESS_MAIN(TeamWatchTest)
#include "tst_teamwatch.moc"
