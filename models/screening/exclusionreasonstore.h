#pragma once

#include "core/result.h"
#include "screening/screeningdecision.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace evimap {

class Project;

// The SQL of the exclusion reasons (table exclusion_reason): the lead's list, in the lead's
// order. Every change is one transaction, logged (screening.reason.*), and only a lead may make
// it (Roles). Retired reasons stay on the decisions that used them but are no longer offered.
class ExclusionReasonStore final
{
    Q_DECLARE_TR_FUNCTIONS(ExclusionReasonStore)

public:
    explicit ExclusionReasonStore(Project &project);

    // Active reasons in the lead's order (their numbers 1..n are the keys 1–9 in the window).
    QList<ExclusionReason> reasons(bool includeRetired = false) const;
    std::optional<ExclusionReason> reason(qint64 id) const;
    // The reason's label, or empty when `id` is 0 or unknown.
    QString label(qint64 id) const;
    // By label (case-insensitive) or by number in the active list ("3").
    std::optional<ExclusionReason> findReason(const QString &labelOrNumber) const;
    Result<ExclusionReason> addReason(const QString &label, qint64 reviewerId);
    Status renameReason(qint64 id, const QString &label, qint64 reviewerId);
    // Moves a reason to `position` (0-based) among the active reasons.
    Status moveReason(qint64 id, int position, qint64 reviewerId);
    Status retireReason(qint64 id, qint64 reviewerId);

private:
    Status requireLead(qint64 reviewerId) const;

    Project &m_project;
};

} // namespace evimap
