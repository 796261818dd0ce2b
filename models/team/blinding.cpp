#include "team/blinding.h"

#include "coding/codebook.h"
#include "project/project.h"
#include "project/reviewers.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"
#include "team/roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace evimap {

namespace {

// Above this many entries a history is filtered against every settled record read at once
// rather than one lookup per record.
constexpr qsizetype preloadAbove = 200;

int index(ScreeningStage stage)
{
    return stage == ScreeningStage::TitleAbstract ? 0 : 1;
}

// The stage a screening entry is about, from its JSON after or before.
std::optional<ScreeningStage> stageOf(const AuditEntry &entry)
{
    for (const QString &json : {entry.after, entry.before}) {
        const QString key = QJsonDocument::fromJson(json.toUtf8())
                                .object()
                                .value(QLatin1String("stage"))
                                .toString();
        if (const std::optional<ScreeningStage> stage = ScreeningNames::stageFromKey(key))
            return stage;
    }
    return std::nullopt;
}

bool listsConflicts(const QString &json)
{
    return !QJsonDocument::fromJson(json.toUtf8())
                .object()
                .value(QLatin1String("conflicts"))
                .toArray()
                .isEmpty();
}

} // namespace

Blinding::Blinding(Project &project, qint64 viewerId)
    : Blinding(project, viewerId, true)
{}

Blinding Blinding::asReviewer(Project &project, qint64 reviewerId)
{
    return Blinding(project, reviewerId, false);
}

Blinding::Blinding(Project &project, qint64 viewerId, bool leadSeesAll)
    : m_project(project)
    , m_viewerId(viewerId)
    , m_screeningBlind(ScreeningSettings::read(project).blind)
    , m_codingBlind(CodingStore::isBlind(project))
{
    if (viewerId == Unrestricted) {
        m_seesAll = true;
    } else if (leadSeesAll && viewerId > 0) {
        const std::optional<Reviewer> viewer = Reviewers(project).byId(viewerId);
        // Whoever does the lead's work (settling, reconciling) sees every vote.
        m_seesAll = viewer && Roles::allows(viewer->role, Work::Lead);
    }
}

bool Blinding::maySee(const ScreeningDecision &decision) const
{
    return seesAllScreening() || (m_viewerId > 0 && decision.reviewerId == m_viewerId) ||
           isSettled(decision.recordId, decision.stage);
}

bool Blinding::maySeeCoding(qint64 recordId, qint64 coderId) const
{
    return seesAllCoding() || (m_viewerId > 0 && coderId == m_viewerId) || isReconciled(recordId);
}

bool Blinding::maySee(const AuditEntry &entry) const
{
    const QString &action = entry.action;
    const bool byViewer = m_viewerId > 0 && entry.reviewerId == m_viewerId;
    if (action.startsWith(QLatin1String("screening.")) && entry.recordId > 0) {
        if (seesAllScreening())
            return true;
        const std::optional<ScreeningStage> stage = stageOf(entry);
        if (stage && isSettled(entry.recordId, *stage))
            return true;
        // The viewer's own acts; but a settlement worked out by agreement, or undone by a
        // changed vote, tells how the others voted, whoever's decision set it off.
        return byViewer && action != QLatin1String("screening.settled_by_agreement") &&
               action != QLatin1String("screening.unsettled");
    }
    if ((action.startsWith(QLatin1String("coding.")) ||
         action.startsWith(QLatin1String("extraction."))) &&
        entry.recordId > 0)
        return maySeeCoding(entry.recordId, entry.reviewerId);
    // Others' tags are hidden while screening is blind ("exclude?" tells a vote; TagStore).
    if (action == QLatin1String("record.tag") || action == QLatin1String("record.untag") ||
        action == QLatin1String("tag.create"))
        return seesAllScreening() || byViewer;
    // What a ranking learnt from counts the includes of the one who trained it.
    if (action == QLatin1String("ranking.train"))
        return seesAllScreening() || byViewer;
    // A merge lists the votes that conflicted between the main file and the copy.
    if (action == QLatin1String("team.merge"))
        return seesEverything() || !listsConflicts(entry.after);
    return true;
}

QList<ScreeningDecision> Blinding::visible(QList<ScreeningDecision> decisions) const
{
    if (seesAllScreening())
        return decisions;
    if (decisions.size() > preloadAbove)
        preload();
    decisions.removeIf([this](const ScreeningDecision &d) { return !maySee(d); });
    return decisions;
}

QList<Coding> Blinding::visible(QList<Coding> codings) const
{
    if (seesAllCoding())
        return codings;
    if (codings.size() > preloadAbove)
        preload();
    codings.removeIf([this](const Coding &c) { return !maySeeCoding(c.recordId, c.reviewerId); });
    return codings;
}

VisibleHistory Blinding::visible(const QList<AuditEntry> &entries) const
{
    VisibleHistory history;
    if (!seesEverything() && entries.size() > preloadAbove)
        preload();
    for (const AuditEntry &entry : entries) {
        if (maySee(entry))
            history.entries.append(entry);
        else
            ++history.hidden;
    }
    return history;
}

CodingSource Blinding::codingSource(CodingSource wanted) const
{
    return seesAllCoding() ? wanted : CodingSource::ReconciledOnly;
}

bool Blinding::isSettled(qint64 recordId, ScreeningStage stage) const
{
    const int i = index(stage);
    if (m_preloaded)
        return m_settled[i].contains(recordId);
    const auto known = m_settledAsked[i].constFind(recordId);
    if (known != m_settledAsked[i].cend())
        return *known;
    const bool settled = ScreeningStore(m_project).result(recordId, stage).has_value();
    m_settledAsked[i].insert(recordId, settled);
    return settled;
}

bool Blinding::isReconciled(qint64 recordId) const
{
    if (m_preloaded)
        return m_reconciled.contains(recordId);
    const auto known = m_reconciledAsked.constFind(recordId);
    if (known != m_reconciledAsked.cend())
        return *known;
    const Codebook codebook(m_project);
    const bool reconciled = CodingStore(m_project, codebook).isReconciled(recordId);
    m_reconciledAsked.insert(recordId, reconciled);
    return reconciled;
}

void Blinding::preload() const
{
    if (m_preloaded)
        return;
    const ScreeningStore screening(m_project);
    m_settled[index(ScreeningStage::TitleAbstract)] =
        screening.settledRecords(ScreeningStage::TitleAbstract);
    m_settled[index(ScreeningStage::FullText)] = screening.settledRecords(ScreeningStage::FullText);
    const Codebook codebook(m_project);
    const QList<qint64> reconciled = CodingStore(m_project, codebook).reconciledRecords();
    m_reconciled = QSet<qint64>(reconciled.cbegin(), reconciled.cend());
    m_preloaded = true;
}

} // namespace evimap
