#include "team/projectmerge.h"

#include "core/clock.h"
#include "core/outputfile.h"
#include "core/sqltext.h"
#include "import/attachedfile.h"
#include "project/project.h"
#include "project/projectinfo.h"
#include "project/schema.h"
#include "screening/screeningstore.h"
#include "team/auditlog.h"
#include "team/copyvalidation.h"
#include "team/projectcopy.h"
#include "team/roles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace evimap {

namespace {

// How a table's rows come across.
enum class Policy
{
    Append,      // added when missing, never changed (audit rows, batches, codes, reviewers...)
    Keyed,       // three-way by "taken at": added, changed, withdrawn, or a conflict
    KeyedNoLoss, // like Keyed, but a row missing on one side is never deleted (records)
};

struct TableSpec
{
    QString table;
    Policy policy = Policy::Append;
    QStringList key = {QStringLiteral("uuid")};
    QString time;    // Keyed: when the row last changed
    QString created; // KeyedNoLoss: when the row was made
    QString filter;  // which rows merge (screening_result: only results set by a person)
    QHash<QString, QString> refs; // column -> table it points into
    QStringList selfRefs;         // refs into the same table, set once all rows are in
    bool nullMissingRefs = false; // keep the row with NULL where the main file lost the target
    bool unorderedPair = false;   // dedup_pair: (a, b) with a < b by the file's own ids
    bool replaceOnKey = false;    // an insert replaces a derived row with the same key
    bool foldCaseOfKey = false;   // tag: "Pilot" and "pilot" are one key, as the column says
};

struct Row
{
    qint64 id = 0;
    QString uuid;
    QString key;
    QVariantList values; // per column; references as UUIDs
    QString at;
    QString createdAt;
};

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

const QString nullMark = QStringLiteral("\u2400");

QString norm(const QVariant &v)
{
    return v.isNull() ? nullMark : v.toString();
}

// One database and its id <-> uuid maps for the tables others point into.
struct Side
{
    QSqlDatabase db;
    QHash<QString, QHash<qint64, QString>> uuidOf;
    QHash<QString, QHash<QString, qint64>> idOf;

    Status load(const QString &table)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, uuid FROM %1").arg(table)))
            return failure(sqlError(q));
        auto &u = uuidOf[table];
        auto &i = idOf[table];
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString uuid = q.value(1).toString();
            u.insert(id, uuid);
            i.insert(uuid, id);
        }
        return {};
    }
    void remember(const QString &table, qint64 id, const QString &uuid)
    {
        if (!uuidOf.contains(table))
            return;
        uuidOf[table].insert(id, uuid);
        idOf[table].insert(uuid, id);
    }
};

const QStringList referencedTables = {QStringLiteral("reviewer"),
                                      QStringLiteral("record"),
                                      QStringLiteral("code"),
                                      QStringLiteral("exclusion_reason"),
                                      QStringLiteral("extraction_field"),
                                      QStringLiteral("import_batch"),
                                      QStringLiteral("tag")};

TableSpec makeSpec(const QString &table, Policy policy = Policy::Append)
{
    TableSpec spec;
    spec.table = table;
    spec.policy = policy;
    return spec;
}

