// `evimap copy`, `evimap merge` and `evimap audit` as scripts use them, and the folder warnings
// of `evimap check` and `evimap info`.
#include "cli/commandline.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256).toHex();
}

QJsonObject json(const test::RunResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class CliTeamTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void copyScreenMerge_roundTrip()
    {
        const QString project = m_dir.filePath(QStringLiteral("team.evimap"));
        QCOMPARE(test::runEvimap(
                     {"new", project, "--codebook", "empty", "--reviewers", "1", "--no-reasons"})
                     .exitCode,
                 0);
        const QString ris =
            write(QStringLiteral("s.ris"), "TY  - JOUR\nTI  - First\nDO  - 10.1/one\nER  - \n"
                                           "TY  - JOUR\nTI  - Second\nDO  - 10.1/two\nER  - \n"
                                           "TY  - JOUR\nTI  - Third\nDO  - 10.1/three\nER  - \n");
        QCOMPARE(test::runEvimap({"import", project, ris}).exitCode, 0);
        // The lead is the first reviewer; Ann takes a copy home.
        const QString lead =
            write(QStringLiteral("lead.csv"), "record,decision\n10.1/three,include\n");
        QCOMPARE(test::runEvimap({"screen", project, "--reviewer", "Lena Lead", "--stage", "ta",
                                  "--decisions", lead})
                     .exitCode,
                 0);
        const QString copy = m_dir.filePath(QStringLiteral("team-ann.evimap"));
        const test::RunResult taken =
            test::runEvimap({"copy", project, copy, "--reviewer", "Ann Able", "--json"});
        QVERIFY2(taken.exitCode == 0, taken.err.constData());
        QCOMPARE(json(taken).value(QStringLiteral("reviewer")).toString(),
                 QStringLiteral("Ann Able"));
        QVERIFY(!json(taken).value(QStringLiteral("taken_at")).toString().isEmpty());
        QCOMPARE(test::runEvimap({"copy", project, copy, "--reviewer", "Ann Able"}).exitCode, 2);

        const QString ann = write(QStringLiteral("ann.csv"),
                                  "record,decision,reason,note\n10.1/one,include,,train\n"
                                  "10.1/two,exclude,,\n");
        QCOMPARE(test::runEvimap({"screen", copy, "--reviewer", "Ann Able", "--stage", "ta",
                                  "--decisions", ann})
                     .exitCode,
                 0);

        const QByteArray before = sha(project);
        const test::RunResult dry =
            test::runEvimap({"merge", project, copy, "--dry-run", "--json"});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QVERIFY(json(dry).value(QStringLiteral("dry_run")).toBool());
        QVERIFY(json(dry).value(QStringLiteral("changed")).toBool());
        QCOMPARE(json(dry)
                     .value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("screening_decision"))
                     .toObject()
                     .value(QStringLiteral("added"))
                     .toInt(),
                 2);
        QCOMPARE(sha(project), before);

        const test::RunResult merged = test::runEvimap({"merge", project, copy});
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        QVERIFY2(merged.out.contains("screening_decision: 2 added"), merged.out.constData());
        const test::RunResult again = test::runEvimap({"merge", project, copy, "--json"});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!json(again).value(QStringLiteral("changed")).toBool());
        QCOMPARE(json(test::runEvimap({"info", project, "--json"}))
                     .value(QStringLiteral("decisions"))
                     .toInt(),
                 3);

        // The audit trail: the copy, Ann's decisions (from her copy) and the merge.
        const test::RunResult audit = test::runEvimap({"audit", project, "--json"});
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(audit.out).array();
        QStringList actions;
        for (const QJsonValue &e : entries)
            actions << e.toObject().value(QStringLiteral("action")).toString();
        QVERIFY2(actions.contains(QStringLiteral("team.copy")), qPrintable(actions.join(u',')));
        QVERIFY(actions.contains(QStringLiteral("team.merge")));
        QVERIFY(actions.contains(QStringLiteral("import.batch")));
        QCOMPARE(actions.count(QStringLiteral("screening.decide")), 3);
        const test::RunResult one = test::runEvimap({"audit", project, "--record", "1", "--json"});
        QCOMPARE(one.exitCode, 0);
        const QJsonArray oneEntries = QJsonDocument::fromJson(one.out).array();
        QVERIFY(!oneEntries.isEmpty());
        for (const QJsonValue &e : oneEntries)
            QCOMPARE(e.toObject().value(QStringLiteral("record")).toInt(), 1);
        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(test::runEvimap({"audit", project, "--csv", csv}).exitCode, 0);
        const QByteArray csvBytes = test::readFile(csv);
        QVERIFY(csvBytes.contains("at,reviewer,initials,action,entity"));
        QVERIFY(csvBytes.contains("Ann Able"));
        QCOMPARE(test::runEvimap({"audit", project, "--record", "x"}).exitCode, 2);
        // Without --json or --csv the history reads in words, in local time to the minute,
        // not as stored actions and JSON.
        const test::RunResult words = test::runEvimap({"audit", project});
        QCOMPARE(words.exitCode, 0);
        const QString text = QString::fromUtf8(words.out);
        QVERIFY2(text.contains(QStringLiteral("Ann Able excluded #2 at title/abstract")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("screening.decide")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("{\"")), qPrintable(text));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}  "),
                                   QRegularExpression::MultilineOption)
                    .match(text)
                    .hasMatch());
    }

    void merge_refusesAndExplains()
    {
        const QString project = m_dir.filePath(QStringLiteral("a.evimap"));
        const QString other = m_dir.filePath(QStringLiteral("b.evimap"));
        QCOMPARE(test::runEvimap({"new", project, "--codebook", "empty"}).exitCode, 0);
        QCOMPARE(test::runEvimap({"new", other, "--codebook", "empty"}).exitCode, 0);
        const test::RunResult foreign = test::runEvimap({"merge", project, other});
        QCOMPARE(foreign.exitCode, 3);
        QVERIFY(foreign.err.contains("not a copy of this project"));
        QCOMPARE(test::runEvimap({"merge", project, other, "--prefer", "newest"}).exitCode, 2);
        QCOMPARE(test::runEvimap({"merge", project}).exitCode, 2);
        QCOMPARE(test::runEvimap({"merge", project, m_dir.filePath(QStringLiteral("none.evimap"))})
                     .exitCode,
                 3);
    }

    // Every command that looks a person up by --reviewer refuses an unknown one with the same
    // words (Reviewers::unknown), the models' own for an unknown id. Run in-process.
    void unknownReviewer_oneMessageForEveryCommand()
    {
        const QString path = m_dir.filePath(QStringLiteral("people.evimap"));
        {
            Result<std::unique_ptr<Project>> created = Project::create(path);
            QVERIFY2(created.ok(), qPrintable(created.errorString()));
            Reviewers people(**created);
            QVERIFY(people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL")).ok());
            QVERIFY(people.add(QStringLiteral("Ann Able"), QStringLiteral("AA")).ok());
        }
        const QString expected = QStringLiteral("evimap: %1 has no reviewer \"Zed Nobody\"\n")
                                     .arg(QFileInfo(path).fileName());
        const QList<QStringList> commands = {
            {"stats", path, "--reviewer", "Zed Nobody"},
            {"audit", path, "--reviewer", "Zed Nobody"},
            {"rank", path, "--stop", "--reviewer", "Zed Nobody"},
            {"coding", path, "--compare", "Zed Nobody", "Ann Able"},
            {"coding", path, "--reconcile", "--reviewer", "Zed Nobody"},
            {"merge", path, path, "--reviewer", "Zed Nobody"},
        };
        for (const QStringList &arguments : commands) {
            QString out, err;
            QTextStream outStream(&out), errStream(&err);
            const int code = cli::CommandLine(outStream, errStream).run(arguments);
            QVERIFY2(code == 2, qPrintable(arguments.join(' ') + ": " + err));
            QCOMPARE(err, expected);
        }
        // The project knows the same people as before: nobody was added by a lookup.
        std::unique_ptr<Project> project = std::move(Project::open(path).value());
        QCOMPARE(Reviewers(*project).all().size(), 2);
        // The models refuse an unknown id with the same words.
        QCOMPARE(Reviewers(*project).withId(42).errorString(),
                 QStringLiteral("%1 has no reviewer with id 42").arg(QFileInfo(path).fileName()));
    }

    void checkAndInfo_warnAboutConflictCopies()
    {
        const QString folder = m_dir.filePath(QStringLiteral("synced"));
        QVERIFY(QDir().mkpath(folder));
        const QString project = folder + QStringLiteral("/review.evimap");
        QCOMPARE(test::runEvimap({"new", project, "--codebook", "empty"}).exitCode, 0);
        const test::RunResult clean = test::runEvimap({"check", project});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(!clean.err.contains("warning"));

        QVERIFY(test::writeFile(
            folder + QStringLiteral("/review (conflicted copy 2024-05-01).evimap"), "x"));
        const test::RunResult warned = test::runEvimap({"check", project});
        QCOMPARE(warned.exitCode, 0); // the file itself is sound
        QVERIFY2(warned.err.contains("conflicted copy"), warned.err.constData());
        const test::RunResult checkJson = test::runEvimap({"check", project, "--json"});
        QCOMPARE(json(checkJson).value(QStringLiteral("warnings")).toArray().size(), 1);
        const test::RunResult info = test::runEvimap({"info", project, "--json"});
        QCOMPARE(json(info)
                     .value(QStringLiteral("warnings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind")),
                 QStringLiteral("conflict_copy"));
        QVERIFY(test::runEvimap({"info", project}).out.contains("Warning:"));
    }
};

QTEST_GUILESS_MAIN(CliTeamTest)
#include "tst_cli_team.moc"
