#pragma once

#include "team/audittrail.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace evimap {

class Project;

// What the audit rows refer to by id or key, named as people know them: reviewers by id
// (settledBy, preferred_reviewer), codes by key path ("factor/shame" → "Shame"), extraction
// fields by key. Anything not found is shown as it is stored.
struct AuditNames
{
    QHash<qint64, QString> reviewers;
    QHash<QString, QString> codes;  // key path → label
    QHash<QString, QString> fields; // extraction field key → label

    // The project's reviewers, codes (retired ones too) and extraction fields.
    static AuditNames read(Project &project);
};

// The audit log in words, for the history windows and their CSV: one sentence per row
// ("Ben Okafor applied ‘Shame’ to #812", "Ann Able excluded #12 at title/abstract: Animal
// study"), the values before and after as field changes ("year: 2019 → 2020"), and times in
// local time to the minute. Pure functions of the row (and the names), so the wording of every
// action the stores write is tested headless; an action without wording of its own still gets a
// sentence naming who did it and the raw action.
class AuditWording final
{
    Q_DECLARE_TR_FUNCTIONS(AuditWording)

public:
    static QString sentence(const AuditEntry &entry, const AuditNames &names = {});
    // "field: before → after" for every value that differs ("—" for none), nested values
    // named by their path ("fields.year"), identifiers and hashes left out.
    static QStringList changes(const AuditEntry &entry, const AuditNames &names = {});
    // "2026-03-14 09:05" in the computer's time zone, from the stored UTC ISO-8601 time; the
    // stored text when it is not a time.
    static QString localTime(const QString &utcIso);
    // Every action that has wording of its own (the actions the stores write), sorted.
    static QStringList knownActions();
};

} // namespace evimap
