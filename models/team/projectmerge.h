#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace evimap {

class Project;

// The same item changed differently in the main file and in the copy since the copy was taken
// (or deleted on one side and changed on the other). Never dropped silently: listed, resolved
// by the merge's preference, and recorded in the audit log.
struct MergeConflict
{
    QString id;         // stable between runs (table and key): pick it with MergeOptions::takeCopy
    QString entity;     // table: "screening_decision", "coding", "record", ...
    QString item;       // in words: "record 12 “Title…”, title/abstract, reviewer Ann"
    QString recordUuid; // the record it concerns, if any
    QString mainValue;  // "decision=include, note=…", or "(deleted)"
    QString copyValue;
    QString mainAt;
    QString copyAt;
    QString resolution; // "kept main" or "took copy"

    QJsonObject toJson() const;
};

// What a merge did (or, on a dry run, would do) per table.
struct MergeCounts
{
    int added = 0;
    int updated = 0;
    int removed = 0;
    int skipped = 0; // rows that point to something the main file no longer has

    bool changed() const { return added + updated + removed > 0; }
};

struct MergeReport
{
    QString copyFile; // file name of the copy
    QString takenAt;  // when the copy was taken; empty for a copy made by hand
    QString copyFor;  // the reviewer the copy was taken for
    bool dryRun = false;
    QMap<QString, MergeCounts> tables;
    QList<MergeConflict> conflicts;
    QStringList notices;
    int filesCopied = 0; // attached PDFs brought into the main file's folder
    QStringList refused; // attachments not brought in (their file is missing, linked, altered)
    // Screening settlements of the main file that the copy's decisions undid or changed.
    QStringList unsettled;

    bool changed() const;
    QJsonObject toJson() const;
    QString toText() const;
};

struct MergeOptions
{
    enum class Prefer
    {
        Main,
        Copy
    };
    Prefer prefer = Prefer::Main; // what a conflict resolves to
    QStringList takeCopy;         // conflicts (MergeConflict::id) the copy wins, whatever `prefer`
    bool dryRun = false;          // work it all out, change nothing
    qint64 reviewerId = 0;        // who merges (for the audit log); 0: not given
};

// Brings an offline copy back into the main file.
//
// Rows are matched by UUID, and per-reviewer rows (decisions, codings, extraction values) and
// settlements by what they are about (record, stage, code, reviewer), so blind decisions of
// different reviewers never meet. For each such row the copy's "taken at" time tells which side
// changed it: only the copy → the copy's version is taken (also a withdrawal); only the main file
// → kept; both, differently → a conflict. New records, batches, attachments (with their files),
// reviewers, codes, reasons and audit rows are added when missing. Settlements by agreement are
// derived again from the merged decisions. An attachment comes in only with its file, and only
// if that file is a regular file in the copy's attachment folder with the SHA-256 its row
// names; others are refused and listed.
//
// Merging the same copy twice changes nothing the second time, and several copies of different
// reviewers give the same result in any order. The copy is checked before anything is read
// (EviMap project, same project, same format, integrity, no circles of duplicates or codes,
// CopyValidation's ranges and sizes). One write transaction: all or nothing.
class ProjectMerge final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectMerge)

public:
    static Result<MergeReport> merge(Project &main, const QString &copyPath,
                                     const MergeOptions &options = {});
};

} // namespace evimap
