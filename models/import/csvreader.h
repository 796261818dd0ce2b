#pragma once

#include "import/formatregistry.h"
#include "import/recordreader.h"

#include "core/result.h"

#include <QHash>
#include <QStringList>

namespace evimap {

// CSV and TSV exports of reference databases and screening tools: Scopus, Web of Science
// (tab-delimited, field tags as headers), Covidence, Rayyan, ASReview, Zotero, EndNote and
// generic "Title, Authors, Year, ..." sheets.
//
// RFC 4180 quoting (quoted fields may span lines, "" is a quote), `,` `;` or tab separators
// detected from the header line (or an Excel "sep=;" first line), UTF-8 with or without BOM,
// UTF-16 with BOM, Windows-1252 for fields whose bytes are not UTF-8, CR, LF and CRLF line ends.
// Columns are mapped onto record fields by their header names; ReadContext::options entries
// "map.<field>" = header override that ("map.year" = "" leaves a column unmapped). Columns that
// are not mapped are kept as raw fields (tag = header). A field is cut at 1 MiB and a row longer
// than 4 MiB is skipped, so a broken quote cannot exhaust memory.
class CsvReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype maxFieldBytes = 1024 * 1024;
    static constexpr qsizetype maxRowBytes = 4 * 1024 * 1024;

    static FormatRegistry::Format format();
    QString formatId() const override { return QStringLiteral("csv"); }
    Status read(QIODevice &device, const ReadContext &context) override;

    // The record fields a column can be mapped to (the names `--map` accepts).
    static QStringList fieldNames();

    // What the import would make of a file's columns, for a mapping dialog: the headers, the
    // field each column maps to under `options` (empty: kept as a raw field) and the first
    // `rows` data rows.
    struct Preview
    {
        QStringList headers;
        QStringList fields;
        QList<QStringList> samples;
    };
    static Result<Preview> preview(QIODevice &device, const QString &fileName,
                                   const QHash<QString, QString> &options, int rows = 3);
};

} // namespace evimap
