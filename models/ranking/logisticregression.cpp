#include "ranking/logisticregression.h"

#include "ranking/parallelparts.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace evimap {

namespace {

// log(1 + exp(-m)) without overflow.
inline double logLoss(double margin)
{
    return margin > 0 ? std::log1p(std::exp(-margin)) : -margin + std::log1p(std::exp(margin));
}

inline double sigmoid(double z)
{
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

// The training rows with their columns renumbered 0..p-1 (only the columns they use).
struct Problem
{
    SparseMatrix x;
    std::vector<int> globalColumn;
    std::vector<double> y;      // ±1
    std::vector<double> weight; // C times the sample weight
};

// The training rows, their columns renumbered in order of first use, with labels ±1 and
// weights C × sample weight.
Problem makeProblem(const SparseMatrix &features, const std::vector<int> &rows,
                    const std::vector<int> &labels, const int sizes[2],
                    const LogisticRegression::Options &options)
{
    Problem problem;
    qint64 nonZeros = 0;
    for (int r : rows)
        nonZeros += features.rowStart[r + 1] - features.rowStart[r];
    std::vector<int> local(features.columns, -1);
    problem.x.index.reserve(nonZeros);
    problem.x.value.reserve(nonZeros);
    problem.x.rowStart.reserve(rows.size() + 1);
    problem.y.reserve(rows.size());
    problem.weight.reserve(rows.size());
    const ClassWeights weights = classWeights(options.balance, sizes[1], sizes[0]);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int r = rows[i];
        for (qint64 k = features.rowStart[r], end = features.rowStart[r + 1]; k < end; ++k) {
            int &column = local[features.index[k]];
            if (column < 0) {
                column = int(problem.globalColumn.size());
                problem.globalColumn.push_back(features.index[k]);
            }
            problem.x.index.push_back(column);
            problem.x.value.push_back(features.value[k]);
        }
        problem.x.rowStart.push_back(qint64(problem.x.index.size()));
        const int c = labels[i] ? 1 : 0;
        problem.y.push_back(c ? 1.0 : -1.0);
        problem.weight.push_back(options.c * weights.of(c));
    }
    problem.x.columns = int(problem.globalColumn.size());
    return problem;
}

// Four running sums instead of one: a single sum waits for each addition to finish before
// the next, and θ has an entry per term the training rows use (hundreds of thousands), so the
// dot products of L-BFGS took more of a fit's time than the gradient (perf). The order of
// additions is fixed, so the result is too.
double dot(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::size_t n = a.size();
    double s[4] = {0, 0, 0, 0};
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        s[0] += a[i] * b[i];
        s[1] += a[i + 1] * b[i + 1];
        s[2] += a[i + 2] * b[i + 2];
        s[3] += a[i + 3] * b[i + 3];
    }
    for (; i < n; ++i)
        s[0] += a[i] * b[i];
    return (s[0] + s[1]) + (s[2] + s[3]);
}

// a += scale * b
void addScaled(std::vector<double> &a, double scale, const std::vector<double> &b)
{
    for (std::size_t i = 0; i < a.size(); ++i)
        a[i] += scale * b[i];
}

// The objective and its gradient at theta = (w_0..w_{p-1}, b), on all cores. The loss and
// the derivative per row come from a pass over the rows, the gradient per column from a pass
// over a column-major copy of the rows; each part writes only its own rows or columns, and
// the sums run in row order, so the result is the same, to the last bit, whatever the number
// of cores (and the same as summing row by row on one).
class Objective
{
public:
    explicit Objective(const Problem &problem)
        : m_problem(problem)
        , m_loss(problem.x.rows())
        , m_slope(problem.x.rows())
    {
        transpose();
        const int parts = partsFor(problem.x.nonZeros());
        m_rowBounds = splitByCost(problem.x.rowStart, problem.x.rows(), parts);
        m_columnBounds = splitByCost(m_columnStart, problem.x.columns, parts);
    }

