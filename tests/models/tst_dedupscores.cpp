// The duplicate scorer's exact output for a fixed set of record pairs: the score to the last
// bit, the decision and every reason with its weight. Pinned from the scorer before it was cut
// into named parts, so any change to a weight, a guard or the order of the sums shows here.
#include "dedup/comparablerecord.h"
#include "dedup/duplicatescorer.h"

#include <QtTest>

#include <cstring>

using namespace evimap;

Q_DECLARE_METATYPE(evimap::Record)

namespace {

Record article()
{
    Record r;
    r.title = "Physical activity and depressive symptoms in adolescents: a cohort study";
    r.authors = {"Okafor, Ngozi", "Lindqvist, Per", "Tanaka, Hiro", "Moreau, Claire"};
    r.year = 2021;
    r.container = "Journal of Adolescent Health";
    r.volume = "68";
    r.pages = "455-463";
    r.doi = "10.1016/j.jadohealth.2021.01.007";
    return r;
}

Record with(Record r, const std::function<void(Record &)> &change)
{
    change(r);
    return r;
}

// The score's bits as hexadecimal, so "bit-identical" is what is compared.
QString bits(double v)
{
    quint64 u = 0;
    static_assert(sizeof u == sizeof v);
    std::memcpy(&u, &v, sizeof u);
    return QString::number(u, 16);
}

QString decisionName(DedupScore::Decision d)
{
    switch (d) {
    case DedupScore::Decision::None:
        return QStringLiteral("none");
    case DedupScore::Decision::Review:
        return QStringLiteral("review");
    case DedupScore::Decision::Auto:
        return QStringLiteral("auto");
    case DedupScore::Decision::Link:
        return QStringLiteral("link");
    }
    return {};
}

QString reasonsText(const DedupScore &s)
{
    QStringList parts;
    for (const DedupReason &r : s.reasons)
        parts << r.field + QLatin1Char(':') + r.verdict + QLatin1Char(':') + bits(r.weight) +
                     QLatin1Char(':') + r.detail;
    return parts.join(QLatin1String(" | "));
}

} // namespace