QList<TableSpec> tableSpecs()
{
    const QString record = QStringLiteral("record");
    const QString reviewer = QStringLiteral("reviewer");
    QList<TableSpec> specs;
    auto add = [&](TableSpec spec) { specs.append(std::move(spec)); };
    add(makeSpec(QStringLiteral("reviewer")));
    add(makeSpec(QStringLiteral("exclusion_reason")));
    add(makeSpec(QStringLiteral("extraction_field")));
    {
        TableSpec s = makeSpec(QStringLiteral("code"));
        s.refs = {{QStringLiteral("parent_id"), QStringLiteral("code")},
                  {QStringLiteral("merged_into"), QStringLiteral("code")}};
        s.selfRefs = {QStringLiteral("parent_id"), QStringLiteral("merged_into")};
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("highlight_term"));
        s.key = {QStringLiteral("term"), QStringLiteral("kind")};
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("import_batch"));
        s.refs = {{QStringLiteral("reviewer_id"), reviewer}};
        add(s);
    }
    {
        TableSpec s = makeSpec(record, Policy::KeyedNoLoss);
        s.time = QStringLiteral("updated_at");
        s.created = QStringLiteral("created_at");
        s.refs = {{QStringLiteral("duplicate_of"), record}};
        s.selfRefs = {QStringLiteral("duplicate_of")};
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("record_source"));
        s.key = {QStringLiteral("batch_id"), QStringLiteral("record_no")};
        s.refs = {{QStringLiteral("record_id"), record},
                  {QStringLiteral("batch_id"), QStringLiteral("import_batch")}};
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("attachment"));
        s.refs = {{QStringLiteral("record_id"), record}, {QStringLiteral("added_by"), reviewer}};
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("record_history"));
        s.refs = {{QStringLiteral("record_id"), record}};
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("dedup_pair"));
        s.key = {QStringLiteral("record_a"), QStringLiteral("record_b")};
        s.refs = {{QStringLiteral("record_a"), record},
                  {QStringLiteral("record_b"), record},
                  {QStringLiteral("decided_by"), reviewer}};
        s.unorderedPair = true;
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("screening_decision"), Policy::Keyed);
        s.key = {QStringLiteral("record_id"), QStringLiteral("stage"),
                 QStringLiteral("reviewer_id")};
        s.time = QStringLiteral("decided_at");
        s.refs = {{QStringLiteral("record_id"), record},
                  {QStringLiteral("reviewer_id"), reviewer},
                  {QStringLiteral("reason_id"), QStringLiteral("exclusion_reason")}};
        add(s);
    }
    {
        // Results by agreement are derived from the decisions and worked out again; only a
        // person's settlement (the lead's, or "not retrieved") is itself merged.
        TableSpec s = makeSpec(QStringLiteral("screening_result"), Policy::Keyed);
        s.key = {QStringLiteral("record_id"), QStringLiteral("stage")};
        s.time = QStringLiteral("settled_at");
        s.filter = QStringLiteral("settled_by IS NOT NULL");
        s.refs = {{QStringLiteral("record_id"), record},
                  {QStringLiteral("reason_id"), QStringLiteral("exclusion_reason")},
                  {QStringLiteral("settled_by"), reviewer}};
        s.replaceOnKey = true;
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("coding"), Policy::Keyed);
        s.key = {QStringLiteral("record_id"), QStringLiteral("code_id"),
                 QStringLiteral("reviewer_id")};
        s.time = QStringLiteral("coded_at");
        s.refs = {{QStringLiteral("record_id"), record},
                  {QStringLiteral("code_id"), QStringLiteral("code")},
                  {QStringLiteral("reviewer_id"), reviewer}};
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("coding_result"), Policy::Keyed);
        s.key = {QStringLiteral("record_id"), QStringLiteral("code_id")};
        s.time = QStringLiteral("settled_at");
        s.refs = {{QStringLiteral("record_id"), record},
                  {QStringLiteral("code_id"), QStringLiteral("code")},
                  {QStringLiteral("settled_by"), reviewer}};
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("extraction_value"), Policy::Keyed);
        s.key = {QStringLiteral("record_id"), QStringLiteral("field_id"),
                 QStringLiteral("reviewer_id")};
        s.time = QStringLiteral("updated_at");
        s.refs = {{QStringLiteral("record_id"), record},
                  {QStringLiteral("field_id"), QStringLiteral("extraction_field")},
                  {QStringLiteral("reviewer_id"), reviewer}};
        add(s);
    }
    {
        // Tags are one per name: a tag both files made on their own is the same tag.
        TableSpec s = makeSpec(QStringLiteral("tag"));
        s.key = {QStringLiteral("name")};
        s.foldCaseOfKey = true;
        add(s);
    }
    {
        // Each person's tag on a record: added, or taken off, in either file.
        TableSpec s = makeSpec(QStringLiteral("record_tag"), Policy::Keyed);
        s.key = {QStringLiteral("record_id"), QStringLiteral("tag_id"),
                 QStringLiteral("reviewer_id")};
        s.time = QStringLiteral("created_at");
        s.refs = {{QStringLiteral("record_id"), record},
                  {QStringLiteral("tag_id"), QStringLiteral("tag")},
                  {QStringLiteral("reviewer_id"), reviewer}};
        add(s);
    }
    {
        TableSpec s = makeSpec(QStringLiteral("audit_log"));
        s.refs = {{QStringLiteral("reviewer_id"), reviewer}, {QStringLiteral("record_id"), record}};
        s.nullMissingRefs = true;
        add(s);
    }
    return specs;
}

// A dry run goes through every step and rolls back with this.
const QString dryRunMarker = QStringLiteral("\u2400dry-run");

class Merger
{
    Q_DECLARE_TR_FUNCTIONS(ProjectMerge)

public:
    Merger(Project &main, Project &copy, const MergeOptions &options, MergeReport &report)
        : m_main(main)
        , m_options(options)
        , m_report(report)
    {
        m_mainSide.db = main.database();
        m_copySide.db = copy.database();
        m_takenAt = report.takenAt;
        m_mainFolder = QFileInfo(main.filePath()).absoluteDir();
        m_copyPath = copy.filePath();
    }

    Status run()
    {
        for (const QString &table : referencedTables) {
            if (Status s = m_mainSide.load(table); !s)
                return s;
            if (Status s = m_copySide.load(table); !s)
                return s;
        }
        const QList<TableSpec> specs = tableSpecs();
        for (const TableSpec &spec : specs) {
            if (Status s = mergeTable(spec); !s)
                return failure(tr("merging %1: %2").arg(spec.table, s.errorString()));
        }
        ScreeningStore screening(m_main);
        for (const auto &[recordId, stageKey] : std::as_const(m_resettle)) {
            const std::optional<ScreeningStage> stage = ScreeningNames::stageFromKey(stageKey);
            if (!stage)
                continue;
            if (Status s = screening.resettle(recordId, *stage, m_options.reviewerId); !s)
                return s;
            noteChangedSettlement(screening, recordId, *stage);
        }
        return {};
    }

