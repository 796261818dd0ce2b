// Opening a project file that EviMap cannot or should not write: damage found by the quick
// check opens it read-only with the reason; a read-only folder likewise; a read-only file
// beside an unfinished change says what to do instead of calling the file damaged; a file
// another EviMap holds is "busy", never "damaged". Waits are cut to 1 s for these tests
// (EVIMAP_LOCK_WAIT_SECONDS), so a held lock costs seconds.
#include "core/clock.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "records/recordstore.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace evimap;

namespace {

// A project with enough records to fill a few dozen pages.
bool buildProject(const QString &path)
{
    Result<std::unique_ptr<Project>> created = Project::create(path);
    if (!created)
        return false;
    Project &p = *created.value();
    RecordStore records(p.database());
    return p
        .writeTransaction([&]() -> Status {
            for (int i = 0; i < 400; ++i) {
                Record r;
                r.title = QStringLiteral("Record %1 on loneliness").arg(i);
                r.abstract = QString(900, QLatin1Char('a' + i % 26));
                if (Status s = records.insert(r, 0); !s)
                    return s;
            }
            return {};
        })
        .ok();
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

// A raw SQLite connection, outside Project, for what EviMap itself never does.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + newUuid())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QString firstValue(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

private:
    QString m_name;
};

} // namespace

class ProjectOpeningTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("p%1.evimap").arg(++m_counter)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("EVIMAP_LOCK_WAIT_SECONDS", "1");
        QCOMPARE(Project::lockWaitMs(), 1000);
    }

    // The quick check found damage that opening did not see, and decisions were then written
    // into the damaged file.
    void damagedFile_opensReadOnlyWithTheReason()
    {
        const QString path = newPath();
        QVERIFY(buildProject(path));
        // Scramble the headers of pages in the middle of the file (records and their index).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 16384;
        const qint64 pages = file.size() / pageSize;
        QVERIFY(pages > 10);
        for (qint64 page = pages / 2; page < pages / 2 + 3; ++page) {
            QVERIFY(file.seek(page * pageSize));
            QVERIFY(file.write(QByteArray(64, '\xA5')) == 64);
        }
        file.close();
        {
            RawConnection raw(path);
            QVERIFY(raw.firstValue(QStringLiteral("PRAGMA quick_check")) != QLatin1String("ok"));
        }
        const QByteArray before = sha(path);

        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        Project &project = *opened.value();
        QVERIFY(project.isReadOnly());
        QVERIFY2(project.readOnlyReason().contains(QLatin1String("is damaged")),
                 qPrintable(project.readOnlyReason()));
        QVERIFY(project.readOnlyReason().contains(QLatin1String("quick check")));
        QVERIFY(project.notices().contains(project.readOnlyReason()));
        const Status written = ProjectSetting<QString>("k", {}).write(project, QStringLiteral("v"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::ProjectProblem);
        QVERIFY2(written.errorString().contains(QLatin1String("is damaged")),
                 qPrintable(written.errorString()));
        opened.value().reset();
        QCOMPARE(sha(path), before);
    }

    void readOnlyFolder_opensReadOnlyAndSaysWhatToDo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("shared%1").arg(++m_counter));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/review.evimap");
        QVERIFY(buildProject(path));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        Project &project = *opened.value();
        QVERIFY(project.isReadOnly());
        QVERIFY2(project.readOnlyReason().contains(QLatin1String("read-only folder")),
                 qPrintable(project.readOnlyReason()));
        const Status written = ProjectSetting<QString>("k", {}).write(project, QStringLiteral("v"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::ProjectProblem);
        QVERIFY2(written.errorString().contains(QLatin1String("read-only folder")),
                 qPrintable(written.errorString()));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        // Reading works as ever.
        Result<std::unique_ptr<Project>> reading = Project::open(path, Project::Access::ReadOnly);
        QVERIFY2(reading.ok(), qPrintable(reading.errorString()));
        QVERIFY(reading.value()->readOnlyReason().isEmpty());
    }

    // A read-only file beside the journal of an interrupted change used to be called damaged,
    // which invites deleting the journal (and keeping the half-saved change).
    void readOnlyFileWithUnfinishedChange_saysWhatToDoNotDamaged()
    {
        const QString original = newPath();
        QVERIFY(buildProject(original));
        const QString path = newPath();
        {
            // An EviMap that stopped while saving: a change spilled into the file, its journal
            // beside it. Copied while the transaction is open, as a crash would leave them.
            RawConnection raw(original);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA cache_size = 10")));
            QVERIFY(raw.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE record SET abstract = abstract || '!'")));
            QVERIFY(QFile::exists(original + QStringLiteral("-journal")));
            QVERIFY(QFile::copy(original, path));
            QVERIFY(QFile::copy(original + QStringLiteral("-journal"),
                                path + QStringLiteral("-journal")));
            QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        for (const Project::Access access :
             {Project::Access::ReadOnly, Project::Access::ReadWrite}) {
            Result<std::unique_ptr<Project>> opened = Project::open(path, access);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().kind, Error::Kind::ProjectProblem);
            QVERIFY2(!opened.errorString().contains(QLatin1String("damaged")),
                     qPrintable(opened.errorString()));
            QVERIFY2(opened.errorString().contains(QLatin1String("unfinished")),
                     qPrintable(opened.errorString()));
            QVERIFY(opened.errorString().contains(QLatin1String("Do not delete")));
        }
        QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
        // Made writable, it opens: the change is rolled back and nothing of it is left.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        Result<std::unique_ptr<Project>> opened = Project::open(path, Project::Access::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QSqlQuery q(opened.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM record WHERE abstract LIKE '%!'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Another EviMap holds the file longer than anyone waits: that is "busy", never damage.
    void heldLock_isBusyNotDamaged()
    {
        const QString path = newPath();
        QVERIFY(buildProject(path));
        std::atomic_bool holding = false;
        std::atomic_bool release = false;
        std::unique_ptr<QThread> holder(QThread::create([&] {
            RawConnection raw(path);
            if (!raw.exec(QStringLiteral("BEGIN EXCLUSIVE")))
                return;
            holding = true;
            while (!release)
                QThread::msleep(10);
            raw.exec(QStringLiteral("ROLLBACK"));
        }));
        holder->start();
        QTRY_VERIFY(holding);
        for (const Project::Access access :
             {Project::Access::ReadOnly, Project::Access::ReadWrite}) {
            Result<std::unique_ptr<Project>> opened = Project::open(path, access);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().kind, Error::Kind::Failure);
            QVERIFY2(opened.errorString().contains(QLatin1String("is busy")),
                     qPrintable(opened.errorString()));
            QVERIFY(!opened.errorString().contains(QLatin1String("damaged")));
            QVERIFY(!opened.errorString().contains(QLatin1String("locked")));
        }
        release = true;
        holder->wait();
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QVERIFY(!opened.value()->isReadOnly());
    }
};

QTEST_GUILESS_MAIN(ProjectOpeningTest)
#include "tst_projectopening.moc"
