#pragma once

#include <QByteArray>

namespace evimap {

class EvidenceMap;

// The map's matrix as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the
// accents), CRLF line ends, one row per row code (sub-codes shown as "Parent › Child"), one
// column per column code, item counts in the cells, totals last; written by CsvRowWriter, which
// neutralises cells a spreadsheet would run as a formula.
class EvidenceMapCsv final
{
public:
    static QByteArray write(const EvidenceMap &map);
};

} // namespace evimap
