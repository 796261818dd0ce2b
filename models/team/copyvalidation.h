#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace evimap {

class Project;

// What an offline copy must hold before a merge takes anything from it, beyond what
// ProjectCheck finds (integrity, dangling references, circles of duplicates or codes): values
// EviMap itself writes. A copy comes back from someone else's laptop and may have been made by
// hand, so nothing in it is trusted: times that parse and lie between 1970 and a week from now
// (a time far in the future would win every later three-way comparison), years of four digits,
// page numbers in range, and texts of bounded size (a field, the raw fields of a record, the
// text of its PDFs). Each problem names the table, the row and the value.
class CopyValidation final
{
    Q_DECLARE_TR_FUNCTIONS(CopyValidation)

public:
    static constexpr qsizetype maxTextChars = 1 << 20;      // one field, a note, a quote
    static constexpr qsizetype maxLargeTextChars = 8 << 20; // a record's raw fields, audit values
    static constexpr qsizetype maxFullTextChars = 64 << 20; // the text of a record's PDFs
    static constexpr int maxPage = 1000000;
    static constexpr int futureDays = 7;

    // Empty when the copy may be merged.
    static QStringList problems(Project &copy);
};

} // namespace evimap