    void removeCopiedFiles()
    {
        for (const QString &file : std::as_const(m_copiedFiles))
            QFile::remove(file);
        m_copiedFiles.clear();
    }

private:
    QStringList columnsOf(const QString &table)
    {
        QStringList columns;
        QSqlQuery q(m_mainSide.db);
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            while (q.next()) {
                const QString name = q.value(1).toString();
                if (name != QLatin1String("id"))
                    columns << name;
            }
        }
        return columns;
    }

    // Reads the rows of a table with references as UUIDs; `where` (with `binds`) narrows them.
    Result<QList<Row>> readRows(Side &side, const TableSpec &spec, const QStringList &columns,
                                const QString &where = {}, const QVariantList &binds = {})
    {
        QStringList conditions;
        if (!spec.filter.isEmpty())
            conditions << spec.filter;
        if (!where.isEmpty())
            conditions << where;
        QSqlQuery q(side.db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT rowid, %1 FROM %2%3 ORDER BY rowid")
                      .arg(columns.join(QStringLiteral(", ")), spec.table,
                           conditions.isEmpty() ? QString()
                                                : QStringLiteral(" WHERE ") +
                                                      conditions.join(QStringLiteral(" AND "))));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return failure(sqlError(q));
        QList<Row> rows;
        const int uuidColumn = columns.indexOf(QStringLiteral("uuid"));
        const int timeColumn = spec.time.isEmpty() ? -1 : columns.indexOf(spec.time);
        const int createdColumn = spec.created.isEmpty() ? -1 : columns.indexOf(spec.created);
        QList<int> keyColumns;
        for (const QString &k : spec.key)
            keyColumns << columns.indexOf(k);
        while (q.next()) {
            Row row;
            row.id = q.value(0).toLongLong();
            row.values.reserve(columns.size());
            for (int c = 0; c < columns.size(); ++c) {
                QVariant v = q.value(c + 1);
                const auto ref = spec.refs.constFind(columns.at(c));
                if (ref != spec.refs.constEnd() && !v.isNull()) {
                    const QString uuid = side.uuidOf.value(*ref).value(v.toLongLong());
                    v = uuid.isEmpty() ? QVariant() : QVariant(uuid);
                }
                row.values.append(v);
            }
            if (uuidColumn >= 0)
                row.uuid = row.values.at(uuidColumn).toString();
            if (timeColumn >= 0)
                row.at = row.values.at(timeColumn).toString();
            if (createdColumn >= 0)
                row.createdAt = row.values.at(createdColumn).toString();
            QStringList parts;
            for (int k : std::as_const(keyColumns))
                parts << (spec.foldCaseOfKey ? norm(row.values.at(k)).toCaseFolded()
                                             : norm(row.values.at(k)));
            if (spec.unorderedPair)
                std::sort(parts.begin(), parts.end());
            row.key = parts.join(QChar(0x1f));
            rows.append(std::move(row));
        }
        return rows;
    }

    bool changedSinceCopy(const QString &at) const { return at > m_takenAt; }

    // The columns a row's content is compared on: not its identity, key or time stamps.
    QList<int> contentColumns(const TableSpec &spec, const QStringList &columns) const
    {
        QList<int> content;
        for (int c = 0; c < columns.size(); ++c) {
            const QString &name = columns.at(c);
            if (name == QLatin1String("uuid") || spec.key.contains(name) || name == spec.time ||
                name == spec.created)
                continue;
            content << c;
        }
        return content;
    }

    bool sameContent(const Row &a, const Row &b, const QList<int> &content) const
    {
        for (int c : content) {
            if (norm(a.values.at(c)) != norm(b.values.at(c)))
                return false;
        }
        return true;
    }

    // The main file's id for a reference; `missing` when the target is not in the main file.
    QVariant mainId(const QString &table, const QVariant &uuid, bool *missing)
    {
        if (uuid.isNull())
            return QVariant(QMetaType(QMetaType::LongLong));
        const auto &ids = m_mainSide.idOf[table];
        const auto found = ids.constFind(uuid.toString());
        if (found == ids.constEnd()) {
            *missing = true;
            return QVariant(QMetaType(QMetaType::LongLong));
        }
        return *found;
    }

    // Values to write into the main file: references as its ids. False when a reference the
    // row needs is missing in the main file (for example a record deleted there).
    bool bindable(const TableSpec &spec, const QStringList &columns, const Row &row,
                  QVariantList *out)
    {
        out->clear();
        for (int c = 0; c < columns.size(); ++c) {
            const QString &name = columns.at(c);
            const auto ref = spec.refs.constFind(name);
            if (ref == spec.refs.constEnd()) {
                out->append(row.values.at(c));
                continue;
            }
            if (spec.selfRefs.contains(name)) {
                out->append(QVariant(QMetaType(QMetaType::LongLong))); // set in a second pass
                continue;
            }
            bool missing = false;
            const QVariant id = mainId(*ref, row.values.at(c), &missing);
            if (missing && !spec.nullMissingRefs)
                return false;
            out->append(id);
        }
        return true;
    }

    // People are the main project's to name and to give roles (Members, by a lead there): a
    // rename or a role changed in the copy is not brought in, and the report says so.
    void noteReviewerChange(const QStringList &columns, const Row &main, const Row &copy)
    {
        const int name = columns.indexOf(QStringLiteral("name"));
        const int role = columns.indexOf(QStringLiteral("role"));
        if (name < 0 || role < 0)
            return;
        const QString mainName = main.values.at(name).toString();
        const QString copyName = copy.values.at(name).toString();
        if (mainName != copyName)
            m_report.notices << tr("%1 is called %2 in the copy; the main project's name is kept "
                                   "(a lead renames people in the main project)")
                                    .arg(mainName, copyName);
        const QString mainRole = main.values.at(role).toString();
        const QString copyRole = copy.values.at(role).toString();
        if (mainRole != copyRole)
            m_report.notices << tr("%1 is a %2 in the copy but a %3 in the main project; the "
                                   "main project's role is kept (a lead changes roles there)")
                                    .arg(mainName, copyRole, mainRole);
    }

    Status insertRow(const TableSpec &spec, const QStringList &columns, Row row, qint64 *newId)
    {
        QVariantList values;
        if (!bindable(spec, columns, row, &values))
            return failure(QStringLiteral("missing"));
        if (spec.policy == Policy::Keyed && !row.uuid.isEmpty()) {
            // The main file may hold this UUID under another key (a code merged into another
            // moves its codings); these rows are matched by key, so a fresh UUID is safe.
            QSqlQuery u(m_mainSide.db);
            u.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(spec.table));
            u.addBindValue(row.uuid);
            if (!u.exec())
                return failure(sqlError(u));
            if (u.next())
                values[columns.indexOf(QStringLiteral("uuid"))] = newUuid();
        }
        if (spec.table == QLatin1String("audit_log")) {
            // Renames and roles are not brought in (noteReviewerChange), nor their entries, which
            // would tell of changes the main project never had.
            const QString action =
                row.values.value(int(columns.indexOf(QStringLiteral("action")))).toString();
            if (action == QLatin1String("team.rename") || action == QLatin1String("team.role"))
                return failure(QStringLiteral("refused"));
        }
        if (spec.table == QLatin1String("reviewer")) {
            // A copy cannot make anyone a lead of the main project.
            const int role = columns.indexOf(QStringLiteral("role"));
            if (Roles::fromKey(row.values.at(role).toString()).value_or(Role::Reviewer) ==
                Role::Lead) {
                values[role] = Roles::key(Role::Reviewer);
                m_report.notices
                    << tr("%1 is a lead in the copy and was added as a reviewer")
                           .arg(row.values.at(columns.indexOf(QStringLiteral("name"))).toString());
            }
        }
        if (spec.unorderedPair) {
            const int a = columns.indexOf(QStringLiteral("record_a"));
            const int b = columns.indexOf(QStringLiteral("record_b"));
            if (values.at(a).toLongLong() > values.at(b).toLongLong())
                values.swapItemsAt(a, b);
        }
        if (spec.table == QLatin1String("attachment")) {
            Result<bool> brought = bringAttachmentFile(columns, &values);
            if (!brought)
                return brought.error();
            if (!*brought)
                return failure(QStringLiteral("refused"));
        }
        QSqlQuery q(m_mainSide.db);
        if (spec.replaceOnKey) {
            QStringList where;
            QVariantList keys;
            for (const QString &k : spec.key) {
                where << k + QStringLiteral(" = ?");
                keys << values.at(columns.indexOf(k));
            }
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2")
                          .arg(spec.table, where.join(QStringLiteral(" AND "))));
            for (const QVariant &k : std::as_const(keys))
                q.addBindValue(k);
            if (!q.exec())
                return failure(sqlError(q));
        }
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                      .arg(spec.table, columns.join(QStringLiteral(", ")),
                           marks.join(QStringLiteral(", "))));
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        if (!q.exec())
            return failure(sqlError(q));
        *newId = q.lastInsertId().toLongLong();
        if (!row.uuid.isEmpty())
            m_mainSide.remember(spec.table, *newId, row.uuid);
        if (spec.table == QLatin1String("record")) {
            // The full-text row: a trigger adds it in some project formats, RecordStore in
            // others; adding it when missing works with both.
            q.prepare(QStringLiteral(
                "INSERT INTO record_fts(rowid, title, abstract, keywords) SELECT id, title, "
                "abstract, keywords FROM record r WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                "record_fts WHERE rowid = r.id)"));
            q.addBindValue(*newId);
            if (!q.exec())
                return failure(sqlError(q));
        }
        if (spec.table == QLatin1String("attachment"))
            return bringFullText(row, columns, values);
        return {};
    }

    Status updateRow(const TableSpec &spec, const QStringList &columns, const QList<int> &content,
                     const Row &from, qint64 mainRowId)
    {
        QVariantList values;
        if (!bindable(spec, columns, from, &values))
            return failure(QStringLiteral("missing"));
        QStringList sets;
        QVariantList binds;
        for (int c : content) {
            if (spec.selfRefs.contains(columns.at(c)))
                continue;
            sets << columns.at(c) + QStringLiteral(" = ?");
            binds << values.at(c);
        }
        if (!spec.time.isEmpty()) {
            sets << spec.time + QStringLiteral(" = ?");
            binds << from.at;
        }
        QSqlQuery q(m_mainSide.db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?")
                      .arg(spec.table, sets.join(QStringLiteral(", "))));
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        q.addBindValue(mainRowId);
        if (!q.exec())
            return failure(sqlError(q));
        return {};
    }

    Status deleteRow(const TableSpec &spec, qint64 mainRowId)
    {
        QSqlQuery q(m_mainSide.db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(spec.table));
        q.addBindValue(mainRowId);
        if (!q.exec())
            return failure(sqlError(q));
        return {};
    }

    // References into the same table, once every row of it is in.
    Status setSelfRefs(const TableSpec &spec, const QStringList &columns,
                       const QList<QPair<qint64, Row>> &written)
    {
        for (const auto &[mainRowId, row] : written) {
            for (const QString &name : spec.selfRefs) {
                bool missing = false;
                const QVariant id =
                    mainId(spec.table, row.values.at(columns.indexOf(name)), &missing);
                QSqlQuery q(m_mainSide.db);
                q.prepare(
                    QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(spec.table, name));
                q.addBindValue(id);
                q.addBindValue(mainRowId);
                if (!q.exec())
                    return failure(sqlError(q));
            }
        }
        return {};
    }

    void noteSkipped(const TableSpec &spec, MergeCounts &counts)
    {
        ++counts.skipped;
        if (counts.skipped == 1)
            m_report.notices << tr("%1: rows about records or codes the main file no longer has "
                                   "were left out")
                                    .arg(spec.table);
    }

    void touch(const TableSpec &spec, const QStringList &columns, const Row &row)
    {
        if (spec.table != QLatin1String("screening_decision") &&
            spec.table != QLatin1String("screening_result"))
            return;
        bool missing = false;
        const QVariant record =
            mainId(QStringLiteral("record"),
                   row.values.at(columns.indexOf(QStringLiteral("record_id"))), &missing);
        if (missing)
            return;
        const QPair<qint64, QString> key{
            record.toLongLong(),
            row.values.at(columns.indexOf(QStringLiteral("stage"))).toString()};
        if (!m_settledBefore.contains(key)) {
            // What the main file had settled before the copy touched the record at this stage.
            QSqlQuery q(m_mainSide.db);
            q.prepare(QStringLiteral(
                "SELECT result FROM screening_result WHERE record_id = ? AND stage = ?"));
            q.addBindValue(key.first);
            q.addBindValue(key.second);
            m_settledBefore.insert(key, q.exec() && q.next() ? q.value(0).toString() : QString());
        }
        m_resettle.insert(key);
    }

    // A decision made offline can undo a settlement the main file made meanwhile (the copy did
    // not know of it, so its own lock could not stop it). The merge takes it, as it takes every
    // offline decision, so that copies merge alike in any order; but never silently: each
    // settlement the merge changes is said, in the preview too, for the lead to settle again.
    void noteChangedSettlement(const ScreeningStore &screening, qint64 recordId,
                               ScreeningStage stage)
    {
        const QString before = m_settledBefore.value({recordId, ScreeningNames::stageKey(stage)});
        if (before.isEmpty())
            return;
        const std::optional<ScreeningResult> after = screening.result(recordId, stage);
        const QString afterKey = after ? ScreeningNames::resultKey(after->result) : QString();
        if (afterKey == before)
            return;
        const QString was = ScreeningNames::resultLabel(
            ScreeningNames::resultFromKey(before).value_or(ResultKind::Include));
        const QString now =
            after ? tr("settled as %1").arg(ScreeningNames::resultLabel(after->result))
                  : tr("no longer settled: the lead settles it in Conflicts");
        m_report.unsettled << tr("record %1 at %2: settled as %3 in the main file; with the "
                                 "copy's decisions %4")
                                  .arg(recordId)
                                  .arg(ScreeningNames::stageLabel(stage), was, now);
    }

    Status mergeTable(const TableSpec &spec)
    {
        const QStringList columns = columnsOf(spec.table);
        MergeCounts &counts = m_report.tables[spec.table];
        const QList<int> content = contentColumns(spec, columns);

        // Records: only those the copy added or changed are read, not the whole project.
        QString copyWhere;
        QVariantList copyBinds;
        if (spec.policy == Policy::KeyedNoLoss && !m_takenAt.isEmpty()) {
            copyWhere = QStringLiteral("(%1 > ? OR %2 > ?)").arg(spec.time, spec.created);
            copyBinds = {m_takenAt, m_takenAt};
        }
        Result<QList<Row>> copyRows = readRows(m_copySide, spec, columns, copyWhere, copyBinds);
        if (!copyRows)
            return copyRows.error();

        QHash<QString, Row> mainByKey;
        if (spec.policy == Policy::KeyedNoLoss) {
            for (const Row &row : std::as_const(*copyRows)) {
                Result<QList<Row>> found =
                    readRows(m_mainSide, spec, columns, QStringLiteral("uuid = ?"), {row.uuid});
                if (!found)
                    return found.error();
                for (Row &m : *found)
                    mainByKey.insert(m.key, std::move(m));
            }
        } else {
            Result<QList<Row>> mainRows = readRows(m_mainSide, spec, columns);
            if (!mainRows)
                return mainRows.error();
            for (Row &m : *mainRows)
                mainByKey.insert(m.key, std::move(m));
        }

        QList<QPair<qint64, Row>> written; // for references into the same table
        QSet<QString> copyKeys;
        int differing = 0; // rows both files have, changed in one (added-only tables)
        QSet<QString> copyUuids;
        for (const Row &c : std::as_const(*copyRows)) {
            copyKeys.insert(c.key);
            copyUuids.insert(c.uuid);
            const auto m = mainByKey.constFind(c.key);
            if (m == mainByKey.constEnd()) {
                if (spec.policy == Policy::Keyed && !changedSinceCopy(c.at))
                    continue; // withdrawn in the main file after the copy was taken
                if (spec.policy == Policy::KeyedNoLoss && !changedSinceCopy(c.createdAt))
                    continue; // deleted in the main file after the copy was taken
                qint64 id = 0;
                Status s = insertRow(spec, columns, c, &id);
                if (!s && s.errorString() == QLatin1String("missing")) {
                    noteSkipped(spec, counts);
                    continue;
                }
                if (!s && s.errorString() == QLatin1String("refused")) { // listed already
                    ++counts.skipped;
                    continue;
                }
                if (!s)
                    return s;
                ++counts.added;
                written.append({id, c});
                touch(spec, columns, c);
                continue;
            }
            if (spec.policy == Policy::Append) {
                // Matched by another key than its uuid (a tag by its name): the copy's rows
                // that point at it are read as pointing at the main file's row.
                if (c.uuid != m->uuid && m_copySide.uuidOf.contains(spec.table))
                    m_copySide.uuidOf[spec.table].insert(c.id, m->uuid);
                if (!sameContent(*m, c, content)) {
                    ++differing;
                    if (spec.table == QLatin1String("reviewer"))
                        noteReviewerChange(columns, *m, c);
                }
                continue;
            }
            if (sameContent(*m, c, content))
                continue;
            const bool copyChanged = changedSinceCopy(c.at);
            const bool mainChanged = changedSinceCopy(m->at);
            bool takeCopy = copyChanged && !mainChanged;
            if (copyChanged == mainChanged) {
                const QString id = conflictId(spec, c.key);
                takeCopy = m_options.prefer == MergeOptions::Prefer::Copy ||
                           m_options.takeCopy.contains(id);
                addConflict(spec, columns, content, &*m, &c, takeCopy);
                m_report.conflicts.last().id = id;
            }
            if (!takeCopy)
                continue;
            Status s = updateRow(spec, columns, content, c, m->id);
            if (!s && s.errorString() == QLatin1String("missing")) {
                noteSkipped(spec, counts);
                continue;
            }
            if (!s)
                return s;
            ++counts.updated;
            written.append({m->id, c});
            touch(spec, columns, c);
        }

        // Rows the main file had when the copy was taken and the copy no longer has: withdrawn
        // (a decision taken back, a code removed) in the copy.
        if (spec.policy == Policy::Keyed && !m_takenAt.isEmpty()) {
            const int recordColumn = columns.indexOf(QStringLiteral("record_id"));
            for (const Row &m : std::as_const(mainByKey)) {
                if (copyKeys.contains(m.key) || changedSinceCopy(m.at))
                    continue;
                // The copy still has the row, under another key: the main file moved it (a
                // code merged into another) without a new time stamp. Not a withdrawal.
                if (!m.uuid.isEmpty() && copyUuids.contains(m.uuid))
                    continue;
                // A record the copy does not have at all was not withdrawn there: deleting
                // records is not merged, and neither is what went with them.
                if (recordColumn >= 0 && !m_copySide.idOf[QStringLiteral("record")].contains(
                                             m.values.at(recordColumn).toString()))
                    continue;
                if (Status s = deleteRow(spec, m.id); !s)
                    return s;
                ++counts.removed;
                touch(spec, columns, m);
            }
        }
        // Added-only tables do not take changes (the codebook, reasons and duplicate decisions
        // belong to the lead in the main file), but a difference is said, not dropped silently.
        // Attachment paths differ by design: each file keeps its own attachment folder.
        if (differing > 0 && spec.table != QLatin1String("attachment"))
            m_report.notices << tr("%1: %n row(s) differ between the files; the main file's were "
                                   "kept",
                                   nullptr, differing)
                                    .arg(spec.table);
        if (!spec.selfRefs.isEmpty())
            return setSelfRefs(spec, columns, written);
        return {};
    }

    // The same conflict gets the same id in a dry run and in the merge that follows, so the
    // lead can look first and then say which ones the copy wins.
    static QString conflictId(const TableSpec &spec, const QString &key)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash((spec.table + QLatin1Char(':') + key).toUtf8(),
                                     QCryptographicHash::Sha1)
                .toHex()
                .left(12));
    }

    QString label(const QString &table, const QString &uuid)
    {
        if (uuid.isEmpty())
            return {};
        const QString column =
            table == QLatin1String("reviewer")           ? QStringLiteral("name")
            : table == QLatin1String("record")           ? QStringLiteral("title")
            : table == QLatin1String("exclusion_reason") ? QStringLiteral("label")
            : table == QLatin1String("code") || table == QLatin1String("extraction_field")
                ? QStringLiteral("label")
                : QStringLiteral("uuid");
        for (Side *side : {&m_mainSide, &m_copySide}) {
            QSqlQuery q(side->db);
            q.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE uuid = ?").arg(column, table));
            q.addBindValue(uuid);
            if (q.exec() && q.next()) {
                QString text = q.value(1).toString();
                if (text.size() > 60)
                    text = text.left(59) + QChar(0x2026);
                if (table == QLatin1String("record"))
                    return tr("record %1 \u201c%2\u201d").arg(q.value(0).toString(), text);
                return text;
            }
        }
        return uuid;
    }

    QString describe(const TableSpec &spec, const QStringList &columns, const QList<int> &content,
                     const Row *row)
    {
        if (!row)
            return tr("(deleted)");
        QStringList parts;
        for (int c : content) {
            const QString &name = columns.at(c);
            if (name.startsWith(QLatin1String("norm_")))
                continue;
            const QVariant &v = row->values.at(c);
            if (v.isNull() || v.toString().isEmpty())
                continue;
            QString text = spec.refs.contains(name) ? label(spec.refs.value(name), v.toString())
                                                    : v.toString();
            if (text.size() > 80)
                text = text.left(79) + QChar(0x2026);
            parts << name + QLatin1Char('=') + text;
        }
        return parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(", "));
    }

    void addConflict(const TableSpec &spec, const QStringList &columns, const QList<int> &content,
                     const Row *mainRow, const Row *copyRow, bool tookCopy)
    {
        MergeConflict conflict;
        conflict.entity = spec.table;
        const Row &any = mainRow ? *mainRow : *copyRow;
        QStringList item;
        for (const QString &k : spec.key) {
            const QVariant &v = any.values.at(columns.indexOf(k));
            if (spec.refs.contains(k))
                item << label(spec.refs.value(k), v.toString());
            else
                item << norm(v);
            if (k == QLatin1String("record_id"))
                conflict.recordUuid = v.toString();
        }
        if (spec.table == QLatin1String("record")) {
            conflict.recordUuid = any.uuid;
            item << label(QStringLiteral("record"), any.uuid);
        }
        conflict.item = item.join(QStringLiteral(", "));
        conflict.mainValue = describe(spec, columns, content, mainRow);
        conflict.copyValue = describe(spec, columns, content, copyRow);
        conflict.mainAt = mainRow ? mainRow->at : QString();
        conflict.copyAt = copyRow ? copyRow->at : QString();
        conflict.resolution = tookCopy ? QStringLiteral("took copy") : QStringLiteral("kept main");
        m_report.conflicts.append(conflict);
    }

    // Copies the PDF of a new attachment into the main file's attachment folder and points the
    // row at it there. The copy is not trusted: the file must be a regular file directly inside
    // the copy's own NAME.evimap-files/ folder, reached without a symbolic link, of a sane size,
    // and hold exactly the bytes the row's SHA-256 names (AttachedFile); what is copied is what
    // was hashed, read through one open descriptor. Anything else is refused, row and all, and
    // listed in the report: false.
    Result<bool> bringAttachmentFile(const QStringList &columns, QVariantList *values)
    {
        const int pathColumn = columns.indexOf(QStringLiteral("file_path"));
        const QString relative = values->at(pathColumn).toString();
        const QString sha = values->at(columns.indexOf(QStringLiteral("file_sha256"))).toString();
        const qint64 recordId =
            values->at(columns.indexOf(QStringLiteral("record_id"))).toLongLong();
        auto refuse = [&](const QString &why) {
            m_report.refused << tr("the attachment %1 of record %2: %3")
                                    .arg(relative.left(200))
                                    .arg(recordId)
                                    .arg(why);
            return false;
        };
        if (!AttachedFile::isSha256(sha))
            return refuse(tr("its SHA-256 \"%1\" is not one").arg(sha.left(80)));
        Result<AttachedFile> source = AttachedFile::open(m_copyPath, relative);
        if (!source)
            return refuse(source.errorString());
        // AttachedFile took the path apart: the last part is a plain file name.
        const QString fileName = relative.section(QLatin1Char('/'), -1);
        const QDir targetDir(m_main.attachmentDirectory());
        const QString target = targetDir.filePath(fileName);
        (*values)[pathColumn] = m_mainFolder.relativeFilePath(QFileInfo(target).absoluteFilePath());
        if (QFileInfo(target).exists() || QFileInfo(target).isSymLink()) {
            // The main file has a file of that name: the row may point at it only if it is
            // the very file the row names.
            Result<AttachedFile> existing =
                AttachedFile::open(m_main.filePath(), values->at(pathColumn).toString());
            const Result<QString> existingSha =
                existing ? existing->sha256() : Result<QString>(existing.error());
            if (!existingSha || *existingSha != sha)
                return refuse(
                    tr("the main project's folder holds another file named %1").arg(fileName));
            return true;
        }
        if (m_options.dryRun) {
            const Result<QString> hashed = source->sha256();
            if (!hashed)
                return refuse(hashed.errorString());
            if (*hashed != sha)
                return refuse(tr("the file is not the one attached (its SHA-256 differs)"));
            ++m_report.filesCopied;
            return true;
        }
        if (!targetDir.exists() && !QDir().mkpath(targetDir.path()))
            return Error(failure(tr("the folder %1 cannot be made").arg(targetDir.path())));
        OutputFile copied(target);
        if (Status s = copied.open(); !s)
            return s.error();
        const Result<QString> hashed = source->sha256(&copied.device());
        if (!hashed)
            return refuse(hashed.errorString()); // the unfinished copy is discarded
        if (*hashed != sha)
            return refuse(tr("the file is not the one attached (its SHA-256 differs)"));
        if (Status s = copied.commit(); !s)
            return s.error();
        m_copiedFiles << target;
        ++m_report.filesCopied;
        return true;
    }

    // The text of a merged PDF joins the record's full-text index.
    Status bringFullText(const Row &row, const QStringList &columns, const QVariantList &values)
    {
        const QString recordUuid =
            row.values.at(columns.indexOf(QStringLiteral("record_id"))).toString();
        const qint64 copyRecord = m_copySide.idOf[QStringLiteral("record")].value(recordUuid);
        const qint64 mainRecord =
            values.at(columns.indexOf(QStringLiteral("record_id"))).toLongLong();
        QSqlQuery q(m_copySide.db);
        q.prepare(QStringLiteral("SELECT fulltext FROM record_fts WHERE rowid = ?"));
        q.addBindValue(copyRecord);
        if (!q.exec() || !q.next())
            return {};
        const QString copyText = q.value(0).toString();
        if (copyText.isEmpty())
            return {};
        QSqlQuery m(m_mainSide.db);
        m.prepare(QStringLiteral("SELECT fulltext FROM record_fts WHERE rowid = ?"));
        m.addBindValue(mainRecord);
        const QString mainText = m.exec() && m.next() ? m.value(0).toString() : QString();
        QString merged;
        if (mainText.isEmpty() || copyText.startsWith(mainText))
            merged = copyText;
        else if (!mainText.contains(copyText))
            merged = mainText + QLatin1Char('\f') + copyText;
        else
            return {};
        m.prepare(QStringLiteral("UPDATE record_fts SET fulltext = ? WHERE rowid = ?"));
        m.addBindValue(merged);
        m.addBindValue(mainRecord);
        if (!m.exec())
            return failure(sqlError(m));
        return {};
    }

    Project &m_main;
    const MergeOptions &m_options;
    MergeReport &m_report;
    Side m_mainSide;
    Side m_copySide;
    QString m_takenAt;
    QDir m_mainFolder;
    QString m_copyPath;
    QStringList m_copiedFiles;
    QSet<QPair<qint64, QString>> m_resettle;
    QHash<QPair<qint64, QString>, QString> m_settledBefore; // (record, stage) -> result key
};

} // namespace

