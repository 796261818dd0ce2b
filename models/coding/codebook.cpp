#include "coding/codebook.h"

#include "coding/codebookstore.h"
#include "coding/codebooktemplate.h"
#include "core/clock.h"
#include "project/project.h"
#include "project/projectsettings.h"
#include "project/reviewers.h"
#include "team/auditlog.h"
#include "team/roles.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

#include <algorithm>

namespace evimap {

namespace {

Error usage(const QString &message)
{
    return Error{Error::Kind::Usage, message};
}

QJsonObject codeJson(const Code &code, const QString &path)
{
    QJsonObject object{{QStringLiteral("path"), path},
                       {QStringLiteral("key"), code.key},
                       {QStringLiteral("label"), code.label}};
    if (!code.definition.isEmpty())
        object.insert(QStringLiteral("definition"), code.definition);
    if (!code.colour.isEmpty())
        object.insert(QStringLiteral("colour"), code.colour);
    if (code.isDimension())
        object.insert(QStringLiteral("choice"), code.choice);
    return object;
}

QJsonObject fieldJson(const ExtractionField &field)
{
    QJsonObject object{{QStringLiteral("key"), field.key},
                       {QStringLiteral("label"), field.label},
                       {QStringLiteral("kind"), field.kind},
                       {QStringLiteral("definition"), field.definition}};
    if (!field.choices.isEmpty())
        object.insert(QStringLiteral("choices"), QJsonArray::fromStringList(field.choices));
    return object;
}

} // namespace

QStringList ExtractionField::kinds()
{
    return {QStringLiteral("text"), QStringLiteral("number"), QStringLiteral("date"),
            QStringLiteral("choice")};
}

Result<QString> ExtractionField::validate(const QString &value) const
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QString();
    if (v.size() > 20000)
        return usage(Codebook::tr("%1: the value is longer than 20000 characters").arg(label));
    if (kind == QLatin1String("number")) {
        static const QRegularExpression number(QStringLiteral("^[-+]?\\d+(\\.\\d+)?$"));
        if (!number.match(v).hasMatch())
            return usage(Codebook::tr("%1: \"%2\" is not a number (write it like 120 or 72.4)")
                             .arg(label, v));
        return v.startsWith(QLatin1Char('+')) ? v.mid(1) : v;
    }
    if (kind == QLatin1String("date")) {
        static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = QDate::fromString(v, Qt::ISODate);
        if (!datePattern.match(v).hasMatch() || !date.isValid())
            return usage(
                Codebook::tr("%1: \"%2\" is not a date of the form YYYY-MM-DD").arg(label, v));
        return date.toString(Qt::ISODate);
    }
    if (kind == QLatin1String("choice")) {
        for (const QString &choice : choices) {
            if (choice.compare(v, Qt::CaseInsensitive) == 0)
                return choice;
        }
        return usage(Codebook::tr("%1: \"%2\" is not one of the choices (%3)")
                         .arg(label, v, choices.join(QLatin1String("; "))));
    }
    return v;
}

Codebook::Codebook(Project &project)
    : m_project(project)
{
    (void)reload();
}

Status Codebook::reload()
{
    m_codes.clear();
    m_children.clear();
    m_fields.clear();
    QList<Code> codes;
    const Status read = CodebookStore(m_project).readAll(&codes, &m_fields);
    for (const Code &c : std::as_const(codes)) {
        m_codes.insert(c.id, c);
        m_children[c.parentId].append(c.id);
    }
    return read;
}

QString Codebook::name() const
{
    return ProjectSettings::codebookName.read(m_project);
}

QString Codebook::description() const
{
    return ProjectSettings::codebookDescription.read(m_project);
}

QList<Code> Codebook::dimensions(bool includeRetired) const
{
    return children(0, includeRetired);
}

QList<Code> Codebook::children(qint64 parentId, bool includeRetired) const
{
    QList<Code> list;
    const QList<qint64> ids = m_children.value(parentId);
    for (qint64 id : ids) {
        const Code &c = m_codes[id];
        if (includeRetired || !c.retired)
            list.append(c);
    }
    return list;
}

std::optional<Code> Codebook::code(qint64 id) const
{
    const auto it = m_codes.constFind(id);
    if (it == m_codes.constEnd())
        return std::nullopt;
    return *it;
}

QList<qint64> Codebook::descendants(qint64 id) const
{
    QList<qint64> list;
    const QList<qint64> direct = m_children.value(id);
    for (qint64 child : direct) {
        list.append(child);
        list.append(descendants(child));
    }
    return list;
}

QList<Code> Codebook::codesInOrder(bool includeRetired) const
{
    QList<Code> list;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        const QList<Code> kids = children(parent, includeRetired);
        for (const Code &c : kids) {
            list.append(c);
            walk(c.id);
        }
    };
    const QList<Code> dims = dimensions(includeRetired);
    for (const Code &dimension : dims)
        walk(dimension.id);
    return list;
}

