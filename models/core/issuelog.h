#pragma once

#include "core/issue.h"

#include <QCoreApplication>

namespace evimap {

// The problems found in one file, bounded: the first maxKept are kept whole, the others only
// counted, so that a file of millions of bad records costs counts, not millions of messages.
// Every Error about a record counts as a skipped record, kept or not.
class IssueLog final
{
    Q_DECLARE_TR_FUNCTIONS(IssueLog)

public:
    static constexpr int maxKept = 1000;

    void add(Issue &&issue);
    int skipped() const { return m_skipped; }
    // The kept issues, then (when some were only counted) one that says how many more there
    // were; the log is empty afterwards.
    IssueList take();

private:
    IssueList m_kept;
    QString m_file;
    int m_skipped = 0;
    int m_notKept = 0;
    int m_notKeptErrors = 0;
};

} // namespace evimap