class DedupScoresTest : public QObject
{
    Q_OBJECT

private slots:
    void pinned_data()
    {
        QTest::addColumn<Record>("a");
        QTest::addColumn<Record>("b");
        QTest::addColumn<QString>("score");    // bits of DedupScore::score
        QTest::addColumn<QString>("decision"); // none, review, auto, link
        QTest::addColumn<QString>("reasons");  // field:verdict:weight bits:detail, in order

        // What the variants of the article share with it, pinned once.
        const QString sameDoi =
            QStringLiteral("doi:agree:4012000000000000:10.1016/J.JADOHEALTH.2021.01.007");
        const QString sameYear = QStringLiteral("year:agree:3ff0000000000000:2021");
        const QString sameAuthors = QStringLiteral(
            "authors:agree:4000000000000000:1.00 of the shorter list, first author same");
        const QString sameJournal =
            QStringLiteral("journal:agree:3ff0000000000000:journal adolescent health");
        const QString sameVolume = QStringLiteral("volume:agree:3fe999999999999a:68");
        const QString samePage = QStringLiteral("pages:agree:3ff3333333333333:455");
        const QString sameTitle = QStringLiteral("title:agree:4014000000000000:1.00");
        auto pinned = [](const QStringList &reasons) { return reasons.join(QLatin1String(" | ")); };
        const Record a = article();
        QTest::newRow("same record")
            << a << a << QStringLiteral("3feffffd1ff91383") << QStringLiteral("auto")
            << pinned(
                   {sameTitle, sameDoi, sameYear, sameAuthors, sameJournal, sameVolume, samePage});
        QTest::newRow("re-cased title, abbreviated journal")
            << a
            << with(a,
                    [](Record &r) {
                        r.title =
                            "PHYSICAL ACTIVITY AND DEPRESSIVE SYMPTOMS IN ADOLESCENTS: A COHORT "
                            "STUDY.";
                        r.container = "J Adolesc Health";
                        r.authors = {"Okafor, N.", "Lindqvist, P.", "Tanaka, H.", "Moreau, C."};
                    })
            << QStringLiteral("3feffffd1ff91383") << QStringLiteral("auto")
            << pinned({sameTitle, sameDoi, sameYear, sameAuthors,
                       QStringLiteral("journal:agree:3ff0000000000000:journal adolescent health / "
                                      "j adolesc health"),
                       sameVolume, samePage});
        QTest::newRow("two typos, no DOI, year one off")
            << a
            << with(a,
                    [](Record &r) {
                        r.title =
                            "Physical activty and depresive symptoms in adolescents: a cohort "
                            "study";
                        r.doi.clear();
                        r.year = 2022;
                    })
            << QStringLiteral("3feff3b3cae9a9d0") << QStringLiteral("auto")
            << pinned({QStringLiteral("title:agree:4010000000000000:0.97"),
                       QStringLiteral("year:partial:bfe0000000000000:2021 / 2022"), sameAuthors,
                       sameJournal, sameVolume, samePage});
        QTest::newRow("subtitle left out")
            << with(a,
                    [](Record &r) {
                        r.title = "Physical activity and depressive symptoms in adolescents: a "
                                  "five-country cohort study with accelerometers";
                        r.doi.clear();
                    })
            << with(a,
                    [](Record &r) {
                        r.title = "Physical activity and depressive symptoms in adolescents";
                        r.doi.clear();
                    })
            << QStringLiteral("3fefebbe888d0581") << QStringLiteral("review")
            << pinned({QStringLiteral(
                           "title:partial:4000000000000000:one title is the start of the other"),
                       sameYear, sameAuthors, sameJournal, sameVolume, samePage,
                       QStringLiteral(
                           "guard:guard:0:titles not close enough to merge without a person")});
        QTest::newRow("different DOI, same title")
            << a << with(a, [](Record &r) { r.doi = "10.1016/j.jadohealth.2021.02.011"; })
            << QStringLiteral("3fefc92c130538e2") << QStringLiteral("review")
            << pinned(
                   {sameTitle,
                    QStringLiteral("doi:disagree:c010000000000000:10.1016/J.JADOHEALTH.2021.01.007 "
                                   "/ 10.1016/J.JADOHEALTH.2021.02.011"),
                    sameYear, sameAuthors, sameJournal, sameVolume, samePage});
        QTest::newRow("shared DOI, different titles")
            << a
            << with(a,
                    [](Record &r) {
                        r.title = "Sleep duration and school performance among rural teenagers";
                        r.authors = {"Berg, Anna"};
                    })
            << QStringLiteral("3f421d0b15711bf7") << QStringLiteral("none")
            << pinned({QStringLiteral("title:disagree:c018000000000000:0.79"),
                       QStringLiteral("doi:guard:0:same DOI 10.1016/J.JADOHEALTH.2021.01.007, "
                                      "different titles: a proceedings or supplement DOI"),
                       sameYear,
                       QStringLiteral("authors:disagree:c00c000000000000:0.00 of the shorter list, "
                                      "first author differs"),
                       sameJournal, sameVolume, samePage});
        QTest::newRow("part numbers differ")
            << with(a, [](Record &r) { r.title += " part ii"; })
            << with(a, [](Record &r) { r.title += " part iii"; })
            << QStringLiteral("3fefff63093cd1d3") << QStringLiteral("review")
            << pinned({QStringLiteral("title:agree:4014000000000000:0.99"),
                       QStringLiteral("numbers:disagree:c010000000000000:,rii / ,riii"), sameDoi,
                       sameYear, sameAuthors, sameJournal, sameVolume, samePage});
        QTest::newRow("PMID and accession agree, ISBN differs")
            << with(a,
                    [](Record &r) {
                        r.pmid = "33612345";
                        r.accession = "WOS:000612345600012";
                        r.isbn = "978-3-16-148410-0";
                    })
            << with(a,
                    [](Record &r) {
                        r.pmid = "33612345";
                        r.accession = "WOS:000612345600012";
                        r.isbn = "978-0-306-40615-7";
                    })
            << QStringLiteral("3fefffffff97c93c") << QStringLiteral("auto")
            << pinned(
                   {sameTitle, sameDoi, QStringLiteral("pmid:agree:4014000000000000:33612345"),
                    QStringLiteral("accession:agree:4010000000000000:wos:000612345600012"),
                    QStringLiteral("isbn:disagree:bff8000000000000:9783161484100 / 9780306406157"),
                    sameYear, sameAuthors, sameJournal, sameVolume, samePage});
        QTest::newRow("PMID and accession disagree")
            << with(a,
                    [](Record &r) {
                        r.pmid = "33612345";
                        r.accession = "2-s2.0-85100012345";
                    })
            << with(a,
                    [](Record &r) {
                        r.pmid = "33699999";
                        r.accession = "2-s2.0-85100099999";
                    })
            << QStringLiteral("3feff3b3cae9a9d0") << QStringLiteral("review")
            << pinned({sameTitle, sameDoi,
                       QStringLiteral("pmid:disagree:c014000000000000:33612345 / 33699999"),
                       QStringLiteral("accession:disagree:c000000000000000:2-s2.0-85100012345 / "
                                      "2-s2.0-85100099999"),
                       sameYear, sameAuthors, sameJournal, sameVolume, samePage});
        QTest::newRow("other authors, other year, volume and pages")
            << a
            << with(a,
                    [](Record &r) {
                        r.authors = {"Fischer, Lena", "Okafor, Ngozi", "Dubois, Marc", "Ito, Ken"};
                        r.year = 2018;
                        r.volume = "62";
                        r.pages = "12-19";
                        r.doi.clear();
                    })
            << QStringLiteral("3f7b69f67d638f8e") << QStringLiteral("none")
            << pinned({sameTitle, QStringLiteral("year:disagree:c008000000000000:2021 / 2018"),
                       QStringLiteral("authors:disagree:bff8000000000000:0.25 of the shorter list, "
                                      "first author differs"),
                       sameJournal, QStringLiteral("volume:disagree:c000000000000000:68 / 62"),
                       QStringLiteral("pages:disagree:c004000000000000:455 / 12")});
        QTest::newRow("erratum")
            << a
            << with(a,
                    [](Record &r) {
                        r.title = "Erratum: " + r.title;
                        r.doi = "10.1016/j.jadohealth.2021.05.001";
                    })
            << QStringLiteral("3fa999999999999a") << QStringLiteral("none")
            << pinned(
                   {QStringLiteral("title:partial:3fe0000000000000:0.90"),
                    QStringLiteral("doi:disagree:c010000000000000:10.1016/J.JADOHEALTH.2021.01.007 "
                                   "/ 10.1016/J.JADOHEALTH.2021.05.001"),
                    sameYear, sameAuthors, sameJournal, sameVolume, samePage,
                    QStringLiteral("guard:guard:0:an erratum, correction, retraction notice or "
                                   "comment is not the article it cites")});
        QTest::newRow("marked retracted")
            << a << with(a, [](Record &r) { r.title = "RETRACTED: " + r.title; })
            << QStringLiteral("3feffefd390a9cc1") << QStringLiteral("review")
            << pinned(
                   {QStringLiteral("title:partial:3fe0000000000000:0.88"), sameDoi, sameYear,
                    sameAuthors, sameJournal, sameVolume, samePage,
                    QStringLiteral("guard:guard:0:one of the two is marked as retracted: review")});
        QTest::newRow("preprint and journal version")
            << with(a,
                    [](Record &r) {
                        r.container = "medRxiv";
                        r.doi = "10.1101/2020.06.01.20118877";
                        r.year = 2020;
                        r.volume.clear();
                        r.pages.clear();
                    })
            << a << QStringLiteral("3fefebbe888d0581") << QStringLiteral("link")
            << pinned({sameTitle, QStringLiteral("year:partial:bfe0000000000000:2020 / 2021"),
                       sameAuthors,
                       QStringLiteral(
                           "guard:guard:0:preprint and published version: linked, not merged")});
        QTest::newRow("report without journal data")
            << with(a,
                    [](Record &r) {
                        r.type = "report";
                        r.container.clear();
                        r.volume.clear();
                        r.pages.clear();
                        r.doi.clear();
                    })
            << with(a,
                    [](Record &r) {
                        r.type = "report";
                        r.container.clear();
                        r.volume.clear();
                        r.pages.clear();
                        r.doi.clear();
                        r.authors = {"Okafor, Ngozi", "Lindqvist, Per"};
                    })
            << QStringLiteral("3fefebbe888d0581") << QStringLiteral("auto")
            << pinned({sameTitle, sameYear, sameAuthors});
        QTest::newRow("short title")
            << with(a,
                    [](Record &r) {
                        r.title = "Adolescent depression";
                        r.doi.clear();
                    })
            << with(a,
                    [](Record &r) {
                        r.title = "Adolescent depression";
                        r.doi.clear();
                        r.container = "Journal of Adolescent Health Care";
                    })
            << QStringLiteral("3fefe745ec133075") << QStringLiteral("review")
            << pinned(
                   {QStringLiteral("title:agree:4004000000000000:1.00"), sameYear, sameAuthors,
                    QStringLiteral("journal:partial:3fd3333333333333:journal adolescent health / "
                                   "journal adolescent health care"),
                    sameVolume, samePage,
                    QStringLiteral("guard:guard:0:a short title alone cannot prove a duplicate")});
    }

    void pinned()
    {
        QFETCH(Record, a);
        QFETCH(Record, b);
        QFETCH(QString, score);
        QFETCH(QString, decision);
        QFETCH(QString, reasons);
        const DuplicateScorer scorer;
        const DedupScore s =
            scorer.score(ComparableRecord::fromRecord(a), ComparableRecord::fromRecord(b));
        QCOMPARE(bits(s.score), score);
        QCOMPARE(decisionName(s.decision), decision);
        QCOMPARE(reasonsText(s), reasons);
        // Without reasons the score and decision are the same.
        const DedupScore quick =
            scorer.score(ComparableRecord::fromRecord(a), ComparableRecord::fromRecord(b), false);
        QCOMPARE(bits(quick.score), score);
        QCOMPARE(decisionName(quick.decision), decision);
        QVERIFY(quick.reasons.isEmpty());
    }
};

QTEST_GUILESS_MAIN(DedupScoresTest)
#include "tst_dedupscores.moc"
