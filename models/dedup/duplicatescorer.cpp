#include "dedup/duplicatescorer.h"

#include "records/normalise.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <vector>

namespace evimap {

namespace {

// Log-odds weights.
//
// Where they come from: they were set by hand when the scorer was written (the project's
// history has the values but no fitting run or derivation), in the spirit of Fellegi-Sunter
// record linkage: an agreeing identifier or near-identical title is strong evidence, a
// disagreeing one stronger evidence against, weak fields (ISBN, journal words) count little.
// What they are checked against is tests/benchmarks/bench_dedup: the ASySD labelled set and
// generated sets, with the precision and recall in docs/performance.md ("Deduplication"); the
// pinned scores in tests/models/tst_dedupscores.cpp catch any change to them. Change a weight
// only with a new bench_dedup run.
namespace weight {
// What being a candidate at all (sharing a block) is worth.
constexpr double prior = -2.0;
// Title similarity (titleSimilarity) at or above 0.985, 0.95, 0.9; one title the start of the
// other; 0.8 to 0.9; below 0.8. Short titles (under 4 words or 25 characters) count at most
// titleShortCap: many different items share them.
constexpr double titleSame = 5.0;
constexpr double titleVeryClose = 4.0;
constexpr double titleClose = 2.5;
constexpr double titlePrefix = 2.0;
constexpr double titleNear = 0.5;
constexpr double titleDifferent = -6.0;
constexpr double titleShortCap = 2.5;
// Different numbers in otherwise similar titles ("Part II" / "Part III", "5-year" / "10-year").
constexpr double titleNumbersDiffer = -4.0;
// Identifiers: a shared one is near proof; a different one, within one scheme, near disproof.
constexpr double doiSame = 4.5;
constexpr double doiDifferent = -4.0;
constexpr double pmidSame = 5.0;
constexpr double pmidDifferent = -5.0;
constexpr double accessionSame = 4.0;
constexpr double accessionDifferent = -2.0;
// Chapters share their book's ISBN: weak evidence either way.
constexpr double isbnSame = 1.0;
constexpr double isbnDifferent = -1.5;
// Year: the same, one apart (online first and print), further apart.
constexpr double yearSame = 1.0;
constexpr double yearOneApart = -0.5;
constexpr double yearApart = -3.0;
// Share of the shorter author list found in the other (authorOverlap).
constexpr double authorsSameFirstSame = 2.0; // >= 0.8, first authors match
constexpr double authorsSame = 1.5;          // >= 0.8
constexpr double authorsSome = 0.5;          // >= 0.5
constexpr double authorsFew = -1.5;          // >= 0.25
constexpr double authorsOthers = -3.5;       // below 0.25
// Journal, volume, first page (only between two preprints or two published versions).
constexpr double journalSame = 1.0; // the same words, or one the abbreviation of the other
constexpr double journalPartial = 0.3;
constexpr double journalDifferent = -2.0;
constexpr double volumeSame = 0.8;
constexpr double volumeDifferent = -2.0;
constexpr double pageSame = 1.2;
constexpr double pageDifferent = -2.5;
// A preprint and its journal version: years up to two apart agree, further apart disagree.
constexpr double preprintYearsClose = 1.0;
constexpr double preprintYearsApart = -3.0;
} // namespace weight

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

int wordCount(const QString &s)
{
    return s.isEmpty() ? 0 : int(s.count(QLatin1Char(' '))) + 1;
}

// One title is the other with something after it (a subtitle one database left out).
bool titleIsPrefix(const QString &a, const QString &b)
{
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    return shorter.size() >= 30 && wordCount(shorter) >= 5 && longer.size() > shorter.size() &&
           longer.startsWith(shorter) && longer.at(shorter.size()) == u' ';
}

bool surnamesMatch(QStringView a, QStringView b)
{
    if (a == b)
        return true;
    const qsizetype shorter = std::min(a.size(), b.size());
    // Truncated double names ("khemais" / "khemaisbenkhiat").
    if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a)))
        return true;
    // One letter off ("sefcikov" / "sefcikova").
    return shorter >= 5 && DuplicateScorer::levenshtein(a, b, 1) <= 1;
}

