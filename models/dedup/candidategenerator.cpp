#include "dedup/candidategenerator.h"

#include <QHash>
#include <QStringView>

#include <algorithm>

namespace evimap {

namespace {

enum KeyKind : size_t
{
    DoiKey = 1,
    PmidKey,
    AccessionKey,
    IsbnKey,
    TitleKey,
    RareWordsKey,
    AcronymKey,
    AuthorYearPageKey,
};

struct Entry
{
    quint64 key;
    quint32 record;
    quint32 kind = 0; // which KeyKind made it (for diagnostics)
    bool operator<(const Entry &other) const
    {
        return key < other.key || (key == other.key && record < other.record);
    }
};

quint64 hashed(QStringView text, KeyKind kind)
{
    return quint64(qHash(text, size_t(kind) * 0x9E3779B97F4A7C15ULL));
}

bool cancelledNow(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

} // namespace

std::vector<CandidateGenerator::Pair>
CandidateGenerator::pairs(const QList<ComparableRecord> &records, const std::atomic_bool *cancelled,
                          int maxBlockSize)
{
    const quint32 n = quint32(records.size());
    std::vector<Entry> entries;
    entries.reserve(size_t(n) * 12);

    // Title words as ids, and in how many titles each occurs.
    QHash<QStringView, quint32> ids;
    ids.reserve(int(n));
    std::vector<quint32> frequency;
    std::vector<quint32> tokenStart(size_t(n) + 1, 0);
    std::vector<quint32> tokens;
    tokens.reserve(size_t(n) * 12);
    for (quint32 i = 0; i < n; ++i) {
        tokenStart[i] = quint32(tokens.size());
        const QString &title = records.at(i).title;
        for (const QStringView word :
             QStringView(title).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.size() < 2)
                continue;
            auto it = ids.find(word);
            quint32 id;
            if (it == ids.end()) {
                id = quint32(frequency.size());
                ids.insert(word, id);
                frequency.push_back(0);
            } else {
                id = it.value();
            }
            tokens.push_back(id);
        }
        // Count each word once per title.
        std::sort(tokens.begin() + tokenStart[i], tokens.end());
        tokens.erase(std::unique(tokens.begin() + tokenStart[i], tokens.end()), tokens.end());
        for (auto t = tokens.begin() + tokenStart[i]; t != tokens.end(); ++t)
            ++frequency[*t];
    }
    tokenStart[n] = quint32(tokens.size());
    if (cancelledNow(cancelled))
        return {};