qint64 Codebook::dimensionOf(qint64 id) const
{
    int guard = 0;
    while (m_codes.contains(id) && ++guard < 1000) {
        const Code &c = m_codes[id];
        if (c.parentId == 0)
            return id;
        id = c.parentId;
    }
    return 0;
}

bool Codebook::isHidden(qint64 id) const
{
    int guard = 0;
    while (m_codes.contains(id) && ++guard < 1000) {
        const Code &c = m_codes[id];
        if (c.retired)
            return true;
        id = c.parentId;
    }
    return false;
}

QString Codebook::labelPath(qint64 id) const
{
    QStringList parts;
    int guard = 0;
    while (m_codes.contains(id) && ++guard < 1000) {
        parts.prepend(m_codes[id].label);
        id = m_codes[id].parentId;
    }
    return parts.join(QLatin1Char('/'));
}

QString Codebook::keyPath(qint64 id) const
{
    QStringList parts;
    int guard = 0;
    while (m_codes.contains(id) && ++guard < 1000) {
        parts.prepend(m_codes[id].key);
        id = m_codes[id].parentId;
    }
    return parts.join(QLatin1Char('/'));
}

int Codebook::depth(qint64 id) const
{
    int d = -1;
    while (m_codes.contains(id) && d < 1000) {
        ++d;
        id = m_codes[id].parentId;
    }
    return d;
}

QHash<qint64, int> Codebook::codingCounts() const
{
    return CodebookStore(m_project).codingCounts();
}

CodeUsage Codebook::codeUsage(qint64 id) const
{
    CodeUsage usage;
    const std::optional<Code> c = code(id);
    if (!c)
        return usage;
    usage.codes = int(descendants(id).size()) + (c->isDimension() ? 0 : 1);
    CodebookStore(m_project).countCodingsBelow(id, &usage.codings, &usage.coders);
    return usage;
}

QString Codebook::describe(const CodeUsage &usage)
{
    const QString codes = usage.codes == 1 ? tr("1 code") : tr("%1 codes").arg(usage.codes);
    const QString codings =
        usage.codings == 1 ? tr("1 coding") : tr("%1 codings").arg(usage.codings);
    const QString coders = usage.coders == 1 ? tr("1 coder") : tr("%1 coders").arg(usage.coders);
    if (usage.codings == 0)
        return tr("%1, no codings").arg(codes);
    return tr("%1, %2 by %3").arg(codes, codings, coders);
}

Result<qint64> Codebook::resolvePath(const QString &path) const
{
    QStringList segments;
    const QStringList raw = path.split(QLatin1Char('/'));
    for (const QString &s : raw) {
        if (!s.trimmed().isEmpty())
            segments.append(s.trimmed());
    }
    if (segments.isEmpty())
        return usage(tr("the code is empty"));

    auto matches = [](const Code &c, const QString &name) {
        return c.key.compare(name, Qt::CaseInsensitive) == 0 ||
               c.label.compare(name, Qt::CaseInsensitive) == 0;
    };
    // Walks down from `parent`, letting a label contain "/" by trying longer joins.
    std::function<qint64(qint64, int)> walk = [&](qint64 parent, int from) -> qint64 {
        if (from == segments.size())
            return parent;
        for (int n = 1; from + n <= segments.size(); ++n) {
            const QString name = segments.mid(from, n).join(QLatin1Char('/'));
            const QList<qint64> kids = m_children.value(parent);
            for (qint64 kid : kids) {
                if (!matches(m_codes[kid], name))
                    continue;
                if (const qint64 found = walk(kid, from + n))
                    return found;
            }
        }
        return 0;
    };

    qint64 found = walk(0, 0);
    if (found == 0) {
        // "dimension/code" where the code sits deeper in the dimension.
        for (int n = 1; n < segments.size() && found == 0; ++n) {
            const QString dimensionName = segments.mid(0, n).join(QLatin1Char('/'));
            const QString codeName = segments.mid(n).join(QLatin1Char('/'));
            const QList<qint64> dims = m_children.value(0);
            for (qint64 dim : dims) {
                if (!matches(m_codes[dim], dimensionName))
                    continue;
                QList<qint64> candidates;
                const QList<qint64> below = descendants(dim);
                for (qint64 id : below) {
                    if (matches(m_codes[id], codeName))
                        candidates.append(id);
                }
                // Prefer codes in use over retired ones of the same name.
                if (candidates.size() > 1) {
                    QList<qint64> active;
                    for (qint64 id : std::as_const(candidates)) {
                        if (!isHidden(id))
                            active.append(id);
                    }
                    if (!active.isEmpty())
                        candidates = active;
                }
                if (candidates.size() > 1)
                    return usage(tr("\"%1\" names %2 codes in \"%3\"; give the full path, e.g. "
                                    "\"%4\"")
                                     .arg(codeName, QString::number(candidates.size()),
                                          m_codes[dim].label, labelPath(candidates.first())));
                if (candidates.size() == 1) {
                    found = candidates.first();
                    break;
                }
            }
        }
    }
    if (found == 0)
        return usage(tr("no code \"%1\" in the codebook").arg(path.trimmed()));
    if (m_codes[found].isDimension())
        return usage(tr("\"%1\" is a dimension; name one of its codes, e.g. \"%1/%2\"")
                         .arg(m_codes[found].label, children(found).isEmpty()
                                                        ? QStringLiteral("…")
                                                        : children(found).first().label));
    int guard = 0;
    while (m_codes[found].mergedInto != 0 && m_codes.contains(m_codes[found].mergedInto) &&
           ++guard < 100)
        found = m_codes[found].mergedInto;
    if (isHidden(found))
        return usage(
            tr("the code \"%1\" is retired; it can no longer be applied").arg(labelPath(found)));
    return found;
}

