#include "records/recordfilter.h"

namespace evimap {

namespace {

struct ViewKey
{
    RecordView view;
    const char *key;
};

constexpr ViewKey viewKeys[] = {
    {RecordView::All, "all"},
    {RecordView::MyIncluded, "my-included"},
    {RecordView::MyExcluded, "my-excluded"},
    {RecordView::MyUnsure, "my-unsure"},
    {RecordView::AwaitingOthers, "awaiting"},
    {RecordView::Conflicts, "conflicts"},
    {RecordView::Included, "included"},
    {RecordView::Excluded, "excluded"},
    {RecordView::Settled, "settled"},
    {RecordView::NotRetrieved, "not-retrieved"},
    {RecordView::Coded, "coded"},
    {RecordView::NotCoded, "not-coded"},
    {RecordView::HasPdf, "has-pdf"},
    {RecordView::Batch, "batch"},
    {RecordView::Source, "source"},
    {RecordView::Duplicates, "duplicates"},
    {RecordView::DecidedBy, "decided-by"},
    {RecordView::Tagged, "tag"},
};

} // namespace

bool RecordFilter::hasStage(RecordView view)
{
    switch (view) {
    case RecordView::MyIncluded:
    case RecordView::MyExcluded:
    case RecordView::MyUnsure:
    case RecordView::AwaitingOthers:
    case RecordView::Conflicts:
    case RecordView::Included:
    case RecordView::Excluded:
    case RecordView::Settled:
    case RecordView::DecidedBy:
        return true;
    default:
        return false;
    }
}

QString RecordFilter::key(RecordView view)
{
    for (const ViewKey &k : viewKeys) {
        if (k.view == view)
            return QLatin1String(k.key);
    }
    return {};
}

std::optional<RecordView> RecordFilter::fromKey(const QString &key)
{
    for (const ViewKey &k : viewKeys) {
        if (key == QLatin1String(k.key))
            return k.view;
    }
    return std::nullopt;
}

QList<RecordView> RecordFilter::views()
{
    QList<RecordView> list;
    for (const ViewKey &k : viewKeys)
        list << k.view;
    return list;
}

QString RecordFilter::label(RecordView view)
{
    switch (view) {
    case RecordView::All:
        return tr("All records");
    case RecordView::MyIncluded:
        return tr("My votes: included");
    case RecordView::MyExcluded:
        return tr("My votes: excluded");
    case RecordView::MyUnsure:
        return tr("My votes: unsure");
    case RecordView::AwaitingOthers:
        return tr("Awaiting the other reviewer");
    case RecordView::Conflicts:
        return tr("Conflicts");
    case RecordView::Included:
        return tr("Settled: included");
    case RecordView::Excluded:
        return tr("Settled: excluded");
    case RecordView::Settled:
        return tr("Settled");
    case RecordView::NotRetrieved:
        return tr("Not retrieved");
    case RecordView::Coded:
        return tr("Coded");
    case RecordView::NotCoded:
        return tr("Not coded");
    case RecordView::HasPdf:
        return tr("Has PDF");
    case RecordView::Batch:
        return tr("Import batch");
    case RecordView::Source:
        return tr("Source");
    case RecordView::Duplicates:
        return tr("Duplicates merged");
    case RecordView::DecidedBy:
        return tr("Decided by");
    case RecordView::Tagged:
        return tr("Tag");
    }
    return {};
}

QString RecordFilter::title() const
{
    QString t = label(view);
    switch (view) {
    case RecordView::Batch:
        t += QStringLiteral(" #%1").arg(batchId);
        break;
    case RecordView::Source:
    case RecordView::Tagged:
        t += QStringLiteral(": ") + text;
        break;
    case RecordView::DecidedBy:
        t += QStringLiteral(" #%1").arg(reviewerId);
        break;
    default:
        break;
    }
    if (hasStage(view))
        t += QStringLiteral(" (%1)").arg(ScreeningNames::stageLabel(stage));
    return t;
}

} // namespace evimap
