#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace evimap {

class Project;

// A code as maps see it: its place in the tree and how to show it.
struct MapCode
{
    qint64 id = 0;
    qint64 parentId = 0;    // 0 for a code directly under its dimension
    qint64 dimensionId = 0; // the top-level row it belongs to
    QString key;
    QString label;
    QString colour; // the codebook's colour ("#rrggbb"), may be empty
    QString definition;
    int depth = 1; // 1: directly under the dimension, 2: a sub-code, ...
    bool hasChildren = false;
};

// A dimension of the codebook (a top-level code) with its codes in tree order: each code is
// followed by its sub-codes, siblings by position and then id, so every output lists them in
// the same order.
struct MapDimension
{
    qint64 id = 0;
    QString key;
    QString label;
    QString choice; // "single" or "multiple"
    QString definition;
    QList<MapCode> codes;

    bool isValid() const { return id != 0; }
    // The code with this key or label (case-insensitive), or null.
    const MapCode *code(const QString &keyOrLabel) const;
    // Codes directly under the dimension, in order.
    QList<MapCode> topLevelCodes() const;
    // "key (Label)" for messages.
    QString displayName() const;
};

// The codebook read from the `code` table for maps and reports: dimensions, codes, and where
// codes were merged (a merged code's items count for the code it was merged into). Retired codes
// that were not merged are left out.
class MapCodebook final
{
    Q_DECLARE_TR_FUNCTIONS(MapCodebook)

public:
    static Result<MapCodebook> read(const Project &project);

    const QList<MapDimension> &dimensions() const { return m_dimensions; }
    // The dimension with this key or label (keys first, case-insensitive), or null.
    const MapDimension *dimension(const QString &keyOrLabel) const;
    const MapDimension *dimensionById(qint64 id) const;
    // The first dimension found among `keysOrLabels`, or null.
    const MapDimension *firstDimension(const QStringList &keysOrLabels) const;
    const MapCode *code(qint64 id) const;
    // The live code a coding of `codeId` counts for (follows merges), or 0 when the code is
    // retired, unknown or a dimension.
    qint64 canonical(qint64 codeId) const;
    // `codeId` and all codes under it.
    QList<qint64> subtree(qint64 codeId) const;
    // "Dimension: code, code" lines naming an item's codes per dimension.
    QString describe(const QList<qint64> &codeIds, qint64 dimensionId) const;

    // Builds a codebook from rows (for tests and the benchmark).
    struct Row
    {
        qint64 id = 0;
        qint64 parentId = 0;
        qint64 mergedInto = 0;
        QString key;
        QString label;
        QString colour;
        QString definition;
        QString choice;
        int position = 0;
        bool retired = false;
    };
    static MapCodebook fromRows(const QList<Row> &rows);

private:
    QList<MapDimension> m_dimensions;
    QHash<qint64, int> m_dimensionIndex;        // dimension id -> index in m_dimensions
    QHash<qint64, QPair<int, int>> m_codeIndex; // code id -> (dimension index, code index)
    QHash<qint64, qint64> m_canonical;          // any code id -> live code id (0: none)
};

} // namespace evimap
