#include "project/schema.h"

namespace evimap::Schema {

namespace {

// Version 1: the whole domain, so later features do not churn the schema.
const char *const step1[] = {
    // The project itself: one row.
    R"(CREATE TABLE project (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        uuid TEXT NOT NULL,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL))",
    // Typed settings of the project (thresholds, blind screening, reviewers required...).
    R"(CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE reviewer (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        initials TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'reviewer' CHECK (role IN ('lead', 'reviewer')),
        created_at TEXT NOT NULL))",
    // One imported file: provenance for PRISMA's identification box.
    R"(CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        format TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        route TEXT NOT NULL DEFAULT 'database' CHECK (route IN ('database', 'register',
            'website', 'organisation', 'citation', 'expert', 'other')),
        search_date TEXT,
        search_query TEXT,
        imported_count INTEGER NOT NULL DEFAULT 0,
        skipped_count INTEGER NOT NULL DEFAULT 0,
        reviewer_id INTEGER REFERENCES reviewer(id),
        imported_at TEXT NOT NULL))",
    // A reference. Lists (authors, keywords) are newline-separated; raw_fields keeps the
    // source's own tags as JSON [[tag, value], ...] for lossless export.
    R"(CREATE TABLE record (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL DEFAULT 'journal-article',
        title TEXT NOT NULL DEFAULT '',
        abstract TEXT NOT NULL DEFAULT '',
        authors TEXT NOT NULL DEFAULT '',
        year INTEGER,
        date TEXT NOT NULL DEFAULT '',
        container TEXT NOT NULL DEFAULT '',
        volume TEXT NOT NULL DEFAULT '',
        issue TEXT NOT NULL DEFAULT '',
        pages TEXT NOT NULL DEFAULT '',
        doi TEXT NOT NULL DEFAULT '',
        pmid TEXT NOT NULL DEFAULT '',
        accession TEXT NOT NULL DEFAULT '',
        isbn TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        keywords TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        publisher TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        raw_format TEXT NOT NULL DEFAULT '',
        raw_fields TEXT NOT NULL DEFAULT '[]',
        norm_title TEXT NOT NULL DEFAULT '',
        norm_doi TEXT NOT NULL DEFAULT '',
        norm_authors TEXT NOT NULL DEFAULT '',
        duplicate_of INTEGER REFERENCES record(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX record_norm_doi ON record(norm_doi) WHERE norm_doi <> ''",
    "CREATE INDEX record_norm_title ON record(norm_title)",
    "CREATE INDEX record_pmid ON record(pmid) WHERE pmid <> ''",
    "CREATE INDEX record_duplicate_of ON record(duplicate_of) WHERE duplicate_of IS NOT NULL",
    "CREATE INDEX record_year ON record(year)",
    // Which batches a record came from (a merged record keeps all of them).
    R"(CREATE TABLE record_source (
        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        record_no INTEGER NOT NULL,
        line INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (batch_id, record_no)))",
    "CREATE INDEX record_source_record ON record_source(record_id)",
    R"(CREATE TABLE attachment (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        file_path TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        page_count INTEGER NOT NULL DEFAULT 0,
        added_by INTEGER REFERENCES reviewer(id),
        added_at TEXT NOT NULL))",
    "CREATE INDEX attachment_record ON attachment(record_id)",
    // Full-text index; rowid = record.id. Title, abstract and keywords follow the record
    // through triggers; fulltext holds the text of the record's PDFs.
    R"(CREATE VIRTUAL TABLE record_fts USING fts5(
        title, abstract, keywords, fulltext, tokenize = 'unicode61 remove_diacritics 2'))",
    R"(CREATE TRIGGER record_fts_insert AFTER INSERT ON record BEGIN
        INSERT INTO record_fts(rowid, title, abstract, keywords)
        VALUES (new.id, new.title, new.abstract, new.keywords);
    END)",
    R"(CREATE TRIGGER record_fts_update AFTER UPDATE OF title, abstract, keywords ON record BEGIN
        UPDATE record_fts SET title = new.title, abstract = new.abstract,
            keywords = new.keywords WHERE rowid = new.id;
    END)",
    R"(CREATE TRIGGER record_fts_delete AFTER DELETE ON record BEGIN
        DELETE FROM record_fts WHERE rowid = old.id;
    END)",
    R"(CREATE TABLE exclusion_reason (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        retired INTEGER NOT NULL DEFAULT 0))",
    // One row per reviewer, record and stage: each reviewer's decision is their own.
    R"(CREATE TABLE screening_decision (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        stage TEXT NOT NULL CHECK (stage IN ('ta', 'ft')),
        reviewer_id INTEGER NOT NULL REFERENCES reviewer(id),
        decision TEXT NOT NULL CHECK (decision IN ('include', 'exclude', 'unsure')),
        reason_id INTEGER REFERENCES exclusion_reason(id),
        note TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL,
        UNIQUE (record_id, stage, reviewer_id)))",
    // The settled outcome per record and stage (by agreement or by the lead).
    R"(CREATE TABLE screening_result (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        stage TEXT NOT NULL CHECK (stage IN ('ta', 'ft')),
        result TEXT NOT NULL CHECK (result IN ('include', 'exclude', 'not_retrieved')),
        reason_id INTEGER REFERENCES exclusion_reason(id),
        settled_by INTEGER REFERENCES reviewer(id),
        settled_at TEXT NOT NULL,
        UNIQUE (record_id, stage)))",
    // The codebook: a tree. Top-level rows are dimensions, the rest codes at any depth.
    R"(CREATE TABLE code (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        parent_id INTEGER REFERENCES code(id) ON DELETE CASCADE,
        key TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL,
        definition TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL DEFAULT '',
        choice TEXT NOT NULL DEFAULT 'multiple' CHECK (choice IN ('single', 'multiple')),
        position INTEGER NOT NULL DEFAULT 0,
        retired INTEGER NOT NULL DEFAULT 0,
        merged_into INTEGER REFERENCES code(id)))",
    "CREATE INDEX code_parent ON code(parent_id)",
    R"(CREATE TABLE coding (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        code_id INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,
        reviewer_id INTEGER NOT NULL REFERENCES reviewer(id),
        quote TEXT NOT NULL DEFAULT '',
        page INTEGER,
        note TEXT NOT NULL DEFAULT '',
        coded_at TEXT NOT NULL,
        UNIQUE (record_id, code_id, reviewer_id)))",
    "CREATE INDEX coding_code ON coding(code_id)",
    R"(CREATE TABLE coding_result (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        code_id INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,
        quote TEXT NOT NULL DEFAULT '',
        page INTEGER,
        note TEXT NOT NULL DEFAULT '',
        settled_by INTEGER REFERENCES reviewer(id),
        settled_at TEXT NOT NULL,
        UNIQUE (record_id, code_id)))",
    "CREATE INDEX coding_result_code ON coding_result(code_id)",
    R"(CREATE TABLE extraction_field (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('text', 'number', 'date', 'choice')),
        choices TEXT NOT NULL DEFAULT '[]',
        definition TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        retired INTEGER NOT NULL DEFAULT 0))",
    // reviewer_id NULL is the reconciled value.
    R"(CREATE TABLE extraction_value (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        field_id INTEGER NOT NULL REFERENCES extraction_field(id) ON DELETE CASCADE,
        reviewer_id INTEGER REFERENCES reviewer(id),
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE UNIQUE INDEX extraction_value_unique
        ON extraction_value(record_id, field_id, IFNULL(reviewer_id, 0)))",
    // Candidate duplicate pairs (record_a < record_b) with score and reasons (JSON).
    R"(CREATE TABLE dedup_pair (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_a INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        record_b INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        reasons TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'duplicate',
            'not_duplicate', 'auto_merged', 'linked')),
        decided_by INTEGER REFERENCES reviewer(id),
        decided_at TEXT,
        CHECK (record_a < record_b),
        UNIQUE (record_a, record_b)))",
    "CREATE INDEX dedup_pair_status ON dedup_pair(status)",
    // Who changed what, when, with the values before and after (JSON).
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        reviewer_id INTEGER REFERENCES reviewer(id),
        action TEXT NOT NULL,
        entity TEXT NOT NULL DEFAULT '',
        entity_uuid TEXT NOT NULL DEFAULT '',
        record_id INTEGER REFERENCES record(id) ON DELETE SET NULL,
        before TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX audit_log_record ON audit_log(record_id) WHERE record_id IS NOT NULL",
};

