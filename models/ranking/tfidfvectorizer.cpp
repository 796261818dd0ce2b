#include "ranking/tfidfvectorizer.h"

#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <cmath>

namespace evimap {

namespace {

// One share of the documents, vectorised by one thread.
struct Chunk
{
    int first = 0;
    int last = 0; // exclusive
    std::vector<qint64> rowStart;
    std::vector<quint32> bucket;
    std::vector<quint16> count;
    std::vector<quint32> df;
    bool cancelled = false;
};

// Sorts a document's bucket numbers (a few hundred, below 2^24): three counting passes over
// 8-bit digits, least significant first. std::sort on these short rows was a quarter of
// vectorising's time (perf); this took vectorising 100,000 records from 3.9–5.2 s of CPU to
// 3.0–4.3 s.
void radixSort(std::vector<quint32> &values, std::vector<quint32> &scratch, int bits)
{
    scratch.resize(values.size());
    for (int shift = 0; shift < bits; shift += 8) {
        std::array<quint32, 257> start{};
        for (const quint32 v : values)
            ++start[((v >> shift) & 0xFF) + 1];
        for (int d = 0; d < 256; ++d)
            start[d + 1] += start[d];
        for (const quint32 v : values)
            scratch[start[(v >> shift) & 0xFF]++] = v;
        values.swap(scratch);
    }
}

// The arrays indexed by bucket (up to 2^24 entries) are far larger than the caches, and nearly
// every access to them misses: asking for the entry this many terms ahead lets those misses
// overlap.
constexpr std::size_t prefetchDistance = 16;

int bitsFor(qint64 characters)
{
    // About one distinct term per 8 characters (more with bigrams); buckets several times the
    // number of terms keep collisions rare.
    int bits = 18;
    while (bits < 24 && (qint64(1) << bits) < characters)
        ++bits;
    return bits;
}

} // namespace

Result<SparseMatrix> TfidfVectorizer::fitTransform(const QStringList &texts,
                                                   const std::atomic_bool *cancelled)
{
    const int n = int(texts.size());
    m_documents = n;
    qint64 characters = 0;
    for (const QString &text : texts)
        characters += text.size();
    m_bits = m_options.hashBits > 0 ? m_options.hashBits : bitsFor(characters);
    const quint32 buckets = quint32(1) << m_bits;
    const int shift = 64 - m_bits;

    const int threads = std::max(1, std::min(QThread::idealThreadCount(), n / 256 + 1));
    std::vector<Chunk> chunks(threads);
    for (int t = 0; t < threads; ++t) {
        chunks[t].first = int(qint64(n) * t / threads);
        chunks[t].last = int(qint64(n) * (t + 1) / threads);
    }
    const Tokenizer tokenizer(m_options.tokens);
    auto isCancelled = [cancelled] {
        return cancelled && cancelled->load(std::memory_order_relaxed);
    };

    // Pass 1: term counts per document (bucket, count; buckets ascending) and document
    // frequencies per bucket.
    auto countTerms = [&](Chunk &chunk) {
        chunk.df.assign(buckets, 0);
        chunk.rowStart.assign(1, 0);
        std::vector<quint64> hashes;
        std::vector<quint32> row;
        std::vector<quint32> scratch;
        for (int d = chunk.first; d < chunk.last; ++d) {
            if ((d & 255) == 0 && isCancelled()) {
                chunk.cancelled = true;
                return;
            }
            hashes.clear();
            tokenizer.hashTerms(texts.at(d), hashes);
            row.resize(hashes.size());
            for (std::size_t i = 0; i < hashes.size(); ++i)
                row[i] = quint32(hashes[i] >> shift);
            radixSort(row, scratch, m_bits);
            for (std::size_t i = 0; i < row.size();) {
                if (i + prefetchDistance < row.size())
                    __builtin_prefetch(&chunk.df[row[i + prefetchDistance]], 1);
                std::size_t j = i + 1;
                while (j < row.size() && row[j] == row[i])
                    ++j;
                chunk.bucket.push_back(row[i]);
                chunk.count.push_back(quint16(std::min<std::size_t>(j - i, 65535)));
                ++chunk.df[row[i]];
                i = j;
            }
            chunk.rowStart.push_back(qint64(chunk.bucket.size()));
        }
    };
    QtConcurrent::blockingMap(chunks, countTerms);
    for (const Chunk &chunk : chunks) {
        if (chunk.cancelled)
            return Error{Error::Kind::Cancelled, tr("vectorising was cancelled")};
    }

    // Columns: the buckets with enough (and not too many) documents, in bucket order, so rows
    // stay sorted by column.
    std::vector<quint32> &df = chunks.front().df;
    for (std::size_t t = 1; t < chunks.size(); ++t) {
        for (quint32 b = 0; b < buckets; ++b)
            df[b] += chunks[t].df[b];
        std::vector<quint32>().swap(chunks[t].df);
    }
    const double maxDf = m_options.maxDfShare * n;
    m_columnOfBucket.assign(buckets, -1);
    m_idf.clear();
    for (quint32 b = 0; b < buckets; ++b) {
        if (df[b] == 0 || df[b] < quint32(std::max(1, m_options.minDf)) || double(df[b]) > maxDf)
            continue;
        m_columnOfBucket[b] = int(m_idf.size());
        m_idf.push_back(std::log((1.0 + n) / (1.0 + df[b])) + 1.0);
    }
    std::vector<quint32>().swap(df);

    // Pass 2: weights, row by row, into one matrix.
    SparseMatrix matrix;
    matrix.columns = int(m_idf.size());
    qint64 total = 0;
    for (const Chunk &chunk : chunks)
        total += qint64(chunk.bucket.size());
    matrix.index.resize(total);
    matrix.value.resize(total);
    matrix.rowStart.assign(std::size_t(n) + 1, 0);
    std::vector<qint64> offsets(chunks.size(), 0);
    for (std::size_t t = 1; t < chunks.size(); ++t)
        offsets[t] = offsets[t - 1] + qint64(chunks[t - 1].bucket.size());
    std::vector<int> chunkIds(chunks.size());
    for (std::size_t t = 0; t < chunks.size(); ++t)
        chunkIds[t] = int(t);
    QtConcurrent::blockingMap(chunkIds, [&](int t) {
        Chunk &chunk = chunks[t];
        qint64 out = offsets[t];
        const qint64 chunkEnd = qint64(chunk.bucket.size());
        constexpr qint64 ahead = prefetchDistance;
        for (int d = chunk.first; d < chunk.last; ++d) {
            const qint64 rowBegin = out;
            double norm = 0;
            for (qint64 k = chunk.rowStart[d - chunk.first],
                        end = chunk.rowStart[d - chunk.first + 1];
                 k < end; ++k) {
                if (k + ahead < chunkEnd)
                    __builtin_prefetch(&m_columnOfBucket[chunk.bucket[k + ahead]]);
                const int column = m_columnOfBucket[chunk.bucket[k]];
                if (column < 0)
                    continue;
                // Most terms occur once in a record: no logarithm for those.
                const quint16 count = chunk.count[k];
                const double tf = count == 1              ? 1.0
                                  : m_options.sublinearTf ? 1.0 + std::log(double(count))
                                                          : double(count);
                const double w = tf * m_idf[column];
                matrix.index[out] = column;
                matrix.value[out] = float(w);
                norm += w * w;
                ++out;
            }
            if (norm > 0) {
                const double scale = 1.0 / std::sqrt(norm);
                for (qint64 k = rowBegin; k < out; ++k)
                    matrix.value[k] = float(matrix.value[k] * scale);
            }
            // Rows are compacted below; remember where this one ends.
            matrix.rowStart[d + 1] = out;
        }
        std::vector<quint32>().swap(chunk.bucket);
        std::vector<quint16>().swap(chunk.count);
    });

    // Filtered terms left gaps at the end of each row; close them.
    qint64 write = 0;
    qint64 readBegin = 0;
    for (int d = 0; d < n; ++d) {
        // A row's values start where its chunk's previous row ended (or at its chunk's offset).
        const qint64 readEnd = matrix.rowStart[d + 1];
        if (d > 0) {
            for (std::size_t t = 0; t < chunks.size(); ++t) {
                if (chunks[t].first == d) {
                    readBegin = offsets[t];
                    break;
                }
            }
        }
        const qint64 length = readEnd - readBegin;
        if (write != readBegin && length > 0) {
            std::copy(matrix.index.begin() + readBegin, matrix.index.begin() + readEnd,
                      matrix.index.begin() + write);
            std::copy(matrix.value.begin() + readBegin, matrix.value.begin() + readEnd,
                      matrix.value.begin() + write);
        }
        // The next row of the same chunk starts where this one ended in the chunk's space.
        readBegin = readEnd;
        write += length;
        matrix.rowStart[d + 1] = write;
    }
    matrix.index.resize(write);
    matrix.value.resize(write);
    return matrix;
}

int TfidfVectorizer::column(QStringView term) const
{
    if (m_columnOfBucket.empty())
        return -1;
    const quint32 b = quint32(Tokenizer::hashTerm(term) >> (64 - m_bits));
    return m_columnOfBucket[b];
}

} // namespace evimap
