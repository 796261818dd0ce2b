#pragma once

#include "core/result.h"
#include "maps/evidencemap.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace evimap {

class Project;

// What a lead asks a map for: the dimensions on the axes and for colour, the filters, the
// years and the screening scope. `run` reads the project and aggregates; `aggregate` is the
// in-memory step alone. The same project and query always give the same map.
class EvidenceMapQuery final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceMapQuery)

public:
    struct Filter
    {
        QString dimension; // key or label
        QString code;      // key or label
    };

    QString rows;    // dimension key or label
    QString columns; // dimension key or label
    QString colour;  // dimension key or label; empty for one colour
    // An item passes when, for every filtered dimension, it has one of the codes named for it
    // (or a sub-code of one): codes of one dimension are alternatives, dimensions all apply.
    QList<Filter> filters;
    int yearFrom = 0; // inclusive; 0 for no bound. A bound leaves out items without a year.
    int yearTo = 0;
    ScreeningScope scope = ScreeningScope::Auto;
    CodingSource codingSource = CodingSource::ReconciledElseReviewers;
    // A parent code's row or column counts items coded with it or with any of its sub-codes.
    bool parentsIncludeSubcodes = true;
    // Read the items' titles, authors and sources (for HTML, the window's lists and the
    // report); SVG, PNG, PDF and CSV do not need them.
    bool withItemText = true;

    // The defaults of the review's template: intervention approach × psychological factor,
    // coloured by study design, each taken when the codebook has it (else the first
    // dimensions there are).
    static EvidenceMapQuery defaults(const MapCodebook &codebook);

    Result<EvidenceMap> run(const Project &project) const;
    // Counts `items` (which carry their codes) against the codebook.
    Result<EvidenceMap> aggregate(const MapCodebook &codebook, QList<EvidenceMapItem> items,
                                  ScreeningScope resolvedScope) const;

    // Auto becomes the scope in force for this project.
    static Result<ScreeningScope> resolveScope(const Project &project, ScreeningScope scope);
    // The items in scope with their codes (merges followed), ascending by record id.
    static Result<QList<EvidenceMapItem>>
    loadItems(const Project &project, const MapCodebook &codebook, ScreeningScope resolvedScope,
              int yearFrom, int yearTo, CodingSource source, bool withText = true);
    // "ft", "ta", "all", "auto" (the command line's --stage).
    static std::optional<ScreeningScope> parseScope(const QString &text);
    // "ft", "ta", "all", "auto".
    static QString scopeName(ScreeningScope scope);
};

} // namespace evimap
