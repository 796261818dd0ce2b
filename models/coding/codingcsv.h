#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace evimap {

// A reviewer's batch of codings (`evimap code --codings FILE.csv`), read through CsvRowReader.
//
// The batch file has a header row naming its columns, in any order and case:
//   record   the record's id, uuid or DOI         (also: record_id, id, uuid, doi)
//   code     a code path, "Dimension/Code" with labels or keys, or an extraction field's key
//            or label                             (also: code_path, path, field)
//   quote, page, note                             (optional)
//   value    the value of an extraction field     (optional)
// CSV as CsvRowReader reads it (RFC 4180 quoting, `,` `;` or tab), UTF-8 with or without BOM.
// Reading is bounded: a cell is at most 64 Ki characters and a file at most 64 MiB.
class CodingCsv final
{
    Q_DECLARE_TR_FUNCTIONS(CodingCsv)

public:
    struct Row
    {
        int line = 0; // 1-based line where the row starts
        QString record;
        QString code;
        QString quote;
        int page = 0;
        QString note;
        QString value;
        bool hasValue = false;
    };

    static constexpr qsizetype maxCellChars = 64 * 1024;
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

    // Rows with a problem (no record, no code, a bad page) are left out with an Issue each;
    // a file that cannot be read as a whole (no header, not UTF-8, too big) is an error.
    static Result<QList<Row>> read(const QByteArray &bytes, const QString &fileName,
                                   IssueList *issues);
    static Result<QList<Row>> readFile(const QString &path, IssueList *issues);
};

} // namespace evimap
