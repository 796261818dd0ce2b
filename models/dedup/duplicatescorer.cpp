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

// Log-odds weights. The prior is what being a candidate at all (sharing a block) is worth.
constexpr double prior = -2.0;

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

DedupScore DuplicateScorer::score(const ComparableRecord &a, const ComparableRecord &b,
                                  bool withReasons) const
{
    DedupScore result;
    double logit = prior;
    bool hardDisagreement = false;
    bool identifierAgrees = false;
    auto note = [&](const char *field, const char *verdict, double weight, auto detail) {
        logit += weight;
        if (withReasons)
            result.reasons.append(
                DedupReason{QLatin1String(field), QLatin1String(verdict), weight, detail()});
    };
    auto number = [](double v) { return QString::number(v, 'f', 2); };
    auto pairText = [](const QString &x, const QString &y) {
        return x == y ? x : x + QLatin1String(" / ") + y;
    };

    // Title.
    const bool titles = !a.title.isEmpty() && !b.title.isEmpty();
    const double ts = titles ? titleSimilarity(a.title, b.title) : 0.0;
    const bool prefix = titles && ts < 0.9 && titleIsPrefix(a.title, b.title);
    const bool shortTitle = titles && (std::min(wordCount(a.title), wordCount(b.title)) < 4 ||
                                       std::min(a.title.size(), b.title.size()) < 25);
    double titleWeight = 0.0;
    if (titles) {
        const char *verdict = "agree";
        if (ts >= 0.985)
            titleWeight = 5.0;
        else if (ts >= 0.95)
            titleWeight = 4.0;
        else if (ts >= 0.9)
            titleWeight = 2.5;
        else if (prefix)
            titleWeight = 2.0, verdict = "partial";
        else if (ts >= 0.8)
            titleWeight = 0.5, verdict = "partial";
        else
            titleWeight = -6.0, verdict = "disagree";
        if (shortTitle && titleWeight > 2.5)
            titleWeight = 2.5;
        note("title", verdict, titleWeight, [&] {
            return prefix ? QStringLiteral("one title is the start of the other") : number(ts);
        });
        if (ts >= 0.8 || prefix) {
            const QString na = titleNumbers(a.title), nb = titleNumbers(b.title);
            if (na != nb) {
                hardDisagreement = true;
                note("numbers", "disagree", -4.0, [&] {
                    return (na.isEmpty() ? QStringLiteral("-") : na) + QLatin1String(" / ") +
                           (nb.isEmpty() ? QStringLiteral("-") : nb);
                });
            }
        }
    }
    const bool titlesAgree = !titles || ts >= 0.8 || prefix;

    // Identifiers.
    if (!a.doi.isEmpty() && !b.doi.isEmpty()) {
        if (a.doi == b.doi) {
            if (titlesAgree) {
                identifierAgrees = true;
                note("doi", "agree", 4.5, [&] { return a.doi; });
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
            note("doi", "disagree", -4.0, [&] { return pairText(a.doi, b.doi); });
        }
    }
    if (!a.pmid.isEmpty() && !b.pmid.isEmpty()) {
        if (a.pmid == b.pmid) {
            identifierAgrees = identifierAgrees || titlesAgree;
            note("pmid", "agree", 5.0, [&] { return a.pmid; });
        } else {
            hardDisagreement = true;
            note("pmid", "disagree", -5.0, [&] { return pairText(a.pmid, b.pmid); });
        }
    }
    if (!a.accession.isEmpty() && !b.accession.isEmpty()) {
        if (a.accession == b.accession) {
            identifierAgrees = identifierAgrees || titlesAgree;
            note("accession", "agree", 4.0, [&] { return a.accession; });
        } else if (const QString scheme = accessionScheme(a.accession);
                   !scheme.isEmpty() && scheme == accessionScheme(b.accession)) {
            hardDisagreement = true;
            note("accession", "disagree", -2.0, [&] { return pairText(a.accession, b.accession); });
        }
    }
    if (!a.isbn.isEmpty() && !b.isbn.isEmpty()) {
        // Chapters share their book's ISBN: weak evidence either way.
        if (a.isbn == b.isbn)
            note("isbn", "agree", 1.0, [&] { return a.isbn; });
        else
            note("isbn", "disagree", -1.5, [&] { return pairText(a.isbn, b.isbn); });
    }

    // Bibliographic fields.
    double yearWeight = 0.0;
    if (a.year > 0 && b.year > 0) {
        const int d = std::abs(a.year - b.year);
        const char *verdict = d == 0 ? "agree" : d == 1 ? "partial" : "disagree";
        yearWeight = d == 0 ? 1.0 : d == 1 ? -0.5 : -3.0;
        if (d >= 2)
            hardDisagreement = true;
        note("year", verdict, yearWeight,
             [&] { return pairText(QString::number(a.year), QString::number(b.year)); });
    }
    double authorsWeight = 0.0;
    double overlap = 0.0;
    if (!a.authors.isEmpty() && !b.authors.isEmpty()) {
        bool first = false;
        overlap = authorOverlap(a.authors, b.authors, &first);
        const char *verdict = "agree";
        if (overlap >= 0.8)
            authorsWeight = first ? 2.0 : 1.5;
        else if (overlap >= 0.5)
            authorsWeight = 0.5, verdict = "partial";
        else if (overlap >= 0.25)
            authorsWeight = -1.5, verdict = "disagree";
        else
            authorsWeight = -3.5, verdict = "disagree";
        if (overlap < 0.5)
            hardDisagreement = true;
        note("authors", verdict, authorsWeight, [&] {
            return QStringLiteral("%1 of the shorter list, first author %2")
                .arg(number(overlap), first ? QStringLiteral("same") : QStringLiteral("differs"));
        });
    }
    if (a.preprint == b.preprint) {
        switch (Normalise::matchJournalWords(a.journal, b.journal)) {
        case Normalise::JournalMatch::Missing:
            break;
        case Normalise::JournalMatch::Same:
            note("journal", "agree", 1.0, [&] { return a.journal.join(QLatin1Char(' ')); });
            break;
        case Normalise::JournalMatch::Abbreviation:
            note("journal", "agree", 1.0, [&] {
                return a.journal.join(QLatin1Char(' ')) + QLatin1String(" / ") +
                       b.journal.join(QLatin1Char(' '));
            });
            break;
        case Normalise::JournalMatch::Partial:
            note("journal", "partial", 0.3, [&] {
                return a.journal.join(QLatin1Char(' ')) + QLatin1String(" / ") +
                       b.journal.join(QLatin1Char(' '));
            });
            break;
        case Normalise::JournalMatch::Different:
            hardDisagreement = true;
            note("journal", "disagree", -2.0, [&] {
                return a.journal.join(QLatin1Char(' ')) + QLatin1String(" / ") +
                       b.journal.join(QLatin1Char(' '));
            });
            break;
        }
        if (!a.volume.isEmpty() && !b.volume.isEmpty()) {
            if (a.volume == b.volume) {
                note("volume", "agree", 0.8, [&] { return a.volume; });
            } else {
                hardDisagreement = true;
                note("volume", "disagree", -2.0, [&] { return pairText(a.volume, b.volume); });
            }
        }
        if (!a.firstPage.isEmpty() && !b.firstPage.isEmpty()) {
            if (a.firstPage == b.firstPage) {
                note("pages", "agree", 1.2, [&] { return a.firstPage; });
            } else {
                hardDisagreement = true;
                note("pages", "disagree", -2.5, [&] { return pairText(a.firstPage, b.firstPage); });
            }
        }
    }

    auto decide = [&](bool allowAuto) {
        result.score = logistic(logit);
        if (allowAuto && result.score >= m_thresholds.autoMerge)
            result.decision = DedupScore::Decision::Auto;
        else if (result.score >= m_thresholds.review)
            result.decision = DedupScore::Decision::Review;
        else
            result.decision = DedupScore::Decision::None;
    };
    auto guard = [&](auto detail) {
        if (withReasons)
            result.reasons.append(
                DedupReason{QStringLiteral("guard"), QStringLiteral("guard"), 0.0, detail});
    };

    // Traps.
    if (a.notice != b.notice) {
        const bool retractedMark = (a.notice == ComparableRecord::Notice::Retracted &&
                                    b.notice == ComparableRecord::Notice::None) ||
                                   (b.notice == ComparableRecord::Notice::Retracted &&
                                    a.notice == ComparableRecord::Notice::None);
        if (retractedMark) {
            guard(QStringLiteral("one of the two is marked as retracted: review"));
            decide(false);
            return result;
        }
        guard(QStringLiteral("an erratum, correction, retraction notice or comment is not the "
                             "article it cites"));
        result.score = std::min(logistic(logit), 0.05);
        result.decision = DedupScore::Decision::None;
        return result;
    }
    if (a.preprint != b.preprint) {
        // A preprint and its journal version: the same work, two publications. Judge it on
        // title, authors and a year or two apart, then link it; never merge it.
        double link = prior + titleWeight + authorsWeight;
        if (a.year > 0 && b.year > 0)
            link += std::abs(a.year - b.year) <= 2 ? 1.0 : -3.0;
        result.score = logistic(link);
        if (result.score >= m_thresholds.review && titlesAgree &&
            (a.authors.isEmpty() || b.authors.isEmpty() || overlap >= 0.5)) {
            result.decision = DedupScore::Decision::Link;
            guard(QStringLiteral("preprint and published version: linked, not merged"));
        } else {
            result.decision = DedupScore::Decision::None;
        }
        return result;
    }

    bool allowAuto = !hardDisagreement;
    if (allowAuto && !(titleWeight >= 2.5 || (identifierAgrees && titlesAgree))) {
        allowAuto = false;
        guard(QStringLiteral("titles not close enough to merge without a person"));
    }
    if (allowAuto && shortTitle && !identifierAgrees) {
        allowAuto = false;
        guard(QStringLiteral("a short title alone cannot prove a duplicate"));
    }
    if (allowAuto && !identifierAgrees && !a.hasJournalData() && !b.hasJournalData()) {
        // Reports, web pages and theses: only title, authors and year to go on.
        const bool strong = ts >= 0.985 && overlap >= 0.8 && a.year > 0 && a.year == b.year;
        if (!strong) {
            allowAuto = false;
            guard(QStringLiteral("no journal data: needs a person unless title, authors and "
                                 "year all agree"));
        }
    }
    decide(allowAuto);
    return result;
}

} // namespace evimap
