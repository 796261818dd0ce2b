#pragma once

#include <QList>

#include <optional>

namespace evimap {

// Agreement between raters, as pure functions of their ratings. Ratings are category numbers
// (0, 1, ...). For screening, decisions become two categories with "unsure" counted as include
// (see ScreeningAgreement): both mean "look at it again", and kappa on three sparse categories
// would mostly measure the rarity of "unsure".
class Agreement final
{
public:
    // Share of items both raters put in the same category, p_o. Empty input: nullopt.
    static std::optional<double> percentAgreement(const QList<int> &a, const QList<int> &b);

    // Cohen's (unweighted) kappa, κ = (p_o − p_e) / (1 − p_e), with p_e from each rater's own
    // marginal proportions. Undefined (nullopt) when there are no items or when p_e = 1 (both
    // raters used one and the same category for everything), as in scikit-learn, which returns
    // NaN there.
    static std::optional<double> cohenKappa(const QList<int> &a, const QList<int> &b);

    // Prevalence- and bias-adjusted kappa, (k·p_o − 1) / (k − 1) for k categories: 2·p_o − 1 for
    // two. Screening excludes most records, which drags Cohen's kappa down even when reviewers
    // agree; PABAK shows agreement without that effect.
    static std::optional<double> pabak(const QList<int> &a, const QList<int> &b,
                                       int categories = 2);

    // Fleiss' kappa for any number of raters. `counts[i][j]` is how many raters put item i into
    // category j; every item must have the same number of ratings, at least two. Undefined
    // (nullopt) for no items, unequal rating counts, or when every rating is in one category.
    static std::optional<double> fleissKappa(const QList<QList<int>> &counts);
};

} // namespace evimap
