#pragma once

#include <QStringList>
#include <QStringView>

#include <vector>

namespace evimap {

// Splits a record's text into the terms the ranking learns from: maximal runs of Unicode letters
// and digits, lower-cased, at least `minLength` characters, English stop words removed, and
// optionally the bigrams of neighbouring kept words ("social anxiety"). Terms are handed out as
// 64-bit hashes (hashTerm() of their text), so vectorising 100,000 abstracts needs no string
// allocation; terms() gives the same terms as text for tests and explanations.
class Tokenizer final
{
public:
    struct Options
    {
        bool stopWords = true; // drop English function words ("the", "of", "which")
        bool bigrams = false;  // add pairs of neighbouring kept words
        int minLength = 2;     // shorter words are dropped (as scikit-learn's default)
    };

    Tokenizer() = default;
    explicit Tokenizer(const Options &options)
        : m_options(options)
    {}

    const Options &options() const { return m_options; }

    // Appends the hashes of the text's terms in order of occurrence; with bigrams, each pair
    // follows its second word.
    void hashTerms(QStringView text, std::vector<quint64> &out) const;

    // The same terms as text, in the same order as hashTerms() gives their hashes.
    QStringList terms(QStringView text) const;

    // The hash of one term given as text ("anxiety", or "social anxiety" for a bigram).
    static quint64 hashTerm(QStringView term);

    static bool isStopWord(QStringView lowerCaseWord);

private:
    template<typename Sink>
    void scan(QStringView text, Sink &&sink) const;

    Options m_options;
};

} // namespace evimap
