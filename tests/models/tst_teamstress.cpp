// Several EviMaps writing to one project file at once: four processes each record 500
// decisions and 200 codings, one short transaction each (as the windows do, one per key
// press). Nothing may be lost, applied twice or reported as "database is locked".
//
// The test runs this same executable as its worker processes (`--worker`), so the workers use
// the real stores and Project::writeTransaction, not a copy of their logic.
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "coding/codingstore.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

using namespace evimap;

namespace {

constexpr int workers = 4;
constexpr int decisionsPerWorker = 500;
constexpr int codingsPerWorker = 200;
const char *const initials[workers] = {"AA", "BB", "CC", "DD"};

int count(Project &project, const QString &sql)
{
    QSqlQuery q(project.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// A worker: records its reviewer's decisions and codings one transaction at a time,
// interleaved, and prints every failure. Exit code 0 only when all of them were saved.
int runWorker(const QStringList &args)
{
    const QString path = args.value(2);
    const QString me = args.value(3);
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.errorString()));
        return 1;
    }
    Project &project = *opened.value();
    const std::optional<Reviewer> reviewer = Reviewers(project).find(me);
    if (!reviewer) {
        std::fprintf(stderr, "no reviewer %s\n", qPrintable(me));
        return 1;
    }
    ScreeningStore screening(project);
    Codebook codebook(project);
    CodingStore coding(project, codebook);
    // A code of a multiple-choice dimension, so that every coding stays.
    qint64 codeId = 0;
    for (const Code &dimension : codebook.dimensions()) {
        if (!dimension.isSingleChoice() && !codebook.children(dimension.id).isEmpty()) {
            codeId = codebook.children(dimension.id).first().id;
            break;
        }
    }
    QList<qint64> records;
    QSqlQuery q(project.database());
    q.exec(QStringLiteral("SELECT id FROM record ORDER BY id"));
    while (q.next())
        records << q.value(0).toLongLong();
    if (codeId == 0 || records.size() < decisionsPerWorker) {
        std::fprintf(stderr, "fixture incomplete\n");
        return 1;
    }
    int failures = 0;
    const Decision kinds[] = {Decision::Include, Decision::Exclude, Decision::Unsure};
    // Decisions and codings interleaved, as a reviewer codes while screening: two records in
    // five get a code (200 of 500).
    static_assert(decisionsPerWorker * 2 / 5 == codingsPerWorker);
    for (int i = 0; i < decisionsPerWorker; ++i) {
        const Status s =
            screening.setDecision(records.at(i), ScreeningStage::TitleAbstract, reviewer->id,
                                  DecisionInput{kinds[i % 3], 0, QString()});
        if (!s) {
            ++failures;
            std::fprintf(stderr, "decision %d: %s\n", i, qPrintable(s.errorString()));
        }
        if (i % 5 >= 2)
            continue;
        const Status c = coding.apply(records.at(i), codeId, reviewer->id,
                                      CodingDetails{QStringLiteral("quote %1").arg(i), 0, {}});
        if (!c) {
            ++failures;
            std::fprintf(stderr, "coding %d: %s\n", i, qPrintable(c.errorString()));
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

class TeamStressTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void fourProcesses_recordEverythingExactlyOnce()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("shared.evimap"));
        {
            Result<std::unique_ptr<Project>> created = Project::create(path);
            QVERIFY2(created.ok(), qPrintable(created.errorString()));
            Project &p = *created.value();
            Reviewers people(p);
            QVERIFY(people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL")).ok());
            for (const char *who : initials)
                QVERIFY(people
                            .add(QStringLiteral("Reviewer %1").arg(QLatin1String(who)),
                                 QLatin1String(who))
                            .ok());
            Result<CodebookTemplate> tpl = CodebookTemplate::builtIn();
            QVERIFY(tpl.ok());
            QVERIFY(Codebook(p).applyTemplate(*tpl, 0).ok());
            // Every worker screens every record: a record settles with the fourth decision (a
            // settled record takes no more).
            ScreeningSettings settings = ScreeningSettings::read(p);
            settings.reviewersRequired = workers;
            QVERIFY(settings.write(p).ok());
            RecordStore records(p.database());
            QVERIFY(p.writeTransaction([&]() -> Status {
                         for (int i = 1; i <= decisionsPerWorker; ++i) {
                             Record r;
                             r.title = QStringLiteral("Record %1").arg(i);
                             if (Status s = records.insert(r, 0); !s)
                                 return s;
                         }
                         return {};
                     }).ok());
        }

        QElapsedTimer wall;
        wall.start();
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const char *who : initials) {
            auto process = std::make_unique<QProcess>();
            process->start(QCoreApplication::applicationFilePath(),
                           {QStringLiteral("--worker"), path, QLatin1String(who)});
            QVERIFY(process->waitForStarted());
            processes.push_back(std::move(process));
        }
        for (const auto &process : processes) {
            QVERIFY2(process->waitForFinished(300000), "a worker did not finish");
            const QByteArray err = process->readAllStandardError();
            QVERIFY2(!err.contains("locked"), err.constData());
            QVERIFY2(err.isEmpty(), err.constData());
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }
        const qint64 elapsed = wall.elapsed();
        qInfo("4 processes x (%d decisions + %d codings), one transaction each: %.1f s",
              decisionsPerWorker, codingsPerWorker, double(elapsed) / 1000.0);

        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY(opened.ok());
        Project &p = *opened.value();
        QCOMPARE(count(p, QStringLiteral("SELECT count(*) FROM screening_decision")),
                 workers * decisionsPerWorker);
        QCOMPARE(count(p, QStringLiteral("SELECT count(*) FROM coding")),
                 workers * codingsPerWorker);
        // Every write was logged exactly once, in the same transaction.
        QCOMPARE(count(p, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'screening.decide'")),
                 workers * decisionsPerWorker);
        QSqlQuery q(p.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    // A write that finds the file locked waits and retries instead of failing; one that stays
    // locked beyond the budget says "busy", never SQLite's "database is locked".
    void writeTransaction_busyFile_isRetriedThenExplained()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("busy.evimap"));
        QVERIFY(Project::create(path).ok());
        Result<std::unique_ptr<Project>> opened = Project::open(path);
        QVERIFY(opened.ok());
        Project &project = *opened.value();
        // SQLite's own wait is cut to 20 ms, so the retries are what carry the write through.
        project.setBusyTimeouts(20, 30000);

        auto holdLock = [&](int milliseconds) {
            return QThread::create([path, milliseconds] {
                Result<std::unique_ptr<Project>> other = Project::open(path);
                if (!other)
                    return;
                Status s = other.value()->writeTransaction([&]() -> Status {
                    QThread::msleep(ulong(milliseconds));
                    return {};
                });
                Q_UNUSED(s);
            });
        };
        auto lockIsHeld = [&] {
            QSqlQuery q(project.database());
            const bool got = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (got)
                q.exec(QStringLiteral("ROLLBACK"));
            return !got;
        };

        std::unique_ptr<QThread> holder(holdLock(600));
        holder->start();
        QTRY_VERIFY(lockIsHeld());
        const Status waited = ProjectSetting<QString>("k", {}).write(project, QStringLiteral("v"));
        QVERIFY2(waited.ok(), qPrintable(waited.errorString()));
        QCOMPARE(ProjectSetting<QString>("k", {}).read(project), QStringLiteral("v"));
        holder->wait();

        project.setBusyTimeouts(20, 100);
        holder.reset(holdLock(1500));
        holder->start();
        QTRY_VERIFY(lockIsHeld());
        const Status gaveUp = ProjectSetting<QString>("k", {}).write(project, QStringLiteral("w"));
        holder->wait();
        QVERIFY(!gaveUp.ok());
        QVERIFY2(gaveUp.errorString().contains(QStringLiteral("busy")),
                 qPrintable(gaveUp.errorString()));
        QVERIFY2(!gaveUp.errorString().contains(QStringLiteral("locked")),
                 qPrintable(gaveUp.errorString()));
        QCOMPARE(ProjectSetting<QString>("k", {}).read(project), QStringLiteral("v"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--worker") == 0)
        return runWorker(app.arguments());
    TeamStressTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamstress.moc"