QList<ExtractionField> Codebook::fields(bool includeRetired) const
{
    QList<ExtractionField> list;
    for (const ExtractionField &f : m_fields) {
        if (includeRetired || !f.retired)
            list.append(f);
    }
    return list;
}

std::optional<ExtractionField> Codebook::field(qint64 id) const
{
    for (const ExtractionField &f : m_fields) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

std::optional<ExtractionField> Codebook::findField(const QString &keyOrLabel) const
{
    const QString name = keyOrLabel.trimmed();
    for (const ExtractionField &f : m_fields) {
        if (f.key.compare(name, Qt::CaseInsensitive) == 0 ||
            f.label.compare(name, Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString Codebook::keyFromLabel(const QString &label)
{
    const QString plain = label.normalized(QString::NormalizationForm_KD).toLower();
    QString key;
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            key += c;
        else if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!key.isEmpty() && !key.endsWith(QLatin1Char('-')))
            key += QLatin1Char('-');
    }
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    if (key.size() > 60)
        key = key.left(60);
    return key.isEmpty() ? QStringLiteral("code") : key;
}

Status Codebook::requireLead(qint64 reviewerId) const
{
    return Roles::require(m_project, reviewerId, Work::Lead, tr("change the codebook"));
}

QString Codebook::uniqueKey(qint64 parentId, const QString &wanted, qint64 exceptId) const
{
    const QSet<QString> taken = CodebookStore(m_project).siblingKeys(parentId, exceptId);
    const QString base = wanted.isEmpty() ? QStringLiteral("code") : wanted;
    QString key = base;
    for (int n = 2; taken.contains(key); ++n)
        key = base + QLatin1Char('-') + QString::number(n);
    return key;
}

Result<qint64> Codebook::insertNode(qint64 parentId, const Code &node, qint64 reviewerId)
{
    const QString label = node.label.trimmed();
    if (label.isEmpty())
        return usage(tr("a code needs a label"));
    CodebookStore store(m_project);
    Result<int> position = store.nextPosition(parentId);
    if (!position)
        return position.error();
    Code c = node;
    c.parentId = parentId;
    c.label = label;
    c.position = *position;
    c.key = uniqueKey(parentId,
                      node.key.trimmed().isEmpty() ? keyFromLabel(label) : node.key.trimmed(), 0);
    c.uuid = newUuid();
    if (c.choice != QLatin1String("single"))
        c.choice = QStringLiteral("multiple");
    Result<qint64> inserted = store.insertCode(c);
    if (!inserted)
        return inserted.error();
    c.id = *inserted;
    AuditChange audit;
    audit.action =
        parentId == 0 ? QStringLiteral("codebook.add-dimension") : QStringLiteral("codebook.add");
    audit.entity = QStringLiteral("code");
    audit.entityUuid = c.uuid;
    audit.reviewerId = reviewerId;
    const QString parentPath = labelPath(parentId);
    audit.after =
        codeJson(c, parentPath.isEmpty() ? c.label : parentPath + QLatin1Char('/') + c.label);
    if (Status s = AuditLog::record(m_project.database(), audit); !s)
        return s.error();
    return c.id;
}

Result<qint64> Codebook::addDimension(const Code &dimension, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s.error();
    qint64 id = 0;
    Status s = m_project.writeTransaction([&]() -> Status {
        Result<qint64> added = insertNode(0, dimension, reviewerId);
        if (!added)
            return added.error();
        id = *added;
        return {};
    });
    (void)reload();
    if (!s)
        return s.error();
    return id;
}

Result<qint64> Codebook::addCode(qint64 parentId, const Code &code, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s.error();
    if (!m_codes.contains(parentId))
        return usage(tr("a code must be added below a dimension or another code"));
    qint64 id = 0;
    Status s = m_project.writeTransaction([&]() -> Status {
        Result<qint64> added = insertNode(parentId, code, reviewerId);
        if (!added)
            return added.error();
        id = *added;
        return {};
    });
    (void)reload();
    if (!s)
        return s.error();
    return id;
}

Status Codebook::rename(qint64 id, const QString &label, qint64 reviewerId)
{
    std::optional<Code> c = code(id);
    if (!c)
        return usage(tr("unknown code (id %1)").arg(id));
    c->label = label;
    return update(*c, reviewerId);
}

Status Codebook::update(const Code &changed, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s;
    const std::optional<Code> old = code(changed.id);
    if (!old)
        return usage(tr("unknown code (id %1)").arg(changed.id));
    Code c = *old;
    c.label = changed.label.trimmed();
    if (c.label.isEmpty())
        return usage(tr("a code needs a label"));
    c.definition = changed.definition;
    c.colour = changed.colour.trimmed();
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!c.colour.isEmpty() && !colourPattern.match(c.colour).hasMatch())
        return usage(tr("the colour \"%1\" is not of the form #rrggbb").arg(c.colour));
    if (!changed.key.trimmed().isEmpty() && changed.key.trimmed() != old->key) {
        c.key = changed.key.trimmed();
        if (uniqueKey(c.parentId, c.key, c.id) != c.key)
            return usage(tr("the key \"%1\" is already used beside this code").arg(c.key));
    }
    if (c.isDimension()) {
        c.choice = changed.choice == QLatin1String("single") ? QStringLiteral("single")
                                                             : QStringLiteral("multiple");
        if (c.isSingleChoice() && !old->isSingleChoice()) {
            const int conflicts = singleChoiceConflicts(descendants(c.id));
            if (conflicts > 0)
                return usage(tr("\"%1\" cannot become single-choice: %n record(s) already have "
                                "more than one of its codes from one reviewer",
                                nullptr, conflicts)
                                 .arg(c.label));
        }
    }
    if (c.label == old->label && c.key == old->key && c.definition == old->definition &&
        c.colour == old->colour && c.choice == old->choice)
        return {};
    Status s = m_project.writeTransaction([&]() -> Status {
        CodebookStore store(m_project);
        // Another window on the same file may have changed this code since this codebook was
        // read: tell the editor rather than overwrite that change silently.
        Result<std::optional<Code>> stored = store.storedText(c.id);
        if (!stored)
            return stored.error();
        if (!stored->has_value())
            return Error{Error::Kind::Conflict,
                         tr("\u201c%1\u201d was deleted by someone else while you edited it; "
                            "nothing was saved")
                             .arg(old->label)};
        const Code &now = **stored;
        if (now.label != old->label || now.key != old->key || now.definition != old->definition ||
            now.colour != old->colour || now.choice != old->choice)
            return Error{Error::Kind::Conflict,
                         tr("\u201c%1\u201d was changed by someone else while you edited it "
                            "(it is now \u201c%2\u201d); nothing was saved")
                             .arg(old->label, now.label)};
        if (Status updated = store.updateText(c); !updated)
            return updated;
        AuditChange audit;
        audit.action = c.label != old->label ? QStringLiteral("codebook.rename")
                                             : QStringLiteral("codebook.edit");
        audit.entity = QStringLiteral("code");
        audit.entityUuid = c.uuid;
        audit.reviewerId = reviewerId;
        audit.before = codeJson(*old, labelPath(old->id));
        const QString parentPath = labelPath(c.parentId);
        audit.after =
            codeJson(c, parentPath.isEmpty() ? c.label : parentPath + QLatin1Char('/') + c.label);
        return AuditLog::record(m_project.database(), audit);
    });
    (void)reload();
    return s;
}

int Codebook::singleChoiceConflicts(const QList<qint64> &codes,
                                    const QHash<qint64, qint64> &fold) const
{
    const QSet<qint64> members(codes.begin(), codes.end());
    QHash<QPair<qint64, qint64>, QSet<qint64>> groups;
    const QList<CodebookStore::Assignment> assignments = CodebookStore(m_project).assignments();
    for (const CodebookStore::Assignment &a : assignments) {
        if (members.contains(a.codeId))
            groups[{a.recordId, a.reviewerId}].insert(fold.value(a.codeId, a.codeId));
    }
    int n = 0;
    for (const QSet<qint64> &g : std::as_const(groups))
        n += g.size() > 1 ? 1 : 0;
    return n;
}

Status Codebook::move(qint64 id, qint64 newParentId, int position, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s;
    const std::optional<Code> c = code(id);
    if (!c)
        return usage(tr("unknown code (id %1)").arg(id));
    if (c->isDimension() && newParentId != 0)
        return usage(tr("a dimension stays at the top of the codebook"));
    if (!c->isDimension()) {
        if (newParentId == 0 || !m_codes.contains(newParentId))
            return usage(tr("a code must be moved below a dimension or another code"));
        if (newParentId == id || descendants(id).contains(newParentId))
            return usage(tr("a code cannot be moved below itself"));
        const qint64 newDimension = dimensionOf(newParentId);
        if (newDimension != dimensionOf(id) && m_codes[newDimension].isSingleChoice()) {
            const QList<qint64> inside = descendants(newDimension);
            const QList<qint64> after = inside + descendants(id) + QList<qint64>{id};
            const int conflicts = singleChoiceConflicts(after) - singleChoiceConflicts(inside);
            if (conflicts > 0)
                return usage(tr("moving \"%1\" into the single-choice dimension \"%2\" would give "
                                "%n record(s) two of its codes from one reviewer",
                                nullptr, conflicts)
                                 .arg(c->label, m_codes[newDimension].label));
        }
    }
    QList<qint64> siblings = m_children.value(newParentId);
    siblings.removeAll(id);
    if (position < 0 || position > siblings.size())
        position = int(siblings.size());
    siblings.insert(position, id);
    const QString oldPath = labelPath(id);
    const int oldPosition = int(m_children.value(c->parentId).indexOf(id));

    Status s = m_project.writeTransaction([&]() -> Status {
        CodebookStore store(m_project);
        QString key = c->key;
        if (newParentId != c->parentId)
            key = uniqueKey(newParentId, c->key, id);
        if (Status moved = store.setParent(id, newParentId, key); !moved)
            return moved;
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            if (Status placed = store.setPosition(siblings.at(i), int(i)); !placed)
                return placed;
        }
        AuditChange audit;
        audit.action = QStringLiteral("codebook.move");
        audit.entity = QStringLiteral("code");
        audit.entityUuid = c->uuid;
        audit.reviewerId = reviewerId;
        audit.before = QJsonObject{{QStringLiteral("path"), oldPath},
                                   {QStringLiteral("position"), oldPosition},
                                   {QStringLiteral("key"), c->key}};
        const QString parentPath = labelPath(newParentId);
        audit.after = QJsonObject{
            {QStringLiteral("path"),
             parentPath.isEmpty() ? c->label : parentPath + QLatin1Char('/') + c->label},
            {QStringLiteral("position"), position},
            {QStringLiteral("key"), key}};
        return AuditLog::record(m_project.database(), audit);
    });
    (void)reload();
    return s;
}

Status Codebook::merge(qint64 sourceId, qint64 targetId, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s;
    const std::optional<Code> source = code(sourceId);
    const std::optional<Code> target = code(targetId);
    if (!source || !target)
        return usage(tr("unknown code"));
    if (source->isDimension() || target->isDimension())
        return usage(tr("only codes can be merged, not dimensions"));
    if (sourceId == targetId)
        return usage(tr("a code cannot be merged into itself"));
    if (descendants(sourceId).contains(targetId))
        return usage(tr("\"%1\" cannot be merged into its own child code \"%2\"")
                         .arg(source->label, target->label));
    if (isHidden(targetId))
        return usage(tr("\"%1\" is retired; merge into a code in use").arg(labelPath(targetId)));
    const qint64 targetDimension = dimensionOf(targetId);
    if (m_codes[targetDimension].isSingleChoice()) {
        // After the merge the source's codings count as the target's.
        const QList<qint64> inside = descendants(targetDimension);
        const QList<qint64> after = inside + descendants(sourceId) + QList<qint64>{sourceId};
        const int conflicts =
            singleChoiceConflicts(after, {{sourceId, targetId}}) - singleChoiceConflicts(inside);
        if (conflicts > 0)
            return usage(tr("merging \"%1\" into \"%2\" would give %n record(s) two codes of the "
                            "single-choice dimension \"%3\" from one reviewer",
                            nullptr, conflicts)
                             .arg(source->label, target->label, m_codes[targetDimension].label));
    }
    const QString sourcePath = labelPath(sourceId);
    const QString targetPath = labelPath(targetId);
    const QList<qint64> kids = m_children.value(sourceId);
    int codings = 0, results = 0;
    Status s = m_project.writeTransaction([&]() -> Status {
        CodebookStore store(m_project);
        if (Status moved = store.moveCodings(false, sourceId, targetId, &codings); !moved)
            return moved;
        if (Status moved = store.moveCodings(true, sourceId, targetId, &results); !moved)
            return moved;
        Result<int> next = store.nextPosition(targetId);
        if (!next)
            return next.error();
        int position = *next;
        for (qint64 kid : kids) {
            const QString key = uniqueKey(targetId, m_codes[kid].key, kid);
            if (Status placed = store.setParentAndPosition(kid, targetId, position++, key); !placed)
                return placed;
        }
        if (Status marked = store.markMerged(sourceId, targetId); !marked)
            return marked;
        AuditChange audit;
        audit.action = QStringLiteral("codebook.merge");
        audit.entity = QStringLiteral("code");
        audit.entityUuid = source->uuid;
        audit.reviewerId = reviewerId;
        audit.before = QJsonObject{{QStringLiteral("path"), sourcePath},
                                   {QStringLiteral("codings"), codings},
                                   {QStringLiteral("results"), results},
                                   {QStringLiteral("children"), int(kids.size())}};
        audit.after = QJsonObject{{QStringLiteral("merged_into"), targetPath},
                                  {QStringLiteral("merged_into_uuid"), target->uuid}};
        return AuditLog::record(m_project.database(), audit);
    });
    (void)reload();
    return s;
}

Result<QList<qint64>> Codebook::split(qint64 sourceId, const QStringList &labels, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s.error();
    const std::optional<Code> source = code(sourceId);
    if (!source)
        return usage(tr("unknown code (id %1)").arg(sourceId));
    if (source->isDimension())
        return usage(tr("a dimension cannot be split; add codes to it instead"));
    if (isHidden(sourceId))
        return usage(tr("\"%1\" is retired").arg(labelPath(sourceId)));
    if (!children(sourceId).isEmpty())
        return usage(tr("\"%1\" has child codes; move or merge them before splitting it")
                         .arg(source->label));
    QStringList names;
    for (const QString &label : labels) {
        const QString name = label.trimmed();
        if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    if (names.size() < 2)
        return usage(tr("a split needs at least two labels for the new codes"));

    QList<qint64> created;
    QJsonArray createdJson;
    const QString sourcePath = labelPath(sourceId);
    int codings = 0, results = 0;
    Status s = m_project.writeTransaction([&]() -> Status {
        CodebookStore store(m_project);
        // Make room right after the source for the new codes.
        if (Status shifted =
                store.shiftPositions(source->parentId, source->position, int(names.size()));
            !shifted)
            return shifted;
        for (qsizetype i = 0; i < names.size(); ++i) {
            Code node;
            node.label = names.at(i);
            node.definition = tr("Split from \"%1\".").arg(source->label);
            Result<qint64> added = insertNode(source->parentId, node, reviewerId);
            if (!added)
                return added.error();
            if (Status placed = store.setPosition(*added, source->position + 1 + int(i)); !placed)
                return placed;
            int n = 0;
            if (Status copied = store.copyCodings(false, sourceId, *added, &n); !copied)
                return copied;
            codings = n;
            n = 0;
            if (Status copied = store.copyCodings(true, sourceId, *added, &n); !copied)
                return copied;
            results = n;
            created.append(*added);
            Result<QString> uuid = store.uuidOf(*added);
            if (!uuid)
                return uuid.error();
            createdJson.append(QJsonObject{{QStringLiteral("label"), names.at(i)},
                                           {QStringLiteral("uuid"), *uuid}});
        }
        if (Status retired = store.setRetired(sourceId, true); !retired)
            return retired;
        AuditChange audit;
        audit.action = QStringLiteral("codebook.split");
        audit.entity = QStringLiteral("code");
        audit.entityUuid = source->uuid;
        audit.reviewerId = reviewerId;
        audit.before = QJsonObject{{QStringLiteral("path"), sourcePath},
                                   {QStringLiteral("codings"), codings},
                                   {QStringLiteral("results"), results}};
        audit.after = QJsonObject{{QStringLiteral("codes"), createdJson},
                                  {QStringLiteral("copied_codings_each"), codings}};
        return AuditLog::record(m_project.database(), audit);
    });
    (void)reload();
    if (!s)
        return s.error();
    return created;
}

Status Codebook::setRetired(qint64 id, bool retired, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s;
    const std::optional<Code> c = code(id);
    if (!c)
        return usage(tr("unknown code (id %1)").arg(id));
    if (c->retired == retired)
        return {};
    const QString path = labelPath(id);
    Status s = m_project.writeTransaction([&]() -> Status {
        CodebookStore store(m_project);
        if (Status changed = store.setRetired(id, retired); !changed)
            return changed;
        int codings = 0, results = 0;
        if (Status counted = store.countCodings(id, &codings, &results); !counted)
            return counted;
        AuditChange audit;
        audit.action =
            retired ? QStringLiteral("codebook.retire") : QStringLiteral("codebook.restore");
        audit.entity = QStringLiteral("code");
        audit.entityUuid = c->uuid;
        audit.reviewerId = reviewerId;
        audit.before =
            QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("retired"), c->retired}};
        audit.after = QJsonObject{{QStringLiteral("retired"), retired},
                                  {QStringLiteral("codings_kept"), codings},
                                  {QStringLiteral("results_kept"), results}};
        return AuditLog::record(m_project.database(), audit);
    });
    (void)reload();
    return s;
}

