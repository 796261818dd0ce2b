#pragma once

#include <QByteArray>
#include <QString>

namespace evimap {

class EvidenceMap;

// The map's matrix as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the
// accents), CRLF line ends, one row per row code (sub-codes shown as "Parent › Child"), one
// column per column code, item counts in the cells, totals last. Cells that a spreadsheet would
// run as a formula (starting with = + - @, tab or carriage return) are neutralised with a
// leading apostrophe.
class EvidenceMapCsv final
{
public:
    static QByteArray write(const EvidenceMap &map);
    // One field, quoted when needed and neutralised.
    static QString field(const QString &text);
};

} // namespace evimap
