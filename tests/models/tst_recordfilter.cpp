// The record list's one-click views (RecordFilter, RecordFilterStore) and tags (TagStore) over
// a project the test builds with a lead and two reviewers: each view's records for each person,
// the refusals blinding asks for, and that nothing a reviewer's view lists moves when another
// reviewer votes on a record not settled yet.
#include "coding/codebook.h"
#include "coding/codebooktemplate.h"
#include "coding/codingstore.h"
#include "core/clock.h"
#include "export/exportjob.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "records/recordfilter.h"
#include "records/recordfilterstore.h"
#include "records/recordstore.h"
#include "records/recordtablemodel.h"
#include "records/searchquery.h"
#include "records/tagstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "team/audittrail.h"
#include "team/blinding.h"
#include "team/roles.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

namespace {

constexpr auto TA = ScreeningStage::TitleAbstract;
constexpr auto FT = ScreeningStage::FullText;

const char codebookJson[] = R"({
  "format": "evimap-codebook", "version": 1, "name": "Small",
  "dimensions": [
    {"key": "factor", "label": "Psychological factor", "choice": "multiple",
     "codes": [{"key": "shame", "label": "Shame"}]}
  ]
})";

enum Person
{
    Lead,
    Ann,
    Ben,
    Script // the command line without --reviewer
};

} // namespace

Q_DECLARE_METATYPE(Person)
Q_DECLARE_METATYPE(RecordView)
Q_DECLARE_METATYPE(ScreeningStage)

class RecordFilterTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_lead = 0, m_ann = 0, m_ben = 0;
    qint64 m_batchA = 0, m_batchB = 0;
    QList<qint64> m_records;

    qint64 idOf(Person p) const
    {
        switch (p) {
        case Lead:
            return m_lead;
        case Ann:
            return m_ann;
        case Ben:
            return m_ben;
        case Script:
            break;
        }
        return Blinding::Unrestricted;
    }

    void decide(ScreeningStage stage, int record, qint64 reviewer, Decision decision)
    {
        QVERIFY(ScreeningStore(*m_project)
                    .setDecision(m_records[record], stage, reviewer, DecisionInput{decision, 0, {}})
                    .ok());
    }

    qint64 batch(const QString &source)
    {
        QSqlQuery q(m_project->database());
        q.prepare("INSERT INTO import_batch (uuid, file_name, file_sha256, format, source, "
                  "imported_at) VALUES (?, ?, '', 'ris', ?, ?)");
        q.addBindValue(newUuid());
        q.addBindValue(source + ".ris");
        q.addBindValue(source);
        q.addBindValue(utcNow());
        if (!q.exec())
            return 0;
        return q.lastInsertId().toLongLong();
    }

    QList<int> indices(const QList<qint64> &ids) const
    {
        QList<int> list;
        for (qint64 id : ids)
            list << int(m_records.indexOf(id));
        return list;
    }

    // Every view a reviewer may ask, as their record lists, for comparing before and after.
    QStringList everything(qint64 viewer)
    {
        QStringList lists;
        RecordFilterStore store(*m_project, viewer);
        for (RecordView view : RecordFilter::views()) {
            for (ScreeningStage stage : {TA, FT}) {
                RecordFilter f;
                f.view = view;
                f.stage = stage;
                f.batchId = m_batchA;
                f.text =
                    view == RecordView::Tagged ? QStringLiteral("pilot") : QStringLiteral("Scopus");
                f.reviewerId = viewer;
                const Result<QList<qint64>> ids = store.ids(f);
                QString line = RecordFilter::key(view) + QLatin1Char(' ') +
                               ScreeningNames::stageKey(stage) + QLatin1Char(':');
                if (!ids)
                    line += QStringLiteral(" refused");
                else
                    for (qint64 id : *ids)
                        line += QLatin1Char(' ') + QString::number(id);
                lists << line;
            }
        }
        const Result<QList<TagCount>> tags = TagStore(*m_project, viewer).tags();
        for (const TagCount &t : tags.value())
            lists << QStringLiteral("tag %1 %2").arg(t.name).arg(t.records);
        for (qint64 id : std::as_const(m_records))
            lists << TagStore(*m_project, viewer).tagsOf(id).join(QLatin1Char(','));
        RecordTableModel model(m_project->database());
        model.setViewer(viewer);
        for (int row = 0; row < model.rowCount(); ++row)
            lists << model.index(row, RecordTableModel::Status).data().toString();
        return lists;
    }

