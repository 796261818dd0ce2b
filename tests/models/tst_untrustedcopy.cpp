// An offline copy handed back by someone else is not trusted: a merge brings in an attachment
// only with a regular file from the copy's own attachment folder whose SHA-256 is the row's
// (no symbolic links, no paths elsewhere, no oversized files), refuses a copy whose records or
// codes are linked in a circle or that holds values EviMap never writes, and `check` finds
// circles and attachments that are missing or changed.
#include "core/clock.h"
#include "core/sha256.h"
#include "import/attachmentstore.h"
#include "project/project.h"
#include "project/projectinfo.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "team/projectcopy.h"
#include "team/projectmerge.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

std::unique_ptr<Project> openOrDie(const QString &path)
{
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    if (!opened) {
        qWarning() << opened.errorString();
        return nullptr;
    }
    return std::move(opened.value());
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(Sha256::hash(bytes).toHex());
}

int count(Project &project, const QString &sql)
{
    QSqlQuery q(project.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool exec(Project &project, const QString &sql, const QVariantList &binds = {})
{
    return project
        .writeTransaction([&]() -> Status {
            QSqlQuery q(project.database());
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (!q.exec())
                return failure(sql + QStringLiteral(": ") + q.lastError().text());
            return {};
        })
        .ok();
}

} // namespace

class UntrustedCopyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_main;
    QString m_copy;
    qint64 m_ann = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Adds an attachment row to the copy pointing at `relativePath` with `sha`.
    bool attachInCopy(const QString &title, const QString &relativePath, const QString &sha)
    {
        std::unique_ptr<Project> copy = openOrDie(m_copy);
        if (!copy)
            return false;
        RecordStore records(copy->database());
        AttachmentStore attachments(*copy);
        return copy
            ->writeTransaction([&]() -> Status {
                Record r;
                r.title = title;
                if (Status s = records.insert(r, 0); !s)
                    return s;
                Result<qint64> added =
                    attachments.add(r.id, StoredFile{relativePath, sha}, 1, {}, 0);
                return added ? Status() : Status(added.error());
            })
            .ok();
    }

    QString copyFiles() const { return m_copy + QStringLiteral("-files"); }
    QString copyFilesName() const
    {
        return QFileInfo(m_copy).fileName() + QStringLiteral("-files");
    }

    Result<MergeReport> merge(const MergeOptions &options = {})
    {
        std::unique_ptr<Project> main = openOrDie(m_main);
        if (!main)
            return failure(QStringLiteral("main cannot be opened"));
        return ProjectMerge::merge(*main, m_copy, options);
    }

private slots:
    // Each test starts from a fresh main file with 4 records and a copy taken for Ann.
    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_counter;
        m_main = path(QStringLiteral("main%1.evimap").arg(m_counter));
        m_copy = path(QStringLiteral("ann%1.evimap").arg(m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(m_main);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        Project &main = *created.value();
        Reviewers people(main);
        QVERIFY(people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL")).ok());
        Result<Reviewer> ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"));
        QVERIFY(ann.ok());
        m_ann = ann->id;
        RecordStore records(main.database());
        QVERIFY(main.writeTransaction([&]() -> Status {
                        for (int i = 1; i <= 4; ++i) {
                            Record r;
                            r.title = QStringLiteral("Record %1").arg(i);
                            if (Status s = records.insert(r, 0); !s)
                                return s;
                        }
                        return {};
                    })
                    .ok());
        Result<TakenCopy> taken = ProjectCopy::take(main, m_copy, m_ann);
        QVERIFY2(taken.ok(), qPrintable(taken.errorString()));
    }

    void merge_attachmentThroughSymlink_isRefusedAndListed()
    {
        const QByteArray secret = "-----BEGIN PRIVATE KEY----- the lead's";
        const QString secretPath = path(QStringLiteral("id_ed25519-%1").arg(m_counter));
        QVERIFY(test::writeFile(secretPath, secret));
        QVERIFY(QDir().mkpath(copyFiles()));
        QVERIFY(QFile::link(secretPath, copyFiles() + QStringLiteral("/report.pdf")));
        QVERIFY(attachInCopy(QStringLiteral("Smuggled"),
                             copyFilesName() + QStringLiteral("/report.pdf"), sha256Hex(secret)));

        Result<MergeReport> report = merge();
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->filesCopied, 0);
        QCOMPARE(report->refused.size(), 1);
        QVERIFY2(report->refused.first().contains(QLatin1String("symbolic link")),
                 qPrintable(report->refused.first()));
        QVERIFY(report->toText().contains(QLatin1String("refused")));
        std::unique_ptr<Project> main = openOrDie(m_main);
        QCOMPARE(count(*main, QStringLiteral("SELECT count(*) FROM attachment")), 0);
        // The record came in; its smuggled file did not, under any name.
        QCOMPARE(count(*main, QStringLiteral("SELECT count(*) FROM record WHERE title = "
                                             "'Smuggled'")),
                 1);
        const QDir mainFiles(main->attachmentDirectory());
        const QStringList stored = mainFiles.entryList(QDir::Files | QDir::System);
        for (const QString &name : stored)
            QVERIFY(test::readFile(mainFiles.filePath(name)) != secret);
    }

    void merge_attachmentOutsideTheFilesFolderOrAltered_isRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("why");
        QTest::newRow("beside the copy") << "beside"
                                         << "is not a file in";
        QTest::newRow("up and out") << "dotdot"
                                    << "is not a file in";
        QTest::newRow("absolute") << "absolute"
                                  << "is not a file in";
        QTest::newRow("files folder is a link") << "linkedFolder"
                                                << "symbolic link";
        QTest::newRow("other bytes") << "altered"
                                     << "SHA-256 differs";
        QTest::newRow("hash not a hash") << "badHash"
                                         << "is not one";
        QTest::newRow("too large") << "huge"
                                   << "larger than";
        QTest::newRow("a folder") << "folder"
                                  << "not a regular file";
    }

    void merge_attachmentOutsideTheFilesFolderOrAltered_isRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, why);
        const QByteArray bytes = "%PDF-1.4 a private file";
        QString sha = sha256Hex(bytes);
        QString relative = copyFilesName() + QStringLiteral("/x.pdf");
        if (kind == QLatin1String("beside")) {
            QVERIFY(test::writeFile(path(QStringLiteral("x%1.pdf").arg(m_counter)), bytes));
            relative = QStringLiteral("x%1.pdf").arg(m_counter);
        } else if (kind == QLatin1String("dotdot")) {
            QVERIFY(QDir().mkpath(copyFiles()));
            QVERIFY(test::writeFile(path(QStringLiteral("y%1.pdf").arg(m_counter)), bytes));
            relative = copyFilesName() + QStringLiteral("/../y%1.pdf").arg(m_counter);
        } else if (kind == QLatin1String("absolute")) {
            QVERIFY(test::writeFile(path(QStringLiteral("z%1.pdf").arg(m_counter)), bytes));
            relative = path(QStringLiteral("z%1.pdf").arg(m_counter));
        } else if (kind == QLatin1String("linkedFolder")) {
            const QString elsewhere = path(QStringLiteral("elsewhere%1").arg(m_counter));
            QVERIFY(QDir().mkpath(elsewhere));
            QVERIFY(test::writeFile(elsewhere + QStringLiteral("/x.pdf"), bytes));
            QDir(copyFiles()).removeRecursively();
            QVERIFY(QFile::link(elsewhere, copyFiles()));
        } else if (kind == QLatin1String("altered")) {
            QVERIFY(QDir().mkpath(copyFiles()));
            QVERIFY(test::writeFile(copyFiles() + QStringLiteral("/x.pdf"), bytes + " changed"));
        } else if (kind == QLatin1String("badHash")) {
            QVERIFY(QDir().mkpath(copyFiles()));
            QVERIFY(test::writeFile(copyFiles() + QStringLiteral("/x.pdf"), bytes));
            sha = QStringLiteral("../../etc/passwd");
        } else if (kind == QLatin1String("huge")) {
            QVERIFY(QDir().mkpath(copyFiles()));
            QFile big(copyFiles() + QStringLiteral("/x.pdf"));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize((512LL << 20) + 1)); // sparse: nothing is written
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(copyFiles() + QStringLiteral("/x.pdf")));
        }
        QVERIFY(attachInCopy(QStringLiteral("Attached"), relative, sha));

        Result<MergeReport> dryRun = merge(MergeOptions{MergeOptions::Prefer::Main, {}, true, 0});
        QVERIFY2(dryRun.ok(), qPrintable(dryRun.errorString()));
        QCOMPARE(dryRun->refused.size(), 1);
        Result<MergeReport> report = merge();
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->filesCopied, 0);
        QCOMPARE(report->refused.size(), 1);
        QVERIFY2(report->refused.first().contains(why), qPrintable(report->refused.first()));
        std::unique_ptr<Project> main = openOrDie(m_main);
        QCOMPARE(count(*main, QStringLiteral("SELECT count(*) FROM attachment")), 0);
        QVERIFY(!QDir(main->attachmentDirectory()).exists() ||
                QDir(main->attachmentDirectory()).isEmpty());
    }

    void merge_soundAttachment_comesInAndChecksClean()
    {
        const QByteArray bytes = "%PDF-1.4 Ann's hand-searched report";
        QVERIFY(QDir().mkpath(copyFiles()));
        QVERIFY(test::writeFile(copyFiles() + QStringLiteral("/report.pdf"), bytes));
        QVERIFY(attachInCopy(QStringLiteral("Found offline"),
                             copyFilesName() + QStringLiteral("/report.pdf"), sha256Hex(bytes)));
        Result<MergeReport> report = merge();
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->filesCopied, 1);
        QVERIFY(report->refused.isEmpty());
        std::unique_ptr<Project> main = openOrDie(m_main);
        QCOMPARE(count(*main, QStringLiteral("SELECT count(*) FROM attachment")), 1);
        QCOMPARE(test::readFile(main->attachmentDirectory() + QStringLiteral("/report.pdf")),
                 bytes);
        QVERIFY(ProjectCheck::run(*main).problems.isEmpty());
        QCOMPARE(ProjectCheck::attachmentProblems(*main), QStringList());

        // `check` sees a file that was changed or removed since.
        QVERIFY(test::writeFile(main->attachmentDirectory() + QStringLiteral("/report.pdf"),
                                "something else"));
        QStringList problems = ProjectCheck::attachmentProblems(*main);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("not the file that was attached")),
                 qPrintable(problems.first()));
        QVERIFY(QFile::remove(main->attachmentDirectory() + QStringLiteral("/report.pdf")));
        problems = ProjectCheck::attachmentProblems(*main);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("report.pdf")),
                 qPrintable(problems.first()));
    }

    void merge_copyWithCircles_isRefusedAndCheckReportsThem_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("why");
        QTest::newRow("duplicate_of circle")
            << "UPDATE record SET duplicate_of = CASE id WHEN 1 THEN 2 ELSE 1 END, updated_at = "
               "'NOW' WHERE id IN (1, 2)"
            << "records 1 \u2192 2 \u2192 1";
        QTest::newRow("duplicate of itself")
            << "UPDATE record SET duplicate_of = 3, updated_at = 'NOW' WHERE id = 3"
            << "records 3 \u2192 3";
        QTest::newRow("code parent circle")
            << "INSERT INTO code(uuid, parent_id, key, label) VALUES ('c1', NULL, 'a', 'A'), "
               "('c2', NULL, 'b', 'B'); UPDATE code SET parent_id = CASE uuid WHEN 'c1' THEN "
               "(SELECT id FROM code WHERE uuid = 'c2') ELSE (SELECT id FROM code WHERE uuid = "
               "'c1') END WHERE uuid IN ('c1', 'c2')"
            << "each other's parents";
    }

    void merge_copyWithCircles_isRefusedAndCheckReportsThem()
    {
        QFETCH(QString, sql);
        QFETCH(QString, why);
        {
            std::unique_ptr<Project> copy = openOrDie(m_copy);
            QVERIFY(copy);
            const QStringList statements = sql.split(QStringLiteral("; "));
            for (QString statement : statements) {
                statement.replace(QStringLiteral("'NOW'"), QStringLiteral("'%1'").arg(utcNow()));
                QVERIFY(exec(*copy, statement));
            }
            const QStringList problems = ProjectCheck::run(*copy).problems;
            QVERIFY2(problems.join(QLatin1Char('\n')).contains(why),
                     qPrintable(problems.join(QLatin1Char('\n'))));
        }
        Result<MergeReport> report = merge();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::InputRefused);
        QVERIFY2(report.errorString().contains(why), qPrintable(report.errorString()));
        std::unique_ptr<Project> main = openOrDie(m_main);
        QCOMPARE(count(*main, QStringLiteral("SELECT count(*) FROM record WHERE duplicate_of IS "
                                             "NULL")),
                 4);
        QCOMPARE(count(*main, QStringLiteral("SELECT count(*) FROM code")), 0);
    }

    // Ann merged record 1 into 2 in her copy while the lead merged 2 into 1: each file is
    // sound, together they would hide both records.
    void merge_linksThatMakeACircleTogether_areRefused()
    {
        {
            std::unique_ptr<Project> copy = openOrDie(m_copy);
            QVERIFY(exec(*copy,
                         QStringLiteral("UPDATE record SET duplicate_of = 2, updated_at = ? "
                                        "WHERE id = 1"),
                         {utcNow()}));
        }
        QTest::qWait(5);
        {
            std::unique_ptr<Project> main = openOrDie(m_main);
            QVERIFY(exec(*main,
                         QStringLiteral("UPDATE record SET duplicate_of = 1, updated_at = ? "
                                        "WHERE id = 2"),
                         {utcNow()}));
        }
        Result<MergeReport> report = merge();
        QVERIFY(!report.ok());
        QVERIFY2(report.errorString().contains(QLatin1String("circle")),
                 qPrintable(report.errorString()));
        std::unique_ptr<Project> main = openOrDie(m_main);
        QCOMPARE(count(*main, QStringLiteral("SELECT count(*) FROM record WHERE duplicate_of IS "
                                             "NULL")),
                 3);
    }

    void merge_copyWithValuesEviMapNeverWrites_isRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("why");
        QTest::newRow("a time far ahead")
            << "UPDATE record SET updated_at = '9999-12-31T00:00:00.000Z' WHERE id = 1"
            << "record row 1: updated_at is \"9999-12-31T00:00:00.000Z\"";
        QTest::newRow("not a time") << "UPDATE record SET created_at = 'yesterday' WHERE id = 2"
                                    << "record row 2: created_at is \"yesterday\"";
        QTest::newRow("a year") << "UPDATE record SET year = 123456 WHERE id = 3"
                                << "the year 123456 is not a year";
        QTest::newRow("a huge title")
            << "UPDATE record SET title = printf('%.*c', 2000000, 'x') WHERE id = 4"
            << "record row 4: title holds 2000000 characters";
        QTest::newRow("a number that is text")
            << "INSERT INTO exclusion_reason(uuid, label, position) VALUES ('r1', 'Wrong design', "
               "printf('%.*c', 500, 'z'))"
            << "position holds 500 characters";
    }

    void merge_copyWithValuesEviMapNeverWrites_isRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, why);
        {
            std::unique_ptr<Project> copy = openOrDie(m_copy);
            QVERIFY(copy);
            for (const QString &statement : sql.split(QStringLiteral("; ")))
                QVERIFY(exec(*copy, statement));
        }
        Result<MergeReport> report = merge();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::InputRefused);
        QVERIFY2(report.errorString().contains(why), qPrintable(report.errorString()));
    }

    void merge_codingPageOutOfRange_isRefused()
    {
        {
            std::unique_ptr<Project> copy = openOrDie(m_copy);
            QVERIFY(exec(*copy, QStringLiteral("INSERT INTO code(uuid, key, label) VALUES ('d', "
                                               "'d', 'Design')")));
            QVERIFY(exec(*copy,
                         QStringLiteral("INSERT INTO coding(uuid, record_id, code_id, reviewer_id, "
                                        "page, coded_at) VALUES ('k', 1, (SELECT id FROM code), ?, "
                                        "-7, ?)"),
                         {m_ann, utcNow()}));
        }
        Result<MergeReport> report = merge();
        QVERIFY(!report.ok());
        QVERIFY2(report.errorString().contains(QLatin1String("the page -7 is not a page number")),
                 qPrintable(report.errorString()));
    }
};

QTEST_GUILESS_MAIN(UntrustedCopyTest)
#include "tst_untrustedcopy.moc"