Result<qint64> Codebook::addField(const ExtractionField &field, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s.error();
    ExtractionField f = field;
    f.label = f.label.trimmed();
    if (f.label.isEmpty())
        return usage(tr("an extraction field needs a label"));
    if (!ExtractionField::kinds().contains(f.kind))
        return usage(tr("the kind of a field is one of %1")
                         .arg(ExtractionField::kinds().join(QLatin1String(", "))));
    if (f.kind == QLatin1String("choice") && f.choices.isEmpty())
        return usage(tr("a choice field needs choices"));
    QString base = f.key.trimmed().isEmpty() ? keyFromLabel(f.label) : f.key.trimmed();
    f.key = base;
    for (int n = 2; findField(f.key); ++n)
        f.key = base + QLatin1Char('-') + QString::number(n);
    f.uuid = newUuid();
    f.position = m_fields.isEmpty() ? 0 : m_fields.last().position + 1;
    qint64 id = 0;
    Status s = m_project.writeTransaction([&]() -> Status {
        Result<qint64> inserted = CodebookStore(m_project).insertField(f);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        AuditChange audit;
        audit.action = QStringLiteral("codebook.add-field");
        audit.entity = QStringLiteral("extraction_field");
        audit.entityUuid = f.uuid;
        audit.reviewerId = reviewerId;
        audit.after = fieldJson(f);
        return AuditLog::record(m_project.database(), audit);
    });
    (void)reload();
    if (!s)
        return s.error();
    return id;
}