    double operator()(const std::vector<double> &theta, std::vector<double> &grad)
    {
        const int parts = int(m_rowBounds.size()) - 1;
        forEachPart(parts,
                    [&](int part) { rowTerms(theta, m_rowBounds[part], m_rowBounds[part + 1]); });
        forEachPart(parts, [&](int part) {
            columnGradient(theta, grad, m_columnBounds[part], m_columnBounds[part + 1]);
        });
        const int p = m_problem.x.columns;
        double f = 0;
        grad[p] = 0;
        for (int i = 0; i < m_problem.x.rows(); ++i) {
            f += m_loss[i];
            grad[p] += m_slope[i];
        }
        for (int j = 0; j < p; ++j)
            f += 0.5 * theta[j] * theta[j];
        return f;
    }

private:
    // Column-major copy of the rows: column j's (row, value) pairs in row order.
    void transpose()
    {
        const SparseMatrix &x = m_problem.x;
        m_columnStart.assign(std::size_t(x.columns) + 1, 0);
        for (int column : x.index)
            ++m_columnStart[column + 1];
        std::partial_sum(m_columnStart.begin(), m_columnStart.end(), m_columnStart.begin());
        m_columnRow.resize(x.index.size());
        m_columnValue.resize(x.index.size());
        std::vector<qint64> next(m_columnStart.begin(), m_columnStart.end() - 1);
        for (int i = 0; i < x.rows(); ++i) {
            for (qint64 k = x.rowStart[i], end = x.rowStart[i + 1]; k < end; ++k) {
                const qint64 at = next[x.index[k]]++;
                m_columnRow[at] = i;
                m_columnValue[at] = x.value[k];
            }
        }
    }

    // Each row's weighted loss and d(loss)/d(decision).
    void rowTerms(const std::vector<double> &theta, int first, int last)
    {
        const int p = m_problem.x.columns;
        const double b = theta[p];
        for (int i = first; i < last; ++i) {
            const double z = m_problem.x.dot(i, theta.data()) + b;
            const double yi = m_problem.y[i];
            m_loss[i] = m_problem.weight[i] * logLoss(yi * z);
            // d/dz of s log(1 + exp(-y z)) = -s y σ(-y z)
            m_slope[i] = -m_problem.weight[i] * yi * sigmoid(-yi * z);
        }
    }

    void columnGradient(const std::vector<double> &theta, std::vector<double> &grad, int first,
                        int last) const
    {
        for (int j = first; j < last; ++j) {
            double g = 0;
            for (qint64 k = m_columnStart[j], end = m_columnStart[j + 1]; k < end; ++k)
                g += m_slope[m_columnRow[k]] * m_columnValue[k];
            grad[j] = g + theta[j];
        }
    }

    const Problem &m_problem;
    std::vector<qint64> m_columnStart;
    std::vector<int> m_columnRow;
    std::vector<float> m_columnValue;
    std::vector<double> m_loss;
    std::vector<double> m_slope;
    std::vector<int> m_rowBounds;
    std::vector<int> m_columnBounds;
};

// The next step to try after `step` decreased the objective too little: the minimum of the
// parabola through the current objective, its slope along the direction and the objective
// after `step` (Nocedal & Wright, eq. 3.57), kept within [0.1, 0.5] of `step`. A step far too
// long (as after a warm start or a restart) is then cut at once instead of halved many times;
// each try costs a pass over the training rows.
double shorterStep(double step, double slope, double change)
{
    const double curvature = change - slope * step;
    if (!(curvature > 0)) // not convex along the direction (or not a number): halve
        return 0.5 * step;
    const double minimum = -slope * step * step / (2 * curvature);
    return std::clamp(minimum, 0.1 * step, 0.5 * step);
}

// The last few steps s = θ' − θ and gradient changes y = ∇' − ∇, from which L-BFGS estimates
// the inverse Hessian. Each vector has the length of θ (a column per term the training rows
// use, up to millions), so the pairs live in vectors allocated once and reused oldest first.
class History
{
public:
    // Pair vectors are allocated as the history fills: a warm-started fit often stops after
    // a few iterations, before it has used them all.
    History(int capacity, int n)
        : m_s(capacity)
        , m_y(capacity)
        , m_rho(capacity)
        , m_alpha(capacity)
        , m_n(std::size_t(n))
    {}

    void clear() { m_count = 0; }

    // Remembers the step from (theta, grad) to (next, nextGrad), when it shows positive
    // curvature (otherwise the estimate would not stay positive definite).
    void add(const std::vector<double> &theta, const std::vector<double> &grad,
             const std::vector<double> &next, const std::vector<double> &nextGrad)
    {
        m_nextS.resize(m_n); // allocates only while the history fills (see the swap below)
        m_nextY.resize(m_n);
        for (std::size_t j = 0; j < theta.size(); ++j) {
            m_nextS[j] = next[j] - theta[j];
            m_nextY[j] = nextGrad[j] - grad[j];
        }
        const double sy = dot(m_nextS, m_nextY);
        if (sy <= 1e-12)
            return;
        const int capacity = int(m_s.size());
        if (m_count == capacity)
            m_first = (m_first + 1) % capacity; // the oldest pair's slot becomes the newest
        else
            ++m_count;
        const int slot = (m_first + m_count - 1) % capacity;
        m_s[slot].swap(m_nextS);
        m_y[slot].swap(m_nextY);
        m_rho[slot] = 1.0 / sy;
    }

