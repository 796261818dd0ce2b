// Dual blind screening of the demo project through the command line, as a review team's
// scripts would run it: two reviewers' CSV files, conflicts, the lead's settlements, full text
// with reasons and a report not retrieved, and `evimap stats` against an independent kappa.
#include "project/project.h"
#include "project/projectsettings.h"
#include "runcommand.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

// The intended title/abstract decisions for the 66 demo records (resources/demo/README.md):
// I include, E exclude; duplicates follow their originals.
const char truth[] = "IIEIEIIEIIEIIIEIIIIEIIIEIIIEIIIIEIIIEEIEEIEIIEIIEIIEIEIEIEIIEIEIEI";

// Ann and Ben depart from it on a few records ('U' is unsure).
QString annDecisions()
{
    QString d = QString::fromLatin1(truth);
    d[13 - 1] = QLatin1Char('E');
    d[56 - 1] = QLatin1Char('I');
    d[61 - 1] = QLatin1Char('U');
    d[34 - 1] = QLatin1Char('U');
    return d;
}
QString benDecisions()
{
    QString d = QString::fromLatin1(truth);
    d[40 - 1] = QLatin1Char('I');
    d[3 - 1] = QLatin1Char('U');
    d[22 - 1] = QLatin1Char('E');
    return d;
}
// Records where one includes (or is unsure) and the other excludes.
const QList<int> expectedConflicts{3, 13, 22, 40, 56, 61};

QString word(QChar c)
{
    return c == QLatin1Char('I')   ? QStringLiteral("include")
           : c == QLatin1Char('E') ? QStringLiteral("exclude")
                                   : QStringLiteral("unsure");
}

// Demo records without a DOI of their own (none, or their original's).
const QList<int> noDoi{17, 30, 35, 41, 46, 47, 51, 55, 59, 63};

QJsonObject statsJson(const QString &project)
{
    const test::RunResult r = test::runCommand({"stats", project, "--json"});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject stage(const QJsonObject &stats, const char *key)
{
    return stats["stages"].toObject()[QLatin1String(key)].toObject();
}

} // namespace

class CliScreenTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString csv(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        test::writeFile(path, content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(int(qstrlen(truth)), 66);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath("demo.evimap");
        QCOMPARE(test::runCommand({"new", m_project, "--no-reasons"}).exitCode, 0);
        QCOMPARE(test::runCommand(
                     {"import", m_project, test::sourcePath("resources/demo/loneliness-demo.ris")})
                     .exitCode,
                 0);
        // The lead asks for dual screening (blind is the default).
        Result<std::unique_ptr<Project>> p = Project::open(m_project);
        QVERIFY(p.ok());
        QVERIFY(ProjectSettings::screeningReviewersRequired.write(*p.value(), 2).ok());
    }

    void reasons_leadAddsThem()
    {
        // The first reviewer of a project is its lead.
        test::RunResult r = test::runEvimap(
            {"reasons", m_project, "--reviewer", "Lena Lead", "--add", "Not about loneliness",
             "--add", "No psychological factor or intervention", "--add", "Wrong design"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(" 1  Not about loneliness"));
        QVERIFY(r.out.contains(" 3  Wrong design"));
        r = test::runEvimap({"reasons", m_project, "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
        // A reviewer who is not the lead cannot edit them.
        r = test::runEvimap({"reasons", m_project, "--reviewer", "Ann Able", "--add", "Other"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("lead"));
    }

    void screen_refusesABadFileNamingTheLines()
    {
        const QString bad = csv("bad.csv", "record,decision,reason,note\n"
                                           "1,include,,\n"
                                           "99999,include,,\n"
                                           "2,perhaps,,\n"
                                           "3,include,Wrong design,\n"
                                           "\"4\",exclude,No such reason,\n"
                                           "1,exclude,,\n");
        const test::RunResult r = test::runCommand(
            {"screen", m_project, "--reviewer", "Ann Able", "--stage", "ta", "--decisions", bad});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("bad.csv:3: no record matches \"99999\""), r.err);
        QVERIFY2(r.err.contains("bad.csv:4: record 2: \"perhaps\" is not a decision"), r.err);
        QVERIFY2(r.err.contains("bad.csv:5: record 3: a reason goes with exclude only"), r.err);
        QVERIFY2(r.err.contains("bad.csv:6: record 4: unknown exclusion reason \"No such reason\""),
                 r.err);
        QVERIFY2(r.err.contains("bad.csv:7: record 1 appears again (first on line 2)"), r.err);
        QVERIFY(r.err.contains("no decision was recorded"));
        QCOMPARE(stage(statsJson(m_project), "ta")["screened"].toInt(), 0);

        // Full text is only for records included at title/abstract.
        const QString early = csv("early.csv", "5,include\n");
        const test::RunResult ft = test::runCommand(
            {"screen", m_project, "--reviewer", "Ann Able", "--stage", "ft", "--decisions", early});
        QCOMPARE(ft.exitCode, 3);
        QVERIFY2(ft.err.contains("early.csv:1: record 5 has not been included at title/abstract"),
                 ft.err);

        const test::RunResult unterminated = test::runCommand(
            {"screen", m_project, "--reviewer", "Ann Able", "--stage", "ta", "--decisions",
             csv("quote.csv", "1,include,,\"never closed\n2,exclude\n")});
        QCOMPARE(unterminated.exitCode, 3);
        QVERIFY2(unterminated.err.contains("quote.csv:1: a quoted field is never closed"),
                 unterminated.err);
        QCOMPARE(test::runCommand({"screen", m_project, "--reviewer", "Ann Able", "--stage", "xx",
                                   "--decisions", early})
                     .exitCode,
                 2);
    }

    void twoReviewersScreenBlind_conflictsAppear()
    {
        // Ann: a header, DOIs where the record has one, notes with commas and quotes.
        const QString ann = annDecisions();
        QByteArray annCsv = "record,decision,reason,note\n";
        for (int i = 1; i <= 66; ++i) {
            const QString ref = noDoi.contains(i)
                                    ? QString::number(i)
                                    : QStringLiteral("https://doi.org/10.5555/evimap.demo.%1")
                                          .arg(i, 3, 10, QLatin1Char('0'));
            QString line = ref + QLatin1Char(',') + word(ann[i - 1]) + QStringLiteral(",,");
            if (i == 7)
                line += QStringLiteral("\"CFT, NHS; \"\"promising\"\"\"");
            annCsv += line.toUtf8() + "\r\n";
        }
        test::RunResult r =
            test::runCommand({"screen", m_project, "--reviewer", "Ann Able", "--stage", "ta",
                              "--decisions", csv("ann.csv", annCsv), "--json"});
        QVERIFY2(r.exitCode == 0, r.err);
        QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary["decisions"].toInt(), 66);
        QCOMPARE(summary["unsure"].toInt(), 2);

        // Blind: nothing is settled yet, and Ben sees none of Ann's decisions.
        QJsonObject ta = stage(statsJson(m_project), "ta");
        QCOMPARE(ta["pending"].toInt(), 66);
        QCOMPARE(ta["included"].toInt(), 0);
        QCOMPARE(ta["conflicts"].toInt(), 0);
        {
            Result<std::unique_ptr<Project>> p =
                Project::open(m_project, Project::Access::ReadOnly);
            QVERIFY(p.ok());
            ScreeningStore store(*p.value());
            const qint64 ben = 0; // not a reviewer yet: sees nobody's decisions
            QVERIFY(store.visibleDecisions(7, ScreeningStage::TitleAbstract, ben).isEmpty());
            QCOMPARE(store.decisions(7, ScreeningStage::TitleAbstract).first().note,
                     QStringLiteral("CFT, NHS; \"promising\""));
        }

        // Ben: semicolons, columns in another order, record ids.
        const QString benD = benDecisions();
        QByteArray benCsv = "\xEF\xBB\xBF"
                            "decision;note;record\n";
        for (int i = 1; i <= 66; ++i)
            benCsv +=
                (word(benD[i - 1]) + QStringLiteral(";;") + QString::number(i)).toUtf8() + "\n";
        r = test::runCommand({"screen", m_project, "--reviewer", "Ben Best", "--stage", "ta",
                              "--decisions", csv("ben.csv", benCsv)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Recorded 66 decisions by Ben Best (BB)"), r.out);
        QVERIFY2(r.out.contains("conflicts for the lead: 6"), r.out);

        const QJsonObject stats = statsJson(m_project);
        ta = stage(stats, "ta");
        QCOMPARE(ta["eligible"].toInt(), 66);
        QCOMPARE(ta["screened"].toInt(), 66);
        QCOMPARE(ta["pending"].toInt(), 0);
        QCOMPARE(ta["conflicts"].toInt(), expectedConflicts.size());
        // Records 34 (unsure + include) and all agreements settle by themselves.
        int agreedIncludes = 0, agreedExcludes = 0;
        for (int i = 0; i < 66; ++i) {
            const bool a = ann[i] != QLatin1Char('E'), b = benD[i] != QLatin1Char('E');
            if (a && b)
                ++agreedIncludes;
            else if (!a && !b)
                ++agreedExcludes;
        }
        QCOMPARE(ta["included"].toInt(), agreedIncludes);
        QCOMPARE(ta["excluded"].toInt(), agreedExcludes);
        QCOMPARE(agreedIncludes + agreedExcludes + expectedConflicts.size(), 66);

        // Agreement: stated conventions, and kappa as scikit-learn computes it on the same
        // decisions (unsure counted as include).
        QVERIFY(stats["conventions"].toArray().first().toString().contains("counts as include"));
        const QJsonObject pair = ta["pairs"].toArray().first().toObject();
        QCOMPARE(pair["records"].toInt(), 66);
        const double po = double(66 - expectedConflicts.size()) / 66.0;
        QVERIFY(qAbs(pair["percentAgreement"].toDouble() - po) < 1e-12);
        QVERIFY(qAbs(pair["pabak"].toDouble() - (2 * po - 1)) < 1e-12);
        const double kappa = pair["cohenKappa"].toDouble();

        QProcess python;
        QStringList a, b;
        for (int i = 0; i < 66; ++i) {
            a << (ann[i] == QLatin1Char('E') ? "0" : "1");
            b << (benD[i] == QLatin1Char('E') ? "0" : "1");
        }
        python.start("/usr/bin/python3",
                     {"-c", QStringLiteral("from sklearn.metrics import cohen_kappa_score as k; "
                                           "print(repr(k([%1], [%2])))")
                                .arg(a.join(','), b.join(','))});
        QVERIFY(python.waitForFinished(120000));
        if (python.exitCode() != 0)
            QSKIP("scikit-learn is missing: install the Debian package python3-sklearn");
        const double reference = python.readAllStandardOutput().trimmed().toDouble();
        QVERIFY2(qAbs(kappa - reference) < 1e-9,
                 qPrintable(
                     QStringLiteral("%1 vs %2").arg(kappa, 0, 'g', 17).arg(reference, 0, 'g', 17)));

        // The text form says the same and names the conventions.
        r = test::runCommand({"stats", m_project});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("conflicts for the lead  6"));
        QVERIFY(r.out.contains("Ann Able × Ben Best: 66 records"));
        QVERIFY(r.out.contains("PABAK"));
    }

    void leadSettlesConflicts()
    {
        // Only the lead settles.
        test::RunResult r =
            test::runCommand({"settle", m_project, "--reviewer", "Ann Able", "--stage", "ta",
                              "--record", "13", "--decision", "include"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not the project's lead"));

        for (int record : expectedConflicts) {
            r = test::runCommand({"settle", m_project, "--reviewer", "LL", "--stage", "ta",
                                  "--record", QString::number(record), "--decision",
                                  word(QLatin1Char(truth[record - 1])), "--note", "per protocol"});
            QCOMPARE(r.exitCode, 0);
            // The lead sees every reviewer's decision on the record.
            QVERIFY2(r.out.contains("Ann Able: ") && r.out.contains("Ben Best: "), r.out);
            QVERIFY2(r.out.contains("settled by Lena Lead"), r.out);
        }
        const QJsonObject ta = stage(statsJson(m_project), "ta");
        QCOMPARE(ta["conflicts"].toInt(), 0);
        QCOMPARE(ta["settledByLead"].toInt(), expectedConflicts.size());
        QCOMPARE(ta["included"].toInt(), 43);
        QCOMPARE(ta["excluded"].toInt(), 23);

        Result<std::unique_ptr<Project>> p = Project::open(m_project, Project::Access::ReadOnly);
        QVERIFY(p.ok());
        QSqlQuery q(p.value()->database());
        QVERIFY(q.exec("SELECT count(*) FROM screening_result r JOIN reviewer v ON v.id = "
                       "r.settled_by WHERE v.role = 'lead' AND r.stage = 'ta'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), expectedConflicts.size());
        QVERIFY(q.exec("SELECT count(*) FROM audit_log WHERE action = 'screening.settle'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), expectedConflicts.size());
    }

    void fullText_reasonsNotRetrievedAndPrisma()
    {
        // Record 17 (a charity report) cannot be found.
        test::RunResult r =
            test::runCommand({"settle", m_project, "--reviewer", "Ann Able", "--stage", "ft",
                              "--record", "17", "--decision", "not-retrieved"});
        QCOMPARE(r.exitCode, 0);

        // An exclusion at full text needs a reason.
        r = test::runCommand({"screen", m_project, "--reviewer", "Ann Able", "--stage", "ft",
                              "--decisions", csv("noreason.csv", "36,exclude,,\n")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("noreason.csv:1: record 36: excluding at full text needs a reason"),
                 r.err);

        QByteArray ann = "record,decision,reason\n", ben = "record,decision,reason\n";
        for (int i = 1; i <= 66; ++i) {
            if (truth[i - 1] != 'I' || i == 17)
                continue;
            const QByteArray id = QByteArray::number(i);
            if (i == 36) { // a case report: both exclude for the same reason
                ann += id + ",exclude,Wrong design\n";
                ben += id + ",exclude,3\n";
            } else if (i == 48) { // excluded by both, for different reasons
                ann += id + ",exclude,Not about loneliness\n";
                ben += id + ",exclude,No psychological factor or intervention\n";
            } else if (i == 21) {
                ann += id + ",include,\n";
                ben += id + ",unsure,\n";
            } else {
                ann += id + ",include,\n";
                ben += id + ",include,\n";
            }
        }
        QCOMPARE(test::runCommand({"screen", m_project, "--reviewer", "Ann Able", "--stage", "ft",
                                   "--decisions", csv("ann-ft.csv", ann)})
                     .exitCode,
                 0);
        r = test::runCommand({"screen", m_project, "--reviewer", "Ben Best", "--stage", "ft",
                              "--decisions", csv("ben-ft.csv", ben)});
        QCOMPARE(r.exitCode, 0);
        QJsonObject ft = stage(statsJson(m_project), "ft");
        QCOMPARE(ft["eligible"].toInt(), 43);
        QCOMPARE(ft["conflicts"].toInt(), 2); // 21 (unsure) and 48 (reasons differ)
        QCOMPARE(ft["notRetrieved"].toInt(), 1);

        // The lead settles both; an exclusion at full text needs a reason here too.
        r = test::runCommand({"settle", m_project, "--reviewer", "LL", "--stage", "ft", "--record",
                              "48", "--decision", "exclude"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("needs a reason"));
        QCOMPARE(test::runCommand({"settle", m_project, "--reviewer", "LL", "--stage", "ft",
                                   "--record", "48", "--decision", "exclude", "--reason", "2"})
                     .exitCode,
                 0);
        QCOMPARE(test::runCommand({"settle", m_project, "--reviewer", "LL", "--stage", "ft",
                                   "--record", "10.5555/evimap.demo.021", "--decision", "include"})
                     .exitCode,
                 0);

        const QJsonObject stats = statsJson(m_project);
        ft = stage(stats, "ft");
        QCOMPARE(ft["conflicts"].toInt(), 0);
        QCOMPARE(ft["included"].toInt(), 40);
        QCOMPARE(ft["excluded"].toInt(), 2);
        const QJsonArray reasons = ft["exclusionReasons"].toArray();
        QCOMPARE(reasons.size(), 2);
        QCOMPARE(reasons[0].toObject()["reason"].toString(),
                 QStringLiteral("No psychological factor or intervention"));
        QCOMPARE(reasons[0].toObject()["count"].toInt(), 1);
        QCOMPARE(reasons[1].toObject()["reason"].toString(), QStringLiteral("Wrong design"));

        // PRISMA 2020's screening boxes follow from the decisions.
        const QJsonObject prisma = stats["prisma"].toObject();
        QCOMPARE(prisma["recordsScreened"].toInt(), 66);
        QCOMPARE(prisma["recordsExcluded"].toInt(), 23);
        QCOMPARE(prisma["reportsSought"].toInt(), 43);
        QCOMPARE(prisma["reportsNotRetrieved"].toInt(), 1);
        QCOMPARE(prisma["reportsAssessed"].toInt(), 42);
        QCOMPARE(prisma["reportsExcluded"].toInt(), 2);
        QCOMPARE(prisma["studiesIncluded"].toInt(), 40);
        QCOMPARE(prisma["reportsAwaitingAssessment"].toInt(), 0);

        QCOMPARE(test::runCommand({"check", m_project}).exitCode, 0);
    }

    void settled_lockedUnlessTheLeadReopens()
    {
        // Record 7: both included it at full text. Ben's change of mind is refused, naming the
        // file, line and record, and nothing is recorded.
        QCOMPARE(truth[7 - 1], 'I');
        test::RunResult r =
            test::runCommand({"screen", m_project, "--reviewer", "Ben Best", "--stage", "ft",
                              "--decisions", csv("locked.csv", "1,include\n7,unsure\n")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("locked.csv:2: record 7 is settled at full text (Included): its "
                                "decisions are locked until the lead reopens it"),
                 r.err);
        QVERIFY2(r.err.contains("--reopen"), r.err);
        QVERIFY2(r.err.contains("no decision was recorded"), r.err);
        QCOMPARE(stage(statsJson(m_project), "ft")["included"].toInt(), 40);
        // Reopening is the lead's.
        r = test::runCommand({"screen", m_project, "--reviewer", "Ben Best", "--stage", "ft",
                              "--decisions", m_dir.filePath("locked.csv"), "--reopen"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("only a lead can reopen settled records; Ben Best is a reviewer"),
                 r.err);
        // "Not retrieved" takes no include.
        r = test::runCommand({"screen", m_project, "--reviewer", "Ann Able", "--stage", "ft",
                              "--decisions", csv("missing.csv", "17,include\n")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("missing.csv:1: record 17: its full text is marked not retrieved"),
                 r.err);

        // The lead reopens record 7 with a decision of their own: the record is a conflict now.
        r = test::runCommand({"screen", m_project, "--reviewer", "LL", "--stage", "ft",
                              "--decisions", csv("lead.csv", "7,exclude,Wrong design\n"),
                              "--reopen"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(r.out.contains("Reopened 1 settled record(s) by the lead: 7."), r.out);
        QJsonObject ft = stage(statsJson(m_project), "ft");
        QCOMPARE(ft["included"].toInt(), 39);
        QCOMPARE(ft["conflicts"].toInt(), 1);

        // The lead settles it; changing that settlement needs --reopen too.
        QCOMPARE(test::runCommand({"settle", m_project, "--reviewer", "LL", "--stage", "ft",
                                   "--record", "7", "--decision", "include"})
                     .exitCode,
                 0);
        r = test::runCommand({"settle", m_project, "--reviewer", "LL", "--stage", "ft", "--record",
                              "7", "--decision", "exclude", "--reason", "3"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("record 7 is settled at full text (include); the lead changes or "
                                "clears its result with --reopen"),
                 r.err);
        QCOMPARE(stage(statsJson(m_project), "ft")["included"].toInt(), 40);
        r = test::runCommand({"settle", m_project, "--reviewer", "LL", "--stage", "ft", "--record",
                              "7", "--decision", "clear", "--reopen", "--note", "recheck"});
        QVERIFY2(r.exitCode == 0, r.err);
        QVERIFY2(r.out.contains("Reopening record 7 at full text (include): Included at full "
                                "text: 40 → 39."),
                 r.out);
        ft = stage(statsJson(m_project), "ft");
        QCOMPARE(ft["included"].toInt(), 39);
        QCOMPARE(ft["conflicts"].toInt(), 1);
        QCOMPARE(test::runCommand({"settle", m_project, "--reviewer", "LL", "--stage", "ft",
                                   "--record", "7", "--decision", "include"})
                     .exitCode,
                 0);

        Result<std::unique_ptr<Project>> p = Project::open(m_project, Project::Access::ReadOnly);
        QVERIFY(p.ok());
        QSqlQuery q(p.value()->database());
        QVERIFY(q.exec("SELECT count(*) FROM audit_log WHERE action = 'screening.reopen' AND "
                       "record_id = 7"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(test::runCommand({"check", m_project}).exitCode, 0);
    }

    void stoppedEarly_onlyTheLead_andPrismaCountsTheRestAsAutomation()
    {
        // Prioritised screening stops after four records: the other 62 are not excluded, they
        // are removed by automation (PRISMA 2020), in `stats` and in the diagram alike.
        const QString project = m_dir.filePath("stopped.evimap");
        QCOMPARE(test::runCommand({"new", project, "--reviewers", "1", "--no-reasons"}).exitCode,
                 0);
        QCOMPARE(test::runCommand(
                     {"import", project, test::sourcePath("resources/demo/loneliness-demo.ris")})
                     .exitCode,
                 0);
        QCOMPARE(
            test::runCommand({"screen", project, "--reviewer", "Lena Lead", "--stage", "ta",
                              "--decisions", csv("lead.csv", "1,include\n2,exclude\n3,exclude\n")})
                .exitCode,
            0);
        QCOMPARE(test::runCommand({"screen", project, "--reviewer", "Ben Best", "--stage", "ta",
                                   "--decisions", csv("ben.csv", "4,exclude\n")})
                     .exitCode,
                 0);
        auto prismaJson = [&] {
            const test::RunResult r =
                test::runEvimap({"prisma", project, "-o", m_dir.filePath("stopped.svg"), "--json"});
            return QJsonDocument::fromJson(r.out).object()["databasesAndRegisters"].toObject();
        };
        QCOMPARE(prismaJson()["automationRemoved"].toInt(), 0);
        QCOMPARE(statsJson(project)["prisma"].toObject()["recordsAwaitingScreening"].toInt(), 62);

        // Only the lead decides it, and says who they are.
        test::RunResult r = test::runCommand({"rank", project, "--stop", "--reviewer", "Ben Best"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not the project's lead"), r.err);
        QCOMPARE(test::runCommand({"rank", project, "--stop"}).exitCode, 2);
        QCOMPARE(prismaJson()["automationRemoved"].toInt(), 0);

        r = test::runCommand({"rank", project, "--stop", "--reviewer", "Lena Lead"});
        QCOMPARE(r.exitCode, 0);
        QJsonObject diagram = prismaJson();
        QCOMPARE(diagram["automationRemoved"].toInt(), 62);
        QCOMPARE(diagram["screened"].toInt(), 4);
        QCOMPARE(diagram["screeningExcluded"].toInt(), 3);
        const QJsonObject stats = statsJson(project)["prisma"].toObject();
        QCOMPARE(stats["stoppedEarly"].toBool(), true);
        QCOMPARE(stats["recordsRemovedByAutomation"].toInt(), 62);
        QCOMPARE(stats["recordsScreened"].toInt(), 4);
        QCOMPARE(stats["recordsAwaitingScreening"].toInt(), 0);

        // Taken back: the records are waiting again.
        QCOMPARE(test::runCommand({"rank", project, "--resume", "--reviewer", "LL"}).exitCode, 0);
        QCOMPARE(prismaJson()["automationRemoved"].toInt(), 0);
        QCOMPARE(statsJson(project)["prisma"].toObject()["recordsAwaitingScreening"].toInt(), 62);
    }
};

QTEST_GUILESS_MAIN(CliScreenTest)
#include "tst_cli_screen.moc"
