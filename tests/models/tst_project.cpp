// The project file: creation, the pragmas it promises, every way opening can fail (each one
// must leave the file untouched), read-only files, and the upgrade from an older schema.
#include "import/importjob.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "project/reviewers.h"
#include "project/schema.h"
#include "records/recordstore.h"
#include "records/tagstore.h"
#include "screening/screeningstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace evimap;

namespace {

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

QVariant pragma(Project &project, const char *name)
{
    QSqlQuery q(project.database());
    if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
        return {};
    return q.value(0);
}

// A valid current project at `path`.
void makeProject(const QString &path)
{
    Result<std::unique_ptr<Project>> created = Project::create(path);
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
}

} // namespace

class ProjectTest : public QObject
{
    Q_OBJECT

private slots:
    void create_setsApplicationIdVersionAndPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.evimap"));
        Result<std::unique_ptr<Project>> created =
            Project::create(path, QStringLiteral("My review"));
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        Project &project = *created.value();
        QCOMPARE(project.name(), QStringLiteral("My review"));
        QVERIFY(!project.uuid().isEmpty());
        QCOMPARE(pragma(project, "application_id").toInt(), Schema::applicationId);
        QCOMPARE(pragma(project, "user_version").toInt(), Schema::currentVersion());
        QCOMPARE(pragma(project, "journal_mode").toString(), QStringLiteral("delete"));
        QCOMPARE(pragma(project, "foreign_keys").toInt(), 1);
        QVERIFY(pragma(project, "busy_timeout").toInt() >= 1000);
        // Large pages: a reference's row is about 2 KB (docs/performance.md, Import).
        QCOMPARE(pragma(project, "page_size").toInt(), 16384);
        QSqlQuery q(project.database());
        for (const QString &table : Schema::requiredTables()) {
            q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"));
            q.addBindValue(table);
            QVERIFY(q.exec() && q.next());
            QVERIFY2(q.value(0).toInt() == 1, qPrintable(table));
        }
    }

    void create_refusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken.evimap"));
        QVERIFY(test::writeFile(path, "keep me"));
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY(!created.ok());
        QCOMPARE(test::readFile(path), QByteArray("keep me"));
    }

    void fullTextIndex_followsRecords()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Project>> created =
            Project::create(dir.filePath(QStringLiteral("f.evimap")));
        QVERIFY(created.ok());
        // Inserted through the store (which indexes it), then changed and deleted in SQL
        // (triggers follow).
        Record record;
        record.title = QStringLiteral("Rejection sensitivity and loneliness");
        QVERIFY(RecordStore(created.value()->database()).insert(record, 0).ok());
        QSqlQuery q(created.value()->database());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE record SET uuid = 'u1' WHERE id = %1").arg(record.id)));
        auto matches = [&](const char *term) {
            q.prepare(QStringLiteral("SELECT count(*) FROM record_fts WHERE record_fts MATCH ?"));
            q.addBindValue(QLatin1String(term));
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(matches("rejection"), 1);
        QVERIFY(q.exec(
            QStringLiteral("UPDATE record SET title = 'Shame in adolescence' WHERE uuid = 'u1'")));
        QCOMPARE(matches("rejection"), 0);
        QCOMPARE(matches("shame"), 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM record WHERE uuid = 'u1'")));
        QCOMPARE(matches("shame"), 0);
    }

    void bulkImport_leavesTheFullTextIndexWholeAndItsSettingsAsTheyWere()
    {
        // An import switches FTS5's merging off and writes larger segments while it stores
        // (BulkIndexing): afterwards the index must be whole, find every record, and both
        // settings must be back at FTS5's defaults.
        QTemporaryDir dir;
        Result<std::unique_ptr<Project>> created =
            Project::create(dir.filePath(QStringLiteral("bulk.evimap")));
        QVERIFY(created.ok());
        Project &project = *created.value();
        auto writeRis = [&](const QString &name, int count, const QString &word) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            QTextStream out(&file);
            for (int i = 0; i < count; ++i)
                out << "TY  - JOUR\nTI  - " << word << " study number " << i
                    << "\nAB  - Loneliness in later life, sample " << i << ".\nER  - \n\n";
            return file.fileName();
        };
        QSqlQuery q(project.database());
        auto scalar = [&](const QString &sql) {
            return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
        };
        auto matches = [&](const QString &term) {
            return scalar(QStringLiteral("SELECT count(*) FROM record_fts WHERE record_fts "
                                         "MATCH '%1'")
                              .arg(term))
                .toInt();
        };
        const QString automerge =
            QStringLiteral("SELECT v FROM record_fts_config WHERE k = 'automerge'");
        const QString hashSize =
            QStringLiteral("SELECT v FROM record_fts_config WHERE k = 'hashsize'");
        const QString integrity =
            QStringLiteral("INSERT INTO record_fts(record_fts) VALUES ('integrity-check')");

        QVERIFY(ImportJob::run(
                    project,
                    writeRis(QStringLiteral("big.ris"), 1500, QStringLiteral("Rumination")), {})
                    .ok());
        QCOMPARE(scalar(automerge), QStringLiteral("4"));
        QCOMPARE(scalar(hashSize), QStringLiteral("1048576"));
        QVERIFY2(q.exec(integrity), qPrintable(q.lastError().text()));
        QCOMPARE(matches(QStringLiteral("rumination")), 1500);
        QCOMPARE(matches(QStringLiteral("loneliness")), 1500);

        // A second one into the same project.
        QVERIFY(ImportJob::run(
                    project, writeRis(QStringLiteral("small.ris"), 20, QStringLiteral("Worry")), {})
                    .ok());
        QCOMPARE(scalar(automerge), QStringLiteral("4"));
        QCOMPARE(scalar(hashSize), QStringLiteral("1048576"));
        QVERIFY2(q.exec(integrity), qPrintable(q.lastError().text()));
        QCOMPARE(matches(QStringLiteral("worry")), 20);
        QCOMPARE(matches(QStringLiteral("loneliness")), 1520);

        // A file refused half-way (imported before, without --again) changes nothing.
        QVERIFY(!ImportJob::run(project, dir.filePath(QStringLiteral("small.ris")), {}).ok());
        QCOMPARE(scalar(automerge), QStringLiteral("4"));
        QCOMPARE(scalar(hashSize), QStringLiteral("1048576"));
        QCOMPARE(matches(QStringLiteral("worry")), 20);
        QVERIFY2(q.exec(integrity), qPrintable(q.lastError().text()));
    }

    void open_refusesBadFilesAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
        QTest::newRow("folder") << "folder"
                                << "is a folder";
        QTest::newRow("empty") << "empty"
                               << "is empty";
        QTest::newRow("text file") << "text"
                                   << "not an SQLite database";
        QTest::newRow("truncated project") << "truncated"
                                           << "truncated";
        QTest::newRow("corrupt project") << "corrupt"
                                         << "damaged";
        QTest::newRow("other program's SQLite") << "foreign"
                                                << "another program";
        QTest::newRow("newer EviMap") << "newer"
                                      << "newer EviMap";
    }

    void open_refusesBadFilesAndChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.evimap"));
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(test::writeFile(path, QByteArray()));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(test::writeFile(path, "TY  - JOUR\nTI  - not a project\nER  - \n"));
        } else if (kind != QLatin1String("missing")) {
            makeProject(path);
            if (kind == QLatin1String("truncated")) {
                const QByteArray bytes = test::readFile(path);
                QVERIFY(test::writeFile(path, bytes.left(bytes.size() / 2)));
            } else if (kind == QLatin1String("corrupt")) {
                // Keep the header, overwrite the schema page and beyond with noise.
                QByteArray bytes = test::readFile(path);
                for (qsizetype i = 100; i < bytes.size(); ++i)
                    bytes[i] = char((i * 7919) & 0xFF);
                QVERIFY(test::writeFile(path, bytes));
            } else if (kind == QLatin1String("foreign") || kind == QLatin1String("newer")) {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(kind == QLatin1String("foreign")
                                   ? QStringLiteral("PRAGMA application_id = 42")
                                   : QStringLiteral("PRAGMA user_version = 999")));
                q.finish();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(kind);
            }
        }
        const QByteArray before = QFileInfo(path).isFile() ? sha(path) : QByteArray();
        const QStringList filesBefore =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::ProjectProblem);
        QVERIFY2(opened.errorString().contains(path), qPrintable(opened.errorString()));
        QVERIFY2(opened.errorString().contains(messagePart), qPrintable(opened.errorString()));
        if (!before.isEmpty())
            QCOMPARE(sha(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
    }

    void open_readOnlyFile_opensReadOnlyAndSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.evimap"));
        makeProject(path);
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = sha(path);
        {
            Result<std::unique_ptr<Project>> opened = Project::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
            Project &project = *opened.value();
            QVERIFY(project.isReadOnly());
            QVERIFY(!project.notices().isEmpty());
            QVERIFY(project.notices().first().contains(QStringLiteral("read-only")));
            const Status write =
                ProjectSetting<QString>("k", {}).write(project, QStringLiteral("v"));
            QVERIFY(!write.ok());
            QCOMPARE(write.error().kind, Error::Kind::ProjectProblem);
        }
        QCOMPARE(sha(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void open_interruptedWrite_isRolledBackNotCalledDamaged()
    {
        // The state a killed EviMap leaves: the file part-way through a large change (pages
        // spilled from a tiny cache, its header already counting them) and a hot journal beside
        // it. Copies of both, taken while the change is open, are that state, deterministically.
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.evimap"));
        const QString crashed = dir.filePath(QStringLiteral("crashed.evimap"));
        {
            Result<std::unique_ptr<Project>> created =
                Project::create(live, QStringLiteral("Live"));
            QVERIFY(created.ok());
            Project &project = *created.value();
            QSqlQuery q(project.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 8")));
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            // Page 1 changes too (as the header's page count does when the file grows), so its
            // version from before the change is in the journal.
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion())));
            RecordStore store(project.database());
            for (int i = 0; i < 3000; ++i) {
                Record r;
                r.title = QStringLiteral("Record %1 ").arg(i) + QString(200, QLatin1Char('x'));
                QVERIFY(store.insert(r, 0).ok());
            }
            QVERIFY(QFile::copy(live, crashed));
            QVERIFY(QFile::copy(live + QStringLiteral("-journal"),
                                crashed + QStringLiteral("-journal")));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        QVERIFY(QFile::setPermissions(crashed, QFile::ReadOwner | QFile::WriteOwner));
        QFile::setPermissions(crashed + QStringLiteral("-journal"),
                              QFile::ReadOwner | QFile::WriteOwner);
        {
            // Killed between writing page 1 and the pages it counts: the header announces more
            // pages than the file holds (the journal keeps the page 1 from before the change).
            QFile file(crashed);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray header = file.read(100);
            const quint32 pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
            const quint32 announced = quint32(file.size() / pageSize) + 100;
            for (int i = 0; i < 4; ++i) {
                header[28 + i] = char(announced >> (24 - 8 * i));
                header[92 + i] = header[24 + i]; // the count is valid for this change counter
            }
            QVERIFY(file.seek(0));
            QCOMPARE(file.write(header), 100);
        }
        Result<std::unique_ptr<Project>> opened = Project::open(crashed);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QSqlQuery q(opened.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM record")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the interrupted change is gone, all of it
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(!QFileInfo(crashed + QStringLiteral("-journal")).exists() ||
                QFileInfo(crashed + QStringLiteral("-journal")).size() == 0);
    }

    void open_olderSchema_isUpgradedAfterABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.evimap"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("project/v1-project.evimap")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = sha(path);

        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        Project &project = *opened.value();
        QCOMPARE(project.schemaVersion(), Schema::currentVersion());
        QCOMPARE(pragma(project, "user_version").toInt(), Schema::currentVersion());
        QCOMPARE(project.name(), QStringLiteral("Version 1 project"));
        QVERIFY(project.notices().join(QLatin1Char(' ')).contains(QStringLiteral("upgraded")));

        const QString backup = path + QStringLiteral(".v1-backup");
        QVERIFY(QFile::exists(backup));
        QCOMPARE(sha(backup), original);

        QSqlQuery q(project.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM record")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM screening_decision")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM highlight_term")) && q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM record_history")) && q.next());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM record_fts WHERE record_fts MATCH 'mindfulness'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Step 4: maps read live record ids and years from their own index, without the table.
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id, year FROM record "
                                      "WHERE duplicate_of IS NULL ORDER BY id")) &&
                q.next());
        QVERIFY2(q.value(3).toString().contains(QStringLiteral("COVERING INDEX record_live_year")),
                 qPrintable(q.value(3).toString()));
        // Step 5: the lead's reopenings of settled records.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM screening_reopened")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Step 6: the viewer role; the reviewer table was made again and its people, and the
        // decisions that name them, kept.
        QVERIFY(q.exec(QStringLiteral("SELECT r.name, r.role FROM screening_decision d "
                                      "JOIN reviewer r ON r.id = d.reviewer_id")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Lead Reviewer"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("lead"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        Result<Reviewer> viewer = Reviewers(project).add(QStringLiteral("Vera Viewer"),
                                                         QStringLiteral("VV"), Role::Viewer);
        QVERIFY2(viewer.ok(), qPrintable(viewer.errorString()));
        QCOMPARE(Reviewers(project).byId(viewer->id)->role, Role::Viewer);
    }

    void open_version4File_gainsReopeningsAndKeepsItsSettlements()
    {
        // A file as version 4 wrote it: a record settled by two reviewers, no reopenings table.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.evimap"));
        {
            Result<std::unique_ptr<Project>> created = Project::create(path);
            QVERIFY(created.ok());
            Result<Reviewer> lead =
                Reviewers(*created.value()).add(QStringLiteral("Lena Lead"), QStringLiteral("LL"));
            QVERIFY(lead.ok());
            QSqlQuery q(created.value()->database());
            for (const char *sql :
                 {"INSERT INTO record(uuid, title, created_at, updated_at) VALUES ('r1', 'Shame "
                  "in later life', '2025-01-01', '2025-01-01')",
                  "INSERT INTO screening_result(uuid, record_id, stage, result, settled_at) "
                  "VALUES ('s1', 1, 'ta', 'include', '2025-01-01')",
                  "DROP TABLE screening_reopened", "DROP TABLE record_tag", "DROP TABLE tag",
                  "PRAGMA user_version = 4"})
                QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        }
        const QByteArray original = sha(path);

        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        Project &project = *opened.value();
        QCOMPARE(project.schemaVersion(), Schema::currentVersion());
        QCOMPARE(sha(path + QStringLiteral(".v4-backup")), original);
        ScreeningStore store(project);
        QCOMPARE(store.result(1, ScreeningStage::TitleAbstract)->result, ResultKind::Include);
        QVERIFY(store.reopen(1, ScreeningStage::TitleAbstract, 1).ok());
        QVERIFY(store.isReopened(1, ScreeningStage::TitleAbstract));
        QVERIFY(!store.result(1, ScreeningStage::TitleAbstract).has_value());
    }

    void open_version5File_gainsTagsAndKeepsItsRecords()
    {
        // A file as version 5 wrote it: a record, no tag tables.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.evimap"));
        {
            Result<std::unique_ptr<Project>> created = Project::create(path);
            QVERIFY(created.ok());
            QSqlQuery q(created.value()->database());
            for (const char *sql :
                 {"INSERT INTO record(uuid, title, created_at, updated_at) VALUES ('r1', 'Shame "
                  "in later life', '2025-01-01', '2025-01-01')",
                  "DROP TABLE record_tag", "DROP TABLE tag", "PRAGMA user_version = 5"})
                QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        }
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        Project &project = *opened.value();
        QCOMPARE(project.schemaVersion(), Schema::currentVersion());
        QCOMPARE(TagStore(project, 0).add({1}, QStringLiteral("pilot")).value(), 1);
        QCOMPARE(TagStore(project, 0).tagsOf(1), QStringList{QStringLiteral("pilot")});
    }

    void open_olderSchemaForReading_upgradesAWritableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.evimap"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("project/v1-project.evimap")), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray before = sha(path);
        Result<std::unique_ptr<Project>> opened = Project::open(path, Project::Access::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QCOMPARE(opened.value()->schemaVersion(), Schema::currentVersion());
        QVERIFY(opened.value()->isReadOnly());
        QCOMPARE(sha(path + QStringLiteral(".v1-backup")), before);
    }

    void open_olderSchemaReadOnly_isRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old-ro.evimap"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("project/v1-project.evimap")), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        const QByteArray before = sha(path);
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY(!opened.ok());
        QVERIFY(opened.errorString().contains(QStringLiteral("read-only")));
        QCOMPARE(sha(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".v1-backup")));
    }

    void writeTransaction_rollsBackOnFailure()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Project>> created =
            Project::create(dir.filePath(QStringLiteral("t.evimap")));
        QVERIFY(created.ok());
        Project &project = *created.value();
        const Status failed = project.writeTransaction([&]() -> Status {
            QSqlQuery q(project.database());
            q.exec(QStringLiteral(
                "INSERT INTO setting(key, value, updated_at) VALUES ('a', 'b', 'c')"));
            return failure(QStringLiteral("deliberate"));
        });
        QVERIFY(!failed.ok());
        const ProjectSetting<QString> a("a", QStringLiteral("absent"));
        QCOMPARE(a.read(project), QStringLiteral("absent"));
        QVERIFY(a.write(project, QStringLiteral("b")).ok());
        QCOMPARE(a.read(project), QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(ProjectTest)
#include "tst_project.moc"
