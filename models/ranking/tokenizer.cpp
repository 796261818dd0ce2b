#include "ranking/tokenizer.h"

#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace evimap {

namespace {

constexpr quint64 fnvOffset = 14695981039346656037ULL;
constexpr quint64 fnvPrime = 1099511628211ULL;

inline quint64 fnvStep(quint64 state, char16_t c)
{
    return (state ^ quint64(c)) * fnvPrime;
}

// splitmix64's finaliser: spreads FNV's state over all 64 bits, so the low bits make good
// bucket numbers.
inline quint64 finalise(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// English function words: scikit-learn's list without the content words it also holds
// ("system", "interest", "fire", "bill", "detail", ...), which matter in reviews.
const char *const stopWordList[] = {
    "a",          "about",        "above",      "across",     "after",     "afterwards",
    "again",      "against",      "all",        "almost",     "alone",     "along",
    "already",    "also",         "although",   "always",     "am",        "among",
    "amongst",    "amoungst",     "an",         "and",        "another",   "any",
    "anyhow",     "anyone",       "anything",   "anyway",     "anywhere",  "are",
    "around",     "as",           "at",         "be",         "became",    "because",
    "become",     "becomes",      "becoming",   "been",       "before",    "beforehand",
    "behind",     "being",        "below",      "beside",     "besides",   "between",
    "beyond",     "both",         "but",        "by",         "can",       "cannot",
    "cant",       "co",           "could",      "couldnt",    "de",        "do",
    "done",       "down",         "due",        "during",     "each",      "eg",
    "eight",      "either",       "eleven",     "else",       "elsewhere", "enough",
    "etc",        "even",         "ever",       "every",      "everyone",  "everything",
    "everywhere", "except",       "few",        "fifteen",    "fifty",     "for",
    "former",     "formerly",     "forty",      "four",       "from",      "further",
    "get",        "go",           "had",        "has",        "hasnt",     "have",
    "he",         "hence",        "her",        "here",       "hereafter", "hereby",
    "herein",     "hereupon",     "hers",       "herself",    "him",       "himself",
    "his",        "how",          "however",    "hundred",    "i",         "ie",
    "if",         "in",           "inc",        "indeed",     "into",      "is",
    "it",         "its",          "itself",     "latter",     "latterly",  "least",
    "less",       "ltd",          "many",       "may",        "me",        "meanwhile",
    "might",      "mine",         "more",       "moreover",   "most",      "mostly",
    "much",       "must",         "my",         "myself",     "namely",    "neither",
    "never",      "nevertheless", "next",       "nine",       "no",        "nobody",
    "none",       "noone",        "nor",        "not",        "nothing",   "now",
    "nowhere",    "of",           "off",        "often",      "on",        "once",
    "one",        "only",         "onto",       "or",         "other",     "others",
    "otherwise",  "our",          "ours",       "ourselves",  "out",       "over",
    "own",        "per",          "perhaps",    "please",     "rather",    "re",
    "same",       "seem",         "seemed",     "seeming",    "seems",     "several",
    "she",        "should",       "since",      "six",        "sixty",     "so",
    "some",       "somehow",      "someone",    "something",  "sometime",  "sometimes",
    "somewhere",  "still",        "such",       "ten",        "than",      "that",
    "the",        "their",        "them",       "themselves", "then",      "thence",
    "there",      "thereafter",   "thereby",    "therefore",  "therein",   "thereupon",
    "these",      "they",         "third",      "this",       "those",     "though",
    "three",      "through",      "throughout", "thru",       "thus",      "to",
    "together",   "too",          "toward",     "towards",    "twelve",    "twenty",
    "two",        "un",           "under",      "until",      "up",        "upon",
    "us",         "very",         "via",        "was",        "we",        "well",
    "were",       "what",         "whatever",   "when",       "whence",    "whenever",
    "where",      "whereafter",   "whereas",    "whereby",    "wherein",   "whereupon",
    "wherever",   "whether",      "which",      "while",      "whither",   "who",
    "whoever",    "whole",        "whom",       "whose",      "why",       "will",
    "with",       "within",       "without",    "would",      "yet",       "you",
    "your",       "yours",        "yourself",   "yourselves",
};

// The stop words' hashes in a small open-addressed table (checked once per word).
class StopWords final
{
public:
    StopWords()
    {
        m_table.fill(0);
        for (const char *word : stopWordList) {
            const quint64 h = Tokenizer::hashTerm(QString::fromLatin1(word));
            std::size_t slot = h & mask;
            while (m_table[slot] != 0)
                slot = (slot + 1) & mask;
            m_table[slot] = h;
        }
    }
    bool contains(quint64 h) const
    {
        std::size_t slot = h & mask;
        while (m_table[slot] != 0) {
            if (m_table[slot] == h)
                return true;
            slot = (slot + 1) & mask;
        }
        return false;
    }

private:
    static constexpr std::size_t size = 1024;
    static constexpr std::size_t mask = size - 1;
    std::array<quint64, size> m_table;
};

const StopWords &stopWords()
{
    static const StopWords words;
    return words;
}

inline bool isWordChar(char16_t c)
{
    if (c < 128)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    const QChar ch(c);
    // Surrogates: letters outside the BMP are rare in abstracts; keep their halves together.
    return ch.isLetterOrNumber() || ch.isMark() || ch.isSurrogate();
}

inline char16_t lower(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return QChar(c).toLower().unicode();
}

} // namespace

quint64 Tokenizer::hashTerm(QStringView term)
{
    quint64 state = fnvOffset;
    for (const QChar c : term)
        state = fnvStep(state, c.unicode());
    return finalise(state);
}

bool Tokenizer::isStopWord(QStringView lowerCaseWord)
{
    return stopWords().contains(hashTerm(lowerCaseWord));
}

template<typename Sink>
void Tokenizer::scan(QStringView text, Sink &&sink) const
{
    const StopWords &stop = stopWords();
    QVarLengthArray<char16_t, 64> word;
    QVarLengthArray<char16_t, 64> previous;
    quint64 previousState = 0;
    bool havePrevious = false;
    const qsizetype n = text.size();
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.utf16());
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordChar(chars[i]))
            ++i;
        if (i >= n)
            break;
        word.clear();
        quint64 state = fnvOffset;
        int length = 0; // characters that are not combining marks
        while (i < n && isWordChar(chars[i])) {
            const char16_t c = lower(chars[i]);
            word.append(c);
            state = fnvStep(state, c);
            if (c < 0x300 || !QChar(c).isMark())
                ++length;
            ++i;
        }
        if (length < m_options.minLength)
            continue;
        const quint64 h = finalise(state);
        if (m_options.stopWords && stop.contains(h))
            continue;
        sink(QStringView(word.constData(), word.size()), h, false, previous);
        if (m_options.bigrams) {
            if (havePrevious) {
                quint64 pair = fnvStep(previousState, u' ');
                for (const char16_t c : word)
                    pair = fnvStep(pair, c);
                sink(QStringView(word.constData(), word.size()), finalise(pair), true, previous);
            }
            previous = word;
            previousState = state;
            havePrevious = true;
        }
    }
}

void Tokenizer::hashTerms(QStringView text, std::vector<quint64> &out) const
{
    scan(text, [&](QStringView, quint64 h, bool, const auto &) { out.push_back(h); });
}

QStringList Tokenizer::terms(QStringView text) const
{
    QStringList list;
    scan(text, [&](QStringView word, quint64, bool bigram, const auto &previous) {
        if (bigram)
            list.append(QStringView(previous.constData(), previous.size()).toString() +
                        QLatin1Char(' ') + word.toString());
        else
            list.append(word.toString());
    });
    return list;
}

} // namespace evimap
