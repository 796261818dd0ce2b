#pragma once

#include <QtGlobal>

#include <vector>

namespace evimap {

// Rows of sparse feature vectors in compressed-row form: the non-zeros of row r are
// index[rowStart[r] .. rowStart[r + 1]) with their values, columns ascending.
struct SparseMatrix
{
    int columns = 0;
    std::vector<qint64> rowStart = {0};
    std::vector<int> index;
    std::vector<float> value;

    int rows() const { return int(rowStart.size()) - 1; }
    qint64 nonZeros() const { return rowStart.back(); }

    // Row · weights (weights has at least `columns` entries).
    double dot(int row, const double *weights) const
    {
        double sum = 0;
        for (qint64 k = rowStart[row], end = rowStart[row + 1]; k < end; ++k)
            sum += double(value[k]) * weights[index[k]];
        return sum;
    }

    // The value at (row, column), 0 when not stored.
    double at(int row, int column) const
    {
        for (qint64 k = rowStart[row], end = rowStart[row + 1]; k < end; ++k) {
            if (index[k] == column)
                return value[k];
        }
        return 0;
    }
};

} // namespace evimap
