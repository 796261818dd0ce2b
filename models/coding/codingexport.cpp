#include "coding/codingexport.h"

#include "coding/codebook.h"
#include "coding/codingstore.h"
#include "core/csvrowwriter.h"
#include "core/outputfile.h"
#include "project/project.h"

#include <QSet>
#include <QVariant>

namespace evimap {

Result<QByteArray> CodingExport::finalCodingCsv(Project &project, const Codebook &codebook)
{
    const QList<Code> codes = codebook.codesInOrder();
    const QList<ExtractionField> fields = codebook.fields();
    QStringList header{QStringLiteral("record_id"), QStringLiteral("uuid"), QStringLiteral("doi"),
                       QStringLiteral("title"), QStringLiteral("year")};
    for (const Code &code : codes)
        header.append(codebook.labelPath(code.id));
    for (const ExtractionField &field : fields)
        header.append(field.label);

    QString text = CsvRowWriter::row(header);
    CodingStore store(project, codebook);
    const QList<qint64> records = store.reconciledRecords();
    for (qint64 recordId : records) {
        Status read;
        const std::optional<CodingStore::RecordHeading> heading =
            store.recordHeading(recordId, &read);
        if (!read)
            return read.error();
        if (!heading)
            continue;
        QStringList cells{QString::number(recordId), heading->uuid, heading->doi, heading->title,
                          heading->year};
        QSet<qint64> present;
        const QList<Coding> results = store.results(recordId);
        for (const Coding &c : results)
            present.insert(c.codeId);
        for (const Code &code : codes)
            cells.append(present.contains(code.id) ? QStringLiteral("1") : QStringLiteral("0"));
        const QHash<qint64, QString> values = store.resultValues(recordId);
        for (const ExtractionField &field : fields)
            cells.append(values.value(field.id));
        text += CsvRowWriter::row(cells);
    }
    return CsvRowWriter::bom() + text.toUtf8();
}

Status CodingExport::writeFinalCodingCsv(Project &project, const Codebook &codebook,
                                         const QString &path)
{
    Result<QByteArray> bytes = finalCodingCsv(project, codebook);
    if (!bytes)
        return bytes.error();
    return OutputFile::write(path, *bytes);
}

} // namespace evimap
