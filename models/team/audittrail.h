#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace evimap {

class Project;
struct AuditNames;

// One row of the audit log, with the reviewer's name resolved.
struct AuditEntry
{
    qint64 id = 0;
    QString uuid;
    QString at;            // UTC ISO-8601
    qint64 reviewerId = 0; // 0: nobody (the command line without --reviewer)
    QString reviewer;
    QString initials;
    QString action; // "screening.decide", "coding.apply", "team.merge", ...
    QString entity;
    QString entityUuid;
    qint64 recordId = 0; // 0: not about one record
    QString before;      // JSON, or empty
    QString after;
};

// The history of a project or of one record: who changed what, when, before and after. Every
// store writes its own rows in the same transaction as the change; this reads them back.
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // Oldest first. `recordId` 0: the whole project. `limit` 0: everything.
    static QList<AuditEntry> read(Project &project, qint64 recordId = 0, int limit = 0);
    // UTF-8 CSV with a header, every cell neutralised against spreadsheet formulas: the stored
    // columns (UTC time, action, JSON before and after) for machines, then the same row for
    // people (local time, a sentence, the field changes; AuditWording) with `names`.
    static QByteArray toCsv(const QList<AuditEntry> &entries);
    static QByteArray toCsv(const QList<AuditEntry> &entries, const AuditNames &names);
};

} // namespace evimap
