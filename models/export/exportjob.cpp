#include "export/exportjob.h"

#include "core/outputfile.h"
#include "export/exportselectionstore.h"
#include "export/recordwriter.h"
#include "project/project.h"
#include "records/recordstore.h"
#include "records/searchquery.h"
#include "records/tagstore.h"

#include <QSet>

namespace evimap {

Result<QList<qint64>> ExportJob::selectIds(Project &project, const ExportSelection &selection)
{
    const Result<QString> parsed = SearchQuery::toFts5(selection.searchText);
    if (!parsed)
        return parsed.error();
    if (!selection.includedAtStage.isEmpty() && selection.includedAtStage != QLatin1String("ta") &&
        selection.includedAtStage != QLatin1String("ft"))
        return Error{Error::Kind::Usage,
                     tr("the stage must be ta or ft, not \"%1\"").arg(selection.includedAtStage)};
    Result<QList<qint64>> selected = ExportSelectionStore(project).recordIds(
        *parsed, selection.includedAtStage, selection.includeDuplicates);
    if (!selected)
        return selected.error();
    QList<qint64> ids = *selected;
    if (!selection.recordIds.isEmpty()) {
        const QSet<qint64> wanted(selection.recordIds.cbegin(), selection.recordIds.cend());
        ids.removeIf([&](qint64 id) { return !wanted.contains(id); });
    }
    return ids;
}

Result<int> ExportJob::run(Project &project, const ExportSelection &selection,
                           const QString &format, const QString &path, const ExportControl &control)
{
    std::unique_ptr<RecordWriter> writer = ExportFormats::create(format);
    if (!writer)
        return Error{Error::Kind::Usage,
                     tr("unknown export format \"%1\"; use one of: %2")
                         .arg(format, ExportFormats::ids().join(QLatin1String(", ")))};
    Result<QList<qint64>> ids = selectIds(project, selection);
    if (!ids)
        return ids.error();
    OutputFile output(path);
    if (Status s = output.open(); !s)
        return s.error();
    QIODevice &file = output.device();
    RecordStore store(project.database());
    const TagStore tags(project, selection.viewerId);
    if (Status s = writer->begin(file); !s)
        return s.error();
    int written = 0;
    const int total = int(ids.value().size());
    const auto stopped = [&control] { return control.cancelled && control.cancelled->load(); };
    if (control.progress)
        control.progress(0, total);
    for (qint64 id : std::as_const(ids.value())) {
        if (stopped())
            return Error{Error::Kind::Cancelled,
                         tr("the export was cancelled; %1 was not written").arg(path)};
        if (control.progress && written % 200 == 0)
            control.progress(written, total);
        std::optional<Record> record = store.record(id);
        if (!record)
            continue;
        record->tags = tags.tagsOf(id);
        if (Status s = writer->write(file, *record); !s)
            return failure(tr("%1: %2").arg(path, s.errorString()));
        ++written;
    }
    if (Status s = writer->end(file); !s)
        return s.error();
    if (stopped())
        return Error{Error::Kind::Cancelled,
                     tr("the export was cancelled; %1 was not written").arg(path)};
    if (Status s = output.commit(); !s)
        return s.error();
    if (control.progress)
        control.progress(written, total);
    return written;
}

} // namespace evimap
