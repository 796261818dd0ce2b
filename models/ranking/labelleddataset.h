#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace evimap {

// A labelled set of records for simulations: each record's text and whether it is relevant.
//
// From one CSV or RIS file whose records carry their label: a column (CSV) or tag (RIS) named
// `labelColumn` holding 1/0, yes/no, true/false or include/exclude, or ASReview's RIS notes
// ("ASReview_relevant" / "ASReview_irrelevant"). Records without a label are left out.
//
// Or from search files and a screened set (`relevantFile`): the search files together are the
// pool; records with the same normalised title (Normalise::title) are one record, the one with
// the longest abstract kept; records without a title are left out. A pool record is relevant
// when its normalised title is among those of the records in `relevantFile`.
struct LabelledDataset
{
    Q_DECLARE_TR_FUNCTIONS(LabelledDataset)

public:
    QString name;
    QStringList texts;         // title, abstract and keywords
    std::vector<qint8> labels; // 1 relevant, 0 irrelevant
    int unlabelled = 0;        // records left out for want of a label
    int mergedByTitle = 0;     // pool records that were another's duplicate title
    IssueList issues;

    int size() const { return int(labels.size()); }
    int relevant() const;

    static Result<LabelledDataset>
    read(const QStringList &paths, const QString &labelColumn = QStringLiteral("label_included"),
         const QString &relevantFile = {});
    // 1, 0 or -1 (not a label) for a label cell.
    static int parseLabel(const QString &value);
};

} // namespace evimap