private slots:
    // Ten records. Title/abstract, two reviewers required: 0 both include (settled), 1 both
    // exclude (settled), 2 Ann includes and Ben excludes (conflict), 3 Ben excludes alone, 4 Ann
    // includes alone, 5 Ann unsure alone, 6–9 nobody. Record 0 is included at full text by
    // both, and Ann codes it. Record 7 is settled include, then not retrieved (by the lead).
    // Batch A (Scopus) has 0–4, batch B (PubMed) 5–9; 9 is merged into 8 as a duplicate.
    // PDFs on 0 and 6. Tag "pilot": Ann on 2 and 4, Ben on 3, the lead on 7.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Project>> created =
            Project::create(m_dir.filePath(QStringLiteral("f.evimap")), QStringLiteral("Filters"));
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        m_project = std::move(created.value());
        Reviewers people(*m_project);
        m_lead = people.add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        m_ann = people.add(QStringLiteral("Ann Able"), QStringLiteral("AA"))->id;
        m_ben = people.add(QStringLiteral("Ben Okafor"), QStringLiteral("BO"))->id;
        ScreeningSettings settings = ScreeningSettings::read(*m_project);
        settings.reviewersRequired = 2;
        QVERIFY(settings.write(*m_project).ok());
        m_batchA = batch(QStringLiteral("Scopus"));
        m_batchB = batch(QStringLiteral("PubMed"));
        QVERIFY(m_batchA > 0 && m_batchB > 0);
        RecordStore records(m_project->database());
        QVERIFY(m_project
                    ->writeTransaction([&]() -> Status {
                        for (int i = 0; i < 10; ++i) {
                            Record r;
                            r.title = QStringLiteral("Record %1").arg(i);
                            r.sourceRecordNo = i + 1;
                            if (Status s = records.insert(r, i < 5 ? m_batchA : m_batchB); !s)
                                return s;
                            m_records.append(r.id);
                        }
                        return {};
                    })
                    .ok());
        decide(TA, 0, m_ann, Decision::Include);
        decide(TA, 0, m_ben, Decision::Include);
        decide(TA, 1, m_ann, Decision::Exclude);
        decide(TA, 1, m_ben, Decision::Exclude);
        decide(TA, 2, m_ann, Decision::Include);
        decide(TA, 2, m_ben, Decision::Exclude);
        decide(TA, 3, m_ben, Decision::Exclude);
        decide(TA, 4, m_ann, Decision::Include);
        decide(TA, 5, m_ann, Decision::Unsure);
        decide(FT, 0, m_ann, Decision::Include);
        decide(FT, 0, m_ben, Decision::Include);

        QSqlQuery q(m_project->database());
        for (const auto &[record, stage, result] :
             {std::tuple{7, "ta", "include"}, std::tuple{7, "ft", "not_retrieved"}}) {
            q.prepare("INSERT INTO screening_result (uuid, record_id, stage, result, settled_by, "
                      "settled_at) VALUES (?, ?, ?, ?, ?, ?)");
            q.addBindValue(newUuid());
            q.addBindValue(m_records[record]);
            q.addBindValue(QString::fromLatin1(stage));
            q.addBindValue(QString::fromLatin1(result));
            q.addBindValue(m_lead);
            q.addBindValue(utcNow());
            QVERIFY(q.exec());
        }
        for (int record : {0, 6}) {
            q.prepare("INSERT INTO attachment (uuid, record_id, file_path, file_sha256, added_at) "
                      "VALUES (?, ?, 'files/a.pdf', '', ?)");
            q.addBindValue(newUuid());
            q.addBindValue(m_records[record]);
            q.addBindValue(utcNow());
            QVERIFY(q.exec());
        }
        q.prepare("UPDATE record SET duplicate_of = ? WHERE id = ?");
        q.addBindValue(m_records[8]);
        q.addBindValue(m_records[9]);
        QVERIFY(q.exec());

        Codebook codebook(*m_project);
        QVERIFY(
            codebook.applyTemplate(CodebookTemplate::fromJson(codebookJson).value(), m_lead).ok());
        QVERIFY(CodingStore(*m_project, codebook)
                    .apply(m_records[0],
                           codebook.resolvePath(QStringLiteral("factor/shame")).value(), m_ann)
                    .ok());

        QCOMPARE(TagStore(*m_project, m_ann).add({m_records[2], m_records[4]}, "pilot").value(), 2);
        QCOMPARE(TagStore(*m_project, m_ben).add({m_records[3]}, " Pilot ").value(), 1);
        QCOMPARE(TagStore(*m_project, m_lead).add({m_records[7]}, "pilot").value(), 1);
    }

    void view_listsTheRecordsEachPersonMaySee_data()
    {
        QTest::addColumn<Person>("person");
        QTest::addColumn<QString>("key");
        QTest::addColumn<ScreeningStage>("stage");
        QTest::addColumn<QList<int>>("expected"); // record indices; {-1}: refused

        const QList<int> refused{-1};
        QTest::newRow("all") << Script << "all" << TA << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8};
        QTest::newRow("ann my-included ta") << Ann << "my-included" << TA << QList<int>{0, 2, 4};
        QTest::newRow("ann my-excluded ta") << Ann << "my-excluded" << TA << QList<int>{1};
        QTest::newRow("ann my-unsure ta") << Ann << "my-unsure" << TA << QList<int>{5};
        QTest::newRow("ann my-included ft") << Ann << "my-included" << FT << QList<int>{0};
        QTest::newRow("ben my-excluded ta") << Ben << "my-excluded" << TA << QList<int>{1, 2, 3};
        QTest::newRow("ben my-included ta") << Ben << "my-included" << TA << QList<int>{0};
        QTest::newRow("lead my-included: none of her own")
            << Lead << "my-included" << TA << QList<int>{};
        QTest::newRow("script my-included: needs a reviewer")
            << Script << "my-included" << TA << refused;
        QTest::newRow("ann awaiting") << Ann << "awaiting" << TA << QList<int>{2, 4, 5};
        QTest::newRow("ben awaiting") << Ben << "awaiting" << TA << QList<int>{2, 3};
        QTest::newRow("ann awaiting ft: settled") << Ann << "awaiting" << FT << QList<int>{};
        QTest::newRow("lead conflicts") << Lead << "conflicts" << TA << QList<int>{2};
        QTest::newRow("script conflicts") << Script << "conflicts" << TA << QList<int>{2};
        QTest::newRow("ann conflicts: lead only") << Ann << "conflicts" << TA << refused;
        QTest::newRow("ben conflicts: lead only") << Ben << "conflicts" << TA << refused;
        QTest::newRow("included ta") << Ben << "included" << TA << QList<int>{0, 7};
        QTest::newRow("excluded ta") << Ann << "excluded" << TA << QList<int>{1};
        QTest::newRow("settled ta") << Ann << "settled" << TA << QList<int>{0, 1, 7};
        QTest::newRow("included ft") << Ann << "included" << FT << QList<int>{0};
        QTest::newRow("settled ft") << Lead << "settled" << FT << QList<int>{0, 7};
        QTest::newRow("not retrieved") << Ann << "not-retrieved" << TA << QList<int>{7};
        QTest::newRow("ann coded: her own") << Ann << "coded" << TA << QList<int>{0};
        QTest::newRow("ben coded: not Ann's") << Ben << "coded" << TA << QList<int>{};
        QTest::newRow("lead coded") << Lead << "coded" << TA << QList<int>{0};
        QTest::newRow("ann not coded") << Ann << "not-coded" << TA << QList<int>{};
        QTest::newRow("ben not coded") << Ben << "not-coded" << TA << QList<int>{0};
        QTest::newRow("has pdf") << Ben << "has-pdf" << TA << QList<int>{0, 6};
        QTest::newRow("batch A") << Ben << "batch" << TA << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("source pubmed, live only")
            << Ben << "source" << TA << QList<int>{5, 6, 7, 8};
        QTest::newRow("duplicates") << Ann << "duplicates" << TA << QList<int>{9};
        QTest::newRow("lead: Ben's decisions")
            << Lead << "decided-by" << TA << QList<int>{0, 1, 2, 3};
        QTest::newRow("ann: Ben's decisions refused") << Ann << "decided-by" << TA << refused;
        QTest::newRow("ann pilot: her own tags") << Ann << "tag" << TA << QList<int>{2, 4};
        QTest::newRow("ben pilot: his own tags") << Ben << "tag" << TA << QList<int>{3};
        QTest::newRow("lead pilot: everyone's") << Lead << "tag" << TA << QList<int>{2, 3, 4, 7};
    }

    void view_listsTheRecordsEachPersonMaySee()
    {
        QFETCH(Person, person);
        QFETCH(QString, key);
        QFETCH(ScreeningStage, stage);
        QFETCH(QList<int>, expected);
        RecordFilter filter;
        const std::optional<RecordView> view = RecordFilter::fromKey(key);
        QVERIFY(view);
        filter.view = *view;
        filter.stage = stage;
        filter.batchId = m_batchA;
        filter.reviewerId = m_ben;
        filter.text =
            *view == RecordView::Tagged ? QStringLiteral("PILOT") : QStringLiteral("pubmed");
        const Result<QList<qint64>> ids = RecordFilterStore(*m_project, idOf(person)).ids(filter);
        if (expected == QList<int>{-1}) {
            QVERIFY(!ids.ok());
            QCOMPARE(ids.error().kind, Error::Kind::Usage);
            return;
        }
        QVERIFY2(ids.ok(), qPrintable(ids.errorString()));
        QCOMPARE(indices(*ids), expected);
    }

    void keys_roundTripAndTitlesNameTheStage()
    {
        for (RecordView view : RecordFilter::views()) {
            QCOMPARE(RecordFilter::fromKey(RecordFilter::key(view)), std::optional(view));
            QVERIFY(!RecordFilter::label(view).isEmpty());
        }
        QVERIFY(!RecordFilter::fromKey(QStringLiteral("mine")));
        RecordFilter f;
        f.view = RecordView::MyExcluded;
        f.stage = FT;
        QCOMPARE(f.title(), QStringLiteral("My votes: excluded (full text)"));
    }

    void highlightTerms_areTheSearchWordsAsPrefixesWithoutOperatorsOrNegations_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("words") << "lonel older" << QStringList{"lonel*", "older*"};
        QTest::newRow("phrase") << "\"social isolation\" AND men"
                                << QStringList{"social isolation", "men*"};
        QTest::newRow("not") << "shame NOT mice OR guilt" << QStringList{"shame*", "guilt*"};
        QTest::newRow("not group")
            << "shame NOT (mice OR rats) stigma" << QStringList{"shame*", "stigma*"};
        QTest::newRow("hyphen") << "self-esteem" << QStringList{"self* esteem*"};
        QTest::newRow("blank") << "  " << QStringList{};
    }

    void highlightTerms_areTheSearchWordsAsPrefixesWithoutOperatorsOrNegations()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, terms);
        QCOMPARE(SearchQuery::highlightTerms(search), terms);
    }

    void screeningColumn_showsTheViewersOwnVoteUntilSettled_data()
    {
        QTest::addColumn<Person>("person");
        QTest::addColumn<int>("record");
        QTest::addColumn<QString>("status");
        QTest::newRow("ann's own include") << Ann << 4 << "You: included";
        QTest::newRow("ben sees nothing of Ann's") << Ben << 4 << "";
        QTest::newRow("lead sees no vote of others") << Lead << 4 << "";
        QTest::newRow("ben's own exclude on the conflict") << Ben << 2 << "You: excluded";
        QTest::newRow("ann's own include on the conflict") << Ann << 2 << "You: included";
        QTest::newRow("ann unsure") << Ann << 5 << "You: unsure";
        QTest::newRow("settled: the result") << Ann << 1 << "Excluded (title/abstract)";
        QTest::newRow("settled at full text") << Ben << 0 << "Included";
        QTest::newRow("not retrieved") << Ann << 7 << "Not retrieved";
    }

    void screeningColumn_showsTheViewersOwnVoteUntilSettled()
    {
        QFETCH(Person, person);
        QFETCH(int, record);
        QFETCH(QString, status);
        RecordTableModel model(m_project->database());
        QAbstractItemModelTester tester(&model);
        model.setViewer(idOf(person) > 0 ? idOf(person) : 0);
        const int row = model.rowOfRecord(m_records[record]);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, RecordTableModel::Status).data().toString(), status);
        QVERIFY(
            RecordTableModel::statusTexts().contains(QStringLiteral("You: included (full text)")));
    }

    void tableRestriction_listsTheFilteredRecordsAndShowsDuplicatesWhenAsked()
    {
        RecordTableModel model(m_project->database());
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 9);
        RecordFilter f;
        f.view = RecordView::MyIncluded;
        model.setRestriction(RecordFilterStore(*m_project, m_ann).ids(f).value());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.recordId(2), m_records[4]);
        f.view = RecordView::Duplicates;
        model.setRestriction(RecordFilterStore(*m_project, m_ann).ids(f).value());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.recordId(0), m_records[9]);
        model.setRestriction(std::nullopt);
        QCOMPARE(model.rowCount(), 9);
    }

    void tags_areEachPersonsOwnWhileBlindAndAudited()
    {
        QCOMPARE(TagStore(*m_project, m_ann).tagsOf(m_records[2]), QStringList{"pilot"});
        QCOMPARE(TagStore(*m_project, m_ben).tagsOf(m_records[2]), QStringList{});
        QCOMPARE(TagStore(*m_project, m_lead).tagsOf(m_records[3]), QStringList{"pilot"});
        const QList<TagCount> lead = TagStore(*m_project, m_lead).tags().value();
        QCOMPARE(lead.size(), 1);
        QCOMPARE(lead.first().records, 4);
        QCOMPARE(TagStore(*m_project, m_ben).tags().value().first().records, 1);
        // Tagging again adds nothing; an empty name is refused.
        QCOMPARE(TagStore(*m_project, m_ann).add({m_records[2]}, "pilot").value(), 0);
        QVERIFY(!TagStore(*m_project, m_ann).add({m_records[2]}, "  ").ok());

        QSqlQuery q(m_project->database());
        QVERIFY(q.exec("SELECT COUNT(*) FROM audit_log WHERE action = 'record.tag'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QVERIFY(q.exec("SELECT COUNT(*) FROM audit_log WHERE action = 'tag.create'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        QCOMPARE(TagStore(*m_project, m_ann).add({m_records[6]}, "second look").value(), 1);
        QCOMPARE(
            TagStore(*m_project, m_ann).remove({m_records[6], m_records[5]}, "Second Look").value(),
            1);
        QCOMPARE(TagStore(*m_project, m_ann).tagsOf(m_records[6]), QStringList{});
        // The history hides others' tags from a reviewer while screening is blind.
        int annsTagsSeenByBen = 0, annsTagsSeenByAnn = 0, annsTagsSeenByLead = 0;
        const QList<AuditEntry> history = AuditTrail::read(*m_project);
        for (const AuditEntry &e : history) {
            if (!e.action.contains(QStringLiteral("tag")) || e.reviewerId != m_ann)
                continue;
            annsTagsSeenByBen += Blinding(*m_project, m_ben).maySee(e);
            annsTagsSeenByAnn += Blinding(*m_project, m_ann).maySee(e);
            annsTagsSeenByLead += Blinding(*m_project, m_lead).maySee(e);
        }
        QCOMPARE(annsTagsSeenByBen, 0);
        QVERIFY(annsTagsSeenByAnn >= 4);
        QCOMPARE(annsTagsSeenByLead, annsTagsSeenByAnn);
        QVERIFY(q.exec("SELECT COUNT(*) FROM audit_log WHERE action = 'record.untag'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void tags_viewerWritesNone()
    {
        const Result<Reviewer> viewer =
            Reviewers(*m_project).add(QStringLiteral("Vic Viewer"), "VV", Role::Viewer);
        QVERIFY2(viewer.ok(), qPrintable(viewer.errorString()));
        const Result<int> tagged = TagStore(*m_project, viewer->id).add({m_records[1]}, "x");
        QVERIFY(!tagged.ok());
        QVERIFY(tagged.errorString().contains(QStringLiteral("only a lead")) ||
                tagged.errorString().contains(QStringLiteral("viewer")));
    }

    void exports_writeTheTagsThePersonMaySee_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("annsTag"); // how Ann's tag on record 2 is written
        QTest::newRow("ris") << "ris"
                             << "KW  - pilot";
        QTest::newRow("bibtex") << "bibtex"
                                << "groups = {pilot}";
        QTest::newRow("csv") << "csv"
                             << ",pilot,";
        QTest::newRow("csljson") << "csljson"
                                 << "\"custom\":{\"tags\":[\"pilot\"]}";
    }

    void exports_writeTheTagsThePersonMaySee()
    {
        QFETCH(QString, format);
        QFETCH(QString, annsTag);
        const auto exported = [&](qint64 viewer) {
            ExportSelection selection;
            selection.recordIds = {m_records[2]};
            selection.viewerId = viewer;
            const QString path = m_dir.filePath(QStringLiteral("tags.") + format);
            if (!ExportJob::run(*m_project, selection, format, path).ok())
                return QString();
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        const QString all = exported(Blinding::Unrestricted);
        QVERIFY2(all.contains(annsTag), qPrintable(all));
        QVERIFY2(exported(m_ann).contains(annsTag), qPrintable(exported(m_ann)));
        // Ben does not see Ann's tag while screening is blind, nor does his export.
        const QString bens = exported(m_ben);
        QVERIFY2(!bens.isEmpty() && !bens.contains(QStringLiteral("pilot")), qPrintable(bens));
    }

    // Last: it votes. Whatever Ann does on records not settled, Ben's views, tags and Screening
    // column stay the same, record for record.
    void blinding_aReviewersViewsNeverMoveWithAnothersUnsettledVote()
    {
        const QStringList before = everything(m_ben);
        decide(TA, 3, m_ann, Decision::Include); // now a conflict with Ben
        decide(TA, 4, m_ann, Decision::Exclude); // changed her mind
        decide(TA, 6, m_ann, Decision::Exclude); // a new vote
        QVERIFY(TagStore(*m_project, m_ann).add({m_records[3], m_records[6]}, "exclude?").ok());
        const QStringList after = everything(m_ben);
        QCOMPARE(after, before);
        // The lead's do move: the check above can fail.
        RecordFilter conflicts;
        conflicts.view = RecordView::Conflicts;
        QCOMPARE(indices(RecordFilterStore(*m_project, m_lead).ids(conflicts).value()),
                 (QList<int>{2, 3}));
    }
};

QTEST_GUILESS_MAIN(RecordFilterTest)
#include "tst_recordfilter.moc"