    QString scratch;
    for (quint32 i = 0; i < n; ++i) {
        const ComparableRecord &r = records.at(i);
        if (!r.doi.isEmpty())
            entries.push_back({hashed(r.doi, DoiKey), i, DoiKey});
        if (!r.pmid.isEmpty())
            entries.push_back({hashed(r.pmid, PmidKey), i, PmidKey});
        if (!r.accession.isEmpty())
            entries.push_back({hashed(r.accession, AccessionKey), i, AccessionKey});
        if (!r.isbn.isEmpty())
            entries.push_back({hashed(r.isbn, IsbnKey), i, IsbnKey});
        if (r.title.isEmpty())
            continue;

        scratch = r.title;
        scratch.remove(QLatin1Char(' '));
        entries.push_back({hashed(scratch, TitleKey), i, TitleKey});

        // The four rarest words (ties broken by id, so both copies of a title choose alike).
        quint32 rare[4];
        int count = 0;
        for (quint32 t = tokenStart[i]; t < tokenStart[i + 1]; ++t) {
            const quint32 id = tokens[t];
            auto rarer = [&](quint32 x, quint32 y) {
                return frequency[x] < frequency[y] || (frequency[x] == frequency[y] && x < y);
            };
            if (count < 4) {
                rare[count++] = id;
            } else {
                int worst = 0;
                for (int k = 1; k < 4; ++k) {
                    if (rarer(rare[worst], rare[k]))
                        worst = k;
                }
                if (rarer(id, rare[worst]))
                    rare[worst] = id;
            }
        }
        for (int x = 0; x < count; ++x) {
            for (int y = x + 1; y < count; ++y) {
                const quint64 lo = std::min(rare[x], rare[y]);
                const quint64 hi = std::max(rare[x], rare[y]);
                entries.push_back(
                    {(quint64(RareWordsKey) << 58) ^ (lo << 29) ^ hi, i, RareWordsKey});
            }
        }

        // First letters of the words, with the year and the next year (a year apart still
        // meets: 2019 writes 2019 and 2020, 2020 writes 2020 and 2021).
        const QList<QStringView> words = QStringView(r.title).split(QLatin1Char(' '));
        if (words.size() >= 5) {
            scratch.clear();
            for (const QStringView w : words)
                scratch += w.front();
            scratch += QLatin1Char('|');
            const qsizetype base = scratch.size();
            for (int year : {r.year, r.year > 0 ? r.year + 1 : -1}) {
                if (year < 0)
                    continue;
                scratch.truncate(base);
                scratch += QString::number(year);
                entries.push_back({hashed(scratch, AcronymKey), i, AcronymKey});
            }
        }

        if (!r.authors.isEmpty() && r.year > 0 && !r.firstPage.isEmpty()) {
            const QString &first = r.authors.first();
            const qsizetype space = first.indexOf(QLatin1Char(' '));
            scratch = (space < 0 ? first : first.left(space)) + QLatin1Char('|') +
                      QString::number(r.year) + QLatin1Char('|') + r.firstPage;
            entries.push_back({hashed(scratch, AuthorYearPageKey), i, AuthorYearPageKey});
        }
    }
    if (cancelledNow(cancelled))
        return {};

    std::sort(entries.begin(), entries.end());
    constexpr size_t smallBlock = 4;
    std::vector<quint32> block;
    std::vector<quint64> pairKeys;
    pairKeys.reserve(size_t(n) * 4);
    for (size_t start = 0; start < entries.size();) {
        size_t end = start + 1;
        while (end < entries.size() && entries[end].key == entries[start].key)
            ++end;
        const size_t size = end - start;
        if (size >= 2 && size <= size_t(maxBlockSize)) {
            if (size <= smallBlock) {
                for (size_t x = start; x < end; ++x) {
                    for (size_t y = x + 1; y < end; ++y) {
                        if (entries[x].record != entries[y].record)
                            pairKeys.push_back((quint64(entries[x].record) << 32) |
                                               entries[y].record);
                    }
                }
            } else {
                // A larger block (two fairly common title words, say) only pairs records
                // published at most a year apart; records without a year pair with all.
                block.clear();
                for (size_t x = start; x < end; ++x)
                    block.push_back(entries[x].record);
                std::sort(block.begin(), block.end(), [&](quint32 a, quint32 b) {
                    const int ya = records.at(a).year, yb = records.at(b).year;
                    return ya < yb || (ya == yb && a < b);
                });
                for (size_t x = 0; x < block.size(); ++x) {
                    const int yx = records.at(block[x]).year;
                    for (size_t y = x + 1; y < block.size(); ++y) {
                        if (yx > 0 && records.at(block[y]).year - yx > 1)
                            break;
                        const quint32 lo = std::min(block[x], block[y]);
                        const quint32 hi = std::max(block[x], block[y]);
                        if (lo != hi)
                            pairKeys.push_back((quint64(lo) << 32) | hi);
                    }
                }
            }
        }
        start = end;
        if ((start & 0xFFFF) == 0 && cancelledNow(cancelled))
            return {};
    }
    std::vector<Entry>().swap(entries);
    std::sort(pairKeys.begin(), pairKeys.end());
    pairKeys.erase(std::unique(pairKeys.begin(), pairKeys.end()), pairKeys.end());

    std::vector<Pair> result;
    result.reserve(pairKeys.size());
    for (const quint64 key : pairKeys)
        result.emplace_back(quint32(key >> 32), quint32(key & 0xFFFFFFFFu));
    return result;
}

} // namespace evimap