    // direction = −H grad (Nocedal & Wright, algorithm 7.4, the two-loop recursion).
    void direction(const std::vector<double> &grad, std::vector<double> &out)
    {
        out = grad;
        for (int i = m_count - 1; i >= 0; --i) {
            const int k = slot(i);
            m_alpha[k] = m_rho[k] * dot(m_s[k], out);
            addScaled(out, -m_alpha[k], m_y[k]);
        }
        double gamma = 1.0;
        if (m_count > 0) {
            const int newest = slot(m_count - 1);
            gamma = dot(m_s[newest], m_y[newest]) / dot(m_y[newest], m_y[newest]);
        } else {
            gamma = 1.0 / std::max(1.0, std::sqrt(dot(grad, grad)));
        }
        for (double &v : out)
            v *= gamma;
        for (int i = 0; i < m_count; ++i) {
            const int k = slot(i);
            const double beta = m_rho[k] * dot(m_y[k], out);
            addScaled(out, m_alpha[k] - beta, m_s[k]);
        }
        for (double &v : out)
            v = -v;
    }

private:
    int slot(int age) const { return (m_first + age) % int(m_s.size()); } // 0: the oldest

    std::vector<std::vector<double>> m_s, m_y;
    std::vector<double> m_rho, m_alpha;
    std::vector<double> m_nextS, m_nextY; // the candidate pair, swapped in when kept
    std::size_t m_n = 0;
    int m_first = 0;
    int m_count = 0;
};

} // namespace

Status LogisticRegression::fit(const SparseMatrix &features, const std::vector<int> &rows,
                               const std::vector<int> &labels, const std::atomic_bool *cancelled)
{
    int sizes[2] = {0, 0};
    for (int label : labels)
        ++sizes[label ? 1 : 0];
    if (sizes[0] == 0 || sizes[1] == 0)
        return failure(QStringLiteral("logistic regression needs both classes"));

    const Problem problem = makeProblem(features, rows, labels, sizes, m_options);
    const int p = problem.x.columns;

    // L-BFGS (Nocedal & Wright, algorithm 7.4) with a backtracking Armijo line search.
    const int n = p + 1;
    std::vector<double> theta(n, 0.0), grad(n), next(n), nextGrad(n), direction(n);
    if (int(m_start.size()) == features.columns) {
        for (int j = 0; j < p; ++j)
            theta[j] = m_start[problem.globalColumn[j]];
        theta[p] = m_startBias;
    }
    Objective objective(problem);
    double f = objective(theta, grad);
    History history(7, n);
    m_iterations = 0;
    for (int iteration = 0; iteration < m_options.maxIterations; ++iteration) {
        double gmax = 0;
        for (double g : grad)
            gmax = std::max(gmax, std::abs(g));
        if (gmax < m_options.tolerance)
            break;
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return Error{Error::Kind::Cancelled, QStringLiteral("cancelled")};
        m_iterations = iteration + 1;

        history.direction(grad, direction);
        double slope = dot(grad, direction);
        if (slope >= 0) { // not a descent direction: restart from steepest descent
            history.clear();
            for (int j = 0; j < n; ++j)
                direction[j] = -grad[j];
            slope = dot(grad, direction);
        }

        double step = 1.0;
        double fNext = 0;
        bool accepted = false;
        for (int tries = 0; tries < 30; ++tries) {
            for (int j = 0; j < n; ++j)
                next[j] = theta[j] + step * direction[j];
            fNext = objective(next, nextGrad);
            if (fNext <= f + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            step = shorterStep(step, slope, fNext - f);
        }
        if (!accepted)
            break;
        history.add(theta, grad, next, nextGrad);
        const double decrease = f - fNext;
        theta.swap(next);
        grad.swap(nextGrad);
        f = fNext;
        if (decrease <= 1e-10 * std::max(1.0, std::abs(f)))
            break;
    }
    m_objective = f;
    m_weights.assign(features.columns, 0.0);
    for (int j = 0; j < p; ++j)
        m_weights[problem.globalColumn[j]] = theta[j];
    m_bias = theta[p];
    return {};
}

void LogisticRegression::warmStart(const std::vector<double> &weights, double bias)
{
    m_start = weights;
    m_startBias = bias;
}

QString LogisticRegression::describe() const
{
    return QStringLiteral("logistic regression (L2, C %1%2, L-BFGS)")
        .arg(m_options.c)
        .arg(m_options.balance == Balance::None
                 ? QString()
                 : QStringLiteral(", %1 class balance").arg(balanceId(m_options.balance)));
}

} // namespace evimap
