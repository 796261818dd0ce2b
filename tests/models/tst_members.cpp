// The people on a project: renaming and roles (Members), the viewer who writes nothing, and the
// project's properties (ProjectProperties) in the report's and PRISMA's title.
#include "coding/codebook.h"
#include "coding/codingstore.h"
#include "dedup/dedupstore.h"
#include "dedup/dedupthresholds.h"
#include "import/importjob.h"
#include "import/manualentry.h"
#include "maps/prismacounts.h"
#include "maps/prismafigure.h"
#include "project/project.h"
#include "project/projectproperties.h"
#include "project/reviewers.h"
#include "project/schema.h"
#include "records/recordedit.h"
#include "records/recordstore.h"
#include "screening/exclusionreasonstore.h"
#include "screening/highlighttermstore.h"
#include "screening/screeningstore.h"
#include "team/audittrail.h"
#include "team/auditwording.h"
#include "team/members.h"
#include "team/roles.h"

#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace evimap;

namespace {

// One writing action, done as `who`.
struct Fixture
{
    Project &project;
    QList<qint64> records;
    QString dir;
    qint64 codeId = 0; // a code to apply
};
using Action = std::function<Status(Fixture &, qint64 who)>;

} // namespace

Q_DECLARE_METATYPE(Action)

class MembersTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_lead = 0, m_ben = 0, m_vera = 0;
    QList<qint64> m_records;
    int m_counter = 0;

    int count(const QString &sql)
    {
        QSqlQuery q(m_project->database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    QString lastSentence()
    {
        const QList<AuditEntry> trail = AuditTrail::read(*m_project);
        return trail.isEmpty() ? QString()
                               : AuditWording::sentence(trail.last(), AuditNames::read(*m_project));
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("m%1.evimap").arg(++m_counter));
        Result<std::unique_ptr<Project>> created = Project::create(path);
        QVERIFY(created.ok());
        m_project = std::move(created.value());
        Reviewers people(*m_project);
        m_lead = people.add(QStringLiteral("Ana Silva"), QStringLiteral("AS"))->id;
        m_ben = people.add(QStringLiteral("Ben Okafr"), QStringLiteral("BO"))->id;
        Result<Reviewer> vera =
            people.add(QStringLiteral("Vera Viewer"), QStringLiteral("VV"), Role::Viewer);
        QVERIFY2(vera.ok(), qPrintable(vera.errorString()));
        m_vera = vera->id;
        RecordStore records(m_project->database());
        m_records.clear();
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        for (int i = 1; i <= 3; ++i) {
                            Record r;
                            r.title = QStringLiteral("Shame and loneliness %1").arg(i);
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

    void viewer_isStoredAndReadBack()
    {
        QCOMPARE(Reviewers(*m_project).byId(m_vera)->role, Role::Viewer);
        QSqlQuery q(m_project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT role FROM reviewer WHERE id = %1").arg(m_vera)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("viewer"));
        // The schema still refuses a role nobody knows.
        QVERIFY(!q.exec(QStringLiteral("UPDATE reviewer SET role = 'owner' WHERE id = 1")));
    }

    void viewer_writesNothing_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("words"); // what the refusal names

        QTest::newRow("screening vote") << Action([](Fixture &f, qint64 who) {
            return ScreeningStore(f.project).setDecision(
                f.records.at(0), ScreeningStage::TitleAbstract, who,
                DecisionInput{Decision::Include, 0, QStringLiteral("a note")});
        }) << QStringLiteral("screen records");
        QTest::newRow("coding") << Action([](Fixture &f, qint64 who) {
            Codebook codebook(f.project);
            return CodingStore(f.project, codebook).apply(f.records.at(0), f.codeId, who);
        }) << QStringLiteral("code records");
        QTest::newRow("import") << Action([](Fixture &f, qint64 who) {
            const QString ris = f.dir + QStringLiteral("/viewer.ris");
            test::writeFile(ris, "TY  - JOUR\nTI  - Lonely hearts\nER  - \n");
            ImportOptions options;
            options.source = QStringLiteral("PsycINFO");
            options.reviewerId = who;
            Result<ImportSummary> imported = ImportJob::run(f.project, ris, options);
            return imported ? Status() : Status(imported.error());
        }) << QStringLiteral("import records");
        QTest::newRow("record by hand") << Action([](Fixture &f, qint64 who) {
            ManualEntry entry;
            entry.title = QStringLiteral("A befriending service");
            entry.reviewerId = who;
            Result<ManualEntry::Added> added = entry.addTo(f.project);
            return added ? Status() : Status(added.error());
        }) << QStringLiteral("add records");
        QTest::newRow("record edit") << Action([](Fixture &f, qint64 who) {
            const Record original = *RecordStore(f.project.database()).record(f.records.at(1));
            Record edited = original;
            edited.title = QStringLiteral("Edited");
            return RecordEdit::save(f.project, original, edited, who);
        }) << QStringLiteral("edit records");
        QTest::newRow("duplicates") << Action([](Fixture &f, qint64 who) {
            Result<MergeResult> merged = DedupStore(f.project).merge(
                {f.records.at(1), f.records.at(2)}, f.records.at(1), {}, who);
            return merged ? Status() : Status(merged.error());
        }) << QStringLiteral("decide about duplicates");
        QTest::newRow("codebook") << Action([](Fixture &f, qint64 who) {
            Code dim;
            dim.key = QStringLiteral("setting");
            dim.label = QStringLiteral("Setting");
            Result<qint64> d = Codebook(f.project).addDimension(dim, who);
            return d ? Status() : Status(d.error());
        }) << QStringLiteral("change the codebook");
        QTest::newRow("exclusion reasons") << Action([](Fixture &f, qint64 who) {
            Result<ExclusionReason> r =
                ExclusionReasonStore(f.project).addReason(QStringLiteral("Wrong population"), who);
            return r ? Status() : Status(r.error());
        }) << QStringLiteral("edit the exclusion reasons");
        QTest::newRow("highlight terms") << Action([](Fixture &f, qint64 who) {
            return HighlightTermStore(f.project).addHighlightTerm(QStringLiteral("lonely"),
                                                                  HighlightKind::Include, who);
        }) << QStringLiteral("edit the highlight terms");
        QTest::newRow("duplicate thresholds") << Action([](Fixture &f, qint64 who) {
            DedupThresholds t;
            t.autoMerge = 0.95;
            t.review = 0.6;
            return t.save(f.project, who);
        }) << QStringLiteral("only a lead");
        QTest::newRow("project properties") << Action([](Fixture &f, qint64 who) {
            ProjectProperties p = ProjectProperties::read(f.project);
            p.name = QStringLiteral("Renamed");
            return ProjectProperties::save(f.project, p, who);
        }) << QStringLiteral("change the project's properties");
        QTest::newRow("rename a reviewer") << Action([](Fixture &f, qint64 who) {
            return Members(f.project).rename(who, 2, QStringLiteral("Ben Okafor"));
        }) << QStringLiteral("rename reviewers");
        QTest::newRow("change a role") << Action([](Fixture &f, qint64 who) {
            return Members(f.project).setRole(who, 2, Role::Lead);
        }) << QStringLiteral("change a reviewer's role");
    }

    void viewer_writesNothing()
    {
        QFETCH(Action, action);
        QFETCH(QString, words);
        Fixture fixture{*m_project, m_records, m_dir.path()};
        Codebook codebook(*m_project);
        Code dimension;
        dimension.key = QStringLiteral("factor");
        dimension.label = QStringLiteral("Factor");
        Result<qint64> d = codebook.addDimension(dimension, 0);
        QVERIFY(d.ok());
        Code code;
        code.key = QStringLiteral("shame");
        code.label = QStringLiteral("Shame");
        Result<qint64> c = codebook.addCode(*d, code, 0);
        QVERIFY(c.ok());
        fixture.codeId = *c;
        const int auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        const int recordsBefore = count(QStringLiteral("SELECT count(*) FROM record"));

        const Status refused = action(fixture, m_vera);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
        QVERIFY2(refused.errorString().contains(words), qPrintable(refused.errorString()));
        QVERIFY2(refused.errorString().contains(QStringLiteral("Vera Viewer is a viewer")),
                 qPrintable(refused.errorString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record")), recordsBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM screening_decision")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM coding")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reviewer WHERE role = 'lead'")), 1);

        // The same action is the lead's to do.
        const Status done = action(fixture, m_lead);
        QVERIFY2(done.ok(), qPrintable(done.errorString()));
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log")) > auditBefore);
    }

    void rename_isLoggedInWords()
    {
        Members members(*m_project);
        QVERIFY(members.rename(m_lead, m_ben, QStringLiteral("  Ben   Okafor ")).ok());
        QCOMPARE(Reviewers(*m_project).byId(m_ben)->name, QStringLiteral("Ben Okafor"));
        QCOMPARE(lastSentence(), QStringLiteral("Ana Silva renamed Ben Okafr to Ben Okafor"));
        QCOMPARE(AuditTrail::read(*m_project).last().action, QStringLiteral("team.rename"));
    }

    void rename_refusesEmptyDuplicateAndNonLeads_data()
    {
        QTest::addColumn<int>("by"); // 0 lead, 1 Ben
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << 0 << QStringLiteral("   ") << QStringLiteral("cannot be empty");
        QTest::newRow("someone else's name")
            << 0 << QStringLiteral("ana silva") << QStringLiteral("Ana Silva is already");
        QTest::newRow("someone else's initials")
            << 0 << QStringLiteral("VV") << QStringLiteral("Vera Viewer is already");
        QTest::newRow("a reviewer") << 1 << QStringLiteral("Ben Okafor")
                                    << QStringLiteral("only a lead can rename reviewers");
    }

    void rename_refusesEmptyDuplicateAndNonLeads()
    {
        QFETCH(int, by);
        QFETCH(QString, name);
        QFETCH(QString, message);
        const Status refused = Members(*m_project).rename(by == 0 ? m_lead : m_ben, m_ben, name);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(message), qPrintable(refused.errorString()));
        QCOMPARE(Reviewers(*m_project).byId(m_ben)->name, QStringLiteral("Ben Okafr"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void setRole_secondLeadThenStepDown_lastLeadKept()
    {
        Members members(*m_project);
        QVERIFY(members.rename(m_lead, m_ben, QStringLiteral("Ben Okafor")).ok());
        QVERIFY(members.setRole(m_lead, m_ben, Role::Lead).ok());
        QCOMPARE(lastSentence(), QStringLiteral("Ana Silva made Ben Okafor a lead"));
        QCOMPARE(Reviewers(*m_project).byId(m_ben)->role, Role::Lead);

        // With two leads one may step down; the other is then the last and stays.
        QVERIFY(members.setRole(m_ben, m_lead, Role::Reviewer).ok());
        QCOMPARE(lastSentence(), QStringLiteral("Ben Okafor made Ana Silva a reviewer"));
        const Status last = members.setRole(m_ben, m_ben, Role::Viewer);
        QVERIFY(!last.ok());
        QVERIFY2(last.errorString().contains(QStringLiteral("only lead")),
                 qPrintable(last.errorString()));
        QCOMPARE(Reviewers(*m_project).byId(m_ben)->role, Role::Lead);

        QVERIFY(members.setRole(m_ben, m_vera, Role::Reviewer).ok());
        QCOMPARE(lastSentence(), QStringLiteral("Ben Okafor made Vera Viewer a reviewer"));
        // A reviewer now, Vera screens.
        QVERIFY(ScreeningStore(*m_project)
                    .setDecision(m_records.at(0), ScreeningStage::TitleAbstract, m_vera,
                                 DecisionInput{Decision::Include, 0, {}})
                    .ok());

        const QList<Member> list = members.list();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(2).reviewer.name, QStringLiteral("Vera Viewer"));
        QCOMPARE(list.at(2).votes, 1);
        QCOMPARE(list.at(0).votes, 0);
    }

    void recordSwitch_isLogged()
    {
        Members members(*m_project);
        QVERIFY(members.recordSwitch(0, m_lead).ok());
        QCOMPARE(lastSentence(), QStringLiteral("Ana Silva said they are at this computer"));
        QVERIFY(members.recordSwitch(m_lead, m_vera).ok());
        QCOMPARE(lastSentence(), QStringLiteral("Vera Viewer took over this computer from Ana "
                                                "Silva"));
        QCOMPARE(AuditTrail::read(*m_project).last().action, QStringLiteral("team.switch"));
        QVERIFY(!members.recordSwitch(m_lead, 999).ok());
    }

    void properties_roundTripAndLog()
    {
        ProjectProperties wanted;
        wanted.name = QStringLiteral("Loneliness and shame");
        wanted.question = QStringLiteral("Which psychological factors go with loneliness?");
        wanted.authors = {QStringLiteral("Ana Silva"), QStringLiteral(" "),
                          QStringLiteral("Ben Okafor")};
        wanted.registration = QStringLiteral("PROSPERO CRD42024000001");
        wanted.funder = QStringLiteral("The Loneliness Fund");
        QVERIFY(ProjectProperties::save(*m_project, wanted, m_lead).ok());
        QCOMPARE(m_project->name(), wanted.name);

        const QString path = m_project->filePath();
        m_project.reset();
        Result<std::unique_ptr<Project>> reopened = Project::open(path);
        QVERIFY(reopened.ok());
        m_project = std::move(reopened.value());
        const ProjectProperties read = ProjectProperties::read(*m_project);
        QCOMPARE(read.name, wanted.name);
        QCOMPARE(m_project->name(), wanted.name);
        QCOMPARE(read.question, wanted.question);
        QCOMPARE(read.authors,
                 (QStringList{QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor")}));
        QCOMPARE(read.registration, wanted.registration);
        QCOMPARE(read.funder, wanted.funder);
        QCOMPARE(lastSentence(), QStringLiteral("Ana Silva changed the project's properties"));
        const QStringList changes = AuditWording::changes(AuditTrail::read(*m_project).last());
        QVERIFY2(changes.join(QLatin1Char('|'))
                     .contains(QStringLiteral("funder: — → The "
                                              "Loneliness Fund")),
                 qPrintable(changes.join(QLatin1Char('|'))));

        // Saving the same again changes and logs nothing; an empty name is refused.
        const int audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(ProjectProperties::save(*m_project, read, m_lead).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
        ProjectProperties nameless = read;
        nameless.name = QStringLiteral("  ");
        QVERIFY(!ProjectProperties::save(*m_project, nameless, m_lead).ok());
        QCOMPARE(ProjectProperties::read(*m_project).name, wanted.name);
        // A reviewer cannot.
        const Status refused = ProjectProperties::save(*m_project, wanted, m_ben);
        QVERIFY(!refused.ok());
    }

    void properties_frontMatterLeavesOutEmpty()
    {
        ProjectProperties p;
        p.name = QStringLiteral("Name");
        p.authors = {QStringLiteral("Ana Silva")};
        p.funder = QStringLiteral("Fund");
        const QList<QPair<QString, QString>> front = p.frontMatter();
        QCOMPARE(front.size(), 2);
        QCOMPARE(front.at(0).first, QStringLiteral("Author"));
        QCOMPARE(front.at(1), qMakePair(QStringLiteral("Funder"), QStringLiteral("Fund")));
    }

    void prisma_carriesNameAndRegistration()
    {
        ProjectProperties p = ProjectProperties::read(*m_project);
        p.name = QStringLiteral("Loneliness <review>");
        p.registration = QStringLiteral("OSF 10.17605/OSF.IO/ABCDE");
        QVERIFY(ProjectProperties::save(*m_project, p, m_lead).ok());
        Result<PrismaCounts> counts = PrismaCounts::read(*m_project);
        QVERIFY2(counts.ok(), qPrintable(counts.errorString()));
        QCOMPARE(counts->projectName, p.name);
        QCOMPARE(counts->registration, p.registration);
        QCOMPARE(counts->toJson().value(QStringLiteral("registration")).toString(), p.registration);
        QCOMPARE(PrismaFigure(*counts).title(),
                 QStringLiteral("PRISMA 2020 flow diagram: Loneliness <review> (OSF "
                                "10.17605/OSF.IO/ABCDE)"));
    }
};

QTEST_GUILESS_MAIN(MembersTest)
#include "tst_members.moc"
