#pragma once

#include "ranking/classifier.h"

namespace evimap {

// L2-regularised logistic regression, fitted with L-BFGS on the training rows:
//   minimise  C Σ s_i log(1 + exp(-y_i (w · x_i + b)))  +  ½ |w|²      (y_i = ±1)
// with the intercept b not penalised, and sample weights s_i from classWeights(): with
// Balance::Equal s_i = n / (2 n_class), scikit-learn's
// LogisticRegression(C, class_weight="balanced"). Only the columns present in the training
// rows are optimised; the others have weight 0, as the L2 term would make them anyway.
class LogisticRegression final : public Classifier
{
public:
    struct Options
    {
        double c = 1.0;                   // inverse regularisation strength
        Balance balance = Balance::Equal; // how the classes are weighed
        int maxIterations = 100;
        double tolerance = 1e-4; // stop when the largest gradient entry is below this
    };

    LogisticRegression() = default;
    explicit LogisticRegression(const Options &options)
        : m_options(options)
    {}

    Status fit(const SparseMatrix &features, const std::vector<int> &rows,
               const std::vector<int> &labels, const std::atomic_bool *cancelled) override;
    QString describe() const override;
    void warmStart(const std::vector<double> &weights, double bias) override;

    int iterations() const { return m_iterations; }
    // The objective at the solution (for tests).
    double objective() const { return m_objective; }

private:
    Options m_options;
    std::vector<double> m_start;
    double m_startBias = 0;
    int m_iterations = 0;
    double m_objective = 0;
};

} // namespace evimap
