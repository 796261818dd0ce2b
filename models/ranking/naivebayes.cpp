#include "ranking/naivebayes.h"

#include <cmath>

namespace evimap {

Status NaiveBayes::fit(const SparseMatrix &features, const std::vector<int> &rows,
                       const std::vector<int> &labels, const std::atomic_bool *cancelled)
{
    const int d = features.columns;
    std::vector<double> counts[2] = {std::vector<double>(d, 0.0), std::vector<double>(d, 0.0)};
    double totals[2] = {0, 0};
    int sizes[2] = {0, 0};
    for (int label : labels)
        ++sizes[label ? 1 : 0];
    if (sizes[0] == 0 || sizes[1] == 0)
        return failure(QStringLiteral("naive Bayes needs both classes"));
    const ClassWeights weights = classWeights(m_options.balance, sizes[1], sizes[0]);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int c = labels[i] ? 1 : 0;
        const double weight = weights.of(c);
        const int r = rows[i];
        for (qint64 k = features.rowStart[r], end = features.rowStart[r + 1]; k < end; ++k) {
            counts[c][features.index[k]] += weight * features.value[k];
            totals[c] += weight * features.value[k];
        }
    }
    if (cancelled && cancelled->load())
        return Error{Error::Kind::Cancelled, QStringLiteral("cancelled")};

    const double alpha = m_options.alpha;
    m_weights.assign(d, 0.0);
    const double denominator[2] = {std::log(totals[0] + alpha * d),
                                   std::log(totals[1] + alpha * d)};
    if (m_options.variant == Variant::Multinomial) {
        for (int j = 0; j < d; ++j)
            m_weights[j] = (std::log(counts[1][j] + alpha) - denominator[1]) -
                           (std::log(counts[0][j] + alpha) - denominator[0]);
    } else {
        // Class c's weights come from the other class's counts, scaled to unit L1 length;
        // the decision for c is -(x · w_c), so relevant minus irrelevant is x · (w_0 - w_1).
        std::vector<double> w1(d), w0(d);
        double norm1 = 0, norm0 = 0;
        for (int j = 0; j < d; ++j) {
            w1[j] = std::log(counts[0][j] + alpha) - denominator[0];
            w0[j] = std::log(counts[1][j] + alpha) - denominator[1];
            norm1 += std::abs(w1[j]);
            norm0 += std::abs(w0[j]);
        }
        for (int j = 0; j < d; ++j)
            m_weights[j] = w0[j] / norm0 - w1[j] / norm1;
        // The scaled weights are tiny; stretch them so probabilities are not all 0.5.
        const double stretch = double(d);
        for (double &w : m_weights)
            w *= stretch;
    }
    m_bias =
        m_options.balance != Balance::None ? 0.0 : std::log(double(sizes[1]) / double(sizes[0]));
    return {};
}

QString NaiveBayes::describe() const
{
    return QStringLiteral("%1 naive Bayes (alpha %2%3)")
        .arg(m_options.variant == Variant::Multinomial ? QStringLiteral("multinomial")
                                                       : QStringLiteral("complement"))
        .arg(m_options.alpha)
        .arg(m_options.balance == Balance::None
                 ? QString()
                 : QStringLiteral(", %1 class balance").arg(balanceId(m_options.balance)));
}

} // namespace evimap
