#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace evimap {

// The two screening stages: title/abstract ("ta"), then full text ("ft"). Only records whose
// title/abstract result is "include" reach the full-text stage.
enum class ScreeningStage
{
    TitleAbstract,
    FullText
};

// What one reviewer decides about one record at one stage.
enum class Decision
{
    Include,
    Exclude,
    Unsure
};

// The settled outcome of a record at a stage. NotRetrieved exists at the full-text stage only
// ("reports not retrieved" in PRISMA).
enum class ResultKind
{
    Include,
    Exclude,
    NotRetrieved
};

// What a reviewer chooses: the decision, an exclusion reason (required when excluding at full
// text, optional at title/abstract, never with include or unsure) and an optional note.
struct DecisionInput
{
    Decision decision = Decision::Include;
    qint64 reasonId = 0; // exclusion_reason.id, 0 for none
    QString note;

    friend bool operator==(const DecisionInput &a, const DecisionInput &b)
    {
        return a.decision == b.decision && a.reasonId == b.reasonId && a.note == b.note;
    }
};

// One row of screening_decision: each reviewer's decision is their own.
struct ScreeningDecision
{
    qint64 id = 0;
    QString uuid;
    qint64 recordId = 0;
    ScreeningStage stage = ScreeningStage::TitleAbstract;
    qint64 reviewerId = 0;
    Decision decision = Decision::Include;
    qint64 reasonId = 0;
    QString note;
    QString decidedAt; // UTC ISO-8601

    DecisionInput input() const { return {decision, reasonId, note}; }
};

// One row of screening_result. settledBy is 0 when the reviewers' agreement settled it, the
// lead's id when the lead settled a conflict, and the marking reviewer's id for NotRetrieved.
struct ScreeningResult
{
    qint64 recordId = 0;
    ScreeningStage stage = ScreeningStage::TitleAbstract;
    ResultKind result = ResultKind::Include;
    qint64 reasonId = 0;
    qint64 settledBy = 0;
    QString settledAt;

    // Set by a person (the lead's settlement, or "not retrieved"), so new decisions leave it be.
    bool isManual() const { return settledBy > 0; }
};

// A result set by a person rather than by agreement: the lead's settlement (include/exclude,
// with a reason when excluding at full text) or "full text not retrieved".
struct ManualResult
{
    ResultKind result = ResultKind::Include;
    qint64 reasonId = 0;
    QString note; // the lead's rationale; kept in the audit log

    friend bool operator==(const ManualResult &a, const ManualResult &b)
    {
        return a.result == b.result && a.reasonId == b.reasonId && a.note == b.note;
    }
};

// One of the project's exclusion reasons (ordered, editable by the lead, used for PRISMA).
struct ExclusionReason
{
    qint64 id = 0;
    QString uuid;
    QString label;
    int position = 0;
    bool retired = false;
};

// Names of stages, decisions and results as stored and as typed on the command line.
class ScreeningNames final
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningNames)

public:
    static QString stageKey(ScreeningStage stage);   // "ta", "ft"
    static QString stageLabel(ScreeningStage stage); // "title/abstract", "full text"
    static std::optional<ScreeningStage> stageFromKey(const QString &key);
    static QString decisionKey(Decision decision);   // "include", "exclude", "unsure"
    static QString decisionLabel(Decision decision); // translated
    // Accepts include/exclude/unsure, i/e/u, yes/no/maybe, case-insensitively.
    static std::optional<Decision> decisionFromKey(const QString &key);
    static QString resultKey(ResultKind result);   // "include", "exclude", "not_retrieved"
    static QString resultLabel(ResultKind result); // translated
    static std::optional<ResultKind> resultFromKey(const QString &key);
};

} // namespace evimap
