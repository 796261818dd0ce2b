// Lead-only actions are refused for reviewers with a clear message, and each change leaves an
// audit row with who, when, what, before and after.
#include "coding/codebook.h"
#include "dedup/dedupthresholds.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recorddeletion.h"
#include "records/recordstore.h"
#include "screening/screeningstore.h"
#include "team/audittrail.h"
#include "team/roles.h"

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

    void roles_oneRuleAndOneMessageForEveryCheck()
    {
        // What each role may do.
        QVERIFY(Roles::allows(Role::Lead, Work::Lead));
        QVERIFY(Roles::allows(Role::Lead, Work::Own));
        QVERIFY(!Roles::allows(Role::Reviewer, Work::Lead));
        QVERIFY(Roles::allows(Role::Reviewer, Work::Own));
        QVERIFY(!Roles::allows(Role::Viewer, Work::Lead));
        QVERIFY(!Roles::allows(Role::Viewer, Work::Own));
        for (Role role : {Role::Lead, Role::Reviewer, Role::Viewer})
            QCOMPARE(Roles::fromKey(Roles::key(role)), std::optional<Role>(role));
        QVERIFY(!Roles::fromKey(QStringLiteral("owner")));

        // The roles stored in the project file are read back as roles.
        QCOMPARE(Reviewers(*m_project).byId(m_lead)->role, Role::Lead);
        QCOMPARE(Reviewers(*m_project).byId(m_ann)->role, Role::Reviewer);

        // One message, naming the action, the person and their role.
        const Status refused = Roles::require(*m_project, m_ann, Work::Lead,
                                              QStringLiteral("settle records"));
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
        QCOMPARE(refused.errorString(),
                 QStringLiteral("only a lead can settle records; Ann Able is a reviewer, not the "
                                "project's lead"));
        QVERIFY(Roles::require(*m_project, m_lead, Work::Lead, QStringLiteral("x")).ok());
        QVERIFY(Roles::require(*m_project, m_ann, Work::Own, QStringLiteral("x")).ok());
        // The command line without --reviewer is let through; an id of nobody is not.
        QVERIFY(Roles::require(*m_project, 0, Work::Lead, QStringLiteral("x")).ok());
        QVERIFY(!Roles::require(*m_project, 9999, Work::Own, QStringLiteral("x")).ok());

        // A viewer (not stored in project files yet) writes nothing.
        Reviewer viewer;
        viewer.name = QStringLiteral("Vic Viewer");
        viewer.role = Role::Viewer;
        const Status screening = Roles::require(viewer, Work::Own, QStringLiteral("screen records"));
        QVERIFY(!screening.ok());
        QCOMPARE(screening.errorString(),
                 QStringLiteral("only a reviewer or a lead can screen records; Vic Viewer is a "
                                "viewer of this project"));
    }
};

QTEST_GUILESS_MAIN(TeamRolesTest)
#include "tst_teamroles.moc"
