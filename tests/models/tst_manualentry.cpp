// ManualEntry: initiatives, reports and web pages described by people, stored as records in a
// "manual" import batch with their PRISMA route, fields mapped, audit logged.
#include "import/manualentry.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class ManualEntryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Project> newProject()
    {
        Result<std::unique_ptr<Project>> p =
            Project::create(m_dir.filePath(QStringLiteral("p%1.evimap").arg(++m_counter)));
        if (!p)
            qFatal("%s", qPrintable(p.errorString()));
        return std::move(p.value());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void addTo_storesRecordBatchAndAudit()
    {
        std::unique_ptr<Project> project = newProject();
        Result<Reviewer> who = Reviewers(*project).ensure(QStringLiteral("Ann Lead"));
        QVERIFY(who.ok());
        ManualEntry entry;
        entry.type = RecordType::Initiative;
        entry.title = QStringLiteral("  Men's Sheds  in Leeds ");
        entry.organisation = QStringLiteral("Leeds Men's Sheds Trust");
        entry.country = QStringLiteral("United Kingdom");
        entry.setting = QStringLiteral("community organisation");
        entry.description = QStringLiteral("Weekly workshop sessions for older men.");
        entry.contact = QStringLiteral("info@example.org");
        entry.url = QStringLiteral("https://example.org/sheds");
        entry.date = QStringLiteral("2023-5");
        entry.sourceType = QStringLiteral("initiative reported by its organisers");
        entry.reviewerId = who->id;
        Result<ManualEntry::Added> added = entry.addTo(*project);
        QVERIFY2(added.ok(), qPrintable(added.errorString()));

        const std::optional<Record> r = RecordStore(project->database()).record(added->recordId);
        QVERIFY(r.has_value());
        QCOMPARE(r->type, QStringLiteral("initiative"));
        QCOMPARE(r->title, QStringLiteral("Men's Sheds in Leeds"));
        QCOMPARE(r->publisher, QStringLiteral("Leeds Men's Sheds Trust"));
        QCOMPARE(r->country, QStringLiteral("United Kingdom"));
        QCOMPARE(r->abstract, QStringLiteral("Weekly workshop sessions for older men."));
        QCOMPARE(r->url, QStringLiteral("https://example.org/sheds"));
        QCOMPARE(r->year, 2023);
        QCOMPARE(r->date, QStringLiteral("2023-05"));
        QCOMPARE(r->rawFormat, QStringLiteral("manual"));
        QCOMPARE(
            r->rawFields,
            QList<RawField>({{QStringLiteral("Contact"), QStringLiteral("info@example.org")},
                             {QStringLiteral("Setting"), QStringLiteral("community organisation")},
                             {QStringLiteral("Source type"),
                              QStringLiteral("initiative reported by its organisers")}}));

        QSqlQuery q(project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT format, route, source, imported_count, reviewer_id, "
                                      "file_name FROM import_batch")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("manual"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("organisation"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Leeds Men's Sheds Trust")); // the default
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(4).toLongLong(), who->id);
        QVERIFY(!q.next());

        QVERIFY(q.exec(QStringLiteral("SELECT batch_id, record_no FROM record_source")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), added->batchId);

        QVERIFY(q.exec(QStringLiteral("SELECT action, entity, entity_uuid, record_id, reviewer_id, "
                                      "after FROM audit_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("record.add"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("record"));
        QCOMPARE(q.value(2).toString(), added->recordUuid);
        QCOMPARE(q.value(3).toLongLong(), added->recordId);
        QCOMPARE(q.value(4).toLongLong(), who->id);
        const QJsonObject after = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("route")).toString(), QStringLiteral("organisation"));

        // Searchable like any record.
        QVERIFY(q.exec(
            QStringLiteral("SELECT rowid FROM record_fts WHERE record_fts MATCH 'workshop'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), added->recordId);
    }

    void addTo_expertRouteAndExplicitSource()
    {
        std::unique_ptr<Project> project = newProject();
        ManualEntry entry;
        entry.type = RecordType::Report;
        entry.title = QStringLiteral("Evaluation of a befriending pilot");
        entry.route = QStringLiteral("expert");
        entry.source = QStringLiteral("Stakeholder event, May 2024");
        entry.url = QStringLiteral("https://doi.org/10.5555/pilot.1");
        Result<ManualEntry::Added> added = entry.addTo(*project);
        QVERIFY2(added.ok(), qPrintable(added.errorString()));
        const std::optional<Record> r = RecordStore(project->database()).record(added->recordId);
        QCOMPARE(r->type, QStringLiteral("report"));
        QCOMPARE(r->doi, QStringLiteral("10.5555/pilot.1"));
        QCOMPARE(r->year, 0);
        QVERIFY(r->rawFields.isEmpty());
        QSqlQuery q(project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT route, source FROM import_batch")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("expert"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Stakeholder event, May 2024"));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("complaint"); // empty: valid
        QTest::newRow("valid web page") << "web-page"
                                        << "Befriending hub"
                                        << "website"
                                        << "2021"
                                        << "";
        QTest::newRow("valid full date") << "report"
                                         << "R"
                                         << "organisation"
                                         << "2020-02-29"
                                         << "";
        QTest::newRow("no title") << "initiative"
                                  << "  "
                                  << "organisation"
                                  << ""
                                  << "title";
        QTest::newRow("unknown type") << "journal-article"
                                      << "T"
                                      << "organisation"
                                      << ""
                                      << "initiative, report, web-page";
        QTest::newRow("database route") << "initiative"
                                        << "T"
                                        << "database"
                                        << ""
                                        << "route";
        QTest::newRow("not a date") << "initiative"
                                    << "T"
                                    << "expert"
                                    << "spring 2020"
                                    << "YYYY-MM-DD";
        QTest::newRow("no such day") << "initiative"
                                     << "T"
                                     << "expert"
                                     << "2021-02-29"
                                     << "not a date";
        QTest::newRow("month 13") << "initiative"
                                  << "T"
                                  << "expert"
                                  << "2021-13"
                                  << "not a date";
    }

    void validate()
    {
        QFETCH(QString, type);
        QFETCH(QString, title);
        QFETCH(QString, route);
        QFETCH(QString, date);
        QFETCH(QString, complaint);
        ManualEntry entry;
        entry.type = type;
        entry.title = title;
        entry.route = route;
        entry.date = date;
        const Status s = entry.validate();
        QCOMPARE(s.ok(), complaint.isEmpty());
        if (!s.ok()) {
            QCOMPARE(s.error().kind, Error::Kind::Usage);
            QVERIFY2(s.errorString().contains(complaint), qPrintable(s.errorString()));
        }
    }

    void addTo_invalidStoresNothing()
    {
        std::unique_ptr<Project> project = newProject();
        ManualEntry entry; // no title
        QVERIFY(!entry.addTo(*project).ok());
        QSqlQuery q(project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM import_batch) + "
                                      "(SELECT COUNT(*) FROM record)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(ManualEntryTest)
#include "tst_manualentry.moc"
