#pragma once

#include "core/result.h"
#include "screening/keywordhighlighter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace evimap {

class Project;

// The SQL of the lead's keyword highlighting lists (table highlight_term). Adding and removing
// a term is one transaction, logged (screening.highlight.*), and only a lead may do it (Roles).
class HighlightTermStore final
{
    Q_DECLARE_TR_FUNCTIONS(HighlightTermStore)

public:
    explicit HighlightTermStore(Project &project);

    QList<HighlightRule> highlightRules() const;
    // Adding a term that is there already changes nothing.
    Status addHighlightTerm(const QString &term, HighlightKind kind, qint64 reviewerId);
    Status removeHighlightTerm(const QString &term, HighlightKind kind, qint64 reviewerId);

private:
    Project &m_project;
};

} // namespace evimap