Status Codebook::updateField(const ExtractionField &changed, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s;
    const std::optional<ExtractionField> old = field(changed.id);
    if (!old)
        return usage(tr("unknown extraction field (id %1)").arg(changed.id));
    ExtractionField f = *old;
    f.label = changed.label.trimmed();
    if (f.label.isEmpty())
        return usage(tr("an extraction field needs a label"));
    f.definition = changed.definition;
    f.choices = changed.choices;
    if (!changed.key.trimmed().isEmpty() && changed.key.trimmed() != old->key) {
        const std::optional<ExtractionField> other = findField(changed.key.trimmed());
        if (other && other->id != f.id)
            return usage(
                tr("the key \"%1\" is already used by another field").arg(changed.key.trimmed()));
        f.key = changed.key.trimmed();
    }
    if (changed.kind != old->kind) {
        if (!ExtractionField::kinds().contains(changed.kind))
            return usage(tr("the kind of a field is one of %1")
                             .arg(ExtractionField::kinds().join(QLatin1String(", "))));
        // Values already given must still be valid.
        ExtractionField probe = f;
        probe.kind = changed.kind;
        const QStringList values = CodebookStore(m_project).fieldValues(f.id);
        for (const QString &value : values) {
            if (!probe.validate(value))
                return usage(tr("\"%1\" cannot become a %2 field: the value \"%3\" does not fit")
                                 .arg(f.label, changed.kind, value));
        }
        f.kind = changed.kind;
    }
    if (f.kind == QLatin1String("choice") && f.choices.isEmpty())
        return usage(tr("a choice field needs choices"));
    Status s = m_project.writeTransaction([&]() -> Status {
        if (Status updated = CodebookStore(m_project).updateField(f); !updated)
            return updated;
        AuditChange audit;
        audit.action = QStringLiteral("codebook.edit-field");
        audit.entity = QStringLiteral("extraction_field");
        audit.entityUuid = f.uuid;
        audit.reviewerId = reviewerId;
        audit.before = fieldJson(*old);
        audit.after = fieldJson(f);
        return AuditLog::record(m_project.database(), audit);
    });
    (void)reload();
    return s;
}