QJsonObject MergeConflict::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("item"), item},
                       {QStringLiteral("record_uuid"), recordUuid},
                       {QStringLiteral("main"), mainValue},
                       {QStringLiteral("copy"), copyValue},
                       {QStringLiteral("main_at"), mainAt},
                       {QStringLiteral("copy_at"), copyAt},
                       {QStringLiteral("resolution"), resolution}};
}

bool MergeReport::changed() const
{
    return std::any_of(tables.cbegin(), tables.cend(),
                       [](const MergeCounts &c) { return c.changed(); });
}

QJsonObject MergeReport::toJson() const
{
    QJsonObject perTable;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        if (!it->changed() && it->skipped == 0)
            continue;
        perTable.insert(it.key(), QJsonObject{{QStringLiteral("added"), it->added},
                                              {QStringLiteral("updated"), it->updated},
                                              {QStringLiteral("removed"), it->removed},
                                              {QStringLiteral("skipped"), it->skipped}});
    }
    QJsonArray conflictList;
    for (const MergeConflict &c : conflicts)
        conflictList.append(c.toJson());
    return QJsonObject{{QStringLiteral("copy"), copyFile},
                       {QStringLiteral("taken_at"), takenAt},
                       {QStringLiteral("copy_for"), copyFor},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("changed"), changed()},
                       {QStringLiteral("tables"), perTable},
                       {QStringLiteral("conflicts"), conflictList},
                       {QStringLiteral("files_copied"), filesCopied},
                       {QStringLiteral("refused"), QJsonArray::fromStringList(refused)},
                       {QStringLiteral("unsettled"), QJsonArray::fromStringList(unsettled)},
                       {QStringLiteral("notices"), QJsonArray::fromStringList(notices)}};
}