QStringView surnameOf(const QString &key)
{
    const qsizetype space = key.indexOf(QLatin1Char(' '));
    return space < 0 ? QStringView(key) : QStringView(key).first(space);
}

// Accession numbers only contradict each other within one database's scheme.
QString accessionScheme(const QString &accession)
{
    if (accession.startsWith(QLatin1String("2-s2.0-")))
        return QStringLiteral("scopus");
    const qsizetype colon = accession.indexOf(QLatin1Char(':'));
    if (colon > 0 && colon < 8)
        return accession.left(colon);
    return {};
}

} // namespace

QString DedupScore::reasonsJson() const
{
    QJsonArray array;
    for (const DedupReason &r : reasons)
        array.append(QJsonObject{{QStringLiteral("field"), r.field},
                                 {QStringLiteral("verdict"), r.verdict},
                                 {QStringLiteral("weight"), std::round(r.weight * 100) / 100},
                                 {QStringLiteral("detail"), r.detail}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<DedupReason> DedupScore::reasonsFromJson(const QString &json)
{
    QList<DedupReason> list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        list.append(DedupReason{o.value(QStringLiteral("field")).toString(),
                                o.value(QStringLiteral("verdict")).toString(),
                                o.value(QStringLiteral("weight")).toDouble(),
                                o.value(QStringLiteral("detail")).toString()});
    }
    return list;
}

DuplicateScorer::DuplicateScorer(const DedupThresholds &thresholds)
    : m_thresholds(thresholds)
{}

int DuplicateScorer::levenshtein(QStringView a, QStringView b, int maxDistance)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    const int k = std::max(0, maxDistance);
    if (std::abs(n - m) > k)
        return k + 1;
    if (n == 0 || m == 0)
        return int(std::max(n, m));
    // Ukkonen's band: only cells with |i - j| <= k can hold a distance <= k, and a row whose
    // minimum exceeds k ends the search.
    thread_local std::vector<int> prevRow, curRow;
    prevRow.assign(size_t(m + 2), k + 1);
    curRow.assign(size_t(m + 2), k + 1);
    const int big = k + 1;
    for (qsizetype j = 0; j <= std::min<qsizetype>(m, k); ++j)
        prevRow[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        const qsizetype lo = std::max<qsizetype>(1, i - k);
        const qsizetype hi = std::min<qsizetype>(m, i + k);
        curRow[size_t(lo - 1)] = lo == 1 ? int(std::min<qsizetype>(i, big)) : big;
        int rowMin = curRow[size_t(lo - 1)];
        const QChar ca = a[i - 1];
        for (qsizetype j = lo; j <= hi; ++j) {
            int v = prevRow[size_t(j - 1)] + (ca == b[j - 1] ? 0 : 1);
            v = std::min(v, prevRow[size_t(j)] + 1);
            v = std::min(v, curRow[size_t(j - 1)] + 1);
            v = std::min(v, big);
            curRow[size_t(j)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (hi + 1 <= m)
            curRow[size_t(hi + 1)] = big;
        if (rowMin > k)
            return big;
        std::swap(prevRow, curRow);
    }
    return std::min(prevRow[size_t(m)], big);
}

double DuplicateScorer::titleSimilarity(QStringView a, QStringView b)
{
    const qsizetype longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1.0;
    const int k = int(longer / 5); // distances beyond 20 % of the length are all "different"
    if (std::abs(a.size() - b.size()) > k)
        return 1.0 - double(k + 1) / double(longer);
    // A cheap lower bound first: an edit changes the count of at most two characters, so half
    // the difference of the character counts cannot exceed the distance.
    int counts[64] = {};
    auto bucket = [](QChar c) { return int(c.unicode() & 63); };
    for (const QChar c : a)
        ++counts[bucket(c)];
    for (const QChar c : b)
        --counts[bucket(c)];
    int surplus = 0, deficit = 0;
    for (const int n : counts)
        (n > 0 ? surplus : deficit) += std::abs(n);
    if (std::max(surplus, deficit) > k)
        return 1.0 - double(k + 1) / double(longer);
    const int d = levenshtein(a, b, k);
    return 1.0 - double(d) / double(longer);
}

double DuplicateScorer::authorOverlap(const QStringList &a, const QStringList &b, bool *firstAgrees)
{
    if (firstAgrees)
        *firstAgrees = false;
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    if (firstAgrees)
        *firstAgrees = surnamesMatch(surnameOf(a.first()), surnameOf(b.first()));
    const QStringList &shorter = a.size() <= b.size() ? a : b;
    const QStringList &longer = a.size() <= b.size() ? b : a;
    // Long author lists are compared on their first 30 names (databases truncate them).
    const qsizetype count = std::min<qsizetype>(shorter.size(), 30);
    std::vector<bool> used(size_t(longer.size()), false);
    int matched = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const QStringView s = surnameOf(shorter.at(i));
        for (qsizetype j = 0; j < longer.size(); ++j) {
            if (!used[size_t(j)] && surnamesMatch(s, surnameOf(longer.at(j)))) {
                used[size_t(j)] = true;
                ++matched;
                break;
            }
        }
    }
    return double(matched) / double(count);
}

QString DuplicateScorer::titleNumbers(const QString &title)
{
    QString out;
    bool inRun = false;
    for (const QChar c : title) {
        if (c.isDigit()) {
            if (!inRun && !out.isEmpty())
                out += QLatin1Char(',');
            out += c;
            inRun = true;
        } else if (c != u' ') {
            inRun = false; // a space inside "3 1" (from "3.1") does not end the number
        }
    }
    // Roman numerals after "part", "phase" and the like.
    static const QStringList markers = {QStringLiteral("part"),   QStringLiteral("phase"),
                                        QStringLiteral("study"),  QStringLiteral("paper"),
                                        QStringLiteral("volume"), QStringLiteral("series"),
                                        QStringLiteral("trial"),  QStringLiteral("type")};
    static const QStringList romans = {
        QStringLiteral("i"),  QStringLiteral("ii"), QStringLiteral("iii"), QStringLiteral("iv"),
        QStringLiteral("v"),  QStringLiteral("vi"), QStringLiteral("vii"), QStringLiteral("viii"),
        QStringLiteral("ix"), QStringLiteral("x")};
    if (title.contains(QLatin1Char('i')) || title.contains(QLatin1Char('v'))) {
        const QList<QStringView> words = QStringView(title).split(QLatin1Char(' '));
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (markers.contains(words.at(i - 1)) && romans.contains(words.at(i)))
                out += QLatin1String(",r") + words.at(i).toString();
        }
    }
    return out;
}

namespace {

QString number(double v)
{
    return QString::number(v, 'f', 2);
}

QString pairText(const QString &x, const QString &y)
{
    return x == y ? x : x + QLatin1String(" / ") + y;
}

QString journalsText(const ComparableRecord &a, const ComparableRecord &b)
{
    return a.journal.join(QLatin1Char(' ')) + QLatin1String(" / ") +
           b.journal.join(QLatin1Char(' '));
}

// The evidence about one pair as it is added up: the log-odds sum, the reasons, and what the
// guards need to know. Each compare*() adds one kind of evidence, in a fixed order (the sum is
// a floating-point sum: its order is part of the score).
class Evidence
{
public:
    Evidence(const ComparableRecord &first, const ComparableRecord &second, bool withReasons,
             DedupScore &result)
        : a(first)
        , b(second)
        , m_withReasons(withReasons)
        , m_result(result)
    {}

    void compareTitles();
    void compareIdentifiers();
    void compareYears();
    void compareAuthors();
    void compareJournals();

    const ComparableRecord &a;
    const ComparableRecord &b;
    double logit = weight::prior;
    bool hardDisagreement = false; // a disagreeing identifier or bibliographic field
    bool identifierAgrees = false; // a shared DOI, PMID or accession (with agreeing titles)
    bool titles = false;           // both have a title
    double titleSimilarity = 0.0;
    bool prefix = false;
    bool shortTitle = false;
    bool titlesAgree = true; // no titles to compare, or similar ones
    double titleWeight = 0.0;
    double authorsWeight = 0.0;
    double overlap = 0.0;

    void guard(const QString &detail)
    {
        if (m_withReasons)
            m_result.reasons.append(
                DedupReason{QStringLiteral("guard"), QStringLiteral("guard"), 0.0, detail});
    }

private:
    template<typename Detail>
    void note(const char *field, const char *verdict, double w, Detail detail)
    {
        logit += w;
        if (m_withReasons)
            m_result.reasons.append(
                DedupReason{QLatin1String(field), QLatin1String(verdict), w, detail()});
    }

    bool m_withReasons;
    DedupScore &m_result;
};

void Evidence::compareTitles()
{
    titles = !a.title.isEmpty() && !b.title.isEmpty();
    const double ts = titles ? DuplicateScorer::titleSimilarity(a.title, b.title) : 0.0;
    titleSimilarity = ts;
    prefix = titles && ts < 0.9 && titleIsPrefix(a.title, b.title);
    shortTitle = titles && (std::min(wordCount(a.title), wordCount(b.title)) < 4 ||
                            std::min(a.title.size(), b.title.size()) < 25);
    if (titles) {
        const char *verdict = "agree";
        if (ts >= 0.985)
            titleWeight = weight::titleSame;
        else if (ts >= 0.95)
            titleWeight = weight::titleVeryClose;
        else if (ts >= 0.9)
            titleWeight = weight::titleClose;
        else if (prefix)
            titleWeight = weight::titlePrefix, verdict = "partial";
        else if (ts >= 0.8)
            titleWeight = weight::titleNear, verdict = "partial";
        else
            titleWeight = weight::titleDifferent, verdict = "disagree";
        if (shortTitle && titleWeight > weight::titleShortCap)
            titleWeight = weight::titleShortCap;
        note("title", verdict, titleWeight, [&] {
            return prefix ? QStringLiteral("one title is the start of the other") : number(ts);
        });
        if (ts >= 0.8 || prefix) {
            const QString na = DuplicateScorer::titleNumbers(a.title);
            const QString nb = DuplicateScorer::titleNumbers(b.title);
            if (na != nb) {
                hardDisagreement = true;
                note("numbers", "disagree", weight::titleNumbersDiffer, [&] {
                    return (na.isEmpty() ? QStringLiteral("-") : na) + QLatin1String(" / ") +
                           (nb.isEmpty() ? QStringLiteral("-") : nb);
                });
            }
        }
    }
    titlesAgree = !titles || ts >= 0.8 || prefix;
}

void Evidence::compareIdentifiers()
{
    if (!a.doi.isEmpty() && !b.doi.isEmpty()) {
        if (a.doi == b.doi) {
            if (titlesAgree) {
                identifierAgrees = true;
                note("doi", "agree", weight::doiSame, [&] { return a.doi; });
            } else {
                // Conference abstracts share their proceedings' or supplement's DOI.
                note("doi", "guard", 0.0, [&] {
                    return QStringLiteral("same DOI %1, different titles: a proceedings or "
                                          "supplement DOI")
                        .arg(a.doi);
                });
            }
        } else if (a.preprint == b.preprint) {
            hardDisagreement = true;
            note("doi", "disagree", weight::doiDifferent, [&] { return pairText(a.doi, b.doi); });
        }
    }
    if (!a.pmid.isEmpty() && !b.pmid.isEmpty()) {
        if (a.pmid == b.pmid) {
            identifierAgrees = identifierAgrees || titlesAgree;
            note("pmid", "agree", weight::pmidSame, [&] { return a.pmid; });
        } else {
            hardDisagreement = true;
            note("pmid", "disagree", weight::pmidDifferent,
                 [&] { return pairText(a.pmid, b.pmid); });
        }
    }
    if (!a.accession.isEmpty() && !b.accession.isEmpty()) {
        if (a.accession == b.accession) {
            identifierAgrees = identifierAgrees || titlesAgree;
            note("accession", "agree", weight::accessionSame, [&] { return a.accession; });
        } else if (const QString scheme = accessionScheme(a.accession);
                   !scheme.isEmpty() && scheme == accessionScheme(b.accession)) {
            hardDisagreement = true;
            note("accession", "disagree", weight::accessionDifferent,
                 [&] { return pairText(a.accession, b.accession); });
        }
    }
    if (!a.isbn.isEmpty() && !b.isbn.isEmpty()) {
        if (a.isbn == b.isbn)
            note("isbn", "agree", weight::isbnSame, [&] { return a.isbn; });
        else
            note("isbn", "disagree", weight::isbnDifferent,
                 [&] { return pairText(a.isbn, b.isbn); });
    }
}

void Evidence::compareYears()
{
    if (a.year <= 0 || b.year <= 0)
        return;
    const int d = std::abs(a.year - b.year);
    const char *verdict = d == 0 ? "agree" : d == 1 ? "partial" : "disagree";
    const double w = d == 0 ? weight::yearSame : d == 1 ? weight::yearOneApart : weight::yearApart;
    if (d >= 2)
        hardDisagreement = true;
    note("year", verdict, w,
         [&] { return pairText(QString::number(a.year), QString::number(b.year)); });
}

void Evidence::compareAuthors()
{
    if (a.authors.isEmpty() || b.authors.isEmpty())
        return;
    bool first = false;
    overlap = DuplicateScorer::authorOverlap(a.authors, b.authors, &first);
    const char *verdict = "agree";
    if (overlap >= 0.8)
        authorsWeight = first ? weight::authorsSameFirstSame : weight::authorsSame;
    else if (overlap >= 0.5)
        authorsWeight = weight::authorsSome, verdict = "partial";
    else if (overlap >= 0.25)
        authorsWeight = weight::authorsFew, verdict = "disagree";
    else
        authorsWeight = weight::authorsOthers, verdict = "disagree";
    if (overlap < 0.5)
        hardDisagreement = true;
    note("authors", verdict, authorsWeight, [&] {
        return QStringLiteral("%1 of the shorter list, first author %2")
            .arg(number(overlap), first ? QStringLiteral("same") : QStringLiteral("differs"));
    });
}

// Journal, volume and first page: only between two preprints or two published versions.
void Evidence::compareJournals()
{
    if (a.preprint != b.preprint)
        return;
    switch (Normalise::matchJournalWords(a.journal, b.journal)) {
    case Normalise::JournalMatch::Missing:
        break;
    case Normalise::JournalMatch::Same:
        note("journal", "agree", weight::journalSame,
             [&] { return a.journal.join(QLatin1Char(' ')); });
        break;
    case Normalise::JournalMatch::Abbreviation:
        note("journal", "agree", weight::journalSame, [&] { return journalsText(a, b); });
        break;
    case Normalise::JournalMatch::Partial:
        note("journal", "partial", weight::journalPartial, [&] { return journalsText(a, b); });
        break;
    case Normalise::JournalMatch::Different:
        hardDisagreement = true;
        note("journal", "disagree", weight::journalDifferent, [&] { return journalsText(a, b); });
        break;
    }
    if (!a.volume.isEmpty() && !b.volume.isEmpty()) {
        if (a.volume == b.volume) {
            note("volume", "agree", weight::volumeSame, [&] { return a.volume; });
        } else {
            hardDisagreement = true;
            note("volume", "disagree", weight::volumeDifferent,
                 [&] { return pairText(a.volume, b.volume); });
        }
    }
    if (!a.firstPage.isEmpty() && !b.firstPage.isEmpty()) {
        if (a.firstPage == b.firstPage) {
            note("pages", "agree", weight::pageSame, [&] { return a.firstPage; });
        } else {
            hardDisagreement = true;
            note("pages", "disagree", weight::pageDifferent,
                 [&] { return pairText(a.firstPage, b.firstPage); });
        }
    }
}

void decide(DedupScore &result, double logit, bool allowAuto, const DedupThresholds &thresholds)
{
    result.score = logistic(logit);
    if (allowAuto && result.score >= thresholds.autoMerge)
        result.decision = DedupScore::Decision::Auto;
    else if (result.score >= thresholds.review)
        result.decision = DedupScore::Decision::Review;
    else
        result.decision = DedupScore::Decision::None;
}

// Trap: an erratum, correction, retraction notice or comment never pairs with the article it
// cites; an article marked as retracted and its unmarked copy go to a person.
void judgeNotice(Evidence &e, DedupScore &result, const DedupThresholds &thresholds)
{
    const bool retractedMark = (e.a.notice == ComparableRecord::Notice::Retracted &&
                                e.b.notice == ComparableRecord::Notice::None) ||
                               (e.b.notice == ComparableRecord::Notice::Retracted &&
                                e.a.notice == ComparableRecord::Notice::None);
    if (retractedMark) {
        e.guard(QStringLiteral("one of the two is marked as retracted: review"));
        decide(result, e.logit, false, thresholds);
        return;
    }
    e.guard(QStringLiteral("an erratum, correction, retraction notice or comment is not the "
                           "article it cites"));
    result.score = std::min(logistic(e.logit), 0.05);
    result.decision = DedupScore::Decision::None;
}

// A preprint and its journal version: the same work, two publications. Judged on title,
// authors and a year or two apart, then linked; never merged.
void judgePreprint(Evidence &e, DedupScore &result, const DedupThresholds &thresholds)
{
    double link = weight::prior + e.titleWeight + e.authorsWeight;
    if (e.a.year > 0 && e.b.year > 0)
        link += std::abs(e.a.year - e.b.year) <= 2 ? weight::preprintYearsClose
                                                   : weight::preprintYearsApart;
    result.score = logistic(link);
    if (result.score >= thresholds.review && e.titlesAgree &&
        (e.a.authors.isEmpty() || e.b.authors.isEmpty() || e.overlap >= 0.5)) {
        result.decision = DedupScore::Decision::Link;
        e.guard(QStringLiteral("preprint and published version: linked, not merged"));
    } else {
        result.decision = DedupScore::Decision::None;
    }
}

// Whether the evidence may merge without a person: nothing disagrees, the titles (or an
// identifier with agreeing titles) are close enough, a short title has an identifier beside
// it, and records without journal data agree on title, authors and year.
bool allowsAutomaticMerge(Evidence &e)
{
    if (e.hardDisagreement)
        return false;
    if (!(e.titleWeight >= weight::titleClose || (e.identifierAgrees && e.titlesAgree))) {
        e.guard(QStringLiteral("titles not close enough to merge without a person"));
        return false;
    }
    if (e.shortTitle && !e.identifierAgrees) {
        e.guard(QStringLiteral("a short title alone cannot prove a duplicate"));
        return false;
    }
    if (!e.identifierAgrees && !e.a.hasJournalData() && !e.b.hasJournalData()) {
        // Reports, web pages and theses: only title, authors and year to go on.
        const bool strong =
            e.titleSimilarity >= 0.985 && e.overlap >= 0.8 && e.a.year > 0 && e.a.year == e.b.year;
        if (!strong) {
            e.guard(QStringLiteral("no journal data: needs a person unless title, authors and "
                                   "year all agree"));
            return false;
        }
    }
    return true;
}

} // namespace

DedupScore DuplicateScorer::score(const ComparableRecord &a, const ComparableRecord &b,
                                  bool withReasons) const
{
    DedupScore result;
    Evidence e(a, b, withReasons, result);
    e.compareTitles();
    e.compareIdentifiers();
    e.compareYears();
    e.compareAuthors();
    e.compareJournals();
    if (a.notice != b.notice)
        judgeNotice(e, result, m_thresholds);
    else if (a.preprint != b.preprint)
        judgePreprint(e, result, m_thresholds);
    else
        decide(result, e.logit, allowsAutomaticMerge(e), m_thresholds);
    return result;
}

} // namespace evimap
