#pragma once

#include "core/issue.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace evimap {

// CSV for coding: reading a reviewer's batch of codings (`evimap code --codings FILE.csv`) and
// writing cells for exports.
//
// The batch file has a header row naming its columns, in any order and case:
//   record   the record's id, uuid or DOI         (also: record_id, id, uuid, doi)
//   code     a code path, "Dimension/Code" with labels or keys, or an extraction field's key
//            or label                             (also: code_path, path, field)
//   quote, page, note                             (optional)
//   value    the value of an extraction field     (optional)
// RFC 4180 quoting (a quoted cell may span lines, "" is a quote); the separator (`,` `;` or
// tab) is taken from the header line; UTF-8 with or without BOM. Reading is bounded: a cell is
// at most 64 KiB and a file at most 64 MiB.
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

    // Splits CSV text into rows of cells (exposed for tests). `lines` gets each row's line.
    static Result<QList<QStringList>> split(const QString &text, QList<int> *lines = nullptr);

    // One cell for a spreadsheet: a cell starting with = + - @ (or tab or CR) gets a leading
    // apostrophe so it cannot run as a formula; cells with separators, quotes or line breaks
    // are quoted.
    static QString cell(const QString &text);
    // A row of cells joined by commas and ended with CRLF.
    static QString row(const QStringList &cells);
    // The UTF-8 byte order mark spreadsheets look for.
    static QByteArray bom() { return QByteArray("\xEF\xBB\xBF"); }
};

} // namespace evimap