// Version 2: keyword highlighting for screening, and the history of field values a merge of
// duplicates did not keep (so merging loses nothing).
const char *const step2[] = {
    R"(CREATE TABLE highlight_term (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        term TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('include', 'exclude')),
        UNIQUE (term, kind)))",
    R"(CREATE TABLE record_history (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        from_record_uuid TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL))",
    "CREATE INDEX record_history_record ON record_history(record_id)",
};

// Version 3: new records reach the full-text index through RecordStore::insert, not a trigger.
// A trigger makes every record INSERT a multi-table statement with its own statement savepoint,
// and SQLite 3.40's FTS5 flushes its pending terms at each savepoint: one tiny index segment
// per record, then merges. Importing 100,000 records spent 40% of its time there (see the Import
// section of docs/performance.md). Updates and deletes are rare and keep their triggers.
const char *const step3[] = {
    "DROP TRIGGER record_fts_insert",
};

// Version 4: the record ids and years of live (not merged) records in an index of their own
// (duplicate_of is in it too, or SQLite 3.40 reads the table to test the partial condition), so
// a map, a chart or the PRISMA counts read them without walking every record's title and
// abstract (the table's rows); see the Maps section of docs/performance.md.
const char *const step4[] = {
    "CREATE INDEX record_live_year ON record(id, year, duplicate_of) WHERE duplicate_of IS NULL",
};

