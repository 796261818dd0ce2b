#include "core/issuelog.h"

namespace evimap {

void IssueLog::add(Issue &&issue)
{
    if (issue.severity == Issue::Severity::Error && issue.record > 0)
        ++m_skipped;
    if (m_kept.size() < maxKept) {
        m_file = issue.file;
        m_kept.append(std::move(issue));
        return;
    }
    ++m_notKept;
    if (issue.severity == Issue::Severity::Error)
        ++m_notKeptErrors;
}

IssueList IssueLog::take()
{
    IssueList issues = std::move(m_kept);
    m_kept.clear();
    if (m_notKept > 0)
        issues.append(Issue{Issue::Severity::Warning, m_file, 0, 0,
                            tr("%n more problem(s) were found and not listed, %1 of them errors "
                               "(only the first %2 are listed)",
                               nullptr, m_notKept)
                                .arg(m_notKeptErrors)
                                .arg(maxKept)});
    m_notKept = 0;
    m_notKeptErrors = 0;
    return issues;
}

} // namespace evimap
