#pragma once

#include "screening/screeningdecision.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace evimap {

// The one-click views of the record list (Records tab, `evimap list --filter`). Each is a rule
// about records; RecordFilterStore turns it into the matching record ids as a viewer may see
// them (Blinding).
enum class RecordView
{
    All,
    MyIncluded,     // the viewer's own vote at the stage: include
    MyExcluded,     // … exclude
    MyUnsure,       // … unsure
    AwaitingOthers, // the viewer voted at the stage and the record is not settled yet
    Conflicts,      // unsettled disagreements at the stage: the lead's (Blinding)
    Included,       // settled include at the stage
    Excluded,       // settled exclude at the stage
    Settled,        // any settled result at the stage
    NotRetrieved,   // full text marked not retrieved
    Coded,          // coding reconciled, or coded by the viewer (others' only when not blind)
    NotCoded,       // to code (included at full text) and not coded in that sense
    HasPdf,         // a PDF is attached
    Batch,          // came from one import batch (batchId)
    Source,         // came from a batch of one source, e.g. "Scopus" (text)
    Duplicates,     // merged into another record as a duplicate
    DecidedBy,      // decided at the stage by one reviewer (reviewerId): theirs or the lead's
    Tagged,         // carries a tag (text: its name)
};

struct RecordFilter
{
    Q_DECLARE_TR_FUNCTIONS(RecordFilter)

public:
    RecordView view = RecordView::All;
    ScreeningStage stage = ScreeningStage::TitleAbstract;
    qint64 batchId = 0;
    qint64 reviewerId = 0; // DecidedBy
    QString text;          // Source: the source; Tagged: the tag's name

    // Whether the view depends on the stage (my votes, awaiting, conflicts, settled results).
    static bool hasStage(RecordView view);
    // The command line's word ("my-included", "conflicts", …) and back.
    static QString key(RecordView view);
    static std::optional<RecordView> fromKey(const QString &key);
    static QList<RecordView> views();
    // "My votes: included", "Conflicts", … (without the stage).
    static QString label(RecordView view);
    // The filter as a short title: "My votes: included (title/abstract)", "Tag: pilot".
    QString title() const;

    friend bool operator==(const RecordFilter &a, const RecordFilter &b)
    {
        return a.view == b.view && (!hasStage(a.view) || a.stage == b.stage) &&
               a.batchId == b.batchId && a.reviewerId == b.reviewerId && a.text == b.text;
    }
};

} // namespace evimap
