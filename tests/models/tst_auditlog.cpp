// The one writer of the audit log: every column written as the trail reads it back, nobody and
// no record stored as NULL, empty values as empty text, a chosen uuid kept.
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "team/auditlog.h"
#include "team/audittrail.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class AuditLogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_ann = 0;
    Record m_record;
    int m_counter = 0;

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("a%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY(created.ok());
        m_project = std::move(created.value());
        m_ann = Reviewers(*m_project).add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        m_record = Record();
        m_record.title = QStringLiteral("A record");
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        return RecordStore(m_project->database()).insert(m_record, 0);
                    })
                    .ok());
    }

    void cleanup() { m_project.reset(); }

    void record_writesEveryColumnAsTheTrailReadsIt()
    {
        AuditChange change;
        change.action = QStringLiteral("record.edit");
        change.entity = QStringLiteral("record");
        change.entityUuid = m_record.uuid;
        change.reviewerId = m_ann;
        change.recordId = m_record.id;
        change.before = QJsonObject{{QStringLiteral("title"), QStringLiteral("Old")}};
        change.after = QJsonObject{{QStringLiteral("title"), QStringLiteral("New")},
                                   {QStringLiteral("year"), 2020}};
        QVERIFY(m_project
                    ->writeTransaction(
                        [&]() -> Status { return AuditLog::record(m_project->database(), change); })
                    .ok());
        const QList<AuditEntry> trail = AuditTrail::read(*m_project);
        QCOMPARE(trail.size(), 1);
        const AuditEntry &e = trail.first();
        QCOMPARE(e.action, QStringLiteral("record.edit"));
        QCOMPARE(e.entity, QStringLiteral("record"));
        QCOMPARE(e.entityUuid, m_record.uuid);
        QCOMPARE(e.reviewerId, m_ann);
        QCOMPARE(e.reviewer, QStringLiteral("Ann Able"));
        QCOMPARE(e.recordId, m_record.id);
        QCOMPARE(e.before, QStringLiteral("{\"title\":\"Old\"}"));
        QCOMPARE(e.after, QStringLiteral("{\"title\":\"New\",\"year\":2020}"));
        QVERIFY(!e.uuid.isEmpty());
        QVERIFY(QDateTime::fromString(e.at, Qt::ISODateWithMs).isValid());
    }

    void record_nobodyAndNoRecordAreNull_emptyValuesEmptyText()
    {
        AuditChange change;
        change.action = QStringLiteral("dedup.run");
        QVERIFY(m_project
                    ->writeTransaction(
                        [&]() -> Status { return AuditLog::record(m_project->database(), change); })
                    .ok());
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT reviewer_id IS NULL, record_id IS NULL, entity, "
                                      "entity_uuid, before, after FROM audit_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
        for (int column = 2; column < 6; ++column) {
            QVERIFY(!q.value(column).isNull());
            QCOMPARE(q.value(column).toString(), QString());
        }
    }

    void record_keepsAChosenUuid_andOneLogRecordsMany()
    {
        const QString uuid = QStringLiteral("0b7e3c1e-5a55-4f0e-9d4c-3f6f1f2b9a01");
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        AuditLog log(m_project->database());
                        for (int i = 0; i < 3; ++i) {
                            AuditChange change;
                            change.action = QStringLiteral("dedup.merge");
                            change.uuid = i == 0 ? uuid : QString();
                            if (Status s = log.record(change); !s)
                                return s;
                        }
                        return {};
                    })
                    .ok());
        const QList<AuditEntry> trail = AuditTrail::read(*m_project);
        QCOMPARE(trail.size(), 3);
        QCOMPARE(trail.first().uuid, uuid);
        QVERIFY(trail.at(1).uuid != uuid && trail.at(2).uuid != trail.at(1).uuid);
    }
};

QTEST_GUILESS_MAIN(AuditLogTest)
#include "tst_auditlog.moc"
