#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace evimap {

// One row of audit_log for the codebook and coding: who changed what, when, with the values
// before and after as JSON. Must run inside the caller's write transaction.
struct CodingAudit
{
    QString action; // "codebook.rename", "coding.apply", ...
    QString entity; // "code", "coding", "coding_result", "extraction_field", ...
    QString entityUuid;
    qint64 reviewerId = 0; // 0: none (the command line without --reviewer)
    qint64 recordId = 0;   // 0: not about one record
    QJsonObject before;
    QJsonObject after;

    Status write(QSqlDatabase db) const;
    // The same through a statement prepared once with insertStatement() (for batches).
    Status write(QSqlQuery &prepared) const;
    static QString insertStatement();
};

} // namespace evimap
