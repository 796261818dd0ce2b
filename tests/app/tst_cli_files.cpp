// The project file on the command line when it is busy, damaged or read-only, and what `check`
// looks at beyond SQLite: exit codes and messages that say what is wrong and what to do.
#include "core/clock.h"
#include "project/project.h"
#include "records/recordstore.h"

#include "testpdf.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace evimap;
using namespace evimap::test;

namespace {

bool buildProject(const QString &path, int records = 400)
{
    Result<std::unique_ptr<Project>> created = Project::create(path);
    if (!created)
        return false;
    Project &p = *created.value();
    RecordStore store(p.database());
    return p
        .writeTransaction([&]() -> Status {
            for (int i = 0; i < records; ++i) {
                Record r;
                r.title = QStringLiteral("Record %1 on loneliness").arg(i);
                r.abstract = QString(900, QLatin1Char('a' + i % 26));
                if (Status s = store.insert(r, 0); !s)
                    return s;
            }
            return {};
        })
        .ok();
}

// Holds SQLite's exclusive lock on a file from another thread, as another EviMap saving a
// large import does, until release().
class LockHolder
{
public:
    explicit LockHolder(const QString &path)
    {
        m_thread.reset(QThread::create([this, path] {
            const QString name = QStringLiteral("holder-") + newUuid();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                if (db.open()) {
                    QSqlQuery q(db);
                    if (q.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
                        m_holding = true;
                        while (!m_release)
                            QThread::msleep(10);
                        q.exec(QStringLiteral("ROLLBACK"));
                    }
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }));
        m_thread->start();
    }
    ~LockHolder() { release(); }
    bool holding() const { return m_holding; }
    void release()
    {
        m_release = true;
        m_thread->wait();
    }

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_holding = false;
    std::atomic_bool m_release = false;
};

RunResult finish(QProcess &process)
{
    RunResult result;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class CliFilesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("p%1.evimap").arg(++m_counter)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A decision written into a file that fails its quick check used to be saved (exit 0).
    void screen_intoADamagedFile_isRefusedWithTheReason()
    {
        const QString path = newPath();
        QVERIFY(buildProject(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 16384;
        for (qint64 page = pages / 2; page < pages / 2 + 3; ++page) {
            QVERIFY(file.seek(page * 16384));
            QVERIFY(file.write(QByteArray(64, '\xA5')) == 64);
        }
        file.close();
        const QByteArray before = readFile(path);
        const QString csv = m_dir.filePath(QStringLiteral("decisions.csv"));
        QVERIFY(writeFile(csv, "record,decision,reason,note\n1,include,,\n"));
        const RunResult r = runEvimap({QStringLiteral("screen"), path, QStringLiteral("--reviewer"),
                                       QStringLiteral("Ann Able"), QStringLiteral("--stage"),
                                       QStringLiteral("ta"), QStringLiteral("--decisions"), csv});
        QVERIFY2(r.exitCode == 4, r.err.constData());
        QVERIFY2(r.err.contains("is damaged, so it was opened read-only"), r.err.constData());
        QVERIFY(r.err.contains("evimap check"));
        QCOMPARE(readFile(path), before);
        // `check` lists the damage (exit 5).
        const RunResult check = runEvimap({QStringLiteral("check"), path});
        QCOMPARE(check.exitCode, 5);
    }

    void write_inAReadOnlyFolder_saysWhatToDo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("share%1").arg(++m_counter));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/review.evimap");
        QVERIFY(buildProject(path, 3));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        const RunResult r = runEvimap({QStringLiteral("reasons"), path,
                                       QStringLiteral("--reviewer"), QStringLiteral("Lena Lead"),
                                       QStringLiteral("--add"), QStringLiteral("Wrong design")});
        QVERIFY2(r.exitCode == 4, r.err.constData());
        QVERIFY2(r.err.contains("is in a read-only folder"), r.err.constData());
        QVERIFY(r.err.contains("Copy the project"));
        QVERIFY(!r.err.contains("unable to open"));
        // Reading is fine.
        QCOMPARE(runEvimap({QStringLiteral("info"), path}).exitCode, 0);
    }

    void readOnlyFileWithAnUnfinishedChange_isNotCalledDamaged()
    {
        const QString original = newPath();
        QVERIFY(buildProject(original));
        const QString path = newPath();
        {
            const QString name = QStringLiteral("raw-") + newUuid();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(original);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 10")));
                QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
                QVERIFY(q.exec(QStringLiteral("UPDATE record SET abstract = abstract || '!'")));
                QVERIFY(QFile::copy(original, path));
                QVERIFY(QFile::copy(original + QStringLiteral("-journal"),
                                    path + QStringLiteral("-journal")));
                QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        const RunResult r = runEvimap({QStringLiteral("info"), path});
        QVERIFY2(r.exitCode == 4, r.err.constData());
        QVERIFY2(!r.err.contains("damaged"), r.err.constData());
        QVERIFY(r.err.contains("unfinished"));
        QVERIFY(r.err.contains("Do not delete"));
        QVERIFY(QFile::exists(path + QStringLiteral("-journal")));
    }

    // A colleague's long import holds the file for longer than SQLite's old 10 s: readers and
    // writers wait for it (up to two minutes) instead of failing with "damaged".
    void heldLockLongerThanTenSeconds_readersAndWritersWait()
    {
        const QString path = newPath();
        QVERIFY(buildProject(path, 3));
        LockHolder lock(path);
        QTRY_VERIFY(lock.holding());
        QProcess reader, writer;
        reader.start(QStringLiteral(EVIMAP_BINARY), {QStringLiteral("info"), path});
        writer.start(QStringLiteral(EVIMAP_BINARY),
                     {QStringLiteral("reasons"), path, QStringLiteral("--reviewer"),
                      QStringLiteral("Lena Lead"), QStringLiteral("--add"),
                      QStringLiteral("Wrong design")});
        QVERIFY(reader.waitForStarted() && writer.waitForStarted());
        QTest::qWait(11000); // past the old wait of 10 s
        QVERIFY(lock.holding());
        lock.release();
        const RunResult read = finish(reader);
        const RunResult wrote = finish(writer);
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QVERIFY2(wrote.exitCode == 0, wrote.err.constData());
        QVERIFY(read.out.contains("Records:        3"));
        QVERIFY(wrote.out.contains("Wrong design"));
    }

    // Held longer than anyone waits (cut to 1 s here): "busy, try again", exit 1, not exit 4.
    void heldLockLongerThanTheWait_isBusyNotDamaged()
    {
        const QString path = newPath();
        QVERIFY(buildProject(path, 3));
        LockHolder lock(path);
        QTRY_VERIFY(lock.holding());
        QProcess reader;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EVIMAP_LOCK_WAIT_SECONDS"), QStringLiteral("1"));
        reader.setProcessEnvironment(env);
        reader.start(QStringLiteral(EVIMAP_BINARY), {QStringLiteral("stats"), path});
        const RunResult r = finish(reader);
        lock.release();
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QVERIFY2(r.err.contains("is busy"), r.err.constData());
        QVERIFY(!r.err.contains("damaged"));
        QVERIFY(!r.err.contains("database is locked"));
    }

    void check_findsChangedAttachmentsAndCircles()
    {
        const QString path = newPath();
        QVERIFY(buildProject(path, 3));
        PdfBuilder pdf;
        pdf.setInfo("Title", "A grey report on loneliness");
        pdf.addTextPage({"Loneliness in later life"});
        const QString pdfPath = m_dir.filePath(QStringLiteral("grey.pdf"));
        QVERIFY(writeFile(pdfPath, pdf.build()));
        const RunResult imported =
            runEvimap({QStringLiteral("import"), path, pdfPath, QStringLiteral("--route"),
                       QStringLiteral("organisation")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        RunResult check = runEvimap({QStringLiteral("check"), path});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY(check.out.contains("attached files"));

        const QStringList stored = QDir(path + QStringLiteral("-files")).entryList(QDir::Files);
        QCOMPARE(stored.size(), 1);
        const QString storedPath = path + QStringLiteral("-files/") + stored.first();
        QVERIFY(writeFile(storedPath, "not the report"));
        check = runEvimap({QStringLiteral("check"), path});
        QCOMPARE(check.exitCode, 5);
        QVERIFY2(check.err.contains("is not the file that was attached"), check.err.constData());
        QVERIFY(QFile::remove(storedPath));
        check = runEvimap({QStringLiteral("check"), path});
        QCOMPARE(check.exitCode, 5);
        QVERIFY2(check.err.contains(stored.first().toUtf8()), check.err.constData());

        {
            Result<std::unique_ptr<Project>> p = Project::open(path);
            QVERIFY(p.ok());
            QSqlQuery q(p.value()->database());
            QVERIFY(q.exec(QStringLiteral("UPDATE record SET duplicate_of = CASE id WHEN 1 THEN 2 "
                                          "ELSE 1 END WHERE id IN (1, 2)")));
        }
        check = runEvimap({QStringLiteral("check"), path, QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 5);
        QVERIFY2(check.out.contains("records 1 \u2192 2 \u2192 1 are marked as duplicates of each "
                                    "other in a circle"),
                 check.out.constData());
    }

    // A project named with a folder ("sub/p.evimap") used to store its attachments' paths
    // relative to the working folder ("sub/p.evimap-files/…"), which `check` now rightly finds
    // outside the project's folder.
    void import_pdfIntoAProjectInAnotherFolder_storesAPathFromTheProject()
    {
        const QString folder = QStringLiteral("sub%1").arg(++m_counter);
        QVERIFY(QDir(m_dir.path()).mkpath(folder));
        const QString relative = folder + QStringLiteral("/p.evimap");
        QVERIFY(buildProject(m_dir.filePath(relative), 1));
        PdfBuilder pdf;
        pdf.setInfo("Title", "Another grey report");
        pdf.addTextPage({"Befriending"});
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("other.pdf")), pdf.build()));
        const RunResult imported = runEvimap(
            {QStringLiteral("import"), relative, QStringLiteral("other.pdf")}, m_dir.path());
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        Result<std::unique_ptr<Project>> p = Project::open(m_dir.filePath(relative));
        QVERIFY(p.ok());
        QSqlQuery q(p.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT file_path FROM attachment")) && q.next());
        QVERIFY2(q.value(0).toString().startsWith(QLatin1String("p.evimap-files/")),
                 qPrintable(q.value(0).toString()));
        const RunResult check = runEvimap({QStringLiteral("check"), relative}, m_dir.path());
        QVERIFY2(check.exitCode == 0, check.err.constData());
    }

    // Two automatic duplicate searches started together: both finish, neither with "wrong
    // arguments", and each duplicate is merged once.
    void twoDedupRunsAtOnce_bothSucceed()
    {
        const QString path = newPath();
        {
            Result<std::unique_ptr<Project>> created = Project::create(path);
            QVERIFY(created.ok());
            Project &p = *created.value();
            RecordStore store(p.database());
            QVERIFY(p.writeTransaction([&]() -> Status {
                         for (int i = 0; i < 300; ++i) {
                             Record r;
                             r.title = QStringLiteral("Peer support study number %1 on loneliness "
                                                      "in later life")
                                           .arg(i / 2);
                             r.doi = QStringLiteral("10.1000/study.%1").arg(i / 2);
                             r.year = 2000 + (i / 2) % 20;
                             r.authors = {QStringLiteral("Author%1, A.").arg(i / 2)};
                             if (Status s = store.insert(r, 0); !s)
                                 return s;
                         }
                         return {};
                     }).ok());
        }
        QProcess first, second;
        first.start(QStringLiteral(EVIMAP_BINARY),
                    {QStringLiteral("dedup"), path, QStringLiteral("--auto")});
        second.start(QStringLiteral(EVIMAP_BINARY),
                     {QStringLiteral("dedup"), path, QStringLiteral("--auto")});
        const RunResult a = finish(first);
        const RunResult b = finish(second);
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QVERIFY2(b.exitCode == 0, b.err.constData());
        Result<std::unique_ptr<Project>> p = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(p.ok());
        QSqlQuery q(p.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM record WHERE duplicate_of IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 150);
    }
};

QTEST_GUILESS_MAIN(CliFilesTest)
#include "tst_cli_files.moc"
