#pragma once

#include <QStringList>

namespace evimap {

// The project file's schema as forward-only steps. Step N takes a file from user_version N-1
// to N. A new project runs every step; an older file runs the steps it lacks, after a backup.
// Never edit a released step: add a new one.
namespace Schema {

// 'EVMP' in ASCII; PRAGMA application_id marks a SQLite file as an EviMap project.
constexpr int applicationId = 0x45564D50;

// The newest schema this build reads and writes.
int currentVersion();

// The SQL statements of step `version` (1-based), one statement per entry.
QStringList migrationStep(int version);

// Tables every valid project of the current version has; `evimap check` looks for them.
QStringList requiredTables();

} // namespace Schema
} // namespace evimap
