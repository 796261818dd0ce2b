#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace evimap {

// The one CSV writer, for every CSV file EviMap writes (record exports, the final coding, the
// evidence map, the audit trail): files that people open in spreadsheets, so UTF-8 with a
// byte-order mark (Excel then reads the accents), CRLF line ends and commas.
//
// A cell that a spreadsheet would run as a formula, one starting with = + - @ (or a tab or
// carriage return), gets a leading apostrophe so that it shows as text: titles and codes are
// other people's text. A cell holding a separator (`,` or `;`, which some spreadsheets split
// on), a quote or a line break, or starting or ending with a space, is quoted (RFC 4180).
class CsvRowWriter final
{
public:
    static QString cell(const QString &text);
    // The cells of one row, joined by commas and ended with CRLF.
    static QString row(const QStringList &cells);
    static QByteArray bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace evimap
