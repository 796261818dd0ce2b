#include "ranking/logisticregression.h"

#include <algorithm>
#include <cmath>
#include <deque>

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

double dot(const std::vector<double> &a, const std::vector<double> &b)
{
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        s += a[i] * b[i];
    return s;
}

// Objective and gradient at theta = (w_0..w_{p-1}, b).
double evaluate(const Problem &problem, const std::vector<double> &theta, std::vector<double> &grad)
{
    const int p = problem.x.columns;
    const double b = theta[p];
    double f = 0;
    std::fill(grad.begin(), grad.end(), 0.0);
    for (int i = 0; i < problem.x.rows(); ++i) {
        const double z = problem.x.dot(i, theta.data()) + b;
        const double yi = problem.y[i];
        f += problem.weight[i] * logLoss(yi * z);
        // d/dz of s log(1 + exp(-y z)) = -s y σ(-y z)
        const double g = -problem.weight[i] * yi * sigmoid(-yi * z);
        for (qint64 k = problem.x.rowStart[i], end = problem.x.rowStart[i + 1]; k < end; ++k)
            grad[problem.x.index[k]] += g * problem.x.value[k];
        grad[p] += g;
    }
    for (int j = 0; j < p; ++j) {
        f += 0.5 * theta[j] * theta[j];
        grad[j] += theta[j];
    }
    return f;
}

} // namespace

Status LogisticRegression::fit(const SparseMatrix &features, const std::vector<int> &rows,
                               const std::vector<int> &labels, const std::atomic_bool *cancelled)
{
    int sizes[2] = {0, 0};
    for (int label : labels)
        ++sizes[label ? 1 : 0];
    if (sizes[0] == 0 || sizes[1] == 0)
        return failure(QStringLiteral("logistic regression needs both classes"));

    // Renumber the columns the training rows use.
    Problem problem;
    std::vector<int> local(features.columns, -1);
    for (int r : rows) {
        for (qint64 k = features.rowStart[r], end = features.rowStart[r + 1]; k < end; ++k) {
            if (local[features.index[k]] < 0) {
                local[features.index[k]] = int(problem.globalColumn.size());
                problem.globalColumn.push_back(features.index[k]);
            }
        }
    }
    const int p = int(problem.globalColumn.size());
    problem.x.columns = p;
    problem.x.rowStart.reserve(rows.size() + 1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int r = rows[i];
        for (qint64 k = features.rowStart[r], end = features.rowStart[r + 1]; k < end; ++k) {
            problem.x.index.push_back(local[features.index[k]]);
            problem.x.value.push_back(features.value[k]);
        }
        problem.x.rowStart.push_back(qint64(problem.x.index.size()));
        const int c = labels[i] ? 1 : 0;
        problem.y.push_back(c ? 1.0 : -1.0);
        const double sampleWeight =
            m_options.balanced ? double(rows.size()) / (2.0 * sizes[c]) : 1.0;
        problem.weight.push_back(m_options.c * sampleWeight);
    }

    // L-BFGS (Nocedal & Wright, algorithm 7.4) with a backtracking Armijo line search.
    const int n = p + 1;
    std::vector<double> theta(n, 0.0), grad(n), next(n), nextGrad(n), direction(n);
    if (int(m_start.size()) == features.columns) {
        for (int j = 0; j < p; ++j)
            theta[j] = m_start[problem.globalColumn[j]];
        theta[p] = m_startBias;
    }
    double f = evaluate(problem, theta, grad);
    constexpr int history = 7;
    std::deque<std::vector<double>> sHistory, yHistory;
    std::deque<double> rhoHistory;
    std::vector<double> alphas(history);
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

        // direction = -H grad (two-loop recursion)
        direction = grad;
        const int m = int(sHistory.size());
        for (int i = m - 1; i >= 0; --i) {
            alphas[i] = rhoHistory[i] * dot(sHistory[i], direction);
            for (int j = 0; j < n; ++j)
                direction[j] -= alphas[i] * yHistory[i][j];
        }
        double gamma = 1.0;
        if (m > 0)
            gamma = dot(sHistory[m - 1], yHistory[m - 1]) / dot(yHistory[m - 1], yHistory[m - 1]);
        else
            gamma = 1.0 / std::max(1.0, std::sqrt(dot(grad, grad)));
        for (double &v : direction)
            v *= gamma;
        for (int i = 0; i < m; ++i) {
            const double beta = rhoHistory[i] * dot(yHistory[i], direction);
            for (int j = 0; j < n; ++j)
                direction[j] += sHistory[i][j] * (alphas[i] - beta);
        }
        for (double &v : direction)
            v = -v;
        double slope = dot(grad, direction);
        if (slope >= 0) { // not a descent direction: restart from steepest descent
            sHistory.clear();
            yHistory.clear();
            rhoHistory.clear();
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
            fNext = evaluate(problem, next, nextGrad);
            if (fNext <= f + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if (!accepted)
            break;
        std::vector<double> s(n), y(n);
        for (int j = 0; j < n; ++j) {
            s[j] = next[j] - theta[j];
            y[j] = nextGrad[j] - grad[j];
        }
        const double sy = dot(s, y);
        if (sy > 1e-12) {
            if (int(sHistory.size()) == history) {
                sHistory.pop_front();
                yHistory.pop_front();
                rhoHistory.pop_front();
            }
            sHistory.push_back(std::move(s));
            yHistory.push_back(std::move(y));
            rhoHistory.push_back(1.0 / sy);
        }
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
        .arg(m_options.balanced ? QStringLiteral(", balanced classes") : QString());
}

} // namespace evimap
