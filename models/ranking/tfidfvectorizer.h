#pragma once

#include "core/result.h"
#include "ranking/sparsematrix.h"
#include "ranking/tokenizer.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace evimap {

// TF-IDF vectors of texts, as scikit-learn's TfidfVectorizer computes them: term frequency (or
// 1 + ln tf, "sublinear"), times idf = ln((1 + n) / (1 + df)) + 1, each row scaled to unit
// length. Terms are found through their hashes (hashing trick): a term's column is the
// bucket of its hash, among 2^hashBits buckets sized to the text, so no vocabulary of strings
// is built; two rare terms can share a column, which does not matter for ranking. Terms in
// fewer than minDf documents get no column (they cannot help to rank other records).
//
// Vectorising runs on all cores (QtConcurrent), with a cancel flag.
class TfidfVectorizer final
{
    Q_DECLARE_TR_FUNCTIONS(TfidfVectorizer)

public:
    struct Options
    {
        Tokenizer::Options tokens;
        bool sublinearTf = true;
        int minDf = 1;
        double maxDfShare = 1.0; // terms in a larger share of documents get no column
        int hashBits = 0;        // 0: chosen from the text's size (18 to 24)
    };

    TfidfVectorizer() = default;
    explicit TfidfVectorizer(const Options &options)
        : m_options(options)
    {}

    const Options &options() const { return m_options; }

    // Learns document frequencies from `texts` and returns their vectors, one row per text.
    Result<SparseMatrix> fitTransform(const QStringList &texts,
                                      const std::atomic_bool *cancelled = nullptr);

    // Column of a term (as Tokenizer::terms() writes it), -1 when it has none.
    int column(QStringView term) const;
    double idf(int column) const { return m_idf.at(column); }
    int columns() const { return int(m_idf.size()); }
    int documents() const { return m_documents; }

private:
    Options m_options;
    int m_bits = 0;
    int m_documents = 0;
    std::vector<int> m_columnOfBucket;
    std::vector<double> m_idf;
};

} // namespace evimap
