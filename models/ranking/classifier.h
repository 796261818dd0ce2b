#pragma once

#include "core/result.h"
#include "ranking/sparsematrix.h"

#include <QString>

#include <atomic>
#include <cmath>
#include <vector>

namespace evimap {

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
