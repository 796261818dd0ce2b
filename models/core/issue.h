#pragma once

#include <QList>
#include <QString>

namespace evimap {

// A problem the user must see (a bad line in a RIS file, a locked PDF). Problems are data:
// importers and checks return lists of these, and the window and the command line show them.
struct Issue
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };
    Severity severity = Severity::Warning;
    QString file;    // file name as the user gave it
    int line = 0;    // 1-based line in the file, 0 when not known
    int record = 0;  // 1-based record number in the file, 0 when not about one record
    QString message; // translated, complete sentence

    // "refs.ris:12: record 3: message" — the form used on the command line.
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        QString text = where.isEmpty() ? QString() : where + QLatin1String(": ");
        if (record > 0)
            text += QLatin1String("record ") + QString::number(record) + QLatin1String(": ");
        return text + message;
    }
};

using IssueList = QList<Issue>;

} // namespace evimap
