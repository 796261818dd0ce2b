#pragma once

#include "coding/codebook.h"
#include "coding/codebooksnapshot.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace evimap {

class Project;

// The SQL of the codebook: the tables `code` and `extraction_field`, and what codebook edits do
// to `coding` and `coding_result` (a merge moves codings, a split copies them). Codebook is the
// tree read into memory and the rules of editing it; it calls this store for every read and
// write. Writing methods run inside the caller's Project::writeTransaction (Codebook opens it
// and logs the change in it); restore() opens its own.
class CodebookStore final
{
public:
    explicit CodebookStore(Project &project);

    // --- Reading ---
    // Every code and field, in position order.
    Status readAll(QList<Code> *codes, QList<ExtractionField> *fields) const;
    // Reviewers' codings per code id (reconciled results not counted).
    QHash<qint64, int> codingCounts() const;
    // Codings of `id` and every code below it, and how many reviewers made them.
    void countCodingsBelow(qint64 id, int *codings, int *coders) const;
    // Keys of the nodes under `parentId` (0: the dimensions), `exceptId` left out.
    QSet<QString> siblingKeys(qint64 parentId, qint64 exceptId) const;
    // Who coded what: every coding (reviewer, code) and reconciled result (reviewer 0) of each
    // record; empty when it cannot be read.
    struct Assignment
    {
        qint64 recordId = 0;
        qint64 reviewerId = 0;
        qint64 codeId = 0;
    };
    QList<Assignment> assignments() const;
    // Values already given for an extraction field.
    QStringList fieldValues(qint64 fieldId) const;
    // The node's text as stored now (label, key, definition, colour, choice): nullopt when it
    // is gone.
    Result<std::optional<Code>> storedText(qint64 id) const;
    // The nodes under `parentId` as stored now (id, key, label, definition, colour, choice).
    Result<QList<Code>> storedChildren(qint64 parentId) const;
    // The field with this key as stored now, its choices as the stored JSON text.
    struct StoredField
    {
        qint64 id = 0;
        QString label;
        QString kind;
        QString choicesJson;
        QString definition;
    };
    Result<std::optional<StoredField>> storedField(const QString &key) const;
    // Codings and reconciled results of one code.
    Status countCodings(qint64 id, int *codings, int *results) const;
    Result<QString> uuidOf(qint64 id) const;

    // --- Writing (inside the caller's transaction) ---
    // The position after the last node under `parentId`.
    Result<int> nextPosition(qint64 parentId);
    // Inserts `code` (uuid, parent, key, label, definition, colour, choice, position).
    Result<qint64> insertCode(const Code &code);
    // Label, key, definition, colour and choice of `code.id`.
    Status updateText(const Code &code);
    // Label, definition, colour and choice (a template applied).
    Status updateTemplateText(qint64 id, const QString &label, const QString &definition,
                              const QString &colour, const QString &choice);
    Status setParent(qint64 id, qint64 parentId, const QString &key);
    Status setPosition(qint64 id, int position);
    Status setParentAndPosition(qint64 id, qint64 parentId, int position, const QString &key);
    // Moves the nodes under `parentId` after `position` on by `by`.
    Status shiftPositions(qint64 parentId, int position, int by);
    // Retires `sourceId` as merged into `targetId`, and what was merged into it before.
    Status markMerged(qint64 sourceId, qint64 targetId);
    // A merged code shown again is an ordinary code again.
    Status setRetired(qint64 id, bool retired);
    // Moves the codings (or, `results`, the reconciled results) of `source` to `target`; where
    // the same record and reviewer already have the target, the details are joined there.
    Status moveCodings(bool results, qint64 source, qint64 target, int *moved);
    // Copies the codings (or reconciled results) of `source` to `target`.
    Status copyCodings(bool results, qint64 source, qint64 target, int *copied);

    Result<int> nextFieldPosition();
    // Inserts `field` (uuid, key, label, kind, choices, definition, position).
    Result<qint64> insertField(const ExtractionField &field);
    // Key, label, kind, choices and definition of `field.id`.
    Status updateField(const ExtractionField &field);
    // Label, choices and definition (a template applied).
    Status updateTemplateField(qint64 id, const QString &label, const QStringList &choices,
                               const QString &definition);
    Status setFieldRetired(qint64 id, bool retired);

    // --- Snapshots for undo (CodebookSnapshot) ---
    Result<CodebookSnapshot> snapshot(const QSet<qint64> &concerned) const;
    // One transaction: see CodebookSnapshot::restore.
    Status restore(const CodebookSnapshot &wanted, const CodebookSnapshot &expected,
                   qint64 reviewerId, const QString &action, const QString &what);

    // Choices as stored: a compact JSON array.
    static QString choicesJson(const QStringList &choices);

private:
    Project &m_project;
};

} // namespace evimap
