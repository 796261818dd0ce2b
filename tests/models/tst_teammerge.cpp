// Offline copies merged back: matched by UUID, idempotent, order-independent for several
// copies, conflicts listed (never dropped), copies vetted before anything is read.
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "coding/codingstore.h"
#include "import/attachmentstore.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordstore.h"
#include "records/tagstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "team/blinding.h"
#include "team/members.h"
#include "team/projectcopy.h"
#include "team/projectmerge.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace evimap;

namespace {

constexpr auto TA = ScreeningStage::TitleAbstract;

std::unique_ptr<Project> openOrDie(const QString &path)
{
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    if (!opened) {
        qWarning() << opened.errorString();
        return nullptr;
    }
    return std::move(opened.value());
}

qint64 addRecord(Project &project, const QString &title)
{
    RecordStore records(project.database());
    qint64 id = 0;
    const Status s = project.writeTransaction([&]() -> Status {
        Record r;
        r.title = title;
        r.abstract = QStringLiteral("About ") + title;
        if (Status st = records.insert(r, 0); !st)
            return st;
        id = r.id;
        return {};
    });
    return s ? id : 0;
}

qint64 recordByTitle(Project &project, const QString &title)
{
    QSqlQuery q(project.database());
    q.prepare(QStringLiteral("SELECT id FROM record WHERE title = ?"));
    q.addBindValue(title);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 reviewerId(Project &project, const QString &initials)
{
    const std::optional<Reviewer> r = Reviewers(project).find(initials);
    return r ? r->id : 0;
}

QStringList rows(Project &project, const QString &sql)
{
    QStringList out;
    QSqlQuery q(project.database());
    if (!q.exec(sql)) {
        out << QStringLiteral("ERROR ") + sql;
        return out;
    }
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cells.join(QLatin1Char('|'));
    }
    std::sort(out.begin(), out.end());
    return out;
}

QSet<QString> auditUuids(const QString &path)
{
    std::unique_ptr<Project> p = openOrDie(path);
    QSet<QString> set;
    QSqlQuery q(p->database());
    q.exec(QStringLiteral("SELECT uuid FROM audit_log"));
    while (q.next())
        set.insert(q.value(0).toString());
    return set;
}

// What the project holds, without local row ids (they depend on the order rows arrived in)
// and without the audit rows the merges wrote themselves (stamped with the time of merging).
QStringList canonicalDump(Project &p, const QSet<QString> &sourceAudit)
{
    QStringList dump;
    auto section = [&](const QString &name, const QString &sql) {
        dump << QStringLiteral("## ") + name;
        dump << rows(p, sql);
    };
    section(QStringLiteral("reviewer"),
            QStringLiteral("SELECT uuid, name, initials, role FROM reviewer"));
    section(QStringLiteral("record"),
            QStringLiteral("SELECT r.uuid, r.title, r.abstract, r.notes, r.updated_at, d.uuid FROM "
                           "record r LEFT JOIN record d ON d.id = r.duplicate_of"));
    section(QStringLiteral("fts"),
            QStringLiteral("SELECT r.uuid, f.title, f.fulltext FROM record_fts f JOIN record r ON "
                           "r.id = f.rowid"));
    section(QStringLiteral("record_source"),
            QStringLiteral("SELECT r.uuid, b.uuid, s.record_no FROM record_source s JOIN record r "
                           "ON r.id = s.record_id JOIN import_batch b ON b.id = s.batch_id"));
    section(QStringLiteral("attachment"),
            // The folder is named after the main file, which differs between the runs.
            QStringLiteral("SELECT a.uuid, r.uuid, substr(a.file_path, instr(a.file_path, '/')), "
                           "a.file_sha256 FROM attachment a JOIN record r ON r.id = a.record_id"));
    section(QStringLiteral("reason"),
            QStringLiteral("SELECT uuid, label, retired FROM exclusion_reason"));
    section(
        QStringLiteral("decision"),
        QStringLiteral("SELECT r.uuid, d.stage, v.uuid, d.decision, x.uuid, d.note, d.decided_at "
                       "FROM screening_decision d JOIN record r ON r.id = d.record_id JOIN "
                       "reviewer v ON v.id = d.reviewer_id LEFT JOIN exclusion_reason x ON "
                       "x.id = d.reason_id"));
    section(QStringLiteral("result"),
            QStringLiteral("SELECT r.uuid, s.stage, s.result, x.uuid, v.uuid FROM screening_result "
                           "s JOIN record r ON r.id = s.record_id LEFT JOIN exclusion_reason x ON "
                           "x.id = s.reason_id LEFT JOIN reviewer v ON v.id = s.settled_by"));
    section(QStringLiteral("code"),
            QStringLiteral("SELECT c.uuid, p.uuid, c.label, c.retired FROM code c LEFT JOIN code p "
                           "ON p.id = c.parent_id"));
    section(QStringLiteral("coding"),
            QStringLiteral("SELECT r.uuid, c.uuid, v.uuid, g.quote, g.page, g.note, g.coded_at "
                           "FROM coding g JOIN record r ON r.id = g.record_id JOIN code c ON c.id "
                           "= g.code_id JOIN reviewer v ON v.id = g.reviewer_id"));
    section(QStringLiteral("extraction_value"),
            QStringLiteral("SELECT r.uuid, f.uuid, v.uuid, e.value FROM extraction_value e JOIN "
                           "record r ON r.id = e.record_id JOIN extraction_field f ON f.id = "
                           "e.field_id LEFT JOIN reviewer v ON v.id = e.reviewer_id"));
    dump << QStringLiteral("## audit");
    QSqlQuery q(p.database());
    q.exec(QStringLiteral("SELECT a.uuid, a.at, v.uuid, a.action, r.uuid, a.before, a.after FROM "
                          "audit_log a LEFT JOIN reviewer v ON v.id = a.reviewer_id LEFT JOIN "
                          "record r ON r.id = a.record_id"));
    QStringList audit;
    while (q.next()) {
        if (!sourceAudit.contains(q.value(0).toString()))
            continue;
        QStringList cells;
        for (int i = 0; i < 7; ++i)
            cells << q.value(i).toString();
        audit << cells.join(QLatin1Char('|'));
    }
    std::sort(audit.begin(), audit.end());
    dump << audit;
    return dump;
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TeamMergeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_main; // the main file after the copies were taken and worked on
    QStringList m_copies;
    QList<qint64> m_records;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Main project: a lead, three reviewers, the default codebook, 12 records, and one decision
    // of Ann's made before the copies are taken.
    void buildMain(const QString &file)
    {
        Result<std::unique_ptr<Project>> created = Project::create(file);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        Project &p = *created.value();
        Reviewers people(p);
        QVERIFY(people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL")).ok());
        QVERIFY(people.add(QStringLiteral("Ann Able"), QStringLiteral("AA")).ok());
        QVERIFY(people.add(QStringLiteral("Ben Best"), QStringLiteral("BB")).ok());
        QVERIFY(people.add(QStringLiteral("Cat Cole"), QStringLiteral("CC")).ok());
        Codebook codebook(p);
        Result<CodebookTemplate> tpl = CodebookTemplate::builtIn();
        QVERIFY(tpl.ok());
        QVERIFY(codebook.applyTemplate(*tpl, 0).ok());
        ScreeningSettings settings = ScreeningSettings::read(p);
        settings.reviewersRequired = 2;
        QVERIFY(settings.write(p).ok());
        m_records.clear();
        for (int i = 1; i <= 12; ++i)
            m_records << addRecord(p, QStringLiteral("Shared record %1").arg(i));
        ScreeningStore store(p);
        QVERIFY(store
                    .setDecision(m_records.at(11), TA, reviewerId(p, QStringLiteral("AA")),
                                 DecisionInput{Decision::Unsure, 0, QStringLiteral("before")})
                    .ok());
        QVERIFY(store
                    .setDecision(m_records.at(10), TA, reviewerId(p, QStringLiteral("BB")),
                                 DecisionInput{Decision::Include, 0, {}})
                    .ok());
    }

    // One reviewer's offline work in their copy.
    void workOffline(const QString &copyPath, const QString &initials, int variant)
    {
        std::unique_ptr<Project> copy = openOrDie(copyPath);
        QVERIFY(copy);
        const CopyOrigin origin = CopyOrigin::read(*copy);
        QVERIFY(origin.isOfflineCopy());
        const qint64 me = reviewerId(*copy, initials);
        QVERIFY(me > 0);
        QCOMPARE(origin.reviewerUuid, Reviewers(*copy).byId(me)->uuid);
        ScreeningStore store(*copy);
        const Decision kinds[] = {Decision::Include, Decision::Exclude, Decision::Unsure};
        // Overlapping records for every reviewer: blind decisions must stay apart. Ann and Ben
        // screen records 1-8, Cat 5-8; they agree, so merged records settle by agreement.
        for (int i = variant == 2 ? 4 : 0; i < 8; ++i) {
            const qint64 record =
                recordByTitle(*copy, QStringLiteral("Shared record %1").arg(i + 1));
            QVERIFY(store
                        .setDecision(record, TA, me,
                                     DecisionInput{kinds[i % 3], 0,
                                                   QStringLiteral("%1 on %2").arg(initials).arg(i)})
                        .ok());
        }
        // A record found offline (hand search), decided and attached.
        const QString title = QStringLiteral("Found offline by %1").arg(initials);
        const qint64 found = addRecord(*copy, title);
        QVERIFY(found > 0);
        QVERIFY(store.setDecision(found, TA, me, DecisionInput{Decision::Include, 0, {}}).ok());
        const QString pdf = path(QStringLiteral("%1-report.pdf").arg(initials));
        QVERIFY(test::writeFile(pdf, "%PDF-1.4 pretend report of " + initials.toUtf8()));
        AttachmentStore attachments(*copy);
        Result<StoredFile> stored = attachments.copyIntoProject(pdf);
        QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
        QVERIFY(copy->writeTransaction([&]() -> Status {
                        Result<qint64> added = attachments.add(
                            found, *stored, 1, QStringLiteral("text of the report by ") + initials,
                            me);
                        return added ? Status() : Status(added.error());
                    })
                    .ok());
        // Codings, with notes and quotes.
        Codebook codebook(*copy);
        CodingStore coding(*copy, codebook);
        const QList<Code> codes = codebook.codesInOrder();
        QVERIFY(codes.size() > 10);
        for (int i = 0; i < 3; ++i) {
            const qint64 record =
                recordByTitle(*copy, QStringLiteral("Shared record %1").arg(i + 1));
            QVERIFY(coding
                        .apply(record, codes.at(i + variant).id, me,
                               CodingDetails{QStringLiteral("quote %1").arg(i), i + 1,
                                             QStringLiteral("note by ") + initials})
                        .ok());
        }
        if (variant == 0) {
            // Ann takes back the decision she made before the copy was taken.
            const qint64 last = recordByTitle(*copy, QStringLiteral("Shared record 12"));
            QVERIFY(store.setDecision(last, TA, me, std::nullopt).ok());
        }
        if (variant == 1) {
            // Ben changes his mind about his decision from before the copy.
            const qint64 r11 = recordByTitle(*copy, QStringLiteral("Shared record 11"));
            QVERIFY(store
                        .setDecision(
                            r11, TA, me,
                            DecisionInput{Decision::Exclude, 0, QStringLiteral("on reflection")})
                        .ok());
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_main = path(QStringLiteral("review.evimap"));
        buildMain(m_main);
        std::unique_ptr<Project> main = openOrDie(m_main);
        QVERIFY(main);
        const QStringList who = {QStringLiteral("AA"), QStringLiteral("BB"), QStringLiteral("CC")};
        for (int i = 0; i < who.size(); ++i) {
            const QString copyPath = path(QStringLiteral("copy-%1.evimap").arg(who.at(i)));
            Result<TakenCopy> taken =
                ProjectCopy::take(*main, copyPath, reviewerId(*main, who.at(i)));
            QVERIFY2(taken.ok(), qPrintable(taken.errorString()));
            QCOMPARE(taken->origin.originFile, QStringLiteral("review.evimap"));
            m_copies << copyPath;
        }
        main.reset();
        for (int i = 0; i < who.size(); ++i)
            workOffline(m_copies.at(i), who.at(i), i);
        // Meanwhile the lead works in the main file.
        main = openOrDie(m_main);
        ScreeningStore store(*main);
        QVERIFY(store
                    .setDecision(m_records.at(0), TA, reviewerId(*main, QStringLiteral("LL")),
                                 DecisionInput{Decision::Include, 0, QStringLiteral("lead")})
                    .ok());
    }

    void copy_recordsItsOriginWithoutMachinePaths()
    {
        std::unique_ptr<Project> copy = openOrDie(m_copies.first());
        const CopyOrigin origin = CopyOrigin::read(*copy);
        QCOMPARE(origin.originFile, QStringLiteral("review.evimap"));
        QVERIFY(!origin.takenAt.isEmpty());
        QCOMPARE(origin.reviewerName, QStringLiteral("Ann Able"));
        const QStringList settings = rows(*copy, QStringLiteral("SELECT value FROM setting"));
        for (const QString &value : settings)
            QVERIFY2(!value.contains(m_dir.path()), qPrintable(value));
        std::unique_ptr<Project> main = openOrDie(m_main);
        QCOMPARE(rows(*main,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'team.copy'")),
                 QStringList{QStringLiteral("3")});
    }

    void merge_threeCopiesInEveryOrder_giveTheSameProject()
    {
        QSet<QString> sourceAudit = auditUuids(m_main);
        for (const QString &c : std::as_const(m_copies))
            sourceAudit.unite(auditUuids(c));

        QList<int> order = {0, 1, 2};
        QStringList first;
        int permutations = 0;
        do {
            const QString target = path(
                QStringLiteral("merged-%1%2%3.evimap").arg(order[0]).arg(order[1]).arg(order[2]));
            QVERIFY(QFile::copy(m_main, target));
            std::unique_ptr<Project> main = openOrDie(target);
            QVERIFY(main);
            for (int i : std::as_const(order)) {
                Result<MergeReport> report = ProjectMerge::merge(*main, m_copies.at(i));
                QVERIFY2(report.ok(), qPrintable(report.errorString()));
                QVERIFY2(report->conflicts.isEmpty(), qPrintable(report->toText()));
                QVERIFY(report->changed());
            }
            const QStringList dump = canonicalDump(*main, sourceAudit);
            if (first.isEmpty()) {
                first = dump;
            } else if (dump != first) {
                for (int i = 0; i < std::min(dump.size(), first.size()); ++i) {
                    if (dump.at(i) != first.at(i))
                        qWarning() << "first difference:" << first.at(i) << "vs" << dump.at(i);
                }
                QFAIL(qPrintable(QStringLiteral("order %1%2%3 gives another project")
                                     .arg(order[0])
                                     .arg(order[1])
                                     .arg(order[2])));
            }
            ++permutations;
        } while (std::next_permutation(order.begin(), order.end()));
        QCOMPARE(permutations, 6);

        // What the merged project holds.
        std::unique_ptr<Project> merged = openOrDie(path(QStringLiteral("merged-012.evimap")));
        auto count = [&](const QString &sql) { return rows(*merged, sql).value(0).toInt(); };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record")), 15);
        // 8, 8 and 4, each + one on their own record; Ann withdrew hers on record 12, Ben
        // changed his on record 11, and the lead decided on record 1.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM screening_decision")),
                 9 + 9 + 5 + 1 + 1);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM screening_decision d JOIN reviewer v ON "
                                 "v.id = d.reviewer_id WHERE v.initials = 'AA' AND d.note = "
                                 "'before'")),
            0);
        QCOMPARE(rows(*merged, QStringLiteral("SELECT d.decision || ' ' || d.note FROM "
                                              "screening_decision d JOIN record r ON r.id = "
                                              "d.record_id WHERE r.title = 'Shared record 11'")),
                 QStringList{QStringLiteral("exclude on reflection")});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM coding")), 9);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 3);
        // Settlements by agreement were worked out again from everyone's decisions: two
        // reviewers are required, so a record decided alike by two of them is settled.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM screening_result WHERE record_id IN "
                                 "(SELECT id FROM record WHERE title LIKE 'Shared record _')")),
            8);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM screening_result WHERE record_id IN "
                                      "(SELECT id FROM record WHERE title LIKE 'Found offline%')")),
                 0);
        // The attached files came along into the main file's own folder, and their text into
        // the full-text index.
        const QStringList files = rows(*merged, QStringLiteral("SELECT file_path FROM attachment"));
        for (const QString &file : files) {
            QVERIFY2(file.startsWith(QStringLiteral("merged-012.evimap-files/")), qPrintable(file));
            QVERIFY2(QFile::exists(path(file)), qPrintable(file));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM record_fts WHERE record_fts MATCH "
                                      "'fulltext:report'")),
                 3);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'team.merge'")), 3);
        QSqlQuery check(merged->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
    }

    void merge_sameCopyTwice_changesNothing()
    {
        const QString target = path(QStringLiteral("twice.evimap"));
        QVERIFY(QFile::copy(m_main, target));
        {
            std::unique_ptr<Project> main = openOrDie(target);
            Result<MergeReport> once = ProjectMerge::merge(*main, m_copies.at(1));
            QVERIFY2(once.ok(), qPrintable(once.errorString()));
            QVERIFY(once->changed());
        }
        const QByteArray before = sha(target);
        {
            std::unique_ptr<Project> main = openOrDie(target);
            Result<MergeReport> again = ProjectMerge::merge(*main, m_copies.at(1));
            QVERIFY2(again.ok(), qPrintable(again.errorString()));
            QVERIFY2(!again->changed(), qPrintable(again->toText()));
            QVERIFY(again->conflicts.isEmpty());
        }
        QCOMPARE(sha(target), before);
    }

    void merge_dryRun_reportsAndChangesNothing()
    {
        const QString target = path(QStringLiteral("dry.evimap"));
        QVERIFY(QFile::copy(m_main, target));
        const QByteArray before = sha(target);
        const QByteArray copyBefore = sha(m_copies.at(0));
        {
            std::unique_ptr<Project> main = openOrDie(target);
            MergeOptions options;
            options.dryRun = true;
            Result<MergeReport> report = ProjectMerge::merge(*main, m_copies.at(0), options);
            QVERIFY2(report.ok(), qPrintable(report.errorString()));
            QVERIFY(report->dryRun);
            QCOMPARE(report->tables.value(QStringLiteral("record")).added, 1);
            QCOMPARE(report->tables.value(QStringLiteral("screening_decision")).added, 9);
            QCOMPARE(report->tables.value(QStringLiteral("screening_decision")).removed, 1);
            QCOMPARE(report->tables.value(QStringLiteral("coding")).added, 3);
            QCOMPARE(report->filesCopied, 1);
        }
        QCOMPARE(sha(target), before);
        QCOMPARE(sha(m_copies.at(0)), copyBefore);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("dry.evimap-files"))));
    }

    // Ann changes a decision offline and, in the main file, the same decision differently.
    void merge_realConflict_isListedAndKeepsMainByDefault()
    {
        const QString mainPath = path(QStringLiteral("conflict.evimap"));
        buildMain(mainPath);
        const QString copyPath = path(QStringLiteral("conflict-copy.evimap"));
        {
            std::unique_ptr<Project> main = openOrDie(mainPath);
            QVERIFY(
                ProjectCopy::take(*main, copyPath, reviewerId(*main, QStringLiteral("AA"))).ok());
        }
        const QString title = QStringLiteral("Shared record 3");
        {
            std::unique_ptr<Project> copy = openOrDie(copyPath);
            QVERIFY(ScreeningStore(*copy)
                        .setDecision(recordByTitle(*copy, title), TA,
                                     reviewerId(*copy, QStringLiteral("AA")),
                                     DecisionInput{Decision::Exclude, 0, QStringLiteral("offline")})
                        .ok());
            // The same reviewer also added the same note to a record, differently in each file.
        }
        {
            std::unique_ptr<Project> main = openOrDie(mainPath);
            QVERIFY(ScreeningStore(*main)
                        .setDecision(
                            recordByTitle(*main, title), TA,
                            reviewerId(*main, QStringLiteral("AA")),
                            DecisionInput{Decision::Include, 0, QStringLiteral("at the office")})
                        .ok());
        }
        auto annsDecision = [&](const QString &file) {
            std::unique_ptr<Project> p = openOrDie(file);
            return rows(*p,
                        QStringLiteral("SELECT d.decision FROM screening_decision d JOIN record "
                                       "r ON r.id = d.record_id JOIN reviewer v ON v.id = "
                                       "d.reviewer_id WHERE r.title = 'Shared record 3' AND "
                                       "v.initials = 'AA'"))
                .value(0);
        };
        const QString preferCopy = path(QStringLiteral("conflict-prefer-copy.evimap"));
        QVERIFY(QFile::copy(mainPath, preferCopy));
        const QString pickOne = path(QStringLiteral("conflict-pick-one.evimap"));
        QVERIFY(QFile::copy(mainPath, pickOne));
        {
            std::unique_ptr<Project> main = openOrDie(mainPath);
            Result<MergeReport> report = ProjectMerge::merge(*main, copyPath);
            QVERIFY2(report.ok(), qPrintable(report.errorString()));
            QCOMPARE(report->conflicts.size(), 1);
            const MergeConflict &c = report->conflicts.first();
            QCOMPARE(c.entity, QStringLiteral("screening_decision"));
            QVERIFY2(c.item.contains(title) && c.item.contains(QStringLiteral("Ann Able")),
                     qPrintable(c.item));
            QVERIFY2(c.mainValue.contains(QStringLiteral("include")), qPrintable(c.mainValue));
            QVERIFY2(c.copyValue.contains(QStringLiteral("exclude")), qPrintable(c.copyValue));
            QCOMPARE(c.resolution, QStringLiteral("kept main"));
            QVERIFY(report->toText().contains(QStringLiteral("Conflicts")));
        }
        QCOMPARE(annsDecision(mainPath), QStringLiteral("include"));
        {
            std::unique_ptr<Project> main = openOrDie(preferCopy);
            MergeOptions options;
            options.prefer = MergeOptions::Prefer::Copy;
            Result<MergeReport> report = ProjectMerge::merge(*main, copyPath, options);
            QVERIFY2(report.ok(), qPrintable(report.errorString()));
            QCOMPARE(report->conflicts.size(), 1);
            QCOMPARE(report->conflicts.first().resolution, QStringLiteral("took copy"));
        }
        QCOMPARE(annsDecision(preferCopy), QStringLiteral("exclude"));

        // The lead looks first (dry run), then lets the copy win this one conflict by its id.
        {
            std::unique_ptr<Project> main = openOrDie(pickOne);
            MergeOptions look;
            look.dryRun = true;
            Result<MergeReport> preview = ProjectMerge::merge(*main, copyPath, look);
            QVERIFY(preview.ok());
            QCOMPARE(preview->conflicts.size(), 1);
            const QString id = preview->conflicts.first().id;
            QVERIFY(!id.isEmpty());
            MergeOptions pick;
            pick.takeCopy = {id};
            Result<MergeReport> report = ProjectMerge::merge(*main, copyPath, pick);
            QVERIFY2(report.ok(), qPrintable(report.errorString()));
            QCOMPARE(report->conflicts.first().id, id);
            QCOMPARE(report->conflicts.first().resolution, QStringLiteral("took copy"));
        }
        QCOMPARE(annsDecision(pickOne), QStringLiteral("exclude"));
    }

    // Ann changes her vote offline on a record that Ben's vote settled in the main file after
    // the copy was taken. The copy could not know of the settlement, so its lock could not stop
    // her; the merge takes her decision (as it takes every offline one, so copies merge alike
    // in any order) but never silently: the preview and the report name the settlement undone.
    void merge_settlementUndoneByAnOfflineVote_isNamed()
    {
        const QString mainPath = path(QStringLiteral("unsettle.evimap"));
        buildMain(mainPath);
        const QString copyPath = path(QStringLiteral("unsettle-copy.evimap"));
        const QString title = QStringLiteral("Shared record 5");
        {
            std::unique_ptr<Project> main = openOrDie(mainPath);
            QVERIFY(ScreeningStore(*main)
                        .setDecision(recordByTitle(*main, title), TA,
                                     reviewerId(*main, QStringLiteral("AA")),
                                     DecisionInput{Decision::Include, 0, {}})
                        .ok());
            QVERIFY(
                ProjectCopy::take(*main, copyPath, reviewerId(*main, QStringLiteral("AA"))).ok());
            QVERIFY(ScreeningStore(*main)
                        .setDecision(recordByTitle(*main, title), TA,
                                     reviewerId(*main, QStringLiteral("BB")),
                                     DecisionInput{Decision::Include, 0, {}})
                        .ok());
            QVERIFY(ScreeningStore(*main).result(recordByTitle(*main, title), TA).has_value());
        }
        {
            std::unique_ptr<Project> copy = openOrDie(copyPath);
            QVERIFY(ScreeningStore(*copy)
                        .setDecision(recordByTitle(*copy, title), TA,
                                     reviewerId(*copy, QStringLiteral("AA")),
                                     DecisionInput{Decision::Exclude, 0, {}})
                        .ok());
        }
        std::unique_ptr<Project> main = openOrDie(mainPath);
        const qint64 record = recordByTitle(*main, title);
        MergeOptions look;
        look.dryRun = true;
        Result<MergeReport> preview = ProjectMerge::merge(*main, copyPath, look);
        QVERIFY2(preview.ok(), qPrintable(preview.errorString()));
        QCOMPARE(preview->unsettled.size(), 1);
        QVERIFY2(preview->unsettled.first().startsWith(QStringLiteral("record %1 ").arg(record)),
                 qPrintable(preview->unsettled.first()));
        QVERIFY2(preview->toText().contains(QStringLiteral("no longer settled")),
                 qPrintable(preview->toText()));
        QVERIFY(ScreeningStore(*main).result(record, TA).has_value()); // a dry run changes nothing

        Result<MergeReport> report = ProjectMerge::merge(*main, copyPath);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->unsettled, preview->unsettled);
        QVERIFY(report->toJson().value(QStringLiteral("unsettled")).toArray().size() == 1);
        QVERIFY(!ScreeningStore(*main).result(record, TA).has_value());
        // Merging it again changes nothing, and names nothing.
        Result<MergeReport> again = ProjectMerge::merge(*main, copyPath);
        QVERIFY(again.ok());
        QVERIFY(again->unsettled.isEmpty());
    }

    // Tags made offline come back: a tag both files made on their own ("pilot") is one tag
    // after the merge, each person's tag on a record is kept, and a tag taken off in the copy
    // is taken off in the main file. Merging again changes nothing.
    void merge_tagsFromACopy_areAddedMatchedByNameAndTakenOff()
    {
        const QString mainPath = path(QStringLiteral("tags.evimap"));
        buildMain(mainPath);
        const QString copyPath = path(QStringLiteral("tags-copy.evimap"));
        const QString one = QStringLiteral("Shared record 1");
        const QString two = QStringLiteral("Shared record 2");
        {
            std::unique_ptr<Project> main = openOrDie(mainPath);
            const qint64 ann = reviewerId(*main, QStringLiteral("AA"));
            QVERIFY(TagStore(*main, ann).add({recordByTitle(*main, two)}, "old").ok());
            QVERIFY(ProjectCopy::take(*main, copyPath, ann).ok());
            // After the copy: the lead makes "pilot" in the main file.
            QVERIFY(TagStore(*main, reviewerId(*main, QStringLiteral("LL")))
                        .add({recordByTitle(*main, two)}, "pilot")
                        .ok());
        }
        {
            std::unique_ptr<Project> copy = openOrDie(copyPath);
            const qint64 ann = reviewerId(*copy, QStringLiteral("AA"));
            QVERIFY(TagStore(*copy, ann).add({recordByTitle(*copy, one)}, "Pilot").ok());
            QCOMPARE(TagStore(*copy, ann).remove({recordByTitle(*copy, two)}, "old").value(), 1);
        }
        std::unique_ptr<Project> main = openOrDie(mainPath);
        Result<MergeReport> report = ProjectMerge::merge(*main, copyPath);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->tables.value(QStringLiteral("record_tag")).added, 1);
        QCOMPARE(report->tables.value(QStringLiteral("record_tag")).removed, 1);
        const TagStore all(*main, Blinding::Unrestricted);
        QCOMPARE(all.tagsOf(recordByTitle(*main, one)), QStringList{"pilot"});
        QCOMPARE(all.tagsOf(recordByTitle(*main, two)), QStringList{"pilot"});
        const QList<TagCount> tags = all.tags().value();
        QCOMPARE(tags.size(), 1); // "old" is on no record now; one "pilot"
        QCOMPARE(tags.first().records, 2);
        QSqlQuery q(main->database());
        QVERIFY(q.exec("SELECT COUNT(*) FROM tag WHERE name = 'pilot'") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        Result<MergeReport> again = ProjectMerge::merge(*main, copyPath);
        QVERIFY(again.ok());
        QCOMPARE(again->tables.value(QStringLiteral("record_tag")).added, 0);
        QCOMPARE(again->tables.value(QStringLiteral("record_tag")).removed, 0);
    }

    void merge_refusesWhatIsNotACopyOfThisProject()
    {
        const QString target = path(QStringLiteral("refuse.evimap"));
        QVERIFY(QFile::copy(m_main, target));
        std::unique_ptr<Project> main = openOrDie(target);
        const QByteArray before = sha(target);

        const QString other = path(QStringLiteral("other.evimap"));
        QVERIFY(Project::create(other).ok());
        Result<MergeReport> foreign = ProjectMerge::merge(*main, other);
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().kind, Error::Kind::InputRefused);
        QVERIFY2(foreign.errorString().contains(QStringLiteral("not a copy of this project")),
                 qPrintable(foreign.errorString()));

        const QString garbage = path(QStringLiteral("garbage.evimap"));
        QVERIFY(
            test::writeFile(garbage, QByteArray("SQLite format 3\0", 16) + QByteArray(5000, 'x')));
        Result<MergeReport> broken = ProjectMerge::merge(*main, garbage);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().kind, Error::Kind::InputRefused);

        Result<MergeReport> itself = ProjectMerge::merge(*main, target);
        QVERIFY(!itself.ok());
        QCOMPARE(itself.error().kind, Error::Kind::Usage);
        main.reset();
        QCOMPARE(sha(target), before);
    }

    // The codebook belongs to the main file: an edit in a copy is reported, not taken.
    void merge_codebookEditInCopy_isReportedNotTaken()
    {
        const QString target = path(QStringLiteral("codebook.evimap"));
        QVERIFY(QFile::copy(m_main, target));
        const QString copyPath = path(QStringLiteral("codebook-copy.evimap"));
        QString label;
        {
            std::unique_ptr<Project> main = openOrDie(target);
            QVERIFY(
                ProjectCopy::take(*main, copyPath, reviewerId(*main, QStringLiteral("LL"))).ok());
            label = Codebook(*main).codesInOrder().first().label;
        }
        {
            std::unique_ptr<Project> copy = openOrDie(copyPath);
            Codebook codebook(*copy);
            QVERIFY(codebook
                        .rename(codebook.codesInOrder().first().id,
                                QStringLiteral("Renamed offline"),
                                reviewerId(*copy, QStringLiteral("LL")))
                        .ok());
        }
        std::unique_ptr<Project> main = openOrDie(target);
        Result<MergeReport> report = ProjectMerge::merge(*main, copyPath);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QVERIFY2(report->notices.join(u'\n').contains(QStringLiteral("code: 1 row(s) differ")),
                 qPrintable(report->toText()));
        QCOMPARE(Codebook(*main).codesInOrder().first().label, label);
    }

    // A lead renames a reviewer and makes another a lead in their copy: the main project keeps
    // its names and roles (people are named in the main project), and the report says so.
    void merge_renameAndRoleInCopy_areReportedNotTaken()
    {
        const QString target = path(QStringLiteral("people.evimap"));
        QVERIFY(QFile::copy(m_main, target));
        const QString copyPath = path(QStringLiteral("people-copy.evimap"));
        {
            std::unique_ptr<Project> main = openOrDie(target);
            QVERIFY(
                ProjectCopy::take(*main, copyPath, reviewerId(*main, QStringLiteral("LL"))).ok());
        }
        {
            std::unique_ptr<Project> copy = openOrDie(copyPath);
            Members members(*copy);
            const qint64 lead = reviewerId(*copy, QStringLiteral("LL"));
            QVERIFY(members
                        .rename(lead, reviewerId(*copy, QStringLiteral("BB")),
                                QStringLiteral("Ben Bestow"))
                        .ok());
            QVERIFY(
                members.setRole(lead, reviewerId(*copy, QStringLiteral("CC")), Role::Lead).ok());
        }
        std::unique_ptr<Project> main = openOrDie(target);
        Result<MergeReport> report = ProjectMerge::merge(*main, copyPath);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        const QString notices = report->notices.join(u'\n');
        QVERIFY2(notices.contains(QStringLiteral("Ben Best is called Ben Bestow in the copy")),
                 qPrintable(notices));
        QVERIFY2(notices.contains(QStringLiteral("Cat Cole is a lead in the copy but a reviewer")),
                 qPrintable(notices));
        const Reviewers people(*main);
        QCOMPARE(people.byId(reviewerId(*main, QStringLiteral("BB")))->name,
                 QStringLiteral("Ben Best"));
        QCOMPARE(people.byId(reviewerId(*main, QStringLiteral("CC")))->role, Role::Reviewer);
        QSqlQuery q(main->database());
        QVERIFY(
            q.exec(QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE action IN ('team.rename', 'team.role')")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // The lead merges two codes in the main file (codings move to the other code, keeping their
    // UUIDs) while a reviewer edits one of those codings in their copy: nothing clashes, and
    // the reviewer's edit is kept.
    void merge_codingMovedInMainEditedInCopy_isKept()
    {
        const QString target = path(QStringLiteral("moved.evimap"));
        QVERIFY(QFile::copy(m_main, target));
        const QString copyPath = path(QStringLiteral("moved-copy.evimap"));
        qint64 from = 0, into = 0;
        {
            std::unique_ptr<Project> main = openOrDie(target);
            Codebook codebook(*main);
            const QList<Code> codes = codebook.codesInOrder();
            from = codes.at(0).id;
            into = codes.at(1).id;
            CodingStore coding(*main, codebook);
            QVERIFY(coding
                        .apply(recordByTitle(*main, QStringLiteral("Shared record 9")), from,
                               reviewerId(*main, QStringLiteral("AA")),
                               CodingDetails{QStringLiteral("q"), 1, QStringLiteral("first")})
                        .ok());
            QVERIFY(
                ProjectCopy::take(*main, copyPath, reviewerId(*main, QStringLiteral("AA"))).ok());
            QVERIFY(codebook.merge(from, into, reviewerId(*main, QStringLiteral("LL"))).ok());
        }
        {
            std::unique_ptr<Project> copy = openOrDie(copyPath);
            Codebook codebook(*copy);
            CodingStore coding(*copy, codebook);
            QVERIFY(
                coding
                    .apply(recordByTitle(*copy, QStringLiteral("Shared record 9")), from,
                           reviewerId(*copy, QStringLiteral("AA")),
                           CodingDetails{QStringLiteral("q"), 1, QStringLiteral("second thoughts")})
                    .ok());
        }
        std::unique_ptr<Project> main = openOrDie(target);
        Result<MergeReport> report = ProjectMerge::merge(*main, copyPath);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(rows(*main,
                      QStringLiteral("SELECT count(*) FROM coding WHERE note = 'second thoughts'")),
                 QStringList{QStringLiteral("1")});
        // The coding the lead moved stays where the lead put it.
        QCOMPARE(rows(*main, QStringLiteral("SELECT count(*) FROM coding WHERE note = 'first' AND "
                                            "code_id = %1")
                                 .arg(into)),
                 QStringList{QStringLiteral("1")});
        QSqlQuery q(main->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    // A copy from before an update is refused unchanged, with what to do; upgraded, it merges.
    void merge_copyInOlderFormat_isRefusedWithAdvice()
    {
        const QString mainPath = path(QStringLiteral("v1-main.evimap"));
        const QString copyPath = path(QStringLiteral("v1-copy.evimap"));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("project/v1-project.evimap")), mainPath));
        QVERIFY(QFile::copy(test::dataPath(QStringLiteral("project/v1-project.evimap")), copyPath));
        QFile::setPermissions(mainPath, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(copyPath, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = sha(copyPath);
        std::unique_ptr<Project> main = openOrDie(mainPath);
        QVERIFY(main);
        Result<MergeReport> refused = ProjectMerge::merge(*main, copyPath);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::InputRefused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("open the copy once")),
                 qPrintable(refused.errorString()));
        QCOMPARE(sha(copyPath), before);
        QVERIFY(openOrDie(copyPath)); // upgrades it
        Result<MergeReport> merged = ProjectMerge::merge(*main, copyPath);
        QVERIFY2(merged.ok(), qPrintable(merged.errorString()));
    }

    // A record's notes edited in one copy come in; edited in both files they are a conflict
    // on the record, and the full-text index follows the field that came in.
    void merge_recordEdits_comeInOrConflict()
    {
        const QString target = path(QStringLiteral("notes.evimap"));
        QVERIFY(QFile::copy(m_main, target));
        const QString copyPath = path(QStringLiteral("notes-copy.evimap"));
        {
            std::unique_ptr<Project> main = openOrDie(target);
            QVERIFY(
                ProjectCopy::take(*main, copyPath, reviewerId(*main, QStringLiteral("AA"))).ok());
        }
        auto edit = [&](const QString &file, const QString &title, const QString &notes,
                        const QString &abstract) {
            std::unique_ptr<Project> p = openOrDie(file);
            RecordStore records(p->database());
            std::optional<Record> r = records.record(recordByTitle(*p, title));
            QVERIFY(r);
            r->notes = notes;
            if (!abstract.isEmpty())
                r->abstract = abstract;
            QVERIFY(p->writeTransaction([&]() -> Status { return records.update(*r); }).ok());
        };
        edit(copyPath, QStringLiteral("Shared record 4"), QStringLiteral("found the full text"),
             QStringLiteral("A trial of befriending."));
        edit(copyPath, QStringLiteral("Shared record 5"), QStringLiteral("copy's note"), {});
        edit(target, QStringLiteral("Shared record 5"), QStringLiteral("main's note"), {});

        std::unique_ptr<Project> main = openOrDie(target);
        Result<MergeReport> report = ProjectMerge::merge(*main, copyPath);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->tables.value(QStringLiteral("record")).updated, 1);
        QCOMPARE(report->conflicts.size(), 1);
        QCOMPARE(report->conflicts.first().entity, QStringLiteral("record"));
        QVERIFY(report->conflicts.first().copyValue.contains(QStringLiteral("copy's note")));
        QCOMPARE(
            rows(*main, QStringLiteral("SELECT notes FROM record WHERE title = 'Shared record 4'")),
            QStringList{QStringLiteral("found the full text")});
        QCOMPARE(
            rows(*main, QStringLiteral("SELECT notes FROM record WHERE title = 'Shared record 5'")),
            QStringList{QStringLiteral("main's note")});
        QCOMPARE(
            rows(*main, QStringLiteral("SELECT count(*) FROM record_fts WHERE record_fts MATCH "
                                       "'befriending'")),
            QStringList{QStringLiteral("1")});
    }

    // The lead settles a conflict in their copy: the settlement comes in over the conflict.
    void merge_leadsSettlementInCopy_comesIn()
    {
        const QString mainPath = path(QStringLiteral("settle.evimap"));
        buildMain(mainPath);
        const QString copyPath = path(QStringLiteral("settle-copy.evimap"));
        const QString title = QStringLiteral("Shared record 6");
        {
            std::unique_ptr<Project> main = openOrDie(mainPath);
            ScreeningStore store(*main);
            const qint64 record = recordByTitle(*main, title);
            QVERIFY(store
                        .setDecision(record, TA, reviewerId(*main, QStringLiteral("AA")),
                                     DecisionInput{Decision::Include, 0, {}})
                        .ok());
            QVERIFY(store
                        .setDecision(record, TA, reviewerId(*main, QStringLiteral("BB")),
                                     DecisionInput{Decision::Exclude, 0, {}})
                        .ok());
            QCOMPARE(store.conflicts(TA).size(), 1);
            QVERIFY(
                ProjectCopy::take(*main, copyPath, reviewerId(*main, QStringLiteral("LL"))).ok());
        }
        {
            std::unique_ptr<Project> copy = openOrDie(copyPath);
            QVERIFY(ScreeningStore(*copy)
                        .setManualResult(
                            recordByTitle(*copy, title), TA,
                            reviewerId(*copy, QStringLiteral("LL")),
                            ManualResult{ResultKind::Include, 0, QStringLiteral("on the train")})
                        .ok());
        }
        std::unique_ptr<Project> main = openOrDie(mainPath);
        Result<MergeReport> report = ProjectMerge::merge(*main, copyPath);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->tables.value(QStringLiteral("screening_result")).added, 1);
        ScreeningStore store(*main);
        const std::optional<ScreeningResult> result = store.result(recordByTitle(*main, title), TA);
        QVERIFY(result);
        QCOMPARE(result->result, ResultKind::Include);
        QCOMPARE(result->settledBy, reviewerId(*main, QStringLiteral("LL")));
        QCOMPARE(store.conflicts(TA).size(), 0);
    }

    // A copy cannot promote anyone to lead of the main project.
    void merge_newReviewerFromCopy_isNeverALead()
    {
        const QString target = path(QStringLiteral("roles.evimap"));
        QVERIFY(QFile::copy(m_main, target));
        const QString copyPath = path(QStringLiteral("roles-copy.evimap"));
        {
            std::unique_ptr<Project> main = openOrDie(target);
            QVERIFY(
                ProjectCopy::take(*main, copyPath, reviewerId(*main, QStringLiteral("AA"))).ok());
        }
        {
            std::unique_ptr<Project> copy = openOrDie(copyPath);
            QVERIFY(Reviewers(*copy)
                        .add(QStringLiteral("Eve Else"), QStringLiteral("EE"), Role::Lead)
                        .ok());
        }
        std::unique_ptr<Project> main = openOrDie(target);
        Result<MergeReport> report = ProjectMerge::merge(*main, copyPath);
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        const std::optional<Reviewer> eve = Reviewers(*main).find(QStringLiteral("EE"));
        QVERIFY(eve);
        QVERIFY(!eve->isLead());
    }
};

QTEST_GUILESS_MAIN(TeamMergeTest)
#include "tst_teammerge.moc"