QString MergeReport::toText() const
{
    QString t;
    t += dryRun ? ProjectMerge::tr("Dry run: merging %1 would change:\n").arg(copyFile)
                : ProjectMerge::tr("Merged %1:\n").arg(copyFile);
    if (!takenAt.isEmpty())
        t += ProjectMerge::tr("  copy taken at %1 for %2\n").arg(takenAt, copyFor);
    else
        t += ProjectMerge::tr("  a copy made by hand (no time taken): every difference counts as "
                              "a change on both sides\n");
    if (!changed())
        t += ProjectMerge::tr("  nothing to bring in (already merged, or no changes)\n");
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        if (!it->changed() && it->skipped == 0)
            continue;
        t += ProjectMerge::tr("  %1: %2 added, %3 updated, %4 removed%5\n")
                 .arg(it.key())
                 .arg(it->added)
                 .arg(it->updated)
                 .arg(it->removed)
                 .arg(it->skipped ? ProjectMerge::tr(", %1 left out").arg(it->skipped) : QString());
    }
    if (filesCopied > 0)
        t += ProjectMerge::tr("  attached files brought in: %1\n").arg(filesCopied);
    for (const QString &r : refused)
        t += ProjectMerge::tr("  refused: %1\n").arg(r);
    for (const QString &u : unsettled)
        t += ProjectMerge::tr("  settlement changed: %1\n").arg(u);
    for (const QString &n : notices)
        t += QStringLiteral("  note: ") + n + QLatin1Char('\n');
    if (!conflicts.isEmpty()) {
        t += ProjectMerge::tr("Conflicts (changed in both files since the copy was taken): %1; "
                              "--take-copy ID lets the copy win one, --prefer copy all\n")
                 .arg(conflicts.size());
        for (const MergeConflict &c : conflicts)
            t +=
                ProjectMerge::tr("  [%1] %2: %3\n    main (%4): %5\n    copy (%6): %7\n    -> %8\n")
                    .arg(c.id, c.entity, c.item, c.mainAt, c.mainValue, c.copyAt, c.copyValue,
                         c.resolution);
    }
    return t;
}

