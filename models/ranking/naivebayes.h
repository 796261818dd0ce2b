#pragma once

#include "ranking/classifier.h"

namespace evimap {

// Naive Bayes over TF-IDF weights (scikit-learn's MultinomialNB and ComplementNB).
//   multinomial: log θ_cj = log(N_cj + α) - log(N_c + α d); w_j = log θ_1j - log θ_0j;
//                b = log P(relevant) - log P(irrelevant) (0 when classes are balanced)
//   complement:  each class is described by the counts of the other class, and the weights
//                of each class are scaled to unit L1 length (Rennie et al. 2003), which
//                keeps long documents from dominating.
// N_cj is the sum of term j's weights over the class's rows (each row weighed by
// classWeights()), N_c its total, d the columns.
class NaiveBayes final : public Classifier
{
public:
    enum class Variant
    {
        Multinomial,
        Complement
    };
    struct Options
    {
        Variant variant = Variant::Multinomial;
        double alpha = 1.0; // additive smoothing
        // How the classes' rows are weighed in the counts N_cj; with any balance the prior
        // is uniform (b = 0).
        Balance balance = Balance::Equal;
    };

    NaiveBayes() = default;
    explicit NaiveBayes(const Options &options)
        : m_options(options)
    {}

    Status fit(const SparseMatrix &features, const std::vector<int> &rows,
               const std::vector<int> &labels, const std::atomic_bool *cancelled) override;
    QString describe() const override;

private:
    Options m_options;
};

} // namespace evimap
