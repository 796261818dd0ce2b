#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace evimap {

class Codebook;
class Project;

// The final (reconciled) coding as a table for spreadsheets and statistics: one row per
// reconciled item, the columns record_id, uuid, doi, title, year, then one column per code in
// codebook order (header "Dimension/Code", 1 or 0) and one per extraction field (its value).
// UTF-8 with a byte order mark, CRLF line ends, every cell neutralised against formulas.
class CodingExport final
{
    Q_DECLARE_TR_FUNCTIONS(CodingExport)

public:
    static Result<QByteArray> finalCodingCsv(Project &project, const Codebook &codebook);
    static Status writeFinalCodingCsv(Project &project, const Codebook &codebook,
                                      const QString &path);
};

} // namespace evimap