namespace {

// Whether the copy is an EviMap project in an older format (a copy taken before an update).
bool copyFormatIsOlder(const QString &path)
{
    const QString name = QStringLiteral("evimap-merge-probe-") + newUuid();
    bool older = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
                const int version = q.value(0).toInt();
                older = version >= 1 && version < Schema::currentVersion();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return older;
}

} // namespace

Result<MergeReport> ProjectMerge::merge(Project &main, const QString &copyPath,
                                        const MergeOptions &options)
{
    const QFileInfo info(copyPath);
    if (!info.exists())
        return Error{Error::Kind::InputRefused, tr("%1 does not exist").arg(copyPath)};
    if (info.absoluteFilePath() == QFileInfo(main.filePath()).absoluteFilePath())
        return Error{Error::Kind::Usage, tr("%1 is the project itself, not a copy").arg(copyPath)};
    if (main.isReadOnly())
        return Error{Error::Kind::ProjectProblem,
                     tr("%1 is read-only; nothing can be merged into it").arg(main.filePath())};
    QString why;
    if (!Project::looksLikeSqlite(copyPath, &why))
        return Error{Error::Kind::InputRefused, copyPath + QLatin1Char(' ') + why};
    // A copy from an older EviMap is refused before it is opened: opening would upgrade it,
    // and a merge never changes the copy.
    if (copyFormatIsOlder(copyPath))
        return Error{Error::Kind::InputRefused,
                     tr("%1 uses an older project format; open the copy once with this EviMap "
                        "(it upgrades it after a backup), then merge it")
                         .arg(copyPath)};
    Result<std::unique_ptr<Project>> opened = Project::open(copyPath, Project::Access::ReadOnly);
    if (!opened)
        return Error{Error::Kind::InputRefused, opened.errorString()};
    Project &copy = *opened.value();
    if (copy.uuid() != main.uuid())
        return Error{Error::Kind::InputRefused,
                     tr("%1 is not a copy of this project (it is the project \"%2\")")
                         .arg(copyPath, copy.name())};
    const ProjectCheck check = ProjectCheck::run(copy);
    if (!check.problems.isEmpty())
        return Error{Error::Kind::InputRefused,
                     tr("%1 is damaged and was not merged: %2")
                         .arg(copyPath, check.problems.join(QStringLiteral("; ")))};
    const QStringList invalid = CopyValidation::problems(copy);
    if (!invalid.isEmpty())
        return Error{Error::Kind::InputRefused,
                     tr("%1 was not merged: it holds values EviMap does not write (was it made or "
                        "changed with another program?): %2")
                         .arg(copyPath, invalid.join(QStringLiteral("; ")))};

    MergeReport report;
    report.copyFile = info.fileName();
    report.dryRun = options.dryRun;
    const CopyOrigin origin = CopyOrigin::read(copy);
    report.takenAt = origin.takenAt;
    report.copyFor = origin.reviewerName;

    Merger merger(main, copy, options, report);
    Status done = main.writeTransaction([&]() -> Status {
        if (Status s = merger.run(); !s)
            return s;
        // Each file is free of circles, but together they can make one: Ann merged record A
        // into B in her copy while the lead merged B into A. Both would vanish from every list.
        if (const QStringList circles = ProjectCheck::cycles(main); !circles.isEmpty())
            return failure(tr("the copy's links and the main file's would make a circle: %1")
                               .arg(circles.join(QStringLiteral("; "))));
        if (options.dryRun)
            return failure(dryRunMarker);
        if (!report.changed())
            return {};
        AuditChange change;
        change.action = QStringLiteral("team.merge");
        change.entity = QStringLiteral("project");
        change.entityUuid = main.uuid();
        change.reviewerId = options.reviewerId;
        change.after = report.toJson();
        change.after.remove(QStringLiteral("dry_run"));
        return AuditLog::record(main.database(), change);
    });
    if (!done && done.errorString() == dryRunMarker)
        return report;
    if (!done) {
        merger.removeCopiedFiles();
        return Error{
            done.error().kind,
            tr("merging %1 failed, nothing was changed: %2").arg(copyPath, done.errorString())};
    }
    return report;
}

} // namespace evimap
