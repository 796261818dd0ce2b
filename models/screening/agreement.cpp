#include "screening/agreement.h"

#include <QHash>
#include <QSet>

namespace evimap {

std::optional<double> Agreement::percentAgreement(const QList<int> &a, const QList<int> &b)
{
    if (a.isEmpty() || a.size() != b.size())
        return std::nullopt;
    qsizetype same = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        same += a.at(i) == b.at(i) ? 1 : 0;
    return double(same) / double(a.size());
}

std::optional<double> Agreement::cohenKappa(const QList<int> &a, const QList<int> &b)
{
    const std::optional<double> po = percentAgreement(a, b);
    if (!po)
        return std::nullopt;
    QHash<int, qsizetype> countA, countB;
    QSet<int> categories;
    for (qsizetype i = 0; i < a.size(); ++i) {
        ++countA[a.at(i)];
        ++countB[b.at(i)];
        categories.insert(a.at(i));
        categories.insert(b.at(i));
    }
    const double n = double(a.size());
    double pe = 0;
    for (int c : std::as_const(categories))
        pe += (double(countA.value(c)) / n) * (double(countB.value(c)) / n);
    if (1.0 - pe <= 0.0)
        return std::nullopt;
    return (*po - pe) / (1.0 - pe);
}

std::optional<double> Agreement::pabak(const QList<int> &a, const QList<int> &b, int categories)
{
    const std::optional<double> po = percentAgreement(a, b);
    if (!po || categories < 2)
        return std::nullopt;
    return (categories * *po - 1.0) / (categories - 1.0);
}

std::optional<double> Agreement::fleissKappa(const QList<QList<int>> &counts)
{
    if (counts.isEmpty())
        return std::nullopt;
    qsizetype categories = 0;
    int raters = -1;
    for (const QList<int> &row : counts) {
        int sum = 0;
        for (int c : row)
            sum += c;
        if (raters < 0)
            raters = sum;
        if (sum != raters)
            return std::nullopt;
        categories = qMax(categories, row.size());
    }
    if (raters < 2)
        return std::nullopt;
    const double n = raters;
    const double items = double(counts.size());
    QList<double> columnTotals(categories, 0.0);
    double pBar = 0;
    for (const QList<int> &row : counts) {
        double agreeing = 0;
        for (qsizetype j = 0; j < row.size(); ++j) {
            columnTotals[j] += row.at(j);
            agreeing += double(row.at(j)) * (row.at(j) - 1);
        }
        pBar += agreeing / (n * (n - 1));
    }
    pBar /= items;
    double pe = 0;
    for (double total : std::as_const(columnTotals)) {
        const double p = total / (items * n);
        pe += p * p;
    }
    if (1.0 - pe <= 0.0)
        return std::nullopt;
    return (pBar - pe) / (1.0 - pe);
}

} // namespace evimap
