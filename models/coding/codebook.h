#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace evimap {

class Project;
struct CodebookTemplate;

// One node of the codebook tree (table `code`). Top-level nodes are dimensions ("Psychological
// factor"); everything below them is a code, at any depth.
struct Code
{
    qint64 id = 0;
    QString uuid;
    qint64 parentId = 0; // 0 for a dimension
    QString key;         // short, stable, unique among siblings ("social-anxiety")
    QString label;       // what reviewers read ("Social anxiety")
    QString definition;  // with examples; shown on hover and in the appendix
    QString colour;      // "#rrggbb" or empty
    QString choice = QStringLiteral("multiple"); // dimensions: "single" or "multiple"
    int position = 0;                            // order among siblings
    bool retired = false;                        // hidden from coding; its codings are kept
    qint64 mergedInto = 0;                       // set when the code was merged into another

    bool isDimension() const { return parentId == 0; }
    bool isSingleChoice() const { return choice == QLatin1String("single"); }
};

// A value reviewers extract besides codes (table `extraction_field`): sample size, mean age...
struct ExtractionField
{
    qint64 id = 0;
    QString uuid;
    QString key;
    QString label;
    QString kind = QStringLiteral("text"); // text, number, date or choice
    QStringList choices;                   // for kind "choice"
    QString definition;
    int position = 0;
    bool retired = false;

    static QStringList kinds();
    // Checks `value` against the field's kind and returns it in stored form (numbers with a
    // dot, dates as YYYY-MM-DD); an empty value is valid and means "not given".
    Result<QString> validate(const QString &value) const;
};

// What an edit of a dimension or code touches: the codes under it (the code itself counted, a
// dimension not), their codings and the coders who made them.
struct CodeUsage
{
    int codes = 0;
    int codings = 0;
    int coders = 0;
};

// What applying a template changed.
struct CodebookImportSummary
{
    int dimensionsAdded = 0;
    int codesAdded = 0;
    int fieldsAdded = 0;
    int updated = 0; // existing nodes or fields whose text changed
};

// The codebook of a project: the tree of dimensions and codes, and the extraction fields.
//
// The tree is read once into memory (a codebook has hundreds of nodes, not millions) and read
// again after every edit. Edits are for the lead: each runs in one write transaction and writes
// one audit_log row naming the reviewer, with the values before and after. Edits keep past
// codings right: a rename or move keeps them (they point at the code's id), a merge moves them
// to the target, a split copies them to the new codes for review, a retired code keeps them.
class Codebook final
{
    Q_DECLARE_TR_FUNCTIONS(Codebook)

public:
    explicit Codebook(Project &project);

    // Reads the tree and fields again (after another object changed them).
    Status reload();

    bool isEmpty() const { return m_codes.isEmpty() && m_fields.isEmpty(); }
    Project &project() const { return m_project; }

    // The codebook's name and description (from its template), kept in project settings.
    QString name() const;
    QString description() const;

    // Top-level dimensions in order.
    QList<Code> dimensions(bool includeRetired = false) const;
    // Direct children of a node in order (parentId 0 gives the dimensions).
    QList<Code> children(qint64 parentId, bool includeRetired = false) const;
    std::optional<Code> code(qint64 id) const;
    // All codes below `id`, depth first (not `id` itself).
    QList<qint64> descendants(qint64 id) const;
    // Every code (not dimensions) depth first in tree order. With includeRetired false, codes
    // below a retired node are left out too.
    QList<Code> codesInOrder(bool includeRetired = false) const;
    // The dimension a node belongs to (itself for a dimension), 0 if unknown.
    qint64 dimensionOf(qint64 id) const;
    // True when the node or one of its ancestors is retired.
    bool isHidden(qint64 id) const;
    // "Psychological factor/Maladaptive social cognition/Negative social expectations".
    QString labelPath(qint64 id) const;
    // "factor/maladaptive-social-cognition/negative-social-expectations".
    QString keyPath(qint64 id) const;
    int depth(qint64 id) const;
    // Reviewers' codings per code id (reconciled results not counted).
    QHash<qint64, int> codingCounts() const;
    // What retiring, merging or splitting `id` touches, and the same in words for the lead's
    // confirmation: "15 codes, 212 codings by 3 coders".
    CodeUsage codeUsage(qint64 id) const;
    static QString describe(const CodeUsage &usage);

