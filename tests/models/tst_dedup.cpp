// Duplicate detection: the scorer on true duplicates and on every known trap, blocking that
// finds the pairs without comparing everything, and merging that loses nothing and can be
// undone, with the PRISMA count that comes from it.
#include "dedup/candidategenerator.h"
#include "dedup/comparablerecord.h"
#include "dedup/dedupstore.h"
#include "dedup/dedupthresholds.h"
#include "dedup/duplicatefinder.h"
#include "dedup/duplicatescorer.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "project/reviewers.h"
#include "records/recordstore.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace evimap;

Q_DECLARE_METATYPE(evimap::Record)
Q_DECLARE_METATYPE(evimap::DedupScore::Decision)

namespace {

Record article()
{
    Record r;
    r.title = "Loneliness and social anxiety in older adults: a longitudinal cohort study";
    r.authors = {"Smith, John A.", "García-López, María", "Chen, Wei"};
    r.year = 2019;
    r.container = "Journal of Social and Clinical Psychology";
    r.volume = "38";
    r.issue = "4";
    r.pages = "301-320";
    r.doi = "10.1521/jscp.2019.38.4.301";
    r.abstract = "Background: loneliness is common in later life.";
    return r;
}

Record with(Record r, const std::function<void(Record &)> &change)
{
    change(r);
    return r;
}

QString scoreText(const DedupScore &s)
{
    QStringList parts;
    for (const DedupReason &r : s.reasons)
        parts << r.field + ":" + r.verdict + "(" + QString::number(r.weight) + ")" + r.detail;
    return QString::number(s.score, 'f', 4) + " " + parts.join(", ");
}

// Inserts records as one import batch each (so a merge has several sources).
QList<qint64> store(Project &project, const QList<Record> &records)
{
    QList<qint64> ids;
    Status s = project.writeTransaction([&]() -> Status {
        RecordStore rs(project.database());
        for (Record r : records) {
            QSqlQuery q(project.database());
            q.prepare("INSERT INTO import_batch(uuid, file_name, file_sha256, format, source, "
                      "imported_at) VALUES (?, ?, '', 'ris', ?, '2025-01-01')");
            q.addBindValue(QUuid::createUuid().toString());
            q.addBindValue(QString("search%1.ris").arg(ids.size() + 1));
            q.addBindValue(QString("Database %1").arg(ids.size() + 1));
            if (!q.exec())
                return failure("batch");
            r.sourceRecordNo = 1;
            if (Status st = rs.insert(r, q.lastInsertId().toLongLong()); !st)
                return st;
            ids << r.id;
        }
        return {};
    });
    Q_ASSERT(s.ok());
    return ids;
}

qint64 count(Project &project, const QString &sql)
{
    QSqlQuery q(project.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class DedupTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    std::unique_ptr<Project> newProject()
    {
        Result<std::unique_ptr<Project>> p =
            Project::create(m_dir.filePath(QString("p%1.evimap").arg(++m_projects)));
        Q_ASSERT(p.ok());
        return std::move(p.value());
    }

private slots:
    void scorer_data()
    {
        using D = DedupScore::Decision;
        QTest::addColumn<Record>("a");
        QTest::addColumn<Record>("b");
        QTest::addColumn<D>("expected");
        QTest::addColumn<QString>("reason"); // a field:verdict the reasons must contain

        const Record base = article();
        // True duplicates.
        QTest::newRow("identical") << base << base << D::Auto << "doi:agree";
        QTest::newRow("same DOI, title re-cased") << base << with(base, [](Record &r) {
            r.title = "LONELINESS AND SOCIAL ANXIETY IN OLDER ADULTS - A LONGITUDINAL "
                      "COHORT STUDY.";
        }) << D::Auto << "title:agree";
        QTest::newRow("no DOI in one export")
            << base << with(base, [](Record &r) { r.doi.clear(); }) << D::Auto << "pages:agree";
        QTest::newRow("DOI as URL") << base << with(base, [](Record &r) {
            r.doi = "https://doi.org/10.1521/JSCP.2019.38.4.301";
        }) << D::Auto << "doi:agree";
        QTest::newRow("title typo, no DOI") << base << with(base, [](Record &r) {
            r.doi.clear();
            r.title = "Loneliness and social anxeity in older adults: a longitudinal "
                      "cohort study";
        }) << D::Auto << "title:agree";
        QTest::newRow("authors abbreviated, journal abbreviated")
            << base
            << with(base,
                    [](Record &r) {
                        r.authors = {"Smith JA", "Garcia-Lopez M", "Chen W"};
                        r.container = "J Soc Clin Psychol";
                    })
            << D::Auto << "journal:agree";
        QTest::newRow("page range abbreviated") << base << with(base, [](Record &r) {
            r.doi.clear();
            r.pages = "301-20";
        }) << D::Auto << "pages:agree";
        QTest::newRow("markup in one title") << base << with(base, [](Record &r) {
            r.title = "Loneliness and <i>social anxiety</i> in older adults: a "
                      "longitudinal cohort study &copy; 2019 Guilford";
            r.title.replace("&copy;", "©");
        }) << D::Auto << "title:agree";
        QTest::newRow("subtitle left out, same DOI") << base << with(base, [](Record &r) {
            r.title = "Loneliness and social anxiety in older adults";
        }) << D::Auto << "title:partial";

        // Different works.
        QTest::newRow("different article, same issue") << base << with(base, [](Record &r) {
            r.title = "Mindfulness training for isolated carers: a randomised trial";
            r.doi = "10.1521/jscp.2019.38.4.321";
            r.pages = "321-340";
        }) << D::None << "title:disagree";
        QTest::newRow("different DOIs")
            << base << with(base, [](Record &r) { r.doi = "10.1521/jscp.2019.38.4.999"; })
            << D::Review << "doi:disagree";
        QTest::newRow("different PMIDs")
            << with(base, [](Record &r) { r.pmid = "31000001"; })
            << with(base, [](Record &r) { r.pmid = "31000002"; }) << D::Review << "pmid:disagree";
        QTest::newRow("numbers in the titles differ") << with(base, [](Record &r) {
            r.doi.clear();
            r.title = "Loneliness in older adults: 5-year follow-up of a cohort";
        }) << with(base, [](Record &r) {
            r.doi.clear();
            r.title = "Loneliness in older adults: 10-year follow-up of a cohort";
        }) << D::Review << "numbers:disagree";
        QTest::newRow("part I and part II") << with(base, [](Record &r) {
            r.doi.clear();
            r.title = "Loneliness interventions in the community, part I: design";
        }) << with(base, [](Record &r) {
            r.doi.clear();
            r.title = "Loneliness interventions in the community, part II: design";
        }) << D::Review << "numbers:disagree";
        QTest::newRow("years two apart") << base << with(base, [](Record &r) {
            r.doi.clear();
            r.year = 2021;
        }) << D::Review << "year:disagree";

        // Traps.
        QTest::newRow("erratum vs article") << base << with(base, [](Record &r) {
            r.title = "Erratum: Loneliness and social anxiety in older adults: a "
                      "longitudinal cohort study";
            r.pages = "412";
        }) << D::None << "guard:guard";
        QTest::newRow("correction to vs article") << base << with(base, [](Record &r) {
            r.title = "Correction to: Loneliness and social anxiety in older adults: a "
                      "longitudinal cohort study";
            r.doi = "10.1521/jscp.2019.38.6.555";
        }) << D::None << "guard:guard";
        QTest::newRow("web of science correction vs article") << base << with(base, [](Record &r) {
            r.title = "Loneliness and social anxiety in older adults: a longitudinal "
                      "cohort study (vol 38, pg 301, 2019)";
            r.doi.clear();
        }) << D::None << "guard:guard";
        QTest::newRow("retraction notice vs article") << base << with(base, [](Record &r) {
            r.title = "Retraction notice to: Loneliness and social anxiety in older "
                      "adults: a longitudinal cohort study";
            r.doi.clear();
        }) << D::None << "guard:guard";
        QTest::newRow("comment vs article") << base << with(base, [](Record &r) {
            r.title = "Comment on: Loneliness and social anxiety in older adults: a "
                      "longitudinal cohort study";
            r.doi.clear();
        }) << D::None << "guard:guard";
        QTest::newRow("retracted article vs unmarked copy") << base << with(base, [](Record &r) {
            r.title = "RETRACTED: Loneliness and social anxiety in older adults: a "
                      "longitudinal cohort study";
        }) << D::Review << "guard:guard";
        QTest::newRow("the same erratum from two databases") << with(base, [](Record &r) {
            r.title = "Erratum: Loneliness and social anxiety in older adults";
            r.doi = "10.1521/jscp.2019.38.6.555";
            r.pages = "555";
        }) << with(base, [](Record &r) {
            r.title = "ERRATUM - Loneliness and social anxiety in older adults.";
            r.doi = "10.1521/JSCP.2019.38.6.555";
            r.pages = "555";
        }) << D::Auto << "doi:agree";
        QTest::newRow("conference abstracts sharing the proceedings DOI")
            << with(base,
                    [](Record &r) {
                        r.type = RecordType::ConferenceAbstract;
                        r.container = "European Heart Journal. Conference: ESC Congress 2017";
                        r.doi = "10.1093/eurheartj/ehx502";
                        r.pages = "893";
                    })
            << with(base,
                    [](Record &r) {
                        r.type = RecordType::ConferenceAbstract;
                        r.title =
                            "Peer support groups reduce loneliness after myocardial infarction";
                        r.authors = {"Jones, P", "Brown, K"};
                        r.container = "European Heart Journal. Conference: ESC Congress 2017";
                        r.doi = "10.1093/eurheartj/ehx502";
                        r.pages = "894";
                    })
            << D::None << "doi:guard";
        QTest::newRow("conference abstract vs later article") << with(base, [](Record &r) {
            r.type = RecordType::ConferenceAbstract;
            r.container = "Circulation. Conference: American Heart Association 2018";
            r.volume = "138";
            r.pages.clear();
            r.doi.clear();
            r.year = 2018;
        }) << base << D::Review << "journal:disagree";
        QTest::newRow("preprint vs published") << with(base, [](Record &r) {
            r.type = RecordType::Preprint;
            r.container = "PsyArXiv";
            r.doi = "10.31234/osf.io/abcde";
            r.volume.clear();
            r.issue.clear();
            r.pages.clear();
            r.year = 2018;
        }) << base << D::Link << "guard:guard";
        QTest::newRow("medRxiv DOI marks a preprint") << with(base, [](Record &r) {
            r.type = RecordType::JournalArticle;
            r.container = "medRxiv";
            r.doi = "10.1101/2020.04.01.20050112";
            r.volume.clear();
            r.pages.clear();
        }) << base << D::Link << "guard:guard";
        QTest::newRow("reports without journal data, title only") << with(base, [](Record &r) {
            r = Record();
            r.type = RecordType::Report;
            r.title = "Tackling loneliness in later life: an evidence review for "
                      "community organisations";
        }) << with(base, [](Record &r) {
            r = Record();
            r.type = RecordType::Report;
            r.title = "Tackling Loneliness in Later Life: An Evidence Review for "
                      "Community Organisations";
        }) << D::Review << "guard:guard";
        QTest::newRow("reports without journal data, title authors and year")
            << with(base,
                    [](Record &r) {
                        r = Record();
                        r.type = RecordType::Report;
                        r.title = "Tackling loneliness in later life: an evidence review for "
                                  "community organisations";
                        r.authors = {"Age UK"};
                        r.year = 2018;
                    })
            << with(base,
                    [](Record &r) {
                        r = Record();
                        r.type = RecordType::Report;
                        r.title = "Tackling loneliness in later life - an evidence review for "
                                  "community organisations";
                        r.authors = {"Age UK"};
                        r.year = 2018;
                    })
            << D::Auto << "title:agree";
        QTest::newRow("reports of two years, published together") << with(base, [](Record &r) {
            r = Record();
            r.type = RecordType::Report;
            r.title = "Annual report on loneliness in the United Kingdom 2018";
            r.authors = {"Campaign to End Loneliness"};
            r.year = 2018;
        }) << with(base, [](Record &r) {
            r = Record();
            r.type = RecordType::Report;
            r.title = "Annual report on loneliness in the United Kingdom 2019";
            r.authors = {"Campaign to End Loneliness"};
            r.year = 2018;
        }) << D::Review << "numbers:disagree";
        QTest::newRow("short generic title") << with(base, [](Record &r) {
            r.title = "Editorial";
            r.doi.clear();
            r.pages = "1";
        }) << with(base, [](Record &r) {
            r.title = "Editorial";
            r.doi.clear();
            r.pages = "1";
            r.authors = {"Smith, John A."};
        }) << D::Review << "guard:guard";
    }

    void scorer()
    {
        QFETCH(Record, a);
        QFETCH(Record, b);
        QFETCH(DedupScore::Decision, expected);
        QFETCH(QString, reason);
        const DuplicateScorer scorer;
        const ComparableRecord ca = ComparableRecord::fromRecord(a);
        const ComparableRecord cb = ComparableRecord::fromRecord(b);
        const DedupScore s = scorer.score(ca, cb);
        QVERIFY(s.score >= 0.0 && s.score <= 1.0);
        QVERIFY2(s.decision == expected, qPrintable(scoreText(s)));
        const QStringList wanted = reason.split(':');
        bool found = false;
        for (const DedupReason &r : s.reasons)
            found = found || (r.field == wanted.at(0) && r.verdict == wanted.at(1));
        QVERIFY2(found, qPrintable(scoreText(s)));
        // The order of the two records does not matter.
        const DedupScore swapped = scorer.score(cb, ca);
        QCOMPARE(swapped.decision, s.decision);
        QVERIFY(qAbs(swapped.score - s.score) < 1e-9);
        // The reasons survive their JSON form.
        const QList<DedupReason> back = DedupScore::reasonsFromJson(s.reasonsJson());
        QCOMPARE(back.size(), s.reasons.size());
        if (!back.isEmpty())
            QCOMPARE(back.first().field, s.reasons.first().field);
    }

    void levenshtein_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("expected");
        QTest::newRow("equal") << "loneliness"
                               << "loneliness" << 3 << 0;
        QTest::newRow("substitution") << "loneliness"
                                      << "lonelimess" << 3 << 1;
        QTest::newRow("deletion") << "loneliness"
                                  << "lonliness" << 3 << 1;
        QTest::newRow("transposition") << "loneliness"
                                       << "lonleiness" << 3 << 2;
        QTest::newRow("beyond the limit") << "loneliness"
                                          << "happiness" << 2 << 3;
        QTest::newRow("empty") << ""
                               << "abc" << 5 << 3;
        QTest::newRow("kitten sitting") << "kitten"
                                        << "sitting" << 5 << 3;
    }
    void levenshtein()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, max);
        QFETCH(int, expected);
        QCOMPARE(DuplicateScorer::levenshtein(a, b, max), expected);
        QCOMPARE(DuplicateScorer::levenshtein(b, a, max), expected);
    }

    // Blocking must find every planted duplicate while comparing far fewer than n² pairs.
    void candidates_findDuplicatesWithoutComparingEverything()
    {
        const QStringList words = {
            "loneliness", "isolation", "older",  "adults",  "community",   "intervention",
            "trial",      "cohort",    "social", "anxiety", "depression",  "support",
            "peer",       "online",    "group",  "therapy", "mindfulness", "carers",
            "students",   "rural",     "urban",  "health",  "wellbeing",   "outcomes"};
        QRandomGenerator rng(42);
        QList<ComparableRecord> records;
        const int n = 4000;
        for (int i = 0; i < n; ++i) {
            Record r;
            QStringList title;
            for (int w = 0; w < 9; ++w)
                title << (rng.bounded(3) == 0 ? words.at(rng.bounded(int(words.size())))
                                              : QString("w%1").arg(rng.bounded(20000)));
            r.title = title.join(' ');
            r.year = 1990 + rng.bounded(30);
            r.authors = {QString("Author%1, A").arg(rng.bounded(500))};
            ComparableRecord c = ComparableRecord::fromRecord(r);
            c.id = i + 1;
            records << c;
        }
        // Copies with a typo (letters swapped) in one word and a year a year later.
        QList<QPair<int, int>> planted;
        for (int i = 0; i < 100; ++i) {
            ComparableRecord copy = records.at(i * 37);
            std::swap(copy.title[3], copy.title[4]);
            copy.year += i % 2;
            copy.id = records.size() + 1;
            planted << qMakePair(i * 37, int(records.size()));
            records << copy;
        }
        const std::vector<CandidateGenerator::Pair> pairs = CandidateGenerator::pairs(records);
        QSet<quint64> found;
        for (const auto &p : pairs) {
            QVERIFY(p.first < p.second);
            found.insert((quint64(p.first) << 32) | p.second);
        }
        QCOMPARE(qsizetype(found.size()), qsizetype(pairs.size())); // no repeats
        for (const auto &p : std::as_const(planted))
            QVERIFY2(found.contains((quint64(p.first) << 32) | quint64(p.second)),
                     qPrintable(records.at(p.first).title + " / " + records.at(p.second).title));
        const qint64 all = qint64(records.size()) * (records.size() - 1) / 2;
        QVERIFY2(qint64(pairs.size()) < all / 100, qPrintable(QString::number(pairs.size())));
    }

    void thresholds_fromSettings()
    {
        std::unique_ptr<Project> project = newProject();
        DedupThresholds t = DedupThresholds::fromProject(*project);
        QCOMPARE(t.autoMerge, DedupThresholds::defaultAutoMerge);
        QCOMPARE(t.review, DedupThresholds::defaultReview);
        QVERIFY(ProjectSettings::dedupAutoMerge.write(*project, 0.99).ok());
        const ProjectSetting<QString> reviewAsText(ProjectSettings::dedupReview.key().data(), {});
        QVERIFY(reviewAsText.write(*project, "not a number").ok());
        t = DedupThresholds::fromProject(*project);
        QCOMPARE(t.autoMerge, 0.99);
        QCOMPARE(t.review, DedupThresholds::defaultReview);
        DedupThresholds bad;
        bad.review = 0.9;
        bad.autoMerge = 0.5;
        QVERIFY(!bad.save(*project).ok());
    }

    // Three copies from three searches: merged into the most complete, keeping every batch
    // and identifier; differing values in the history; undone as a whole.
    void merge_keepsSourcesAndIdentifiers_andUndoRestores()
    {
        std::unique_ptr<Project> project = newProject();
        const Record a = with(article(), [](Record &r) { r.accession = "WOS:000123456700001"; });
        const Record b = with(article(), [](Record &r) {
            r.doi.clear();
            r.abstract.clear();
            r.title = "LONELINESS AND SOCIAL ANXIETY IN OLDER ADULTS: A LONGITUDINAL COHORT STUDY";
            r.container = "J Soc Clin Psychol";
            r.pmid = "31234567";
        });
        const Record c = with(article(), [](Record &r) {
            r.abstract.clear();
            r.pages = "301-20";
            r.accession = "2-s2.0-85060000000";
        });
        const Record other = with(article(), [](Record &r) {
            r.title = "Mindfulness training for isolated carers: a randomised trial";
            r.doi = "10.1521/jscp.2019.38.4.321";
            r.pages = "321-340";
        });
        const QList<qint64> ids = store(*project, {a, b, c, other});
        DedupStore dedup(*project);
        const qint64 reviewer = Reviewers(*project).add("Ada Lead", "AL").value().id;

        DedupOptions options;
        options.autoMerge = true;
        options.reviewerId = reviewer;
        Result<DedupSummary> run = DuplicateFinder::run(*project, options);
        QVERIFY2(run.ok(), qPrintable(run.errorString()));
        QCOMPARE(run->records, 4);
        QCOMPARE(run->merged, 2);
        QCOMPARE(run->groups, 1);
        QCOMPARE(dedup.duplicatesRemoved(), 2);
        QCOMPARE(count(*project, "SELECT count(*) FROM record WHERE duplicate_of IS NOT NULL"), 2);

        // The most complete record (the first: DOI, abstract, accession) is kept.
        const qint64 kept = ids.at(0);
        QCOMPARE(count(*project,
                       QString("SELECT count(*) FROM record WHERE duplicate_of = %1").arg(kept)),
                 2);
        QCOMPARE(count(*project, QString("SELECT count(*) FROM record WHERE id = %1 AND "
                                         "duplicate_of IS NULL")
                                     .arg(ids.at(3))),
                 1);
        RecordStore records(project->database());
        const Record merged = *records.record(kept);
        QCOMPARE(merged.pmid, QString("31234567")); // filled from the copy that had it
        QCOMPARE(merged.title, a.title);
        const QStringList sources = records.sourcesOf(kept);
        QCOMPARE(sources.size(), 3);
        const QStringList identifiers = dedup.identifiersOf(kept);
        QVERIFY(identifiers.contains("doi:10.1521/jscp.2019.38.4.301"));
        QVERIFY(identifiers.contains("pmid:31234567"));
        QVERIFY(identifiers.contains("accession:WOS:000123456700001"));
        QVERIFY(identifiers.contains("accession:2-s2.0-85060000000"));
        // Values the merged record did not keep are in its history.
        QSqlQuery q(project->database());
        q.prepare("SELECT field, value FROM record_history WHERE record_id = ? ORDER BY id");
        q.addBindValue(kept);
        QVERIFY(q.exec());
        QStringList history;
        while (q.next())
            history << q.value(0).toString() + "=" + q.value(1).toString();
        QVERIFY2(history.contains("title=" + b.title), qPrintable(history.join('|')));
        QVERIFY(history.contains("container=J Soc Clin Psychol"));
        QVERIFY(history.contains("pages=301-20"));
        QVERIFY(history.contains("accession=2-s2.0-85060000000"));
        QCOMPARE(count(*project, "SELECT count(*) FROM audit_log WHERE action = 'dedup.merge' "
                                 "AND reviewer_id IS NOT NULL"),
                 1);
        const QList<DedupPair> settled = dedup.pairs("auto_merged");
        QCOMPARE(settled.size(), 3); // a~b, a~c, b~c

        // Undo: everything back as it was, the pairs in the queue.
        QVERIFY(dedup.undo(settled.first().id, reviewer).ok());
        QCOMPARE(dedup.duplicatesRemoved(), 0);
        QCOMPARE(records.record(kept)->pmid, QString());
        QCOMPARE(
            count(*project,
                  QString("SELECT count(*) FROM record_history WHERE record_id = %1").arg(kept)),
            0);
        QCOMPARE(dedup.pairs("pending").size(), 3);
        QCOMPARE(count(*project, "SELECT count(*) FROM audit_log WHERE action = 'dedup.split'"), 1);
        QVERIFY(!dedup.undo(settled.first().id, reviewer).ok()); // nothing left to undo
    }

    void notDuplicate_isKept_andUndone()
    {
        std::unique_ptr<Project> project = newProject();
        // A near-duplicate the scorer leaves to a person (years two apart).
        const QList<qint64> ids = store(*project, {article(), with(article(), [](Record &r) {
                                                       r.doi.clear();
                                                       r.year = 2021;
                                                   })});
        DedupStore dedup(*project);
        const qint64 reviewer = Reviewers(*project).add("Ben Reviewer", "BR").value().id;
        DedupOptions options;
        options.autoMerge = true;
        QVERIFY(DuplicateFinder::run(*project, options).ok());
        QList<DedupPair> pending = dedup.pairs("pending");
        QCOMPARE(pending.size(), 1);
        const qint64 pairId = pending.first().id;
        QVERIFY(!pending.first().reasons.isEmpty());

        QVERIFY(dedup.markNotDuplicate({pairId}, reviewer).ok());
        QCOMPARE(dedup.pair(pairId)->status, QString("not_duplicate"));
        QCOMPARE(dedup.pair(pairId)->decidedBy, reviewer);
        QCOMPARE(count(*project, "SELECT count(*) FROM audit_log WHERE action = "
                                 "'dedup.not_duplicate'"),
                 1);
        // Detection again: the decision stands, nothing is merged, nothing re-queued.
        QVERIFY(DuplicateFinder::run(*project, options).ok());
        QCOMPARE(dedup.pair(pairId)->status, QString("not_duplicate"));
        QCOMPARE(dedup.duplicatesRemoved(), 0);
        QCOMPARE(dedup.countPairs("pending"), 0);
        QVERIFY(!dedup.decide(pairId, true, reviewer).ok()); // decided: undo first

        QVERIFY(dedup.undo(pairId, reviewer).ok());
        QCOMPARE(dedup.pair(pairId)->status, QString("pending"));
        QCOMPARE(count(*project, "SELECT count(*) FROM audit_log WHERE action = "
                                 "'dedup.undo_not_duplicate'"),
                 1);

        // Now the reviewer says duplicate: merged, PRISMA count follows.
        Result<MergeResult> merged = dedup.decide(pairId, true, reviewer);
        QVERIFY2(merged.ok(), qPrintable(merged.errorString()));
        QCOMPARE(dedup.pair(pairId)->status, QString("duplicate"));
        QCOMPARE(dedup.duplicatesRemoved(), 1);
        QCOMPARE(merged->kept, ids.at(0)); // the one with a DOI is more complete
        QVERIFY(dedup.undo(pairId, reviewer).ok());
        QCOMPARE(dedup.duplicatesRemoved(), 0);
        QCOMPARE(dedup.pair(pairId)->status, QString("pending"));
    }

    // A reviewer picks field values from different records; the others go to the history.
    void merge_withChosenFields()
    {
        std::unique_ptr<Project> project = newProject();
        const Record b = with(article(), [](Record &r) {
            r.title = "Loneliness and social anxiety in older adults (a cohort study)";
            r.abstract = "A longer and better abstract.";
        });
        const QList<qint64> ids = store(*project, {article(), b});
        DedupStore dedup(*project);
        Result<MergeResult> merged =
            dedup.merge(ids, ids.at(0), {{"title", ids.at(1)}, {"abstract", ids.at(1)}}, 0);
        QVERIFY2(merged.ok(), qPrintable(merged.errorString()));
        RecordStore records(project->database());
        const Record kept = *records.record(ids.at(0));
        QCOMPARE(kept.title, b.title);
        QCOMPARE(kept.abstract, b.abstract);
        QCOMPARE(count(*project, QString("SELECT count(*) FROM record_history WHERE record_id = "
                                         "%1 AND field = 'title' AND value = '%2'")
                                     .arg(ids.at(0))
                                     .arg(article().title)),
                 1);
        // norm_title follows the chosen title.
        QCOMPARE(count(*project, QString("SELECT count(*) FROM record WHERE id = %1 AND "
                                         "norm_title LIKE '%a cohort study'")
                                     .arg(ids.at(0))),
                 1);
    }

    // A chain A~B~C merges into one record; a later merge must be undone before an earlier one.
    void merge_groupOfThree_andUndoOrder()
    {
        std::unique_ptr<Project> project = newProject();
        const Record a = with(article(), [](Record &r) { r.abstract.clear(); });
        const Record b = with(article(), [](Record &r) { r.doi.clear(); });
        const Record c = with(article(), [](Record &r) {
            r.doi.clear();
            r.abstract.clear();
            r.container = "J Soc Clin Psychol";
        });
        const Record d = with(article(), [](Record &r) {
            r.doi.clear();
            r.year = 2021; // left to a person
        });
        const QList<qint64> ids = store(*project, {a, b, c, d});
        DedupStore dedup(*project);
        DedupOptions options;
        options.autoMerge = true;
        Result<DedupSummary> run = DuplicateFinder::run(*project, options);
        QVERIFY(run.ok());
        QCOMPARE(run->groups, 1);
        QCOMPARE(run->merged, 2);
        const QList<DedupGroup> groups = dedup.reviewGroups();
        QCOMPARE(groups.size(), 1);
        // The queue shows the merged record, not its copies.
        QCOMPARE(groups.first().records.size(), 2);
        QVERIFY(groups.first().records.contains(ids.at(3)));
        const qint64 keptFirst = groups.first().records.contains(ids.at(0)) ? ids.at(0) : ids.at(1);
        QVERIFY(!groups.first().pairs.isEmpty());

        // Merge the queued group as a reviewer would (all its records).
        Result<MergeResult> second = dedup.merge(groups.first().records, keptFirst, {}, 0);
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QCOMPARE(dedup.duplicatesRemoved(), 3);
        QCOMPARE(dedup.reviewGroups().size(), 0);

        const QList<DedupPair> automatic = dedup.pairs("auto_merged");
        QVERIFY(!automatic.isEmpty());
        const Status early = dedup.undo(automatic.first().id, 0);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().kind, Error::Kind::Usage);
        QVERIFY(dedup.undo(second->pairs.first(), 0).ok());
        QCOMPARE(dedup.duplicatesRemoved(), 2);
        QVERIFY(dedup.undo(automatic.first().id, 0).ok());
        QCOMPARE(dedup.duplicatesRemoved(), 0);
        QCOMPARE(count(*project, "SELECT count(*) FROM record WHERE duplicate_of IS NOT NULL"), 0);
    }

    // Traps through the whole pipeline: nothing wrong is merged; the preprint is linked.
    void finder_trapsAreNotMerged()
    {
        std::unique_ptr<Project> project = newProject();
        const Record base = article();
        store(*project,
              {base,
               with(base,
                    [](Record &r) {
                        r.title = "Erratum: " + r.title;
                        r.pages = "412";
                    }),
               with(base,
                    [](Record &r) {
                        r.type = RecordType::Preprint;
                        r.container = "PsyArXiv";
                        r.doi = "10.31234/osf.io/abcde";
                        r.volume.clear();
                        r.issue.clear();
                        r.pages.clear();
                        r.year = 2018;
                    }),
               with(base,
                    [](Record &r) {
                        r.type = RecordType::ConferenceAbstract;
                        r.title =
                            "Peer support groups reduce loneliness after myocardial infarction";
                        r.doi = "10.1093/eurheartj/ehx502";
                    }),
               with(base, [](Record &r) {
                   r.type = RecordType::ConferenceAbstract;
                   r.title = "Digital befriending for older adults living alone";
                   r.doi = "10.1093/eurheartj/ehx502";
               })});
        DedupOptions options;
        options.autoMerge = true;
        Result<DedupSummary> run = DuplicateFinder::run(*project, options);
        QVERIFY(run.ok());
        DedupStore dedup(*project);
        QCOMPARE(dedup.duplicatesRemoved(), 0);
        QCOMPARE(run->linked, 1);
        QCOMPARE(dedup.countPairs("linked"), 1);
        QCOMPARE(dedup.countPairs("auto_merged"), 0);
    }

    // Two automatic runs at once (two people, or a window and a script): the second one read
    // the records before the first merged them. It used to stop with "record N was already
    // merged" (a usage error, exit 2 on the command line); it searches again instead.
    void twoRunsAtOnce_theSecondSearchesAgainAndMergesNothingTwice()
    {
        std::unique_ptr<Project> project = newProject();
        const Record other = with(article(), [](Record &r) {
            r.title = "Befriending by telephone for people living alone";
            r.doi = "10.1000/phone.2";
            r.authors = {"Okafor, Ada"};
        });
        store(*project, {article(), article(), article(), other, other});
        Result<std::unique_ptr<Project>> second = Project::open(project->filePath());
        QVERIFY(second.ok());
        DedupOptions options;
        options.autoMerge = true;
        bool firstRan = false;
        Result<DedupSummary> firstRun = failure("not run");
        int searches = 0;
        // The first run does all its work while the second has searched and not yet written.
        Result<DedupSummary> secondRun =
            DuplicateFinder::run(*second.value(), options, nullptr, [&](int percent) {
                if (percent == 1)
                    ++searches;
                if (percent == 70 && !firstRan) {
                    firstRan = true;
                    firstRun = DuplicateFinder::run(*project, options);
                }
            });
        QVERIFY2(firstRun.ok(), qPrintable(firstRun.errorString()));
        QCOMPARE(firstRun->merged, 3);
        QVERIFY2(secondRun.ok(), qPrintable(secondRun.errorString()));
        QCOMPARE(searches, 2);
        QCOMPARE(secondRun->merged, 0);
        QCOMPARE(secondRun->duplicatesRemoved, 3);
        QCOMPARE(count(*project, "SELECT count(*) FROM record WHERE duplicate_of IS NULL"), 2);
        // Two merges in all, one per group: nothing was merged twice.
        QCOMPARE(count(*project, "SELECT count(*) FROM audit_log WHERE action = 'dedup.merge'"), 2);
    }

    void cancel_changesNothing()
    {
        std::unique_ptr<Project> project = newProject();
        store(*project, {article(), article()});
        std::atomic_bool cancelled(true);
        DedupOptions options;
        options.autoMerge = true;
        Result<DedupSummary> run = DuplicateFinder::run(*project, options, &cancelled);
        QVERIFY(!run.ok());
        QCOMPARE(run.error().kind, Error::Kind::Cancelled);
        QCOMPARE(count(*project, "SELECT count(*) FROM dedup_pair"), 0);
        QCOMPARE(DedupStore(*project).duplicatesRemoved(), 0);
    }
};

QTEST_GUILESS_MAIN(DedupTest)
#include "tst_dedup.moc"