Status Codebook::setFieldRetired(qint64 id, bool retired, qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s;
    const std::optional<ExtractionField> f = field(id);
    if (!f)
        return usage(tr("unknown extraction field (id %1)").arg(id));
    if (f->retired == retired)
        return {};
    Status s = m_project.writeTransaction([&]() -> Status {
        if (Status changed = CodebookStore(m_project).setFieldRetired(id, retired); !changed)
            return changed;
        AuditChange audit;
        audit.action = retired ? QStringLiteral("codebook.retire-field")
                               : QStringLiteral("codebook.restore-field");
        audit.entity = QStringLiteral("extraction_field");
        audit.entityUuid = f->uuid;
        audit.reviewerId = reviewerId;
        audit.before =
            QJsonObject{{QStringLiteral("key"), f->key}, {QStringLiteral("retired"), f->retired}};
        audit.after = QJsonObject{{QStringLiteral("retired"), retired}};
        return AuditLog::record(m_project.database(), audit);
    });
    (void)reload();
    return s;
}

Result<CodebookImportSummary> Codebook::applyTemplate(const CodebookTemplate &codebookTemplate,
                                                      qint64 reviewerId)
{
    if (Status s = requireLead(reviewerId); !s)
        return s.error();
    CodebookImportSummary summary;
    QSqlDatabase db = m_project.database();
    CodebookStore store(m_project);

    std::function<Status(qint64, const QList<CodebookTemplate::Node> &)> applyNodes =
        [&](qint64 parentId, const QList<CodebookTemplate::Node> &nodes) -> Status {
        QHash<QString, Code> existing;
        Result<QList<Code>> stored = store.storedChildren(parentId);
        if (!stored)
            return stored.error();
        for (const Code &c : std::as_const(*stored))
            existing.insert(c.key, c);
        for (const CodebookTemplate::Node &node : nodes) {
            qint64 id = 0;
            const auto found = existing.constFind(node.key);
            if (found == existing.constEnd()) {
                Code c;
                c.key = node.key;
                c.label = node.label;
                c.definition = node.definition;
                c.colour = node.colour;
                c.choice = node.choice;
                Result<qint64> added = insertNode(parentId, c, reviewerId);
                if (!added)
                    return added.error();
                id = *added;
                if (parentId == 0)
                    ++summary.dimensionsAdded;
                else
                    ++summary.codesAdded;
            } else {
                Code c = *found;
                id = c.id;
                QString choice = c.choice;
                // An existing dimension becomes single-choice only when no codings conflict.
                if (parentId == 0 && node.choice != c.choice &&
                    (node.choice != QLatin1String("single") ||
                     singleChoiceConflicts(descendants(id)) == 0))
                    choice = node.choice;
                if (c.label != node.label || c.definition != node.definition ||
                    (parentId != 0 && c.colour != node.colour) || choice != c.choice) {
                    if (Status updated = store.updateTemplateText(
                            id, node.label, node.definition, parentId == 0 ? c.colour : node.colour,
                            choice);
                        !updated)
                        return updated;
                    ++summary.updated;
                }
            }
            if (Status s = applyNodes(id, node.codes); !s)
                return s;
        }
        return {};
    };

    Status s = m_project.writeTransaction([&]() -> Status {
        if (!codebookTemplate.name.isEmpty()) {
            if (Status set = ProjectSettings::codebookName.write(db, codebookTemplate.name); !set)
                return set;
            if (Status set =
                    ProjectSettings::codebookDescription.write(db, codebookTemplate.description);
                !set)
                return set;
        }
        if (Status applied = applyNodes(0, codebookTemplate.dimensions); !applied)
            return applied;
        Result<int> next = store.nextFieldPosition();
        if (!next)
            return next.error();
        int position = *next;
        for (const ExtractionField &f : codebookTemplate.fields) {
            Result<std::optional<CodebookStore::StoredField>> stored = store.storedField(f.key);
            if (!stored)
                return stored.error();
            if (const std::optional<CodebookStore::StoredField> &old = *stored) {
                if (old->label == f.label &&
                    old->choicesJson == CodebookStore::choicesJson(f.choices) &&
                    old->definition == f.definition)
                    continue;
                if (Status updated =
                        store.updateTemplateField(old->id, f.label, f.choices, f.definition);
                    !updated)
                    return updated;
                ++summary.updated;
                continue;
            }
            ExtractionField added = f;
            added.uuid = newUuid();
            added.position = position++;
            if (Result<qint64> inserted = store.insertField(added); !inserted)
                return inserted.error();
            ++summary.fieldsAdded;
        }
        AuditChange audit;
        audit.action = QStringLiteral("codebook.import");
        audit.entity = QStringLiteral("codebook");
        audit.reviewerId = reviewerId;
        audit.after = QJsonObject{{QStringLiteral("name"), codebookTemplate.name},
                                  {QStringLiteral("dimensions_added"), summary.dimensionsAdded},
                                  {QStringLiteral("codes_added"), summary.codesAdded},
                                  {QStringLiteral("fields_added"), summary.fieldsAdded},
                                  {QStringLiteral("updated"), summary.updated}};
        return AuditLog::record(db, audit);
    });
    (void)reload();
    if (!s)
        return s.error();
    return summary;
}

CodebookTemplate Codebook::toTemplate() const
{
    CodebookTemplate t;
    t.name = name();
    t.description = description();
    std::function<CodebookTemplate::Node(const Code &)> toNode = [&](const Code &c) {
        CodebookTemplate::Node node;
        node.key = c.key;
        node.label = c.label;
        node.definition = c.definition;
        node.colour = c.colour;
        node.choice = c.choice;
        const QList<Code> kids = children(c.id);
        for (const Code &kid : kids)
            node.codes.append(toNode(kid));
        return node;
    };
    const QList<Code> dims = dimensions();
    for (const Code &dimension : dims)
        t.dimensions.append(toNode(dimension));
    t.fields = fields();
    return t;
}

} // namespace evimap
