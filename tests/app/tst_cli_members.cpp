// `evimap members` (the people on a project, renamed and given roles by a lead) and
// `evimap properties` (the name, question, authors, registration and funder), as scripts use
// them; the PRISMA JSON and the audit carry what they changed.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class CliMembersTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QJsonArray members()
    {
        const test::RunResult r = test::runEvimap({"members", m_project, "--json"});
        return QJsonDocument::fromJson(r.out).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("people.evimap"));
        QCOMPARE(
            test::runEvimap({"new", m_project, "--codebook", "empty", "--no-reasons"}).exitCode, 0);
        const QString ris = m_dir.filePath(QStringLiteral("r.ris"));
        QVERIFY(test::writeFile(ris, "TY  - JOUR\nTI  - First\nDO  - 10.1/one\nER  - \n"));
        QCOMPARE(test::runEvimap({"import", m_project, ris}).exitCode, 0);
        const QString csv = m_dir.filePath(QStringLiteral("d.csv"));
        QVERIFY(test::writeFile(csv, "record,decision\n10.1/one,include\n"));
        // The first to screen is the lead; Ben is a reviewer.
        for (const QString &who : {QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafr")})
            QCOMPARE(test::runEvimap({"screen", m_project, "--reviewer", who, "--stage", "ta",
                                      "--decisions", csv})
                         .exitCode,
                     0);
    }

    void members_listsRolesAndVotes()
    {
        const test::RunResult text = test::runEvimap({"members", m_project});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Ana Silva (AS): lead, 1 votes"), text.out.constData());
        QVERIFY2(text.out.contains("Ben Okafr (BO): reviewer, 1 votes"), text.out.constData());
        const QJsonArray list = members();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("reviewer"));
    }

    void members_renameAndRoles_byTheLeadOnly()
    {
        // A reviewer cannot rename.
        const test::RunResult refused = test::runEvimap(
            {"members", m_project, "--rename", "BO", "--to", "Ben Okafor", "--reviewer", "BO"});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("only a lead can rename reviewers"), refused.err.constData());
        // Without --reviewer nobody is changed.
        QCOMPARE(test::runEvimap({"members", m_project, "--rename", "BO", "--to", "Ben Okafor"})
                     .exitCode,
                 2);

        const test::RunResult renamed =
            test::runEvimap({"members", m_project, "--rename", "Ben Okafr", "--to", "Ben Okafor",
                             "--reviewer", "Ana Silva"});
        QVERIFY2(renamed.exitCode == 0, renamed.err.constData());
        QVERIFY(renamed.out.contains("Ben Okafor (BO): reviewer"));
        const test::RunResult duplicate = test::runEvimap(
            {"members", m_project, "--rename", "BO", "--to", "ana silva", "--reviewer", "AS"});
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY2(duplicate.err.contains("already a reviewer"), duplicate.err.constData());

        QCOMPARE(test::runEvimap(
                     {"members", m_project, "--role", "BO", "--to", "owner", "--reviewer", "AS"})
                     .exitCode,
                 2);
        QCOMPARE(test::runEvimap(
                     {"members", m_project, "--role", "BO", "--to", "lead", "--reviewer", "AS"})
                     .exitCode,
                 0);
        QCOMPARE(test::runEvimap(
                     {"members", m_project, "--role", "AS", "--to", "viewer", "--reviewer", "BO"})
                     .exitCode,
                 0);
        // Ben is now the only lead and keeps the role.
        const test::RunResult last = test::runEvimap(
            {"members", m_project, "--role", "BO", "--to", "reviewer", "--reviewer", "BO"});
        QCOMPARE(last.exitCode, 2);
        QVERIFY2(last.err.contains("only lead"), last.err.constData());
        const QJsonArray list = members();
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("viewer"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Ben Okafor"));

        // The viewer screens no more.
        const QString csv = m_dir.filePath(QStringLiteral("d.csv"));
        const test::RunResult screened = test::runEvimap(
            {"screen", m_project, "--reviewer", "AS", "--stage", "ta", "--decisions", csv});
        QVERIFY(screened.exitCode != 0);
        QVERIFY2(screened.err.contains("Ana Silva is a viewer"), screened.err.constData());

        // The history in words (the audit's CSV).
        const QString csvOut = m_dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(test::runEvimap({"audit", m_project, "--csv", csvOut}).exitCode, 0);
        const QByteArray audit = test::readFile(csvOut);
        QVERIFY2(audit.contains("Ana Silva renamed Ben Okafr to Ben Okafor"), audit.constData());
        QVERIFY2(audit.contains("Ana Silva made Ben Okafor a lead"), audit.constData());
        QVERIFY2(audit.contains("Ben Okafor made Ana Silva a viewer"), audit.constData());
    }

    void properties_setPrintAndTitleThePrisma()
    {
        const test::RunResult set = test::runEvimap(
            {"properties", m_project, "--name", "Loneliness and shame", "--question",
             "Which factors?", "--author", "Ana Silva", "--author", "Ben Okafor", "--registration",
             "PROSPERO CRD42024000001", "--funder", "The Fund"});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const test::RunResult shown = test::runEvimap({"properties", m_project});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("Name: Loneliness and shame"), shown.out.constData());
        QVERIFY(shown.out.contains("Authors: Ana Silva, Ben Okafor"));
        QVERIFY(shown.out.contains("Protocol registration: PROSPERO CRD42024000001"));
        QVERIFY(shown.out.contains("Funder: The Fund"));
        const QJsonObject json =
            QJsonDocument::fromJson(test::runEvimap({"properties", m_project, "--json"}).out)
                .object();
        QCOMPARE(json.value(QStringLiteral("authors")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("question")).toString(),
                 QStringLiteral("Which factors?"));

        // An empty name is refused; a viewer cannot change them.
        QCOMPARE(test::runEvimap({"properties", m_project, "--name", " "}).exitCode, 2);
        const test::RunResult viewer =
            test::runEvimap({"properties", m_project, "--funder", "X", "--reviewer", "AS"});
        QCOMPARE(viewer.exitCode, 2);
        QVERIFY2(viewer.err.contains("only a lead can change the project's properties"),
                 viewer.err.constData());

        const test::RunResult prisma = test::runEvimap(
            {"prisma", m_project, "-o", m_dir.filePath(QStringLiteral("p.svg")), "--json"});
        QVERIFY2(prisma.exitCode == 0, prisma.err.constData());
        const QJsonObject counts = QJsonDocument::fromJson(prisma.out).object();
        QCOMPARE(counts.value(QStringLiteral("project")).toString(),
                 QStringLiteral("Loneliness and shame"));
        QCOMPARE(counts.value(QStringLiteral("registration")).toString(),
                 QStringLiteral("PROSPERO CRD42024000001"));
        const QByteArray svg = test::readFile(m_dir.filePath(QStringLiteral("p.svg")));
        QVERIFY(svg.contains("Loneliness and shame (PROSPERO CRD42024000001)"));
    }
};

QTEST_GUILESS_MAIN(CliMembersTest)
#include "tst_cli_members.moc"
