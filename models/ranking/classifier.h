#pragma once

#include "core/result.h"
#include "ranking/sparsematrix.h"

#include <QString>

#include <atomic>
#include <cmath>
#include <vector>

namespace evimap {

// How the training rows of the two classes are weighed against each other (the relevant
// records are few, especially early in screening).
//   None:   every row weighs 1.
//   Equal:  each class weighs half of the rows in total (scikit-learn's class_weight
//           "balanced"): row weight n / (2 n_class).
//   Double: ASReview's "double" balance strategy (a = 2.155, α = 0.94, b = 0.789, β = 1) as
//           weights instead of resampling, so it is deterministic: the relevant class gets the
//           share p = o n₁ / (o n₁ + z n₀) of the n rows' total weight, with
//           o = a (n₁ / n₀)^-α and z = 1 - (1 - b) / (1 + ln n)^β; row weights
//           n p / n₁ (relevant) and n (1 - p) / n₀ (irrelevant). Early on (one relevant, one
//           irrelevant) p ≈ 0.71; with 10 relevant among 510, p ≈ 0.64.
enum class Balance
{
    None,
    Equal,
    Double
};

struct ClassWeights
{
    double irrelevant = 1;
    double relevant = 1;
    double of(int label) const { return label ? relevant : irrelevant; }
};

// "none", "equal", "double" (settings, audit log, command line).
inline QString balanceId(Balance balance)
{
    switch (balance) {
    case Balance::None:
        return QStringLiteral("none");
    case Balance::Equal:
        return QStringLiteral("equal");
    case Balance::Double:
        return QStringLiteral("double");
    }
    return QStringLiteral("equal");
}

// The weight of one training row of each class, for `relevant` and `irrelevant` rows.
inline ClassWeights classWeights(Balance balance, int relevant, int irrelevant)
{
    ClassWeights w;
    if (relevant <= 0 || irrelevant <= 0 || balance == Balance::None)
        return w;
    const double n1 = relevant, n0 = irrelevant, n = n1 + n0;
    double share = 0.5;
    if (balance == Balance::Double) {
        const double o = 2.155 * std::pow(n1 / n0, -0.94);
        const double z = 1.0 - (1.0 - 0.789) / (1.0 + std::log(n));
        share = o * n1 / (o * n1 + z * n0);
    }
    w.relevant = n * share / n1;
    w.irrelevant = n * (1.0 - share) / n0;
    return w;
}

// A linear relevance classifier over TF-IDF rows: decision(x) = w · x + b, where a higher
// value means more likely relevant and 0 is the model's boundary. Subclasses differ in how
// they learn w and b.
class Classifier
{
public:
    virtual ~Classifier() = default;

    // Learns from the listed rows of `features`, with labels 1 (relevant) or 0.
    virtual Status fit(const SparseMatrix &features, const std::vector<int> &rows,
                       const std::vector<int> &labels, const std::atomic_bool *cancelled) = 0;
    // A short description of the model and its settings (for the audit log).
    virtual QString describe() const = 0;
    // Starts the next fit() from an earlier solution, where the method allows it (retraining
    // after a few more decisions then takes a few iterations instead of many).
    virtual void warmStart(const std::vector<double> &weights, double bias)
    {
        Q_UNUSED(weights);
        Q_UNUSED(bias);
    }

    double decision(const SparseMatrix &features, int row) const
    {
        return features.dot(row, m_weights.data()) + m_bias;
    }
    // The decision as a probability-like score in (0, 1).
    double probability(const SparseMatrix &features, int row) const
    {
        return 1.0 / (1.0 + std::exp(-decision(features, row)));
    }
    const std::vector<double> &weights() const { return m_weights; }
    double bias() const { return m_bias; }

protected:
    std::vector<double> m_weights;
    double m_bias = 0;
};

} // namespace evimap
