#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace evimap {

// One change for the audit trail: who changed what, with the values before and after.
struct AuditChange
{
    QString action;        // "screening.decide", "codebook.rename", "record.edit", ...
    QString entity;        // what changed: "record", "code", "screening_result", ...
    QString entityUuid;    // its uuid, when it has one
    qint64 reviewerId = 0; // 0: nobody said who (the command line without --reviewer)
    qint64 recordId = 0;   // 0: not about one record
    QJsonObject before;    // empty: nothing before (an addition)
    QJsonObject after;     // empty: nothing after (a removal)
    QString uuid;          // the entry's own uuid; empty: a new one. A duplicate merge is
                           // undone by its entry's uuid, so it chooses that uuid itself.
};

// The one writer of the audit log (`audit_log`; AuditTrail reads it). Every store records its
// changes here, inside the write transaction that makes them, so that a change and its entry
// are saved together or not at all. The entry's time is the moment it is recorded (UTC).
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // Prepares the statement once, for stores that record many changes in one transaction.
    explicit AuditLog(QSqlDatabase db);
    Status record(const AuditChange &change);

    // One change.
    static Status record(QSqlDatabase db, const AuditChange &change);

private:
    QSqlQuery m_insert;
};

} // namespace evimap
