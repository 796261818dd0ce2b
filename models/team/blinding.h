#pragma once

#include "coding/codingstore.h"
#include "maps/evidencemap.h"
#include "screening/screeningdecision.h"
#include "team/audittrail.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace evimap {

class Project;

// The audit entries a viewer may see, and how many were left out for them.
struct VisibleHistory
{
    QList<AuditEntry> entries;
    int hidden = 0;
};

// Who may see what of other people's screening and coding, and when: the one answer every
// view, export and command asks for ("may this person see this vote now?"), so that blinding
// holds in all of them.
//
//  - While screening is blind (screening.blind), a reviewer sees no one else's decision, reason
//    or note on a record at a stage until the record is settled at that stage.
//  - While coding is blind (coding.blind), a reviewer sees no one else's codings, quotes or
//    extraction values of a record until its coding is reconciled.
//  - The lead sees everything, except while casting their own votes (asReviewer: the screening
//    and coding windows), where they are as blind as everyone else.
//  - Audit entries that reveal a hidden vote are hidden with it, counted, never dropped
//    silently: decisions, their withdrawal, settlements worked out from them, codings and
//    extraction values, others' ranking trainings (their counts tell how someone voted) and
//    merges that list conflicting votes; others' tags (TagStore), while screening is blind.
//
// This is a courtesy of the program, not access control: whoever holds the project file can
// read every vote in it with any SQLite tool.
class Blinding final
{
public:
    // The command line without --reviewer speaks for whoever holds the file, as in
    // Roles::require(): it sees everything.
    static constexpr qint64 Unrestricted = -1;

    // What `viewerId` may see in views and exports: a reviewer's id, 0 when nobody has said who
    // they are (they see what every reviewer sees), or Unrestricted.
    Blinding(Project &project, qint64 viewerId);
    // What `reviewerId` sees while screening or coding themselves: blind, whatever their role.
    static Blinding asReviewer(Project &project, qint64 reviewerId);

    qint64 viewerId() const { return m_viewerId; }
    bool seesAllScreening() const { return m_seesAll || !m_screeningBlind; }
    bool seesAllCoding() const { return m_seesAll || !m_codingBlind; }
    bool seesEverything() const { return seesAllScreening() && seesAllCoding(); }
    // The conflicts list shows every reviewer's vote on unsettled records.
    bool maySeeConflicts() const { return seesAllScreening(); }

    bool maySee(const ScreeningDecision &decision) const;
    // A coding or extraction value of `coderId` on `recordId`.
    bool maySeeCoding(qint64 recordId, qint64 coderId) const;
    bool maySee(const AuditEntry &entry) const;

    QList<ScreeningDecision> visible(QList<ScreeningDecision> decisions) const;
    QList<Coding> visible(QList<Coding> codings) const;
    VisibleHistory visible(const QList<AuditEntry> &entries) const;

    // Whose codes a map, chart or report may count for the viewer: the reconciled ones only
    // while others' codings are hidden from them (settled data only).
    CodingSource codingSource(CodingSource wanted) const;

private:
    Blinding(Project &project, qint64 viewerId, bool leadSeesAll);
    bool isSettled(qint64 recordId, ScreeningStage stage) const;
    bool isReconciled(qint64 recordId) const;
    // Reads every settled and reconciled record at once, for filtering long lists.
    void preload() const;

    Project &m_project;
    qint64 m_viewerId;
    bool m_seesAll = false;
    bool m_screeningBlind = true;
    bool m_codingBlind = true;
    // What was looked up: per record, or every record at once after preload().
    mutable bool m_preloaded = false;
    mutable QSet<qint64> m_settled[2]; // by stage (index: int(ScreeningStage))
    mutable QSet<qint64> m_reconciled;
    mutable QHash<qint64, bool> m_settledAsked[2];
    mutable QHash<qint64, bool> m_reconciledAsked;
};

} // namespace evimap