    // Finds a code from a path of labels or keys ("Psychological factor/Social anxiety",
    // "factor/social-anxiety"; a code below the dimension may be named without its parents
    // when its key or label is unique in the dimension). A merged code resolves to the code it
    // was merged into. Retired codes and dimensions are refused.
    Result<qint64> resolvePath(const QString &path) const;

    QList<ExtractionField> fields(bool includeRetired = false) const;
    std::optional<ExtractionField> field(qint64 id) const;
    // Finds a field by key or label (case-insensitive).
    std::optional<ExtractionField> findField(const QString &keyOrLabel) const;

    // --- Edits (for the lead). `reviewerId` is who makes the change (0 = the command line
    // without --reviewer); a reviewer who is not a lead is refused.
    Result<qint64> addDimension(const Code &dimension, qint64 reviewerId);
    Result<qint64> addCode(qint64 parentId, const Code &code, qint64 reviewerId);
    Status rename(qint64 id, const QString &label, qint64 reviewerId);
    // Changes label, key, definition, colour and (dimensions) choice of `changed.id`.
    Status update(const Code &changed, qint64 reviewerId);
    // Moves a node under `newParentId` (0 only for dimensions) at `position` among its new
    // siblings (-1: last). Codings stay with the code.
    Status move(qint64 id, qint64 newParentId, int position, qint64 reviewerId);
    // Moves every coding and reconciled result of `sourceId` to `targetId`, and its child
    // codes under the target; the source is retired with merged_into set.
    Status merge(qint64 sourceId, qint64 targetId, qint64 reviewerId);
    // Creates new codes beside `sourceId`, one per label, each with a copy of every coding and
    // reconciled result of the source (for reviewers to review); the source is retired.
    Result<QList<qint64>> split(qint64 sourceId, const QStringList &labels, qint64 reviewerId);
    // Hides a node (and everything below it) from coding, or shows it again; codings are kept.
    Status setRetired(qint64 id, bool retired, qint64 reviewerId);

    Result<qint64> addField(const ExtractionField &field, qint64 reviewerId);
    Status updateField(const ExtractionField &changed, qint64 reviewerId);
    Status setFieldRetired(qint64 id, bool retired, qint64 reviewerId);

    // Adds a template's dimensions, codes and fields, matched by key: new nodes are added,
    // existing ones get the template's label, definition, colour and choice. Nothing is
    // deleted. One transaction, one audit row.
    Result<CodebookImportSummary> applyTemplate(const CodebookTemplate &codebookTemplate,
                                                qint64 reviewerId);
    // The codebook as a template (for JSON and the HTML appendix); retired nodes left out.
    CodebookTemplate toTemplate() const;

    // A key made from a label: lower case ASCII letters, digits and dashes.
    static QString keyFromLabel(const QString &label);

private:
    // Changing the codebook is the lead's work (Roles).
    Status requireLead(qint64 reviewerId) const;
    Result<qint64> insertNode(qint64 parentId, const Code &node, qint64 reviewerId);
    QString uniqueKey(qint64 parentId, const QString &wanted, qint64 exceptId) const;
    // Number of (record, reviewer) pairs, reconciled results counting as one more reviewer,
    // that hold more than one of `codes`, after replacing codes by `fold` (source -> target).
    int singleChoiceConflicts(const QList<qint64> &codes,
                              const QHash<qint64, qint64> &fold = {}) const;

    Project &m_project;
    QHash<qint64, Code> m_codes;
    QHash<qint64, QList<qint64>> m_children; // parent id (0 = root) -> children by position
    QList<ExtractionField> m_fields;
};

} // namespace evimap
