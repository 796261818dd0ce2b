// Lead-only actions are refused for reviewers with a clear message, and each change leaves an
// audit row with who, when, what, before and after.
#include "coding/codebook.h"
#include "dedup/dedupthresholds.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recorddeletion.h"
#include "records/recordstore.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningstore.h"
#include "team/audittrail.h"
#include "team/roles.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class TeamRolesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_lead = 0, m_ann = 0;
    QList<qint64> m_records;
    int m_counter = 0;

    int count(const QString &sql)
    {
        QSqlQuery q(m_project->database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY(created.ok());
        m_project = std::move(created.value());
        Reviewers people(*m_project);
        m_lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        m_ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        RecordStore records(m_project->database());
        m_records.clear();
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        for (int i = 1; i <= 3; ++i) {
                            Record r;
                            r.title = QStringLiteral("Record %1").arg(i);
                            r.doi = QStringLiteral("10.1/%1").arg(i);
                            if (Status s = records.insert(r, 0); !s)
                                return s;
                            m_records << r.id;
                        }
                        return {};
                    })
                    .ok());
    }

    void cleanup() { m_project.reset(); }

    void deleteRecords_leadOnly_auditedWithWhatWasThere()
    {
        ScreeningStore screening(*m_project);
        QVERIFY(screening
                    .setDecision(m_records.at(1), ScreeningStage::TitleAbstract, m_ann,
                                 DecisionInput{Decision::Include, 0, {}})
                    .ok());

        const Status refused = RecordDeletion::remove(*m_project, {m_records.at(1)}, m_ann);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
        QVERIFY2(refused.errorString().contains(QStringLiteral("only a lead can delete records")),
                 qPrintable(refused.errorString()));
        QVERIFY(refused.errorString().contains(QStringLiteral("Ann Able")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record")), 3);

        QVERIFY(RecordDeletion::remove(*m_project, {m_records.at(1)}, m_lead).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM screening_decision")), 0);

        const QList<AuditEntry> trail = AuditTrail::read(*m_project);
        QVERIFY(!trail.isEmpty());
        const AuditEntry &last = trail.last();
        QCOMPARE(last.action, QStringLiteral("record.delete"));
        QCOMPARE(last.reviewer, QStringLiteral("Lena Lead"));
        QVERIFY(!last.at.isEmpty());
        const QJsonObject before = QJsonDocument::fromJson(last.before.toUtf8()).object();
        QCOMPARE(before.value(QStringLiteral("title")).toString(), QStringLiteral("Record 2"));
        QCOMPARE(before.value(QStringLiteral("doi")).toString(), QStringLiteral("10.1/2"));
        QCOMPARE(before.value(QStringLiteral("decisions")).toInt(), 1);

        // A missing record undoes the whole batch.
        const Status missing = RecordDeletion::remove(*m_project, {m_records.at(0), 9999}, m_lead);
        QVERIFY(!missing.ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record")), 2);
    }

    void thresholds_leadOnly_audited()
    {
        DedupThresholds t;
        t.autoMerge = 0.95;
        t.review = 0.6;
        const Status refused = t.save(*m_project, m_ann);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QStringLiteral("only a lead")),
                 qPrintable(refused.errorString()));
        QCOMPARE(DedupThresholds::fromProject(*m_project).autoMerge,
                 DedupThresholds::defaultAutoMerge);

        QVERIFY(t.save(*m_project, m_lead).ok());
        QCOMPARE(DedupThresholds::fromProject(*m_project).autoMerge, 0.95);
        const QList<AuditEntry> trail = AuditTrail::read(*m_project);
        QCOMPARE(trail.last().action, QStringLiteral("dedup.thresholds"));
        QVERIFY(trail.last().before.contains(QStringLiteral("0.97")));
        QVERIFY(trail.last().after.contains(QStringLiteral("0.95")));
    }

    void codebookAndSettlement_leadOnly()
    {
        Codebook codebook(*m_project);
        Code dimension;
        dimension.label = QStringLiteral("Setting");
        const Result<qint64> refused = codebook.addDimension(dimension, m_ann);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QStringLiteral("only a lead")),
                 qPrintable(refused.errorString()));
        QVERIFY(codebook.addDimension(dimension, m_lead).ok());

        ScreeningStore screening(*m_project);
        const Status settle =
            screening.setManualResult(m_records.at(0), ScreeningStage::TitleAbstract, m_ann,
                                      ManualResult{ResultKind::Include, 0, QString()});
        QVERIFY(!settle.ok());
        QVERIFY2(settle.errorString().contains(QStringLiteral("only a lead")),
                 qPrintable(settle.errorString()));
    }

    // What each role may do, role by role and work by work (Roles::allows is the one rule).
    void roles_allowEachRoleItsWork_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Work>("work");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("lead, own work") << Role::Lead << Work::Own << true;
        QTest::newRow("lead, lead's work") << Role::Lead << Work::Lead << true;
        QTest::newRow("reviewer, own work") << Role::Reviewer << Work::Own << true;
        QTest::newRow("reviewer, lead's work") << Role::Reviewer << Work::Lead << false;
        QTest::newRow("viewer, own work") << Role::Viewer << Work::Own << false;
        QTest::newRow("viewer, lead's work") << Role::Viewer << Work::Lead << false;
    }

    void roles_allowEachRoleItsWork()
    {
        QFETCH(Role, role);
        QFETCH(Work, work);
        QFETCH(bool, allowed);
        QCOMPARE(Roles::allows(role, work), allowed);
        // require() says the same, for a person in that role.
        Reviewer person;
        person.name = QStringLiteral("Pat Person");
        person.role = role;
        QCOMPARE(Roles::require(person, work, QStringLiteral("do it")).ok(), allowed);
        // The role's word reads back as the role.
        QCOMPARE(Roles::fromKey(Roles::key(role)), std::optional<Role>(role));
    }

    void roles_oneRuleAndOneMessageForEveryCheck()
    {
        QVERIFY(!Roles::fromKey(QStringLiteral("owner")));

        // The roles stored in the project file are read back as roles.
        QCOMPARE(Reviewers(*m_project).byId(m_lead)->role, Role::Lead);
        QCOMPARE(Reviewers(*m_project).byId(m_ann)->role, Role::Reviewer);

        // One message, naming the action, the person and their role.
        const Status refused =
            Roles::require(*m_project, m_ann, Work::Lead, QStringLiteral("settle records"));
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
        QCOMPARE(refused.errorString(),
                 QStringLiteral("only a lead can settle records; Ann Able is a reviewer, not the "
                                "project's lead"));
        QVERIFY(Roles::require(*m_project, m_lead, Work::Lead, QStringLiteral("x")).ok());
        QVERIFY(Roles::require(*m_project, m_ann, Work::Own, QStringLiteral("x")).ok());
        // The command line without --reviewer is let through; an id of nobody is not.
        QVERIFY(Roles::require(*m_project, 0, Work::Lead, QStringLiteral("x")).ok());
        QVERIFY(!Roles::require(*m_project, 9999, Work::Own, QStringLiteral("x")).ok());

        // The stores refuse with the same message.
        ScreeningStore screening(*m_project);
        const Result<ExclusionReason> added = ExclusionReasonStore(screening.project())
                                                  .addReason(QStringLiteral("Wrong design"), m_ann);
        QCOMPARE(added.errorString(), QStringLiteral("only a lead can edit the exclusion reasons; "
                                                     "Ann Able is a reviewer, not the project's "
                                                     "lead"));

        // A viewer (not stored in project files yet) writes nothing.
        Reviewer viewer;
        viewer.name = QStringLiteral("Vic Viewer");
        viewer.role = Role::Viewer;
        const Status screeningRefused =
            Roles::require(viewer, Work::Own, QStringLiteral("screen records"));
        QVERIFY(!screeningRefused.ok());
        QCOMPARE(screeningRefused.errorString(),
                 QStringLiteral("only a reviewer or a lead can screen records; Vic Viewer is a "
                                "viewer of this project"));
    }

    // Somebody the project does not know is refused with one message, whether looked up by id
    // (the models) or by name (the command line's --reviewer).
    void unknownReviewer_oneMessageByIdAndByName()
    {
        const QString file = QFileInfo(m_project->filePath()).fileName();
        Reviewers people(*m_project);
        const Result<Reviewer> byId = people.withId(9999);
        QVERIFY(!byId.ok());
        QCOMPARE(byId.error().kind, Error::Kind::Usage);
        QCOMPARE(byId.errorString(), file + QStringLiteral(" has no reviewer with id 9999"));
        const Result<Reviewer> byName = people.named(QStringLiteral("Zed Nobody"));
        QVERIFY(!byName.ok());
        QCOMPARE(byName.error().kind, Error::Kind::Usage);
        QCOMPARE(byName.errorString(), file + QStringLiteral(" has no reviewer \"Zed Nobody\""));
        // Found by name or initials, and by id.
        QCOMPARE(people.named(QStringLiteral("aa"))->id, m_ann);
        QCOMPARE(people.withId(m_lead)->name, QStringLiteral("Lena Lead"));

        // Every check by id says it the same way.
        QCOMPARE(Roles::require(*m_project, 9999, Work::Lead, QStringLiteral("x")).errorString(),
                 byId.errorString());
        ScreeningStore screening(*m_project);
        QCOMPARE(screening
                     .setDecision(m_records.at(0), ScreeningStage::TitleAbstract, 9999,
                                  DecisionInput{Decision::Include, 0, QString()})
                     .errorString(),
                 byId.errorString());
    }
};

QTEST_GUILESS_MAIN(TeamRolesTest)
#include "tst_teamroles.moc"