// Version 5: the lead's reopening of a settled record. A settled record's decisions are locked;
// the lead reopens it, and the row here keeps the decisions it already had from settling it
// again at once. The row goes when a decision on the record changes at that stage.
const char *const step5[] = {
    R"(CREATE TABLE screening_reopened (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        stage TEXT NOT NULL CHECK (stage IN ('ta', 'ft')),
        reopened_by INTEGER REFERENCES reviewer(id),
        reopened_at TEXT NOT NULL,
        UNIQUE (record_id, stage)))",
};

// Version 6: the viewer role (reads what is settled, writes nothing) in reviewer.role. SQLite
// cannot change a CHECK constraint in place, so the table is made again and its rows copied;
// Project::migrate runs the steps with foreign keys off, so the rows that name reviewers keep
// pointing at the same ids.
const char *const step6[] = {
    R"(CREATE TABLE reviewer_v6 (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        initials TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'reviewer' CHECK (role IN ('lead', 'reviewer', 'viewer')),
        created_at TEXT NOT NULL))",
    "INSERT INTO reviewer_v6(id, uuid, name, initials, role, created_at) "
    "SELECT id, uuid, name, initials, role, created_at FROM reviewer",
    "DROP TABLE reviewer",
    "ALTER TABLE reviewer_v6 RENAME TO reviewer",
};

// Version 7: tags (labels) a lead or reviewer puts on records and filters by. A tag is matched
// across offline copies by its name, a record's tag by its uuid; who added it is kept, so that
// blind screening can hide others' tags.
const char *const step7[] = {
    R"(CREATE TABLE tag (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE record_tag (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
        reviewer_id INTEGER REFERENCES reviewer(id),
        created_at TEXT NOT NULL,
        UNIQUE (record_id, tag_id, reviewer_id)))",
    "CREATE INDEX record_tag_tag ON record_tag(tag_id)",
    "CREATE INDEX record_tag_record ON record_tag(record_id)",
};

template<std::size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    list.reserve(int(N));
    for (const char *statement : statements)
        list.append(QString::fromUtf8(statement));
    return list;
}

} // namespace

int currentVersion()
{
    return 7;
}

QStringList migrationStep(int version)
{
    switch (version) {
    case 1:
        return toList(step1);
    case 2:
        return toList(step2);
    case 3:
        return toList(step3);
    case 4:
        return toList(step4);
    case 5:
        return toList(step5);
    case 6:
        return toList(step6);
    case 7:
        return toList(step7);
    default:
        return {};
    }
}

QStringList requiredTables()
{
    QStringList tables{QStringLiteral("project"),          QStringLiteral("setting"),
                       QStringLiteral("reviewer"),         QStringLiteral("import_batch"),
                       QStringLiteral("record"),           QStringLiteral("record_source"),
                       QStringLiteral("attachment"),       QStringLiteral("record_fts"),
                       QStringLiteral("exclusion_reason"), QStringLiteral("screening_decision"),
                       QStringLiteral("screening_result"), QStringLiteral("code"),
                       QStringLiteral("coding"),           QStringLiteral("coding_result"),
                       QStringLiteral("extraction_field"), QStringLiteral("extraction_value"),
                       QStringLiteral("dedup_pair"),       QStringLiteral("audit_log"),
                       QStringLiteral("highlight_term"),   QStringLiteral("record_history")};
    tables << QStringLiteral("screening_reopened");                  // schema 5
    tables << QStringLiteral("tag") << QStringLiteral("record_tag"); // schema 7
    return tables;
}

} // namespace evimap::Schema
